import { h, type Child } from '../shared/dom';

/**
 * A small form of the chat toolbar (note, appointment, transfer, close…): a heading, its fields,
 * one submit button that is disabled while the action runs, and an error line announced on failure.
 */
export function actionForm(options: {
  id: string;
  title: string;
  submitLabel: string;
  fields: Child[];
  /** Resolves when done; rejects with an Error whose message is shown. */
  onSubmit(): Promise<void>;
  danger?: boolean;
}) {
  const error = h('p', { id: `${options.id}-error`, class: 'inline-error', role: 'alert' });
  const submit = h('button', { type: 'submit', class: options.danger ? 'danger' : 'primary' }, options.submitLabel);
  const el = h(
    'form',
    {
      id: options.id,
      class: 'action-form',
      'aria-labelledby': `${options.id}-title`,
      onsubmit: (e: Event) => {
        e.preventDefault();
        error.textContent = '';
        submit.disabled = true;
        options
          .onSubmit()
          .catch((err: Error) => (error.textContent = err.message))
          .finally(() => (submit.disabled = false));
      },
    },
    h('h3', { id: `${options.id}-title` }, options.title),
    ...options.fields,
    error,
    h('div', { class: 'form-buttons' }, submit),
  );
  return { el, error, submit };
}

/** A labelled field in a div (label first, then the control). */
export const field = (label: string, control: HTMLElement, hint?: HTMLElement) =>
  h('div', { class: 'field' }, h('label', { for: control.id }, label), hint ?? null, control);
