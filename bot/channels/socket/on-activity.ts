import { roomOf } from './adapter';
import { randomId } from './conversation-store';
import { fail, INTERNAL_ERROR, ok, type HandlerArgs } from './deps';
import type { ActivityAckData, Ack } from './events';
import { forHistory, parseClientActivity, toInboundActivity } from './inbound-activity';
import { createSocketRateLimiter } from './rate-limit';

const noop = () => undefined;

/**
 * `activity` from the widget: rate-limited, validated, completed with the fields only the server
 * may choose, stored (messages) and run through the bot, one turn at a time per conversation.
 */
export function onActivity({ deps, socket }: HandlerArgs) {
  const limiter = createSocketRateLimiter(deps.rateLimit, deps.clock);
  return async (payload: unknown, ack?: unknown): Promise<void> => {
    // A client may omit the payload or the callback: neither may crash the handler.
    const callback = typeof ack === 'function' ? ack : typeof payload === 'function' ? payload : noop;
    const reply = (response: Ack<ActivityAckData>) => void (callback as (r: Ack<ActivityAckData>) => void)(response);
    try {
      if (!limiter.take()) {
        return reply(fail('RATE_LIMITED', 'Vous envoyez trop de messages : patientez quelques secondes avant de réessayer.'));
      }
      const parsed = parseClientActivity(typeof payload === 'function' ? undefined : payload);
      if (!parsed.ok) return reply(fail(parsed.code, parsed.message));
      const { conversationId } = socket.data;
      const activity = toInboundActivity(parsed.activity, socket.data, {
        id: randomId('a', 12),
        now: deps.clock.now(),
        serviceUrl: deps.serviceUrl,
      });
      const invokeResponse = await deps.turns.run(conversationId, async () => {
        if (activity.type === 'message') {
          await deps.store.append(conversationId, forHistory(activity));
          // Other tabs of the conversation show what the user typed here.
          socket.to(roomOf(conversationId)).emit('activity', forHistory(activity));
        }
        return deps.adapter.processActivity(activity, (context) => deps.bot.run(context));
      });
      reply(ok({ id: activity.id, ...(invokeResponse ? { invokeResponse } : {}) }));
    } catch (err) {
      deps.logger.error({ err, conversationId: socket.data.conversationId }, 'channels: activity failed');
      reply(INTERNAL_ERROR);
    }
  };
}
