import { createHash, randomUUID } from 'node:crypto';
import type { Requester, TicketCategory } from '../ticketing';
import type { TicketDone, TicketFormErrors } from '../protocol/widget-events';
import { recordLine, transcriptOf } from './transcript';
import { ticketFormDescriptor, validateTicketForm } from './ticket-form';
import { advance, promptFor, startDraft, type TicketDraft } from './ticket-steps';
import { LABELS, TEXTS } from './texts';
import { say, type Turn } from './turn';

const accountEmail = (turn: Turn) => (turn.data.requester?.verified ? turn.data.requester.email : null);
const done = (d: TicketDone) => ({ channelData: { relais: { ticketDone: d } } });

/** A new draft; the description defaults to the thumbs-down comment or the last question. */
function newDraft(turn: Turn): TicketDraft {
  const { data } = turn;
  return startDraft({ id: randomUUID(), needsEmail: data.requester?.verified !== true, description: data.lastComment ?? data.lastQuestion ?? '' });
}

/**
 * Opens the ticket form in the conversation. The message asks the first question (channels
 * without a UI answer step by step) and carries the form descriptor for the widget.
 */
export async function startTicket(turn: Turn, intro: string = TEXTS.ticketIntro): Promise<void> {
  const draft = newDraft(turn);
  turn.data.ticket = draft;
  const p = promptFor(draft, accountEmail(turn));
  await say(turn, `${intro} ${p.text}`, p.actions, { channelData: { relais: { ticketForm: ticketFormDescriptor(turn, draft, intro) } } });
}

/** One user message while the form is open. */
export async function continueTicket(turn: Turn, text: string): Promise<void> {
  const draft = turn.data.ticket;
  if (!draft) return;
  const outcome = advance(draft, text, accountEmail(turn));
  if (outcome.kind === 'cancel') {
    turn.data.ticket = null;
    await say(turn, TEXTS.ticketCancelled, undefined, done({ number: null }));
  } else if (outcome.kind === 'ask') {
    turn.data.ticket = outcome.draft;
    await say(turn, outcome.prompt.text, outcome.prompt.actions);
  } else {
    await submit(turn, outcome.draft);
  }
}

/**
 * The widget's ticket form, sent as one message: validated here (field errors go back in
 * `channelData.relais.ticketFormErrors`), then created through the same path as the step-by-step
 * form (transcript, idempotency key), on the open draft or a new one.
 */
export async function submitTicketForm(turn: Turn, raw: Record<string, unknown>): Promise<void> {
  const { data } = turn;
  const draft = data.ticket ?? newDraft(turn);
  const { form, errors } = validateTicketForm(raw, draft.needsEmail);
  if (Object.keys(errors).length > 0) {
    data.ticket = draft;
    const invalid: TicketFormErrors = { formId: draft.id, errors };
    await say(turn, TEXTS.ticketFormInvalid, undefined, { channelData: { relais: { ticketFormErrors: invalid } } });
    return;
  }
  recordLine(turn, 'user', TEXTS.formLine(form.subject), false);
  await submit(turn, {
    ...draft,
    email: form.email ?? draft.email,
    category: form.category as TicketCategory,
    subject: form.subject,
    description: form.description,
    step: 'confirm',
    editing: false,
  });
}

/**
 * Creates the ticket with the transcript. On failure the draft stays at the confirmation step so
 * « Confirmer » retries; the idempotency key (conversation, draft id, revision and content) makes
 * a retry after a lost reply find the ticket already created instead of opening a second one.
 */
async function submit(turn: Turn, draft: TicketDraft): Promise<void> {
  const { data, deps, conversationId } = turn;
  const requester: Requester =
    data.requester?.verified === true
      ? data.requester
      : { email: draft.email ?? '', name: draft.email ?? '', portalUserId: null, organisation: null, verified: false };
  try {
    const created = await deps.tickets.create({
      category: draft.category ?? 'technique',
      subject: draft.subject ?? '',
      description: draft.description || (draft.subject ?? ''),
      requester,
      channel: 'widget',
      transcript: await transcriptOf(turn),
      idempotencyKey: idempotencyKey(conversationId, draft),
    }, { ip: turn.clientIp, conversationId });
    data.ticket = null;
    data.escalationReason = 'user-request';
    // The follow-up link carries its access token: a «Suivre ma demande» button opens it; the
    // text never shows it (it is also in the confirmation e-mail).
    const follow = created.followUpUrl
      ? { suggestedActions: { to: [], actions: [{ type: 'openUrl', title: LABELS.followUp, value: created.followUpUrl }] } }
      : {};
    await say(turn, TEXTS.ticketCreated(created.ticket.number, requester.email), undefined, {
      ...done({ number: created.ticket.number, followUpUrl: created.followUpUrl }),
      ...follow,
    });
  } catch (err) {
    data.ticket = { ...draft, step: 'confirm' };
    // The limits on new tickets (the same for the form, the widget and Bot Framework): say which, keep the draft.
    const limited = (err as { code?: unknown } | null)?.code === 'RATE_LIMITED' ? (err as Error).message : null;
    if (limited) return void (await say(turn, TEXTS.ticketLimited(limited), [LABELS.confirm, LABELS.cancel]));
    deps.logger.error({ err, conversationId }, 'bot: ticket creation failed');
    await say(turn, TEXTS.ticketFailed, [LABELS.confirm, LABELS.edit, LABELS.cancel]);
  }
}

/** The content is part of the key: the same form sent again is the same ticket, a corrected one is not. */
function idempotencyKey(conversationId: string, draft: TicketDraft): string {
  const content = [draft.email, draft.category, draft.subject, draft.description].join('\n');
  const hash = createHash('sha256').update(`${conversationId}\n${draft.id}\n${draft.revision}\n${content}`).digest('hex');
  return `bot-${hash.slice(0, 40)}`;
}
