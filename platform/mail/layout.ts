import { MailError } from './types';

export interface LayoutInput {
  title: string;
  paragraphs: readonly string[];
  /** A button in HTML, a "label : url" line in text. Only http(s) URLs. */
  action?: { label: string; url: string };
  /** Small print under the message; a default French notice when omitted. */
  footer?: string;
}

export const DEFAULT_FOOTER =
  'Ce message vous a été envoyé automatiquement par Relais, l’assistance du portail de facturation électronique.';

const ENTITIES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

/** The five characters that matter in HTML text and quoted attributes. */
export function escapeHtml(value: string): string {
  return String(value).replace(/[&<>"']/g, (c) => ENTITIES[c]!);
}

/** Escaped, with the user's line breaks kept (ticket descriptions are multi-line). */
const paragraphHtml = (p: string) => escapeHtml(p).replace(/\r\n|\r|\n/g, '<br>\n');

// Escaping is not enough for href: `javascript:` needs no special character.
function safeUrl(url: string): string {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    throw new MailError('mail: layout action URL is not a valid URL');
  }
  if (parsed.protocol !== 'https:' && parsed.protocol !== 'http:') {
    throw new MailError('mail: layout action URL must be http(s)');
  }
  return parsed.href;
}

const P = 'margin:0 0 16px;font-size:15px;line-height:1.5';

/**
 * The common frame of every e-mail, in an HTML and a plain-text version with the same content.
 * Every value is escaped: callers pass user text (names, ticket descriptions) as it is.
 */
export function renderLayout(input: LayoutInput): { html: string; text: string } {
  const footer = input.footer ?? DEFAULT_FOOTER;
  const url = input.action ? safeUrl(input.action.url) : undefined;

  const html = [
    '<!DOCTYPE html>',
    '<html lang="fr">',
    '<head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">',
    `<title>${escapeHtml(input.title)}</title></head>`,
    '<body style="margin:0;padding:24px 0;background:#f4f5f7;font-family:Arial,Helvetica,sans-serif;color:#1e1e1e">',
    '<div style="max-width:600px;margin:0 auto;padding:24px;background:#ffffff;border-radius:6px">',
    `<h1 style="margin:0 0 16px;font-size:20px">${escapeHtml(input.title)}</h1>`,
    ...input.paragraphs.map((p) => `<p style="${P}">${paragraphHtml(p)}</p>`),
    ...(input.action && url
      ? [
          `<p style="${P}"><a href="${escapeHtml(url)}" style="display:inline-block;padding:10px 18px;` +
            `background:#000091;color:#ffffff;text-decoration:none;border-radius:4px">${escapeHtml(input.action.label)}</a></p>`,
        ]
      : []),
    '<hr style="border:none;border-top:1px solid #dddddd;margin:24px 0 16px">',
    `<p style="margin:0;font-size:12px;color:#666666">${paragraphHtml(footer)}</p>`,
    '</div>',
    '</body>',
    '</html>',
    '',
  ].join('\n');

  const text = [
    input.title,
    '',
    ...input.paragraphs.flatMap((p) => [p, '']),
    ...(input.action && url ? [`${input.action.label} : ${url}`, ''] : []),
    '-- ',
    footer,
    '',
  ].join('\n');

  return { html, text };
}
