import type { TicketCategory } from '../ticketing';
import { CATEGORY_LABELS, LABELS, TEXTS } from './texts';
import { sameText } from './words';
import { lineProblem } from '../protocol/plain-text';

/**
 * The ticket conversation as a pure state machine over plain JSON, so it lives in conversation
 * state (a restart resumes mid-form) and each step is testable without a bot. botbuilder-dialogs
 * would bring a dialog stack for five questions; this is shorter and easier to read.
 */
export type TicketStep = 'email' | 'category' | 'subject' | 'description' | 'confirm' | 'edit';

export interface TicketDraft {
  step: TicketStep;
  /** False for a verified portal user: the requester comes from the identity, never asked. */
  needsEmail: boolean;
  email: string | null;
  category: TicketCategory | null;
  subject: string | null;
  description: string;
  /** Editing one field from the summary goes straight back to the summary. */
  editing: boolean;
  /** Bumped on every change after a confirmation attempt, so a retry reuses its idempotency key. */
  revision: number;
  /** Random id of this draft: two tickets in one conversation never share an idempotency key. */
  id: string;
}

export type Prompt = { text: string; actions?: string[] };
export type StepOutcome =
  | { kind: 'ask'; draft: TicketDraft; prompt: Prompt }
  | { kind: 'submit'; draft: TicketDraft }
  | { kind: 'cancel' };

export const MAX_SUBJECT = 150;
export const MAX_DESCRIPTION = 5000;
const EMAIL = /^[^\s@<>(),;:"]+@[^\s@<>(),;:"]+\.[^\s@<>(),;:"]{2,}$/;
/** The e-mail check of the ticket form, conversational or structured (already lower-cased). */
export const isEmail = (email: string) => EMAIL.test(email) && email.length <= 254;

export function startDraft(opts: { id: string; needsEmail: boolean; description: string }): TicketDraft {
  const draft: TicketDraft = {
    step: 'confirm',
    needsEmail: opts.needsEmail,
    email: null,
    category: null,
    subject: null,
    description: opts.description.trim().slice(0, MAX_DESCRIPTION),
    editing: false,
    revision: 0,
    id: opts.id,
  };
  return { ...draft, step: nextStep(draft) };
}

function nextStep(d: TicketDraft): TicketStep {
  if (d.editing) return 'confirm';
  if (d.needsEmail && !d.email) return 'email';
  if (!d.category) return 'category';
  if (!d.subject) return 'subject';
  if (!d.description) return 'description';
  return 'confirm';
}

/** The question for the draft's current step. `accountEmail` is shown for verified users. */
export function promptFor(d: TicketDraft, accountEmail: string | null): Prompt {
  switch (d.step) {
    case 'email':
      return { text: TEXTS.askEmail };
    case 'category':
      return { text: TEXTS.askCategory, actions: [LABELS.technique, LABELS.metier] };
    case 'subject':
      return { text: TEXTS.askSubject };
    case 'description':
      return { text: TEXTS.askDescription };
    case 'edit': {
      const fields = [LABELS.editCategory, LABELS.editSubject, LABELS.editDescription];
      return { text: TEXTS.askEdit, actions: d.needsEmail ? [LABELS.editEmail, ...fields] : fields };
    }
    case 'confirm':
      return { text: `${summary(d, accountEmail)}\n\n${TEXTS.askConfirm}`, actions: [LABELS.confirm, LABELS.edit, LABELS.cancel] };
  }
}

function summary(d: TicketDraft, accountEmail: string | null): string {
  const description = d.description.length > 300 ? `${d.description.slice(0, 299)}…` : d.description;
  return TEXTS.summary([
    ['E-mail', d.email ?? accountEmail ?? ''],
    ['Catégorie', d.category ? CATEGORY_LABELS[d.category] : ''],
    ['Objet', d.subject ?? ''],
    ['Description', description],
  ]);
}

export const oneLine = (s: string) => s.replace(/\s+/g, ' ').trim();

/** Applies one user message to the draft. « annuler » cancels at any step. */
export function advance(d: TicketDraft, input: string, accountEmail: string | null): StepOutcome {
  const text = input.trim();
  if (sameText(text, LABELS.cancel)) return { kind: 'cancel' };
  const ask = (draft: TicketDraft, error?: string): StepOutcome => {
    const p = promptFor(draft, accountEmail);
    return { kind: 'ask', draft, prompt: error ? { ...p, text: `${error} ${p.text}` } : p };
  };
  const set = (patch: Partial<TicketDraft>): StepOutcome => {
    const changed = { ...d, ...patch, revision: d.revision + (d.editing ? 1 : 0) };
    return ask({ ...changed, step: nextStep(changed), editing: false });
  };
  switch (d.step) {
    case 'email': {
      const email = text.toLowerCase();
      return isEmail(email) ? set({ email }) : { kind: 'ask', draft: d, prompt: { text: TEXTS.badEmail } };
    }
    case 'category': {
      const category = (Object.keys(CATEGORY_LABELS) as TicketCategory[]).find((c) => sameText(text, CATEGORY_LABELS[c]));
      return category ? set({ category }) : { kind: 'ask', draft: d, prompt: { ...promptFor(d, accountEmail), text: TEXTS.badCategory } };
    }
    case 'subject': {
      const subject = oneLine(text);
      if (!subject || lineProblem(subject) === 'invisible') return ask(d, TEXTS.emptySubject);
      if (lineProblem(subject) === 'bidi') return ask(d, TEXTS.formErrors.bidiSubject);
      if (subject.length > MAX_SUBJECT) return ask(d, TEXTS.longSubject(MAX_SUBJECT, subject.length));
      return set({ subject });
    }
    case 'description':
      return text && text.length <= MAX_DESCRIPTION ? set({ description: text }) : ask(d, TEXTS.badDescription(MAX_DESCRIPTION));
    case 'edit': {
      const steps: [string, TicketStep][] = [
        [LABELS.editEmail, 'email'],
        [LABELS.editCategory, 'category'],
        [LABELS.editSubject, 'subject'],
        [LABELS.editDescription, 'description'],
      ];
      const step = steps.find(([label, s]) => sameText(text, label) && (s !== 'email' || d.needsEmail))?.[1];
      return step ? ask({ ...d, step, editing: true }) : ask(d);
    }
    case 'confirm':
      if (sameText(text, LABELS.confirm) || sameText(text, 'oui')) return { kind: 'submit', draft: d };
      if (sameText(text, LABELS.edit)) return ask({ ...d, step: 'edit' });
      return ask(d, TEXTS.badConfirm);
  }
}
