import { createWidget } from './app';
import { readConfig } from './config';

/**
 * Entry of `relais-widget.js`, embedded with one tag:
 * `<script src="https://support.example/relais-widget.js" data-relais-server="https://support.example"
 *  data-identity-token="…" async></script>`. Exposes `window.RelaisWidget = { open(), close() }`.
 */
type Api = { open(): void; close(): void };
const w = window as unknown as { RelaisWidget?: Api };
if (!w.RelaisWidget) {
  // Read now: `document.currentScript` is only set while this script runs.
  const config = readConfig(document.currentScript as HTMLScriptElement | null, location.href);
  let widget: Api | null = null;
  w.RelaisWidget = { open: () => widget?.open(), close: () => widget?.close() };
  const start = () => (widget = createWidget(config));
  if (document.body) start();
  else document.addEventListener('DOMContentLoaded', start, { once: true });
}
