import { h } from '../shared/dom';
import { uid } from './actions';

type Control = HTMLInputElement | HTMLSelectElement | HTMLTextAreaElement;

export interface Field<C extends Control = Control> {
  row: HTMLElement;
  control: C;
  setError(message: string | null): void;
}

/** A labelled control with its error line, linked by aria-describedby / aria-invalid. */
export function field<C extends Control>(label: string, control: C, hint?: string): Field<C> {
  const id = (control.id ||= uid('f'));
  const error = h('p', { id: `${id}-err`, class: 'err', hidden: true });
  const hintEl = hint ? h('span', { id: `${id}-hint`, class: 'hint' }, hint) : null;
  const describe = (withError: boolean) => [hintEl?.id, withError ? error.id : null].filter(Boolean).join(' ');
  if (hintEl) control.setAttribute('aria-describedby', describe(false));
  return {
    row: h('div', {}, h('label', { for: id }, label), hintEl ? h('br') : null, hintEl, control, error),
    control,
    setError(message) {
      error.hidden = !message;
      error.textContent = message ?? '';
      if (message) control.setAttribute('aria-invalid', 'true');
      else control.removeAttribute('aria-invalid');
      const ids = describe(!!message);
      if (ids) control.setAttribute('aria-describedby', ids);
      else control.removeAttribute('aria-describedby');
    },
  };
}

/** A form-level message (sending, refused) announced at once. */
export function formAlert(): HTMLElement {
  return h('p', { class: 'err', role: 'alert' });
}
