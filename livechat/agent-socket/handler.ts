import type { z } from 'zod';
import { failedAck } from '../../platform/errors';
import { ackOf } from '../../platform/http/socket-acks';
import type { createSocketRateLimiter } from '../../platform/http/socket-rate-limit';
import type { AgentSocket, AgentSocketData, LiveChatContext } from '../context';
import type { AgentAck, AgentErrorCode } from '../../protocol/agent-events';

export interface HandlerArgs {
  ctx: LiveChatContext;
  socket: AgentSocket;
  limiter: ReturnType<typeof createSocketRateLimiter>;
}

type Run<P, T> = (args: HandlerArgs & { agent: AgentSocketData['agent'] }, payload: P) => Promise<T>;

export const fail = (code: AgentErrorCode, message: string): AgentAck<never> => ({ ok: false, error: { code, message } });

/**
 * One socket event: rate-limited, payload validated at the edge, errors turned into an ack (an
 * AppError such as LiveChatError says its code and message; anything else is logged, INTERNAL).
 * A client may omit the payload or the callback; neither may crash the handler.
 */
export function defineHandler<S extends z.ZodType, T>(schema: S, run: Run<z.infer<S>, T>) {
  return (args: HandlerArgs) =>
    async (payload: unknown, ack?: unknown): Promise<void> => {
      const callback = ackOf<AgentAck<T>>(payload, ack);
      const agent = args.socket.data.agent;
      if (!args.limiter.take()) return callback(fail('RATE_LIMITED', 'Trop d’actions en peu de temps : patientez quelques secondes.'));
      const parsed = schema.safeParse(typeof payload === 'function' || payload === undefined || payload === null ? {} : payload);
      if (!parsed.success) {
        args.ctx.logger.warn({ agentId: agent.id, issues: parsed.error.issues.slice(0, 3) }, 'livechat: invalid agent payload');
        return callback(fail('INVALID_INPUT', 'Données invalides : vérifiez votre saisie.'));
      }
      try {
        callback({ ok: true, data: await run({ ...args, agent }, parsed.data) });
      } catch (err) {
        callback(failedAck(err, () => args.ctx.logger.error({ err, agentId: agent.id }, 'livechat: agent action failed')));
      }
    };
}
