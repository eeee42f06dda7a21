import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { DbError, type Db, type Queryable } from './types';
import { createSerial } from '../keyed-queue';

export interface SqliteOptions {
  /** File path, or ':memory:'. */
  file: string;
  /** FULL: every commit is on disk before it is acknowledged (see README, durability). */
  synchronous?: 'FULL' | 'NORMAL';
}

const PLACEHOLDER = /\$(\d+)/g;

/** `$n` placeholders to SQLite's positional `?`, with the parameters in occurrence order. */
function translate(sql: string): { text: string; order: number[] } {
  const order: number[] = [];
  const text = sql.replace(PLACEHOLDER, (_m, n: string) => {
    order.push(Number(n) - 1);
    return '?';
  });
  return { text, order };
}

const toSqlite = (v: unknown): unknown => (typeof v === 'boolean' ? (v ? 1 : 0) : v === undefined ? null : v);

function wrapError(err: unknown): never {
  const code = (err as { code?: string })?.code ?? '';
  if (code.startsWith('SQLITE_CONSTRAINT_UNIQUE') || code === 'SQLITE_CONSTRAINT_PRIMARYKEY') {
    throw new DbError(`db: ${(err as Error).message}`, 'DB_UNIQUE', err);
  }
  throw new DbError(`db: ${(err as Error).message}`, 'DB_ERROR', err);
}

/**
 * better-sqlite3 behind the async `Db` port. SQLite has one connection and is synchronous, so an
 * async transaction must not let another caller's statements slip in between its awaits: every
 * operation runs in order inside one batch at a time, and a transaction keeps the connection
 * until it is done (below: group commit).
 */
export function createSqliteDb(options: SqliteOptions): Db {
  if (options.file !== ':memory:') fs.mkdirSync(path.dirname(options.file), { recursive: true });
  const db = new Database(options.file);
  db.pragma('journal_mode = WAL');
  db.pragma(`synchronous = ${options.synchronous ?? 'FULL'}`);
  db.pragma('foreign_keys = ON');
  db.pragma('busy_timeout = 5000');

  const statements = new Map<string, { stmt: Database.Statement; order: number[] }>();
  const prepare = (sql: string) => {
    let s = statements.get(sql);
    if (!s) {
      const { text, order } = translate(sql);
      s = { stmt: db.prepare(text), order };
      statements.set(sql, s);
    }
    return s;
  };
  const bind = (order: number[], params: readonly unknown[]) => order.map((i) => toSqlite(params[i]));

  const direct: Queryable = {
    dialect: 'sqlite',
    async query<T>(sql: string, params: readonly unknown[] = []): Promise<T[]> {
      try {
        const { stmt, order } = prepare(sql);
        return (stmt.reader ? stmt.all(...bind(order, params)) : (stmt.run(...bind(order, params)), [])) as T[];
      } catch (err) {
        return wrapError(err);
      }
    },
    async execute(sql: string, params: readonly unknown[] = []): Promise<number> {
      try {
        const { stmt, order } = prepare(sql);
        return stmt.run(...bind(order, params)).changes;
      } catch (err) {
        return wrapError(err);
      }
    },
  };

  // One batch at a time on the one connection.
  const locked = createSerial();

  /**
   * Group commit. Every operation joins the next batch; a batch runs once the event loop has
   * gathered what it could (setImmediate), in the order the operations came, each inside its own
   * savepoint, and is committed once: one fsync for all the turns that wrote meanwhile instead of
   * one each. An operation resolves only after that commit (an acknowledged write is on disk), and
   * one that fails is rolled back alone. A batch of reads only commits nothing.
   */
  interface Unit {
    run: () => Promise<unknown>;
    resolve: (value: unknown) => void;
    reject: (err: unknown) => void;
    writes: boolean;
  }
  let batch: Unit[] = [];
  let scheduled = false;
  const flush = async () => {
    const units = batch;
    batch = [];
    scheduled = false;
    const outcomes: Array<{ ok: true; value: unknown } | { ok: false; err: unknown }> = [];
    const writes = units.some((u) => u.writes);
    try {
      if (writes) db.exec('BEGIN IMMEDIATE');
      for (const u of units) {
        if (!u.writes) {
          outcomes.push(await settle(u.run));
          continue;
        }
        db.exec('SAVEPOINT unit');
        const outcome = await settle(u.run);
        if (!outcome.ok && db.inTransaction) db.exec('ROLLBACK TO unit');
        if (db.inTransaction) db.exec('RELEASE unit');
        outcomes.push(outcome);
      }
      if (writes) db.exec('COMMIT');
    } catch (err) {
      if (db.inTransaction) db.exec('ROLLBACK');
      units.forEach((u) => u.reject(err));
      return;
    }
    units.forEach((u, i) => {
      const o = outcomes[i]!;
      if (o.ok) u.resolve(o.value);
      else u.reject(o.err);
    });
  };
  const enqueue = <T>(run: () => Promise<T>, writes: boolean): Promise<T> =>
    new Promise<T>((resolve, reject) => {
      if (closed) return reject(new DbError('db: closed', 'DB_ERROR'));
      batch.push({ run, resolve: resolve as (v: unknown) => void, reject, writes });
      if (!scheduled) {
        scheduled = true;
        setImmediate(() => void locked(flush));
      }
    });
  const isRead = (sql: string) => {
    try {
      return prepare(sql).stmt.readonly;
    } catch {
      return false; // the error is the caller's, reported when it runs
    }
  };

  let closed = false;
  return {
    dialect: 'sqlite',
    query: (sql, params) => enqueue(() => direct.query(sql, params), !isRead(sql)),
    execute: (sql, params) => enqueue(() => direct.execute(sql, params), true),
    transaction: <T>(fn: (tx: Queryable) => Promise<T>) => enqueue(() => fn(direct), true),
    close: async () => {
      if (closed) return;
      // What is already queued runs first.
      await new Promise<void>((resolve) => setImmediate(resolve));
      await locked(async () => {
        if (batch.length > 0) await flush();
      });
      closed = true;
      await locked(async () => db.close());
    },
  };
}

async function settle(run: () => Promise<unknown>): Promise<{ ok: true; value: unknown } | { ok: false; err: unknown }> {
  try {
    return { ok: true, value: await run() };
  } catch (err) {
    return { ok: false, err };
  }
}
