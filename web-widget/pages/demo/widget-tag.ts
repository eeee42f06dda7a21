/**
 * Inserts the widget's one tag, as a portal page would write it. The widget reads its
 * attributes from `document.currentScript` once when it runs, so they are set before the tag
 * is added; switching modes reloads the page so the widget starts afresh.
 */
export function insertWidgetTag(doc: Document, identityToken: string | null): HTMLScriptElement {
  const script = doc.createElement('script');
  script.src = '/relais-widget.js';
  script.async = true;
  script.setAttribute('data-relais-server', '');
  if (identityToken) script.setAttribute('data-identity-token', identityToken);
  doc.body.appendChild(script);
  return script;
}

/** The snippet shown on the page for portal developers, with this server's address. */
export function embedSnippet(origin: string): string {
  return `<script src="${origin}/relais-widget.js"\n        data-relais-server="${origin}"\n        data-identity-token="JETON_SIGNÉ_PAR_LE_PORTAIL"\n        async></script>`;
}
