import type { FailedAck } from '../errors';

type Ack = (response: FailedAck<'UNKNOWN_EVENT'>) => void;

/**
 * The ack callback of an event, wherever the client put it: a client may omit the payload (the
 * callback comes first) or the callback (a no-op then); neither may crash a handler.
 */
export function ackOf<R>(payload: unknown, ack: unknown): (response: R) => void {
  if (typeof ack === 'function') return ack as (response: R) => void;
  if (typeof payload === 'function') return payload as (response: R) => void;
  return () => undefined;
}

/**
 * Any event outside `known` (an agent action tried from the widget, a typo) gets an
 * `UNKNOWN_EVENT` error ack and a log line, never silence.
 */
export function refuseUnknownEvents(socket: { onAny(listener: (event: string, ...args: unknown[]) => void): unknown }, known: ReadonlySet<string>, warn: (event: string) => void): void {
  socket.onAny((event: string, ...args: unknown[]) => {
    if (known.has(event)) return;
    warn(String(event).slice(0, 50));
    const ack = args[args.length - 1];
    if (typeof ack === 'function') (ack as Ack)({ ok: false, error: { code: 'UNKNOWN_EVENT', message: 'Action inconnue.' } });
  });
}
