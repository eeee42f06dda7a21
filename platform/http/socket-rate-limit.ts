import type { Clock } from '../clock';

export interface RateLimitOptions {
  max: number;
  windowMs: number;
}

/**
 * Sliding-window limiter for one connection. In memory on purpose: it protects this process
 * from a flooding socket and dies with it, unlike conversation state, which lives in the database.
 */
export function createSocketRateLimiter(options: RateLimitOptions, clock: Clock): { take(): boolean } {
  const hits: number[] = [];
  return {
    take() {
      const now = clock.now().getTime();
      while (hits.length > 0 && hits[0]! <= now - options.windowMs) hits.shift();
      if (hits.length >= options.max) return false;
      hits.push(now);
      return true;
    },
  };
}
