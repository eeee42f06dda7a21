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

function queryable(client: pg.Pool | pg.PoolClient): Queryable {
  return {
    dialect: 'postgres',
    async query<T>(sql: string, params: readonly unknown[] = []): Promise<T[]> {
      try {
        return (await client.query(sql, params as unknown[])).rows as T[];
      } catch (err) {
        return wrapError(err);
      }
    },
    async execute(sql: string, params: readonly unknown[] = []): Promise<number> {
      try {
        return (await client.query(sql, params as unknown[])).rowCount ?? 0;
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
  const base = queryable(pool);
  return {
    ...base,
    async transaction<T>(fn: (tx: Queryable) => Promise<T>): Promise<T> {
      const client = await pool.connect();
      try {
        await client.query('BEGIN');
        const result = await fn(queryable(client));
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
