import { createHash, randomUUID } from 'node:crypto';
import type { Requester } from '../ticketing';
import { advance, promptFor, startDraft, type TicketDraft } from './ticket-steps';
import { LABELS, TEXTS } from './texts';
import { say, type Turn } from './turn';

const accountEmail = (turn: Turn) => (turn.data.requester?.verified ? turn.data.requester.email : null);

/** Opens the ticket form in the conversation; the description defaults to the comment or question. */
export async function startTicket(turn: Turn, intro: string = TEXTS.ticketIntro): Promise<void> {
  const { data } = turn;
  const draft = startDraft({
    id: randomUUID(),
    needsEmail: data.requester?.verified !== true,
    description: data.lastComment ?? data.lastQuestion ?? '',
  });
  data.ticket = draft;
  const p = promptFor(draft, accountEmail(turn));
  await say(turn, `${intro} ${p.text}`, p.actions);
}

/** One user message while the form is open. */
export async function continueTicket(turn: Turn, text: string): Promise<void> {
  const draft = turn.data.ticket;
  if (!draft) return;
  const outcome = advance(draft, text, accountEmail(turn));
  if (outcome.kind === 'cancel') {
    turn.data.ticket = null;
    await say(turn, TEXTS.ticketCancelled);
  } else if (outcome.kind === 'ask') {
    turn.data.ticket = outcome.draft;
    await say(turn, outcome.prompt.text, outcome.prompt.actions);
  } else {
    await submit(turn, outcome.draft);
  }
}

/**
 * Creates the ticket with the transcript. On failure the draft stays at the confirmation step so
 * « Confirmer » retries; the idempotency key (conversation, draft id, revision) makes a retry after
 * a lost reply find the ticket already created instead of opening a second one.
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
      transcript: data.transcript.map((line) => ({ ...line })),
      idempotencyKey: idempotencyKey(conversationId, draft),
    });
    data.ticket = null;
    data.escalationReason = 'user-request';
    const followUp = created.followUpUrl ? `\n\n${TEXTS.followUp(created.followUpUrl)}` : '';
    await say(turn, `${TEXTS.ticketCreated(created.ticket.number, requester.email)}${followUp}`);
  } catch (err) {
    deps.logger.error({ err, conversationId }, 'bot: ticket creation failed');
    data.ticket = { ...draft, step: 'confirm' };
    await say(turn, TEXTS.ticketFailed, [LABELS.confirm, LABELS.edit, LABELS.cancel]);
  }
}

function idempotencyKey(conversationId: string, draft: TicketDraft): string {
  const hash = createHash('sha256').update(`${conversationId}\n${draft.id}\n${draft.revision}`).digest('hex');
  return `bot-${hash.slice(0, 40)}`;
}
