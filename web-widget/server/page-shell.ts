import fs from 'node:fs';
import path from 'node:path';
import type { Branding } from '../../protocol/branding';
import { escapeHtml } from '../../platform/mail';

/** Markers in the pages of web-widget/static/ replaced by the shared parts in static/partials/. */
const PARTS = ['head', 'header', 'footer'] as const;

/**
 * The public pages share their <head> lines, header and footer: one copy each in
 * `static/partials/`, put in place of `<!-- relais:head -->` etc. The navigation link of the
 * current page gets `aria-current="page"`. Each page is assembled once per router (files are
 * read on first use, so a missing page is a 404 at request time, not a crash at start).
 */
export function pageShell(staticDir: string, branding: Readonly<Branding>): (file: string, currentPath: string | null) => string {
  const assembled = new Map<string, string>();
  const read = (file: string) => fs.readFileSync(path.join(staticDir, file), 'utf8');
  // The partials' first line is a comment for their readers, not for the page.
  const part = (name: string) => read(`partials/${name}.html`).replace(/^<!--[^\n]*-->\n/, '');

  return (file, currentPath) => {
    const key = `${file}\n${currentPath ?? ''}`;
    const cached = assembled.get(key);
    if (cached !== undefined) return cached;
    let html = read(file);
    for (const name of PARTS) {
      let content = part(name);
      if (name === 'header' && currentPath) content = content.replace(`<li><a href="${currentPath}">`, `<li><a href="${currentPath}" aria-current="page">`);
      html = html.replace(`<!-- relais:${name} -->\n`, content);
    }
    // The names are settings: written as text (escaped), wherever a page says them.
    html = html.replaceAll('{{assistant}}', escapeHtml(branding.assistantName)).replaceAll('{{portal}}', escapeHtml(branding.portalName));
    assembled.set(key, html);
    return html;
  };
}
