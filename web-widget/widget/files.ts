import { h } from '../shared/dom';
import type { FileAccess, WidgetFiles } from './files-chunk';

/**
 * The file chunk (`relais-widget-files.js`), loaded once on first use from the widget's server:
 * sending and opening files costs the widget's own bundle nothing but this loader.
 */
export function fileChunk(base: string): () => Promise<WidgetFiles> {
  let loading: Promise<WidgetFiles> | null = null;
  return () =>
    (loading ??= new Promise<WidgetFiles>((resolve, reject) => {
      const s = document.createElement('script');
      s.src = `${base}/relais-widget-files.js`;
      s.onload = () => {
        const chunk = (window as unknown as { RelaisWidgetFiles?: WidgetFiles }).RelaisWidgetFiles;
        if (chunk) resolve(chunk);
        else s.onerror?.(new Event('error'));
      };
      s.onerror = () => {
        loading = null;
        reject(new Error('Les fichiers sont indisponibles pour le moment : réessayez.'));
      };
      document.head.appendChild(s);
    }));
}

/** A refusal said under what it concerns, and brought into view. */
function failed(el: Element, err: Error): void {
  const note = h('span', { class: 'meta err' }, err.message);
  el.after(note);
  note.scrollIntoView({ block: 'nearest' });
}

/**
 * Files in a live chat: «Joindre un fichier» opens the picker and sends the file (a bubble says it
 * is sending until the server's message replaces it); a file message's button downloads it.
 */
export function wireFiles(deps: {
  base: string;
  access(): FileAccess;
  attach: HTMLButtonElement;
  picker: HTMLInputElement;
  log: HTMLElement;
  /** Shows a bubble for a file being sent; it is removed once the server has it. */
  sending(name: string): HTMLElement;
}): void {
  const files = fileChunk(deps.base);
  deps.attach.addEventListener('click', () => deps.picker.click());
  deps.picker.addEventListener('change', () => {
    const file = deps.picker.files?.[0];
    deps.picker.value = '';
    if (!file) return;
    const el = deps.sending(file.name);
    const meta = h('span', { class: 'meta' }, 'Envoi du fichier…');
    el.appendChild(meta);
    files()
      .then((f) => f.upload(deps.base, deps.access(), file))
      .then(() => el.remove())
      .catch((err: Error) => {
        el.classList.remove('queued');
        meta.remove();
        failed(el.lastElementChild ?? el, new Error(`Non envoyé\u00a0: ${err.message}`));
      });
  });
  deps.log.addEventListener('click', (e) => {
    const b = (e.target as Element).closest?.('[data-file]');
    if (!b) return;
    files()
      .then((f) => f.download(deps.base, deps.access(), b.getAttribute('data-file')!, b.getAttribute('data-name') || 'fichier'))
      .catch((err: Error) => failed(b, err));
  });
}
