import type { Db } from './types';

/** Rows deleted per statement: a purge never holds a long lock (SQLite has one writer). */
export const PURGE_BATCH = 500;

/**
 * Deletes the rows of `table` that `where` selects (its parameters: `params`), `PURGE_BATCH` at a
 * time by `key`, until none is left; returns how many went. Idempotent: several processes may run
 * it at once, each batch deletes what is still there.
 */
export async function deleteInBatches(db: Db, table: string, key: string, where: string, params: readonly unknown[]): Promise<number> {
  let total = 0;
  for (;;) {
    const n = await db.execute(
      `DELETE FROM ${table} WHERE ${key} IN (SELECT ${key} FROM ${table} WHERE ${where} LIMIT ${PURGE_BATCH})`,
      params,
    );
    total += n;
    if (n < PURGE_BATCH) return total;
  }
}
