import type { Clock } from '../clock';
import { MemoryRateLimitStore } from './memory-rate-limit-store';

export interface RateLimitOptions {
  max: number;
  windowMs: number;
}

/**
 * One connection's budget of events: the HTTP limiters' fixed windows (memory-rate-limit-store.ts)
 * over a single key, in memory on purpose — it protects this process from a flooding socket and
 * dies with it, unlike the per-IP counters, which live in the database.
 */
export function createSocketRateLimiter(options: RateLimitOptions, clock: Clock): { take(): boolean } {
  const store = new MemoryRateLimitStore(clock, options.windowMs);
  return {
    take: () => store.hit('socket').totalHits <= options.max,
  };
}
