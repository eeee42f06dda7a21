import type { ClientRateLimitInfo, Options, Store } from 'express-rate-limit';
import type { Clock } from '../clock';
import { defineMigration, type Db, type Migration } from '../db';
import { likeLiteral } from '../../protocol/personal-data';

/**
 * Hit counters for express-rate-limit kept in the database, so that every server process behind
 * the load balancer counts against the same limits (the default MemoryStore is per process).
 * Fixed windows: the first hit of a key opens a window of `windowMs`; hits after its end start a
 * new one. Rows whose window has ended behave exactly like absent rows, so they can be purged at
 * any time.
 */
export const rateLimitMigration: Migration = defineMigration(
  'http-001-rate-limits',
  () => `
    CREATE TABLE rate_limits (key TEXT PRIMARY KEY, hits INTEGER NOT NULL, reset_at BIGINT NOT NULL);
    CREATE INDEX rate_limits_reset_at ON rate_limits (reset_at);
  `,
);

export interface DbRateLimitStoreOptions {
  db: Db;
  clock: Clock;
  /**
   * Prepended to every key. Give each limiter its own (e.g. `auth-login:`): two limiters counting
   * the same IP must not share a counter.
   */
  prefix?: string;
}

// One statement, so concurrent hits from several processes never lose an update. The SET
// expressions read the row as it was before the update (SQLite ≥ 3.35 and PostgreSQL agree).
const INCREMENT = `
  INSERT INTO rate_limits (key, hits, reset_at) VALUES ($1, 1, $3)
  ON CONFLICT (key) DO UPDATE SET
    hits = CASE WHEN rate_limits.reset_at <= $2 THEN 1 ELSE rate_limits.hits + 1 END,
    reset_at = CASE WHEN rate_limits.reset_at <= $2 THEN $3 ELSE rate_limits.reset_at END
  RETURNING hits, reset_at`;

interface CounterRow {
  hits: number;
  reset_at: number;
}

export class DbRateLimitStore implements Store {
  /** Keys are shared with other instances (tells express-rate-limit's double-count check). */
  readonly localKeys = false;
  readonly prefix: string;
  private readonly db: Db;
  private readonly clock: Clock;
  private windowMs = 60_000;
  private nextPurgeAt = 0;

  constructor(options: DbRateLimitStoreOptions) {
    this.db = options.db;
    this.clock = options.clock;
    this.prefix = options.prefix ?? '';
  }

  init(options: Options): void {
    this.windowMs = options.windowMs;
  }

  async get(key: string): Promise<ClientRateLimitInfo | undefined> {
    const [row] = await this.db.query<CounterRow>(
      'SELECT hits, reset_at FROM rate_limits WHERE key = $1 AND reset_at > $2',
      [this.prefix + key, this.now()],
    );
    return row ? toInfo(row) : undefined;
  }

  async increment(key: string): Promise<ClientRateLimitInfo> {
    const now = this.now();
    await this.purgeExpired(now);
    const [row] = await this.db.query<CounterRow>(INCREMENT, [this.prefix + key, now, now + this.windowMs]);
    if (!row) throw new Error('rate-limit: increment returned no row');
    return toInfo(row);
  }

  async decrement(key: string): Promise<void> {
    await this.db.execute(
      'UPDATE rate_limits SET hits = hits - 1 WHERE key = $1 AND hits > 0 AND reset_at > $2',
      [this.prefix + key, this.now()],
    );
  }

  async resetKey(key: string): Promise<void> {
    await this.db.execute('DELETE FROM rate_limits WHERE key = $1', [this.prefix + key]);
  }

  /** Forgets this limiter's counters only (those with its prefix). */
  async resetAll(): Promise<void> {
    await this.db.execute('DELETE FROM rate_limits WHERE substr(key, 1, $2) = $1', [this.prefix, this.prefix.length]);
  }

  private now(): number {
    return this.clock.now().getTime();
  }

  // At most once per window and per instance, so the table holds roughly one window of keys.
  private async purgeExpired(now: number): Promise<void> {
    if (now < this.nextPurgeAt) return;
    this.nextPurgeAt = now + this.windowMs;
    await purgeExpiredRateLimits(this.db, now);
  }
}

const toInfo = (row: CounterRow): ClientRateLimitInfo => ({
  totalHits: Number(row.hits),
  resetTime: new Date(Number(row.reset_at)),
});

/** Counters whose window has ended (they behave like absent rows): any time, by anyone. */
export function purgeExpiredRateLimits(db: Db, now: number): Promise<number> {
  return db.execute('DELETE FROM rate_limits WHERE reset_at <= $1', [now]);
}

/** Every counter kept for `value` (an e-mail…) whatever the limiter: the keys end with `:value` (erasure of a person). */
export function forgetRateLimitsOf(db: Db, value: string): Promise<number> {
  return db.execute("DELETE FROM rate_limits WHERE key LIKE $1 ESCAPE '\\'", [`%:${likeLiteral(value)}`]);
}
