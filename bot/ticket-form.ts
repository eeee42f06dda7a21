import type { TicketCategory } from '../ticketing';
import type { TicketFormDescriptor, TicketFormErrors, TicketFormField, TicketFormValue } from '../protocol/widget-events';
import { CATEGORY_LABELS, TEXTS } from './texts';
import { isEmail, MAX_DESCRIPTION, MAX_SUBJECT, oneLine, type TicketDraft } from './ticket-steps';
import type { Turn } from './turn';
import { lineProblem } from '../protocol/plain-text';

export type FormInput = TicketFormValue['relaisTicketForm'];

/** What the widget needs to show the ticket form, pre-filled from the identity and the conversation. */
export function ticketFormDescriptor(turn: Turn, draft: TicketDraft, intro: string): TicketFormDescriptor {
  const requester = turn.data.requester?.verified ? turn.data.requester : null;
  return {
    id: draft.id,
    intro: TEXTS.ticketFormIntro(intro),
    needsEmail: draft.needsEmail,
    email: requester?.email ?? null,
    name: requester?.name ?? null,
    description: draft.description,
    categories: (Object.keys(CATEGORY_LABELS) as TicketCategory[]).map((value) => ({ value, label: CATEGORY_LABELS[value] })),
    maxSubject: MAX_SUBJECT,
    maxDescription: MAX_DESCRIPTION,
  };
}

/** The `relaisTicketForm` of a message value, if it has one (validated by `submitTicketForm`). */
export function ticketFormValue(value: unknown): Record<string, unknown> | null {
  const form = (value as { relaisTicketForm?: unknown } | null)?.relaisTicketForm;
  return form && typeof form === 'object' && !Array.isArray(form) ? (form as Record<string, unknown>) : null;
}

const str = (v: unknown) => (typeof v === 'string' ? v : '');

/** Field errors in French, empty when the form is valid. The e-mail is ignored for a verified user. */
export function validateTicketForm(raw: Record<string, unknown>, needsEmail: boolean): { form: FormInput; errors: TicketFormErrors['errors'] } {
  const form: FormInput = {
    ...(needsEmail ? { email: str(raw.email).trim().toLowerCase() } : {}),
    category: str(raw.category),
    subject: oneLine(str(raw.subject)),
    description: str(raw.description).trim(),
  };
  const errors: Partial<Record<TicketFormField, string>> = {};
  if (needsEmail && !isEmail(form.email ?? '')) errors.email = TEXTS.formErrors.email;
  if (!(form.category in CATEGORY_LABELS)) errors.category = TEXTS.formErrors.category;
  // The rule of every entry point for one-line fields (protocol/plain-text.ts).
  const problem = form.subject ? lineProblem(form.subject) : null;
  if (!form.subject || problem === 'invisible') errors.subject = TEXTS.formErrors.subject;
  else if (problem === 'bidi') errors.subject = TEXTS.formErrors.bidiSubject;
  else if (form.subject.length > MAX_SUBJECT) errors.subject = TEXTS.formErrors.longSubject(MAX_SUBJECT);
  if (!form.description || form.description.length > MAX_DESCRIPTION) errors.description = TEXTS.formErrors.description(MAX_DESCRIPTION);
  return { form, errors };
}
