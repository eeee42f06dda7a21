import { fr } from '../../protocol/typography';
import { clear, h } from '../shared/dom';

/** «Places : …», unless the message names its field already («Durée : …» for «Durée en minutes»). */
const linkText = (label: string, message: string): string => {
  const word = label.split(' ')[0]!.toLocaleLowerCase('fr');
  return message.toLocaleLowerCase('fr').startsWith(word) ? message : `${label}\u00a0: ${message}`;
};

/** One field of a form, as its errors need it. */
export interface FormField {
  label: string;
  /** What the summary's link focuses (the first box of a group). */
  focus: HTMLElement;
  /** What carries aria-describedby (the control, or the group's fieldset). */
  described: HTMLElement;
  /** What carries aria-invalid (the control, or each box of a group). */
  invalid: HTMLElement[];
  /** Ids of the field's hints, always described. */
  hints: string[];
  /** The line under the field where its message goes (empty: hidden by the stylesheet). */
  error: HTMLElement;
  wrapper: HTMLElement;
}

/**
 * Form errors in the RGAA/DSFR pattern, as the public pages show them (pages/lib/form-errors.ts),
 * without touching the console's title: each message under its field (aria-invalid,
 * aria-describedby), and a summary at the top of the form listing them as links to the fields,
 * which takes the focus so a screen reader reads it at once. A message for a field the form does
 * not have, or for none (network, session), is a line of the summary. `byName`: the fields by
 * the server's names (`title`, `day`, …).
 */
export function errorSummary(id: string, byName: Readonly<Record<string, FormField>>) {
  const el = h('div', { id, class: 'error-summary', tabindex: -1, 'aria-labelledby': `${id}-title`, hidden: true });
  const fields = Object.values(byName);
  const fieldOf = (name: string): FormField | undefined => (Object.prototype.hasOwnProperty.call(byName, name) ? byName[name] : undefined);

  function setError(f: FormField, message: string | null) {
    f.error.textContent = message ?? '';
    const ids = [...f.hints, message ? f.error.id : null].filter(Boolean).join(' ');
    if (ids) f.described.setAttribute('aria-describedby', ids);
    else f.described.removeAttribute('aria-describedby');
    for (const c of f.invalid) {
      if (message) c.setAttribute('aria-invalid', 'true');
      else c.removeAttribute('aria-invalid');
    }
    f.wrapper.classList.toggle('field--error', !!message);
  }

  function clearAll() {
    for (const f of fields) setError(f, null);
    clear(el);
    el.hidden = true;
  }
  clearAll();

  return {
    el,
    clear: clearAll,
    /** Shows per-field messages (keys are the server's field names) and an optional general message; focuses the summary. */
    show(messages: Record<string, string | undefined>, general?: string) {
      clearAll();
      const items: HTMLElement[] = [];
      const lines: string[] = general ? [general] : [];
      for (const [key, message] of Object.entries(messages)) {
        if (!message) continue;
        // `audience.1` or `audience[1]` is the audience's.
        const f = fieldOf(key) ?? fieldOf(key.split(/[.[]/)[0]!);
        if (!f) {
          lines.push(message);
          continue;
        }
        const text = fr(message);
        if (f.error.textContent) {
          // A second message on the same field (two boxes of a group): one line, one link.
          f.error.textContent += ` ${text}`;
          continue;
        }
        setError(f, text);
        items.push(h('li', {}, h('a', { href: `#${f.focus.id}`, onclick: (e: Event) => (e.preventDefault(), f.focus.focus()) }, linkText(f.label, text))));
      }
      const count = items.length;
      const title = count === 0 ? 'La session n’a pas pu être enregistrée' : count === 1 ? 'Le formulaire contient 1 erreur' : `Le formulaire contient ${count} erreurs`;
      el.append(h('h3', { id: `${id}-title`, class: 'error-summary__title' }, title), ...lines.map((l) => h('p', {}, fr(l))));
      if (count) el.append(h('ul', {}, items));
      el.hidden = false;
      el.focus();
    },
  };
}
