import { io, type Socket } from 'socket.io-client';
import type { AgentAck, AgentClientToServerEvents, AgentServerToClientEvents } from '../../protocol/agent-events';
import type { ErrorCode } from '../../protocol/errors';

export type AgentSocket = Socket<AgentServerToClientEvents, AgentClientToServerEvents>;
type Events = AgentClientToServerEvents;
export type PayloadOf<E extends keyof Events> = Parameters<Events[E]>[0];
export type DataOf<E extends keyof Events> = NonNullable<Parameters<Events[E]>[1]> extends (r: AgentAck<infer T>) => void ? T : never;

/** A refused or unanswered socket action, with the server's French message. */
export class ActionError extends Error {
  constructor(
    readonly code: ErrorCode | 'TIMEOUT',
    message: string,
  ) {
    super(message);
  }
}

/**
 * The `/agent` socket: same origin, the session cookie authenticates it; socket.io reconnects by
 * itself. WebSocket first (one connection instead of a polling handshake and an upgrade), long
 * polling as the fallback where a proxy blocks WebSockets.
 */
export function connectAgentSocket(): AgentSocket {
  return io('/agent', { withCredentials: true, reconnectionDelayMax: 5000, transports: ['websocket', 'polling'] });
}

/** Runs `fn` on every (re)connection, and now if the socket is already connected. */
export function onConnect(socket: AgentSocket, fn: () => void): void {
  socket.on('connect', fn);
  if (socket.connected) fn();
}

type TimedEmitter = { timeout(ms: number): { emit(event: string, payload: unknown, cb: (err: Error | null, ack: AgentAck<unknown>) => void): void } };

/** Emits an agent event and resolves with its ack's data (rejects with an ActionError). */
export function call<E extends keyof Events>(socket: AgentSocket, event: E, payload: PayloadOf<E>, timeoutMs = 10_000): Promise<DataOf<E>> {
  return new Promise((resolve, reject) => {
    (socket as unknown as TimedEmitter).timeout(timeoutMs).emit(event, payload, (err, ack) => {
      if (err) return reject(new ActionError('TIMEOUT', 'Le serveur ne répond pas : vérifiez la connexion puis réessayez.'));
      if (ack.ok) resolve(ack.data as DataOf<E>);
      else reject(new ActionError(ack.error.code, ack.error.message));
    });
  });
}
