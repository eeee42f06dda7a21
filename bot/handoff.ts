import { EventFactory, type CardAction } from 'botbuilder';
import type { HandoffResult, HandoffStatusValue, TranscriptLine } from './ports';
import { LABELS, TEXTS } from './texts';
import { formatOpening } from '../hours';
import { startTicket } from './ticket-flow';
import { addLine } from './state';
import { storesHistory, transcriptActivities, transcriptOf } from './transcript';
import { say, type Turn } from './turn';

/** Sent as data, so the live chat recognises it whatever the user could type to an agent. */
const LEAVE_QUEUE: CardAction = {
  type: 'messageBack',
  title: LABELS.leaveQueue,
  text: LABELS.leaveQueue,
  displayText: LABELS.leaveQueue,
  value: { relaisAction: 'leave-queue' },
};

/**
 * Hands the conversation to the live chat with the standard Bot Framework `handoff.initiate`
 * event (transcript attached), so any agent hub that speaks the protocol could take it; the
 * live chat receives it as plain JSON through the `Handoff` port.
 */
export async function startHandoff(turn: Turn): Promise<void> {
  const { ctx, data, deps, conversationId } = turn;
  const reason = data.escalationReason;
  const comment = data.lastComment;
  const transcript = await transcriptOf(turn);
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
    result = await deps.handoff.initiate({ conversationId, event: plain, transcript, reason, requester: data.requester, comment, page: data.page ?? null });
  } catch (err) {
    // The user can still leave a ticket: a failing live chat must not end the conversation.
    deps.logger.error({ err, conversationId }, 'bot: hand-off initiation failed');
    result = { accepted: false, reason: 'error' };
  }
  deps.observe?.handoff(result.accepted ? 'accepted' : result.reason);
  if (result.accepted) {
    data.handoff = { since: deps.clock.now().toISOString() };
    data.escalationReason = 'user-request';
    const queued = result.queuePosition > 0 ? ` ${TEXTS.queued(result.queuePosition, result.estimatedWaitMinutes)}` : '';
    await say(turn, `${TEXTS.agentNow}${queued}`, undefined, queued ? suggestions(LEAVE_QUEUE) : undefined);
    return;
  }
  await say(turn, `${TEXTS.handoffRefused} ${TEXTS.ticketHint(data.requester?.verified === true)}`, [LABELS.ticket]);
}

const suggestions = (...actions: CardAction[]) => ({ suggestedActions: { actions, to: [] } });

/**
 * `handoff.status` from the live chat. `accepted`: still with the agent. `completed`/`failed`:
 * the bot has the conversation again; the live part joins its transcript, then the user is told
 * why and, when useful, offered a ticket (or taken straight to it after leaving the queue).
 */
export async function onHandoffStatus(turn: Turn, value: unknown): Promise<void> {
  const status = (value ?? {}) as Partial<HandoffStatusValue>;
  if (status.state !== 'completed' && status.state !== 'failed') return;
  const wasHandedOff = turn.data.handoff !== null;
  turn.data.handoff = null;
  if (!wasHandedOff) return;
  appendLiveLines(turn, status.transcript);
  const loggedIn = turn.data.requester?.verified === true;
  const offerTicket = (why: string) => say(turn, `${why} ${TEXTS.ticketHint(loggedIn)}`, [LABELS.ticket]);
  switch (status.reason) {
    case 'user-left':
      return startTicket(turn, TEXTS.leftQueue);
    case 'support-closed': {
      const next = turn.deps.hours.nextOpening(turn.deps.clock.now());
      const when = next ? ` ${TEXTS.nextOpening(formatOpening(next, turn.deps.clock.now()))}` : '';
      return void (await offerTicket(`${TEXTS.supportClosed} ${TEXTS.hours(turn.deps.hours.describe())}${when}`));
    }
    case 'no-agent':
      return void (await offerTicket(TEXTS.noAgentLeft));
  }
  if (status.state === 'failed') return void (await offerTicket(TEXTS.handoffFailed));
  const ended = status.ticketNumber ? `${TEXTS.closedWithTicket(status.ticketNumber)} ${TEXTS.handoffEnded}` : TEXTS.handoffEnded;
  // A chat an adviser had: the user may rate it and ask for its transcript (the widget shows the form).
  const chatId = typeof status.ratableChatId === 'string' && turn.deps.satisfaction ? status.ratableChatId : null;
  if (!chatId) return void (await say(turn, ended));
  const needsEmail = turn.data.requester?.verified !== true;
  await say(turn, `${ended} ${TEXTS.rateChat}`, undefined, { channelData: { relais: { satisfaction: { chatId, needsEmail } } } });
}

/**
 * Lines from the live chat, checked (they cross a process boundary), then kept like the bot's
 * own — unless the channel stores the conversation's messages, where they already are.
 */
function appendLiveLines(turn: Turn, lines: unknown): void {
  if (!Array.isArray(lines) || storesHistory(turn)) return;
  for (const l of lines as Partial<TranscriptLine>[]) {
    const at = typeof l?.at === 'string' ? Date.parse(l.at) : NaN;
    if (typeof l?.text !== 'string' || !Number.isFinite(at) || !SENDERS.includes(l.from as TranscriptLine['from'])) continue;
    addLine(turn.data, l.from!, l.text, new Date(at));
  }
}

const SENDERS: readonly TranscriptLine['from'][] = ['user', 'bot', 'agent', 'system'];
