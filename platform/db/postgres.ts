import crypto from 'node:crypto';
import pg from 'pg';
import { DbError, type Db, type Queryable } from './types';

export interface PostgresOptions {
  connectionString: string;
  max?: number;
}

// int8 (COUNT, BIGINT columns) as numbers rather than strings; per pool, not a global setting.
const INT8 = 20;
const typeParser = (oid: number, format?: 'text' | 'binary') =>
  oid === INT8 ? (v: string) => Number(v) : pg.types.getTypeParser(oid, format as 'text');

function wrapError(err: unknown): never {
  const code = (err as { code?: string })?.code;
  throw new DbError(`db: ${(err as Error).message}`, code === '23505' ? 'DB_UNIQUE' : 'DB_ERROR', err);
}

const DML = /^\s*(SELECT|INSERT|UPDATE|DELETE|WITH)\b/i;

/**
 * Statements with parameters run as named prepared statements (one per SQL text and connection):
 * PostgreSQL parses and plans each of them once per connection instead of on every call, which
 * cuts the server's CPU per statement by about a third for the short, hot queries of the chat.
 * DDL, parameterless statements and statements inside transactions stay unnamed: a plan made
 * stale by a migration (a `SELECT *` gaining a column) is retried unnamed, which an aborted
 * transaction could not do.
 */
function statement(sql: string, params: readonly unknown[], prepare: boolean): pg.QueryConfig {
  if (!prepare || params.length === 0 || !DML.test(sql)) return { text: sql, values: params as unknown[] };
  return { name: `r_${crypto.createHash('sha1').update(sql).digest('base64url')}`, text: sql, values: params as unknown[] };
}

/** A prepared `SELECT *` planned before a migration added a column: run it unprepared instead. */
const STALE_PLAN = '0A000';

type Exec = (config: pg.QueryConfig) => Promise<pg.QueryResult>;

/**
 * Runs `fn` on a client of the pool. A checked-out client whose connection is cut (server
 * restart, pg_terminate_backend) emits 'error' on itself — sometimes twice, the server's FATAL
 * message then the closed socket — and pg-pool's own `query` listens only once: the second
 * would crash the process. Here the listener stays until release, and a broken client is
 * discarded instead of going back to the pool.
 */
async function withClient<T>(pool: pg.Pool, fn: (client: pg.PoolClient) => Promise<T>): Promise<T> {
  const client = await pool.connect();
  let broken: Error | undefined;
  const onError = (err: Error) => void (broken = err);
  client.on('error', onError);
  try {
    return await fn(client);
  } finally {
    client.off('error', onError);
    client.release(broken ?? false);
  }
}

function queryable(exec: Exec, prepare: boolean): Queryable {
  const run = async (sql: string, params: readonly unknown[]) => {
    const config = statement(sql, params, prepare);
    try {
      return await exec(config);
    } catch (err) {
      if (!config.name || (err as { code?: string })?.code !== STALE_PLAN) throw err;
      return exec({ text: sql, values: params as unknown[] });
    }
  };
  return {
    dialect: 'postgres',
    async query<T>(sql: string, params: readonly unknown[] = []): Promise<T[]> {
      try {
        return (await run(sql, params)).rows as T[];
      } catch (err) {
        return wrapError(err);
      }
    },
    async execute(sql: string, params: readonly unknown[] = []): Promise<number> {
      try {
        return (await run(sql, params)).rowCount ?? 0;
      } catch (err) {
        return wrapError(err);
      }
    },
  };
}

/**
 * A client that always has a listener for 'error': a connection cut while the client connects,
 * between two of pg-pool's own listeners, or twice in a row, must fail a query, never the process.
 * The pool and `withClient` still see the error through their own listeners.
 */
class GuardedClient extends pg.Client {
  constructor(config?: string | pg.ClientConfig) {
    super(config);
    this.on('error', () => undefined);
  }
}

/** node-postgres pool behind the `Db` port. */
export function createPostgresDb(options: PostgresOptions): Db {
  const pool = new pg.Pool({
    Client: GuardedClient,
    connectionString: options.connectionString,
    max: options.max ?? 10,
    types: { getTypeParser: typeParser } as pg.CustomTypesConfig,
  });
  // An idle client losing its connection must not crash the process; the next query reconnects.
  pool.on('error', () => undefined);
  const base = queryable((config) => withClient(pool, (client) => client.query(config)), true);
  return {
    ...base,
    async transaction<T>(fn: (tx: Queryable) => Promise<T>): Promise<T> {
      return withClient(pool, async (client) => {
        try {
          await client.query('BEGIN');
          const result = await fn(queryable((config) => client.query(config), false));
          await client.query('COMMIT');
          return result;
        } catch (err) {
          await client.query('ROLLBACK').catch(() => undefined);
          throw err;
        }
      });
    },
    close: () => pool.end(),
  };
}
