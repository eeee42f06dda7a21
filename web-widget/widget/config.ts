/** What the embedding `<script>` tag says (read once, when the script starts). */
export interface WidgetConfig {
  /** Origin of the Relais server, e.g. `https://support.example`. */
  origin: string;
  /** socket.io path on that server (`/socket.io`, or under the server's path prefix). */
  path: string;
  /** The server's origin and path prefix, where its other files and routes are. */
  base: string;
  /** Portal identity token of a logged-in user, if the portal gave one. */
  identityToken: string | null;
}

/**
 * `data-relais-server` (empty or absent: the script's own origin) and `data-identity-token`.
 * `document.currentScript` is set for async and dynamically inserted classic scripts too.
 */
export function readConfig(script: HTMLScriptElement | null, page: string): WidgetConfig {
  const attr = (name: string) => script?.getAttribute(name)?.trim() || '';
  const server = new URL(attr('data-relais-server') || script?.src || page, page);
  const prefix = attr('data-relais-server') ? server.pathname.replace(/\/+$/, '') : '';
  return { origin: server.origin, path: `${prefix}/socket.io`, base: server.origin + prefix, identityToken: attr('data-identity-token') || null };
}
