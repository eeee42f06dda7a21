import type { Db, Migration, Queryable } from './types';

/** Arbitrary constant for pg_advisory_xact_lock: processes starting together migrate one at a time. */
const MIGRATION_LOCK = 74_225_001;

/**
 * Applies, in id order, the migrations not yet recorded in `schema_migrations`, each in its own
 * transaction with its record. Safe when several processes start at once.
 */
export async function migrate(db: Db, migrations: readonly Migration[]): Promise<string[]> {
  // Even `CREATE TABLE IF NOT EXISTS` races on PostgreSQL (two sessions both find the table
  // missing, one fails on pg_type's unique index), so it is taken under the same lock.
  await db.transaction(async (tx) => {
    await lockMigrations(tx);
    await tx.execute(
      'CREATE TABLE IF NOT EXISTS schema_migrations (id TEXT PRIMARY KEY, applied_at BIGINT NOT NULL)',
    );
  });
  const applied: string[] = [];
  const sorted = [...migrations].sort((a, b) => a.id.localeCompare(b.id));
  for (const m of sorted) {
    const done = await db.transaction(async (tx) => {
      await lockMigrations(tx);
      const rows = await tx.query('SELECT id FROM schema_migrations WHERE id = $1', [m.id]);
      if (rows.length > 0) return false;
      for (const statement of splitStatements(tx.dialect === 'sqlite' ? m.sqlite : m.postgres)) {
        await tx.execute(statement);
      }
      await tx.execute('INSERT INTO schema_migrations (id, applied_at) VALUES ($1, $2)', [m.id, Date.now()]);
      return true;
    });
    if (done) applied.push(m.id);
  }
  return applied;
}

/** Serialises migrating processes on PostgreSQL until the transaction ends (SQLite locks the file). */
async function lockMigrations(tx: Queryable): Promise<void> {
  if (tx.dialect === 'postgres') await tx.query('SELECT pg_advisory_xact_lock($1)', [MIGRATION_LOCK]);
}

/** Migration scripts are plain statements separated by semicolons at line ends (no procedures). */
function splitStatements(script: string): string[] {
  return script
    .split(/;\s*(?:\n|$)/)
    .map((s) => s.trim())
    .filter((s) => s.length > 0);
}

/** Column types that differ between the two dialects; everything else is written once. */
export interface DialectTypes {
  /** Auto-incrementing primary key column definition (without the column name). */
  serialKey: string;
  /** Binary data (a file's bytes; a Buffer in and out). */
  blob: string;
}

const TYPES: Record<'sqlite' | 'postgres', DialectTypes> = {
  sqlite: { serialKey: 'INTEGER PRIMARY KEY AUTOINCREMENT', blob: 'BLOB' },
  postgres: { serialKey: 'BIGSERIAL PRIMARY KEY', blob: 'BYTEA' },
};

/** One migration script for both dialects, with the dialect's types filled in. */
export function defineMigration(id: string, script: (t: DialectTypes) => string): Migration {
  return Object.freeze({ id, sqlite: script(TYPES.sqlite), postgres: script(TYPES.postgres) });
}
