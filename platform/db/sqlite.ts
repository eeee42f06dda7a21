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
 * operation goes through one FIFO lock, and a transaction holds it until it commits.
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

  // One statement or transaction at a time on the one connection.
  const locked = createSerial();

  let closed = false;
  return {
    dialect: 'sqlite',
    query: (sql, params) => locked(() => direct.query(sql, params)),
    execute: (sql, params) => locked(() => direct.execute(sql, params)),
    transaction: <T>(fn: (tx: Queryable) => Promise<T>) =>
      locked(async () => {
        db.exec('BEGIN IMMEDIATE');
        try {
          const result = await fn(direct);
          db.exec('COMMIT');
          return result;
        } catch (err) {
          if (db.inTransaction) db.exec('ROLLBACK');
          throw err;
        }
      }),
    close: () =>
      locked(async () => {
        if (closed) return;
        closed = true;
        db.close();
      }),
  };
}

