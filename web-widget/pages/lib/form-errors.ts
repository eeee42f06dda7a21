import { clear, h } from '../../shared/dom';

/**
 * Form errors in the RGAA/DSFR pattern: a message under each field, linked with
 * aria-describedby and flagged with aria-invalid, and a summary at the top listing them as
 * links to the fields; the summary takes focus so screen readers read it at once.
 */
export interface FormErrors {
  /** Shows per-field messages (keys are field names) and an optional general message; focuses the summary. */
  show(fields: Record<string, string>, general?: string): void;
  clear(): void;
}

const describedBy = (el: Element, add: string | null, remove: string) => {
  const ids = (el.getAttribute('aria-describedby') ?? '').split(/\s+/).filter((id) => id && id !== remove);
  if (add) ids.push(add);
  if (ids.length) el.setAttribute('aria-describedby', ids.join(' '));
  else el.removeAttribute('aria-describedby');
};

export function formErrors(form: HTMLFormElement, summary: HTMLElement, baseTitle: string): FormErrors {
  const control = (name: string) => form.elements.namedItem(name) as HTMLInputElement | HTMLTextAreaElement | HTMLSelectElement | null;

  const clearAll = () => {
    for (const el of Array.from(form.querySelectorAll('[aria-invalid="true"]'))) {
      el.removeAttribute('aria-invalid');
      describedBy(el, null, `${el.id}-error`);
      el.closest('.field')?.classList.remove('field--error');
    }
    for (const msg of Array.from(form.querySelectorAll('.field-error'))) msg.remove();
    clear(summary);
    summary.hidden = true;
    document.title = baseTitle;
  };

  return {
    clear: clearAll,
    show(fields, general) {
      clearAll();
      const items: HTMLElement[] = [];
      for (const [name, message] of Object.entries(fields)) {
        const el = control(name);
        if (!el || !el.id) continue;
        const errorId = `${el.id}-error`;
        const field = el.closest('.field');
        field?.classList.add('field--error');
        (field ?? el.parentElement)?.insertBefore(h('p', { id: errorId, class: 'field-error' }, message), el);
        el.setAttribute('aria-invalid', 'true');
        describedBy(el, errorId, errorId);
        items.push(h('li', {}, h('a', { href: `#${el.id}`, onclick: (e: Event) => (e.preventDefault(), el.focus()) }, message)));
      }
      // Messages for fields the form does not have (a server rule it does not know) are kept.
      const unmatched = Object.entries(fields).filter(([name]) => !control(name)?.id).map(([, m]) => m);
      const lines = [general, ...unmatched].filter((m): m is string => !!m);
      const count = items.length;
      const heading = count
        ? count === 1 ? 'Le formulaire contient 1 erreur' : `Le formulaire contient ${count} erreurs`
        : 'Votre demande n’a pas pu être envoyée';
      append(summary, heading, lines, items);
      document.title = `Erreur : ${heading.toLowerCase()} – ${baseTitle}`;
      summary.hidden = false;
      summary.focus();
    },
  };
}

function append(summary: HTMLElement, heading: string, lines: string[], items: HTMLElement[]) {
  summary.appendChild(h('h2', { id: `${summary.id}-title`, class: 'error-summary__title' }, heading));
  for (const line of lines) summary.appendChild(h('p', {}, line));
  if (items.length) summary.appendChild(h('ul', {}, items));
}
