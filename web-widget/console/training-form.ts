import { PORTAL_PROFILES, PROFILE_LABELS, type PortalProfile } from '../../protocol/profile';
import { TRAINING_KIND_LABELS, type TrainingKind, type TrainingSession, type TrainingSessionInput } from '../../protocol/training';
import { fr } from '../../protocol/typography';
import { h } from '../shared/dom';
import { HttpError } from './api';
import { errorSummary, type FormField } from './training-form-errors';
import { parisDayAndTime, quoted } from './training-format';

type FieldName = keyof TrainingSessionInput;
const KINDS = Object.keys(TRAINING_KIND_LABELS) as TrainingKind[];
const DEFAULT_DURATION = '60';

/** A whole number typed in a number input, or null. */
const wholeNumber = (s: string): number | null => (/^\d+$/.test(s.trim()) ? Number(s.trim()) : null);

/**
 * The create / edit form of a training session: kind, title, description, audience (none ticked:
 * everyone), day and time in Paris, duration, seats, link. The server decides; its per-field
 * messages (`error.fields`) go under their field (aria-invalid, aria-describedby) and into an
 * error summary that takes the focus and links to each field.
 */
export function trainingForm(deps: {
  /** Resolves with the saved session; rejects with the server's HttpError. */
  save(input: TrainingSessionInput, editing: TrainingSession | null): Promise<TrainingSession>;
  onSaved(session: TrainingSession, created: boolean): void;
  onCancel(editing: TrainingSession | null): void;
}) {
  const id = 'tf';
  const heading = h('h2', { id: `${id}-heading` });
  const kind = h('select', { id: `${id}-kind` }, KINDS.map((k) => h('option', { value: k }, TRAINING_KIND_LABELS[k])));
  const title = h('input', { id: `${id}-title`, type: 'text', autocomplete: 'off' });
  const description = h('textarea', { id: `${id}-description`, rows: 4 });
  const boxes = PORTAL_PROFILES.map((p) => h('input', { id: `${id}-audience-${p}`, type: 'checkbox', value: p }));
  const day = h('input', { id: `${id}-day`, type: 'date' });
  const time = h('input', { id: `${id}-time`, type: 'time' });
  const duration = h('input', { id: `${id}-duration`, type: 'number', min: 1, step: 1, inputmode: 'numeric' });
  const capacity = h('input', { id: `${id}-capacity`, type: 'number', min: 1, step: 1, inputmode: 'numeric' });
  const link = h('input', { id: `${id}-link`, type: 'url', autocomplete: 'off', spellcheck: 'false' });
  const audience = h(
    'fieldset',
    { id: `${id}-audience`, class: 'training-audience' },
    h('legend', {}, 'Public'),
    h('p', { id: `${id}-audience-hint`, class: 'hint' }, fr('Aucune case cochée : la session est proposée à tous les publics.')),
    boxes.map((box) => h('span', { class: 'check' }, box, h('label', { for: box.id }, PROFILE_LABELS[box.value as PortalProfile]))),
  );

  const hint = (name: string, text: string) => h('p', { id: `${id}-${name}-hint`, class: 'hint' }, fr(text));
  const fields: Record<FieldName, FormField> = {
    kind: plain('Type', kind),
    title: plain('Titre', title),
    description: plain('Description', description, hint('description', 'Présentée aux usagers avant leur inscription.')),
    audience: { label: 'Public', focus: boxes[0]!, described: audience, invalid: boxes, hints: [`${id}-audience-hint`], error: errorLine(`${id}-audience-error`), wrapper: audience },
    day: plain('Date', day),
    time: plain('Heure', time, hint('time', 'Heure de Paris.')),
    durationMinutes: plain('Durée en minutes', duration),
    capacity: plain('Places', capacity),
    link: plain('Lien', link, hint('link', 'Adresse du webinaire ou page de la formation (https://…).')),
  };
  audience.append(fields.audience.error);
  const summary = errorSummary(`${id}-errors`, fields);
  const submit = h('button', { type: 'submit', class: 'primary' }, 'Enregistrer');
  let editing: TrainingSession | null = null;

  const row = (...names: FieldName[]) => h('div', { class: 'training-form-row' }, names.map((n) => fields[n].wrapper));
  const el = h(
    'form',
    {
      id: 'training-form',
      class: 'training-form',
      'aria-labelledby': heading.id,
      novalidate: true,
      hidden: true,
      onsubmit: (e: Event) => {
        e.preventDefault();
        void submitForm();
      },
    },
    heading,
    summary.el,
    row('kind', 'title'),
    fields.description.wrapper,
    audience,
    row('day', 'time', 'durationMinutes', 'capacity'),
    fields.link.wrapper,
    h('div', { class: 'form-buttons' }, h('button', { type: 'button', class: 'secondary', onclick: () => deps.onCancel(editing) }, 'Annuler'), submit),
  );

  /** What was typed; the numbers that are not whole numbers are said here, before any request. */
  function read(): { input: TrainingSessionInput | null; errors: Partial<Record<FieldName, string>> } {
    const minutes = wholeNumber(duration.value);
    const seats = wholeNumber(capacity.value);
    const errors: Partial<Record<FieldName, string>> = {};
    if (minutes === null) errors.durationMinutes = 'Indiquez la durée en minutes, en chiffres (par exemple 60).';
    if (seats === null) errors.capacity = 'Indiquez le nombre de places, en chiffres (par exemple 30).';
    if (minutes === null || seats === null) return { input: null, errors };
    const input: TrainingSessionInput = {
      kind: kind.value as TrainingKind,
      title: title.value,
      description: description.value,
      audience: boxes.filter((b) => b.checked).map((b) => b.value as PortalProfile),
      day: day.value,
      time: time.value,
      durationMinutes: minutes,
      capacity: seats,
      link: link.value.trim(),
    };
    return { input, errors };
  }

  async function submitForm() {
    summary.clear();
    const { input, errors } = read();
    if (!input) return summary.show(errors);
    submit.disabled = true;
    try {
      const saved = await deps.save(input, editing);
      deps.onSaved(saved, editing === null);
    } catch (err) {
      if (err instanceof HttpError && Object.keys(err.fields).length > 0) summary.show(err.fields);
      else summary.show({}, (err as Error).message);
    } finally {
      submit.disabled = false;
    }
  }

  return {
    el,
    /** Opens the form empty (`null`) or on a session, and focuses its first field. */
    open(session: TrainingSession | null) {
      editing = session;
      summary.clear();
      heading.textContent = session ? `Modifier ${quoted(session.title)}` : 'Nouvelle session';
      const when = session ? parisDayAndTime(session.startsAt) : { day: '', time: '' };
      kind.value = session?.kind ?? 'webinaire';
      title.value = session?.title ?? '';
      description.value = session?.description ?? '';
      for (const b of boxes) b.checked = session?.audience.includes(b.value as PortalProfile) ?? false;
      day.value = when.day;
      time.value = when.time;
      duration.value = session ? String(session.durationMinutes) : DEFAULT_DURATION;
      capacity.value = session ? String(session.capacity) : '';
      link.value = session?.link ?? '';
      el.hidden = false;
      kind.focus();
    },
    close() {
      el.hidden = true;
      editing = null;
      summary.clear();
    },
    editing: () => editing,
  };

  /** A labelled control with its optional hint and its error line. */
  function plain(label: string, control: HTMLElement, hintEl?: HTMLElement): FormField {
    const error = errorLine(`${control.id}-error`);
    const wrapper = h('div', { class: 'field' }, h('label', { for: control.id }, label), hintEl ?? null, control, error);
    return { label, focus: control, described: control, invalid: [control], hints: hintEl ? [hintEl.id] : [], error, wrapper };
  }
}

function errorLine(id: string): HTMLElement {
  return h('p', { id, class: 'field-error' });
}
