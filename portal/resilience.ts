import {
  ConsecutiveBreaker,
  ExponentialBackoff,
  TaskCancelledError,
  TimeoutStrategy,
  circuitBreaker,
  handleWhen,
  retry,
  timeout,
  wrap,
} from 'cockatiel';

/** The portal was slow, unreachable, overloaded (429) or failing (5xx): worth another attempt. */
export class TransientFailure extends Error {
  constructor(readonly reason: string) {
    super(`portal: ${reason}`);
    this.name = 'TransientFailure';
  }
}

/** What is worth trying again, and what counts towards opening the circuit: nothing the portal said on purpose. */
export const isTransient = (err: unknown): boolean => err instanceof TransientFailure || err instanceof TaskCancelledError;

export interface ResilienceOptions {
  /** The time one attempt may take (ms). */
  timeoutMs: number;
  /** Attempts per call (3), the first backoff (100 ms, then about twice as long each time) and the longest (1 s). */
  retry?: { attempts?: number; initialDelayMs?: number; maxDelayMs?: number };
  /** Consecutive failed attempts that open the circuit (5), and how long it stays open before one trial call (30 s). */
  breaker?: { failures?: number; halfOpenAfterMs?: number };
}

/**
 * cockatiel's policies around one call to the portal, outermost first: retries with exponential
 * backoff (and jitter), then the circuit breaker, which counts every attempt, then the timeout of
 * each attempt (its signal aborts the request). A refusal or a malformed answer is neither
 * retried nor counted: the portal answered. While the circuit is open a call fails at once
 * (cockatiel's `BrokenCircuitError`), without a request.
 */
export function resiliencePolicy(options: ResilienceOptions) {
  const attempts = options.retry?.attempts ?? 3;
  const transient = handleWhen(isTransient);
  const retries = retry(transient, {
    maxAttempts: Math.max(0, attempts - 1), // cockatiel counts the retries, not the first attempt
    backoff: new ExponentialBackoff({ initialDelay: options.retry?.initialDelayMs ?? 100, maxDelay: options.retry?.maxDelayMs ?? 1000 }),
  });
  const breaker = circuitBreaker(transient, {
    halfOpenAfter: options.breaker?.halfOpenAfterMs ?? 30_000,
    breaker: new ConsecutiveBreaker(options.breaker?.failures ?? 5),
  });
  return { policy: wrap(retries, breaker, timeout(options.timeoutMs, TimeoutStrategy.Aggressive)), retries, breaker };
}
