/** SQL with `$1`, `$2`… placeholders, the same text for SQLite and PostgreSQL. */
export interface Queryable {
  readonly dialect: Dialect;
  /** Rows of a query (or of a statement with RETURNING). */
  query<T = Record<string, unknown>>(sql: string, params?: readonly unknown[]): Promise<T[]>;
  /** A statement without result rows; resolves to the number of rows changed. */
  execute(sql: string, params?: readonly unknown[]): Promise<number>;
}

export type Dialect = 'sqlite' | 'postgres';

export interface Db extends Queryable {
  /** Runs `fn` in one transaction: committed when it resolves, rolled back when it throws. */
  transaction<T>(fn: (tx: Queryable) => Promise<T>): Promise<T>;
  close(): Promise<void>;
}

/** One schema change, written for both dialects. Ids sort in the order they must run. */
export interface Migration {
  id: string;
  sqlite: string;
  postgres: string;
}

export class DbError extends Error {
  constructor(
    message: string,
    readonly code: 'DB_UNIQUE' | 'DB_ERROR',
    override readonly cause?: unknown,
  ) {
    super(message);
  }
}
