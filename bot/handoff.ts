import { EventFactory } from 'botbuilder';
import type { HandoffResult } from './ports';
import { LABELS, TEXTS } from './texts';
import { transcriptActivities } from './transcript';
import { say, type Turn } from './turn';

/**
 * Hands the conversation to the live chat with the standard Bot Framework `handoff.initiate`
 * event (transcript attached), so any agent hub that speaks the protocol could take it; the
 * live chat receives it as plain JSON through the `Handoff` port.
 */
export async function startHandoff(turn: Turn): Promise<void> {
  const { ctx, data, deps, conversationId } = turn;
  const reason = data.escalationReason;
  const comment = data.lastComment;
  const transcript = data.transcript.map((line) => ({ ...line }));
  const event = EventFactory.createHandoffInitiation(
    ctx,
    // The context repeats the plain lines: agent hubs read `value`, the attachment is the standard.
    { reason, comment, question: data.lastQuestion, requester: data.requester, transcript },
    { activities: transcriptActivities(transcript, ctx.activity) },
  );
  event.timestamp = deps.clock.now(); // the injected clock, not the machine's
  const plain = JSON.parse(JSON.stringify(event)) as Record<string, unknown>;

  let result: HandoffResult;
  try {
    result = await deps.handoff.initiate({ conversationId, event: plain, transcript, reason, requester: data.requester, comment });
  } catch (err) {
    // The user can still leave a ticket: a failing live chat must not end the conversation.
    deps.logger.error({ err, conversationId }, 'bot: hand-off initiation failed');
    result = { accepted: false, reason: 'error' };
  }
  if (result.accepted) {
    data.handoff = { since: deps.clock.now().toISOString() };
    data.escalationReason = 'user-request';
    await say(turn, `${TEXTS.agentNow} ${TEXTS.queued(result.queuePosition, result.estimatedWaitMinutes)}`);
    return;
  }
  await say(turn, `${TEXTS.handoffRefused} ${TEXTS.ticketHint(data.requester?.verified === true)}`, [LABELS.ticket]);
}

/** `handoff.status` from the live chat: the agent is done (or it failed), the bot answers again. */
export async function onHandoffStatus(turn: Turn, value: unknown): Promise<void> {
  const state = (value as { state?: unknown } | null)?.state;
  if (state !== 'completed' && state !== 'failed') return; // `accepted`: still with the agent
  const wasHandedOff = turn.data.handoff !== null;
  turn.data.handoff = null;
  if (!wasHandedOff) return;
  if (state === 'completed') await say(turn, TEXTS.handoffEnded);
  else await say(turn, `${TEXTS.handoffFailed} ${TEXTS.ticketHint(turn.data.requester?.verified === true)}`, [LABELS.ticket]);
}
