import { roomOf } from './adapter';
import { runBotEvent } from './bot-event';
import { fail, ok, type ChannelDeps, type HandlerArgs } from './deps';
import type { ActivityAckData, Ack, ChatActivity, InvokeResult } from '../../protocol/widget-events';
import { clientActivityIdOf, forHistory, parseClientActivity, toInboundActivity } from './inbound-activity';
import { failedAck } from '../../platform/errors';
import { ackOf } from '../../platform/http/socket-acks';
import { DbError } from '../../platform/db';
import { createSocketRateLimiter } from '../../platform/http/socket-rate-limit';

/**
 * `activity` from the widget: rate-limited, validated, completed with the fields only the server
 * may choose, stored (messages) and run through the bot, one turn at a time per conversation.
 */
export function onActivity({ deps, socket }: HandlerArgs) {
  const limiter = createSocketRateLimiter(deps.rateLimit, deps.clock);
  // Typing notices have their own budget: they must never use up the user's messages.
  const typingLimiter = createSocketRateLimiter({ max: 10, windowMs: 10_000 }, deps.clock);
  const isTyping = (p: unknown) => (p as { type?: unknown } | null)?.type === 'typing';
  return async (payload: unknown, ack?: unknown): Promise<void> => {
    const reply = ackOf<Ack<ActivityAckData>>(payload, ack);
    try {
      if (!(isTyping(payload) ? typingLimiter : limiter).take()) {
        return reply(fail('RATE_LIMITED', 'Vous envoyez trop de messages : patientez quelques secondes avant de réessayer.'));
      }
      const parsed = parseClientActivity(typeof payload === 'function' ? undefined : payload);
      if (!parsed.ok) return reply(fail(parsed.code, parsed.message));
      const { conversationId } = socket.data;
      const activity = toInboundActivity(parsed.activity, socket.data, {
        id: deps.store.newActivityId(),
        now: deps.clock.now(),
        serviceUrl: deps.serviceUrl,
        bot: deps.botAccount,
      });
      const cid = activity.type === 'message' ? clientActivityIdOf(activity) : null;
      const outcome = await deps.turns.run(conversationId, async (): Promise<{ id: string; invokeResponse?: InvokeResult }> => {
        const runBot = runBotEvent(deps, conversationId);
        if (activity.type === 'typing') {
          await deps.relay?.onUserActivity(conversationId, activity, runBot);
          return { id: activity.id };
        }
        if (activity.type === 'message') {
          // A resend of a message already stored (the ack was lost in a network cut): the unique
          // index refuses the copy, and the resend gets the original's id with no second turn.
          const stored = await appendOnce(deps, conversationId, forHistory(activity), cid);
          if (stored !== activity.id) return { id: stored };
          // Other tabs of the conversation show what the user typed here.
          socket.to(roomOf(conversationId)).emit('activity', forHistory(activity));
        }
        // The bot reads the conversation's state first: while queued or with an agent, it leaves
        // the message to the live chat, which relays it (a conversation with the bot costs no
        // live-chat lookup). A chat that ended in between hands the message back to the bot.
        let held = false;
        const turn = () =>
          deps.adapter.processActivity(activity, async (context) => {
            await deps.bot.run(context);
            held = deps.bot.liveChatHolds?.(context) ?? false;
          });
        let invokeResponse = await turn();
        if (held && deps.relay && !(await deps.relay.onUserActivity(conversationId, activity, runBot))) invokeResponse = await turn();
        deps.relay?.afterTurn(conversationId);
        return { id: activity.id, ...(invokeResponse ? { invokeResponse } : {}) };
      });
      reply(ok(outcome));
    } catch (err) {
      // A relay's refusal (an AppError) says why; anything else is logged and INTERNAL.
      reply(failedAck(err, () => deps.logger.error({ err, conversationId: socket.data.conversationId }, 'channels: activity failed')));
    }
  };
}

/**
 * Stores a user message; returns its id, or the id of the message already stored with the same
 * widget id (a resend, here or on another process: the unique index decides, no read first).
 */
async function appendOnce(deps: ChannelDeps, conversationId: string, activity: ChatActivity & { id: string }, cid: string | null): Promise<string> {
  try {
    await deps.store.append(conversationId, activity, 'all', cid);
    return activity.id;
  } catch (err) {
    const original = cid && err instanceof DbError && err.code === 'DB_UNIQUE' ? await deps.store.findByClientActivityId(conversationId, cid) : null;
    if (!original) throw err;
    return original;
  }
}
