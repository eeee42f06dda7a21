import { createPostgresDb, createSqliteDb, migrate, type Db } from '../../platform/db';
import type { Clock } from '../../platform/clock';
import { botStateMigration } from '../../bot/storage';
import { feedbackMigrations } from '../../bot/feedback';
import type { TestDatabase } from '../helpers/databases';

/** A fresh database of that kind with the bot's tables. */
export async function botDatabase(t: TestDatabase): Promise<Db> {
  const db = await t.create();
  await migrate(db, [botStateMigration, ...feedbackMigrations]);
  return db;
}

/** A second connection (pool, or SQLite handle) to the last database `t` created: another process. */
export function secondConnection(t: TestDatabase): Db {
  return t.name === 'sqlite' ? createSqliteDb({ file: t.url() }) : createPostgresDb({ connectionString: t.url(), max: 5 });
}

export function fixedClock(iso: string): Clock {
  const at = new Date(iso);
  return { now: () => new Date(at) };
}

export const day = (iso: string) => new Date(iso);
