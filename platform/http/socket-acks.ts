import type { Clock } from '../clock';
import type { FailedAck } from '../errors';
import { createSocketRateLimiter, type RateLimitOptions } from './socket-rate-limit';

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

/** Unknown events a connection may send per window before it is cut off: a typo or two, not a flood. */
export const UNKNOWN_EVENTS_BUDGET: Readonly<RateLimitOptions> = Object.freeze({ max: 10, windowMs: 10_000 });

export interface UnknownEventsOptions {
  clock: Clock;
  /** Logged once per connection, with the first unknown event's name. */
  warn(event: string): void;
  /** Logged once, when the connection is cut off for sending too many. */
  flood(): void;
  budget?: RateLimitOptions;
}

/**
 * Any event outside `known` (an agent action tried from the widget, a typo) gets an
 * `UNKNOWN_EVENT` error ack, never silence. They count against the connection's budget of
 * unknown events: one log line for the first, one when the budget is spent, and then the
 * connection is closed — a flood costs neither log volume nor the event loop.
 */
export function refuseUnknownEvents(
  socket: { onAny(listener: (event: string, ...args: unknown[]) => void): unknown; disconnect(close?: boolean): unknown },
  known: ReadonlySet<string>,
  options: UnknownEventsOptions,
): void {
  const limiter = createSocketRateLimiter(options.budget ?? UNKNOWN_EVENTS_BUDGET, options.clock);
  let warned = false;
  let cut = false;
  socket.onAny((event: string, ...args: unknown[]) => {
    if (known.has(event) || cut) return;
    if (!limiter.take()) {
      cut = true;
      options.flood();
      socket.disconnect(true);
      return;
    }
    if (!warned) {
      warned = true;
      options.warn(String(event).slice(0, 50));
    }
    const ack = args[args.length - 1];
    if (typeof ack === 'function') (ack as Ack)({ ok: false, error: { code: 'UNKNOWN_EVENT', message: 'Action inconnue.' } });
  });
}
