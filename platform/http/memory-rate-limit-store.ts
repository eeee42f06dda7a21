import type { ClientRateLimitInfo, Options, Store } from 'express-rate-limit';
import type { Clock } from '../clock';

interface Counter {
  hits: number;
  resetAt: number;
}

/**
 * The database store's fixed windows (db-rate-limit-store.ts), kept in this process: for budgets
 * that protect the process and die with what they count (one socket's events). The first hit of
 * a key opens a window of `windowMs`; hits after its end start a new one. Same clock, same rule.
 */
export class MemoryRateLimitStore implements Store {
  readonly localKeys = true;
  private readonly counters = new Map<string, Counter>();
  private windowMs: number;
  private nextPurgeAt = 0;

  constructor(
    private readonly clock: Clock,
    windowMs = 60_000,
  ) {
    this.windowMs = windowMs;
  }

  init(options: Options): void {
    this.windowMs = options.windowMs;
  }

  /** One hit, counted at once (sockets count every event without waiting for a promise). */
  hit(key: string): ClientRateLimitInfo {
    const now = this.clock.now().getTime();
    let counter = this.counters.get(key);
    if (!counter || counter.resetAt <= now) {
      this.purge(now);
      counter = { hits: 0, resetAt: now + this.windowMs };
      this.counters.set(key, counter);
    }
    counter.hits++;
    return { totalHits: counter.hits, resetTime: new Date(counter.resetAt) };
  }

  async increment(key: string): Promise<ClientRateLimitInfo> {
    return this.hit(key);
  }

  async get(key: string): Promise<ClientRateLimitInfo | undefined> {
    const counter = this.counters.get(key);
    return counter && counter.resetAt > this.clock.now().getTime() ? { totalHits: counter.hits, resetTime: new Date(counter.resetAt) } : undefined;
  }

  async decrement(key: string): Promise<void> {
    const counter = this.counters.get(key);
    if (counter && counter.hits > 0) counter.hits--;
  }

  async resetKey(key: string): Promise<void> {
    this.counters.delete(key);
  }

  async resetAll(): Promise<void> {
    this.counters.clear();
  }

  /** Ended windows behave like absent counters: dropped, at most once per window. */
  private purge(now: number): void {
    if (now < this.nextPurgeAt) return;
    this.nextPurgeAt = now + this.windowMs;
    for (const [key, counter] of this.counters) if (counter.resetAt <= now) this.counters.delete(key);
  }
}
