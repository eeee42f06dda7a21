import type { Options } from 'express-rate-limit';
import type { Clock } from '../clock';
import type { Db } from '../db';
import type { Logger } from '../logger';
import { DbRateLimitStore } from './db-rate-limit-store';

export interface LimitSpec {
  /** Counter namespace: two counters never share keys. */
  name: string;
  limit: number;
  windowMs: number;
}

export interface LimitCounter {
  /** Counts one more use of `key`; `allowed` is false once the window's limit is passed. */
  take(key: string): Promise<{ allowed: boolean; retryAfterMs: number }>;
  /** Gives one use back (a request another limit refused after this one counted it). */
  giveBack(key: string): Promise<void>;
}

/**
 * A limit outside HTTP middleware (a service's own quota: the ticket limits every entry point
 * shares), on the same database counters as the HTTP rate limits, so every process counts against
 * the same window. A failing counter lets the use through (logged): a broken limiter must not
 * lock everybody out.
 */
export function createLimitCounter(deps: { db: Db; clock: Clock; logger: Logger }, spec: LimitSpec): LimitCounter {
  const store = new DbRateLimitStore({ db: deps.db, clock: deps.clock, prefix: `${spec.name}:` });
  store.init({ windowMs: spec.windowMs } as Options);
  return {
    async take(key) {
      try {
        const { totalHits, resetTime } = await store.increment(key);
        const retryAfterMs = Math.max(0, (resetTime?.getTime() ?? 0) - deps.clock.now().getTime());
        return { allowed: totalHits <= spec.limit, retryAfterMs };
      } catch (err) {
        deps.logger.error({ err, limiter: spec.name }, 'http: limit counter failed');
        return { allowed: true, retryAfterMs: 0 };
      }
    },
    async giveBack(key) {
      await store.decrement(key).catch((err: unknown) => deps.logger.error({ err, limiter: spec.name }, 'http: limit counter failed'));
    },
  };
}
