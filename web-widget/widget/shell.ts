import { h } from '../shared/dom';
import { CSS } from './styles';

export interface Shell {
  host: HTMLElement;
  root: ShadowRoot;
  launcher: HTMLButtonElement;
  panel: HTMLElement;
  status: HTMLElement;
  log: HTMLElement;
  typing: HTMLElement;
  composer: HTMLFormElement;
  input: HTMLTextAreaElement;
  /** «Joindre un fichier» (shown while an adviser is there) and its file field, out of sight. */
  attach: HTMLButtonElement;
  picker: HTMLInputElement;
  /** The header's title (the assistant's and the portal's names once the server gave them). */
  title: HTMLElement;
}

export const LABELS = Object.freeze({
  open: 'Ouvrir l’assistant',
  close: 'Fermer l’assistant',
  unread: 'Ouvrir l’assistant (nouveau message)',
  title: 'Assistant virtuel',
});

/** A decorative SVG icon (SVG needs its namespace; `h` builds HTML elements only). Emoji fonts are not everywhere. */
export function icon(d: string, cls?: string): SVGSVGElement {
  const ns = 'http://www.w3.org/2000/svg';
  const svg = document.createElementNS(ns, 'svg');
  if (cls) svg.setAttribute('class', cls);
  svg.setAttribute('viewBox', '0 0 24 24');
  svg.setAttribute('aria-hidden', 'true');
  svg.appendChild(document.createElementNS(ns, 'path')).setAttribute('d', d);
  return svg;
}
/** A paperclip: files in a live chat. */
export const CLIP = 'M16.5 6v11.5a4 4 0 0 1-8 0V5a2.5 2.5 0 0 1 5 0v10.5a1 1 0 0 1-2 0V6H10v9.5a2.5 2.5 0 0 0 5 0V5a4 4 0 0 0-8 0v12.5a5.5 5.5 0 0 0 11 0V6z';
const BUBBLE = 'M4 3h16a2 2 0 0 1 2 2v11a2 2 0 0 1-2 2H9l-5 4v-4a2 2 0 0 1-2-2V5a2 2 0 0 1 2-2zm3 6.5a1.5 1.5 0 1 0 0 .01zm5 0a1.5 1.5 0 1 0 0 .01zm5 0a1.5 1.5 0 1 0 0 .01z';
const CROSS = 'M6.4 5 5 6.4 10.6 12 5 17.6 6.4 19 12 13.4 17.6 19 19 17.6 13.4 12 19 6.4 17.6 5 12 10.6z';
/** Thumb up (rotated for thumb down). */
export const THUMB = 'M2 21h4V9H2v12zm20-11a2 2 0 0 0-2-2h-6.3l1-4.6v-.3a1.5 1.5 0 0 0-.4-1L13.2 1 7.6 6.6A2 2 0 0 0 7 8v11a2 2 0 0 0 2 2h9a2 2 0 0 0 1.8-1.2l3-7.1c.1-.2.2-.5.2-.7v-2z';

/**
 * The host element (appended to body) and its open shadow root: launcher button and the panel
 * (header, status line, message log, typing line, composer). Open mode, so assistive tools and
 * tests can reach inside; styles live in the shadow root.
 */
export function createShell(): Shell {
  const host = h('div', { id: 'relais-widget', lang: 'fr' });
  const root = host.attachShadow({ mode: 'open' });
  try {
    const sheet = new CSSStyleSheet();
    sheet.replaceSync(CSS);
    root.adoptedStyleSheets = [sheet];
  } catch {
    root.appendChild(h('style', {}, CSS)); // browsers without constructable stylesheets
  }
  // Open, the launcher is the close control: its icon turns into a cross (its label already says «Fermer»).
  const launcher = h('button', { type: 'button', class: 'launcher', 'aria-expanded': 'false', 'aria-controls': 'relais-panel', 'aria-label': LABELS.open }, icon(BUBBLE, 'b'), icon(CROSS, 'x'));
  const close = h('button', { type: 'button', 'aria-label': LABELS.close, title: LABELS.close, 'data-close': '' }, '×');
  const status = h('div', { class: 'status', role: 'status', hidden: true });
  const log = h('div', { class: 'log', role: 'log', 'aria-live': 'polite', 'aria-relevant': 'additions', 'aria-label': 'Conversation', tabindex: '0' });
  const typing = h('div', { class: 'typing', 'aria-hidden': 'true' });
  const input = h('textarea', { id: 'relais-input', rows: 1, maxlength: 2000, placeholder: 'Posez votre question…', autocomplete: 'off' });
  const composer = h(
    'form',
    { class: 'composer' },
    h('label', { for: 'relais-input', class: 'sr' }, 'Votre message'),
    input,
  );
  const picker = h('input', { type: 'file', accept: 'application/pdf,image/png,image/jpeg,image/gif,image/webp', hidden: true, tabindex: -1 });
  const attach = h('button', { type: 'button', class: 'btn2', hidden: true, title: 'Joindre un fichier (PDF ou image)', 'aria-label': 'Joindre un fichier' }, icon(CLIP, 'i'));
  composer.append(attach, picker, h('button', { type: 'submit', class: 'btn' }, 'Envoyer'));
  const title = h('h2', { id: 'relais-title' }, LABELS.title);
  const panel = h(
    'section',
    { id: 'relais-panel', class: 'panel', role: 'dialog', 'aria-modal': 'false', 'aria-labelledby': 'relais-title', lang: 'fr', hidden: true },
    h('header', {}, title, close),
    status,
    log,
    typing,
    composer,
  );
  root.append(panel, launcher);
  return { host, root, launcher, panel, status, log, typing, composer, input, title, attach, picker };
}
