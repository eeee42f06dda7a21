import { renderCanned, type PlaceholderValues } from '../../protocol/placeholders';
import { fr } from '../../protocol/typography';
import { h } from '../shared/dom';
import { HttpError } from './api';
import type { CannedItem } from './canned-picker';

/** What GET /api/agent/canned lists with the responses: placeholder name → description. */
export type PlaceholderList = Record<string, string>;

/** Limits of the server (livechat/canned/schemas.ts), shown as counters; the server decides. */
const TITLE_MAX = 80;
const BODY_MAX = 2000;

/** A made-up user for the preview, so the supervisor sees what an agent will send. */
const previewValues = (agentName: string): PlaceholderValues => ({
  prenom: 'Marie',
  nom: 'Dupont',
  nom_complet: 'Marie Dupont',
  organisation: 'Mairie de Villeurbanne',
  conseiller: agentName,
  ticket: 'RL-2026-000123',
});

/**
 * The create / edit form of a canned response: title and text with counters, the placeholders
 * (each inserts itself at the caret), a preview, and the server's errors shown under their field
 * (aria-invalid + aria-describedby), the first invalid field getting the focus.
 */
export function cannedForm(deps: {
  agentName: string;
  placeholders(): PlaceholderList;
  /** Resolves with the saved response; rejects with the server's HttpError. */
  save(fields: { title: string; body: string }, editing: CannedItem | null): Promise<CannedItem>;
  onSaved(item: CannedItem, created: boolean): void;
  onCancel(editing: CannedItem | null): void;
}) {
  const id = 'cf';
  const heading = h('h2', { id: `${id}-title` });
  const title = h('input', { id: `${id}-title-input`, type: 'text', autocomplete: 'off', 'aria-describedby': `${id}-title-count` });
  const body = h('textarea', { id: `${id}-body`, rows: 6, 'aria-describedby': `${id}-body-hint ${id}-body-count` });
  const titleCount = h('p', { id: `${id}-title-count`, class: 'hint' });
  const bodyCount = h('p', { id: `${id}-body-count`, class: 'hint' });
  const titleError = h('p', { id: `${id}-title-error`, class: 'field-error' });
  const bodyError = h('p', { id: `${id}-body-error`, class: 'field-error' });
  const formError = h('p', { id: `${id}-error`, class: 'inline-error', role: 'alert' });
  const placeholderList = h('ul', { class: 'placeholder-list' });
  const preview = h('p', { class: 'canned-preview msg-text' });
  const submit = h('button', { type: 'submit', class: 'primary' }, 'Enregistrer');
  let editing: CannedItem | null = null;

  const fields = { title: { control: title, error: titleError, count: titleCount }, body: { control: body, error: bodyError, count: bodyCount } };
  type FieldName = keyof typeof fields;

  function setError(name: FieldName, message: string | null) {
    const f = fields[name];
    f.error.textContent = message ?? '';
    const described = [name === 'body' ? `${id}-body-hint` : null, f.count.id, message ? f.error.id : null].filter(Boolean).join(' ');
    f.control.setAttribute('aria-describedby', described);
    if (message) f.control.setAttribute('aria-invalid', 'true');
    else f.control.removeAttribute('aria-invalid');
  }
  const clearErrors = () => {
    setError('title', null);
    setError('body', null);
    formError.textContent = '';
  };

  function counters() {
    titleCount.textContent = fr(`${title.value.length} / ${TITLE_MAX} caractères`);
    bodyCount.textContent = fr(`${body.value.length.toLocaleString('fr-FR')} / ${BODY_MAX.toLocaleString('fr-FR')} caractères`);
    titleCount.dataset.over = String(title.value.trim().length > TITLE_MAX);
    bodyCount.dataset.over = String(body.value.trim().length > BODY_MAX);
    preview.textContent = body.value.trim() ? renderCanned(body.value, previewValues(deps.agentName)) : fr('(le texte apparaîtra ici)');
  }
  title.addEventListener('input', counters);
  body.addEventListener('input', counters);

  function renderPlaceholders() {
    placeholderList.replaceChildren(
      ...Object.entries(deps.placeholders()).map(([name, description]) => {
        const token = `{{${name}}}`;
        const insert = h('button', { type: 'button', class: 'secondary small placeholder-insert' }, h('code', {}, token), h('span', { class: 'visually-hidden' }, fr(' : insérer dans le texte')));
        insert.addEventListener('click', () => {
          const start = body.selectionStart ?? body.value.length;
          body.setRangeText(token, start, body.selectionEnd ?? start, 'end');
          body.focus();
          counters();
        });
        return h('li', {}, insert, ' ', h('span', {}, description));
      }),
    );
  }

  const el = h(
    'form',
    {
      class: 'canned-form',
      'aria-labelledby': heading.id,
      novalidate: true,
      hidden: true,
      onsubmit: (e: Event) => {
        e.preventDefault();
        void submitForm();
      },
    },
    heading,
    h('div', { class: 'field' }, h('label', { for: title.id }, 'Titre'), title, titleCount, titleError),
    h(
      'div',
      { class: 'field' },
      h('label', { for: body.id }, 'Texte'),
      h('p', { id: `${id}-body-hint`, class: 'hint' }, fr('Les variables entre doubles accolades sont remplacées dans la conversation ; une valeur inconnue disparaît proprement.')),
      body,
      bodyCount,
      bodyError,
    ),
    h('section', { class: 'placeholders', 'aria-labelledby': `${id}-ph-title` }, h('h3', { id: `${id}-ph-title` }, 'Variables disponibles'), placeholderList),
    h('section', { class: 'preview-box', 'aria-labelledby': `${id}-preview-title` }, h('h3', { id: `${id}-preview-title` }, fr('Aperçu (usager fictif : Marie Dupont)')), preview),
    formError,
    h(
      'div',
      { class: 'form-buttons' },
      h('button', { type: 'button', class: 'secondary', onclick: () => deps.onCancel(editing) }, 'Annuler'),
      submit,
    ),
  );

  async function submitForm() {
    clearErrors();
    submit.disabled = true;
    try {
      const item = await deps.save({ title: title.value, body: body.value }, editing);
      deps.onSaved(item, editing === null);
    } catch (err) {
      const fieldMessages = err instanceof HttpError ? err.fields : {};
      let first: HTMLElement | null = null;
      for (const name of ['title', 'body'] as const) {
        if (fieldMessages[name]) {
          setError(name, fieldMessages[name]!);
          first ??= fields[name].control;
        }
      }
      // Messages that belong to no field (duplicate title, network, session) go in the alert.
      if (!first) formError.textContent = (err as Error).message;
      (first ?? title).focus();
    } finally {
      submit.disabled = false;
    }
  }

  return {
    el,
    /** Opens the form empty (`null`) or on a response, and focuses its heading. */
    open(item: CannedItem | null) {
      editing = item;
      heading.textContent = item ? fr(`Modifier « ${item.title} »`) : 'Nouvelle réponse type';
      title.value = item?.title ?? '';
      body.value = item?.body ?? '';
      submit.textContent = item ? 'Enregistrer les modifications' : 'Créer la réponse type';
      clearErrors();
      renderPlaceholders();
      counters();
      el.hidden = false;
      title.focus();
    },
    close() {
      el.hidden = true;
      editing = null;
    },
    editing: () => editing,
  };
}
