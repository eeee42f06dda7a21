import path from 'node:path';
import { createPostgresDb } from './postgres';
import { createSqliteDb } from './sqlite';
import type { Db } from './types';

export type { Db, Dialect, Migration, Queryable } from './types';
export { DbError } from './types';
export { defineMigration, migrate, type DialectTypes } from './migrate';
export { createSqliteDb } from './sqlite';
export { createPostgresDb } from './postgres';

export interface DatabaseConfig {
  databaseUrl?: string;
  dataDir: string;
  sqliteSynchronous?: 'FULL' | 'NORMAL';
}

/** PostgreSQL when `DATABASE_URL` is set, else the embedded SQLite file `DATA_DIR/relais.db`. */
export function createDatabase(config: DatabaseConfig): Db {
  if (config.databaseUrl) return createPostgresDb({ connectionString: config.databaseUrl });
  return createSqliteDb({ file: path.join(config.dataDir, 'relais.db'), synchronous: config.sqliteSynchronous });
}
