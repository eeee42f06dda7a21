import crypto from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import pg from 'pg';
import { createPostgresDb, createSqliteDb, type Db } from '../../platform/db';

/** Where the PostgreSQL tests connect (a server with trust auth; `.ci/run` makes sure it runs). */
export const PG_ADMIN_URL = 'postgres://postgres@127.0.0.1:5432/postgres';

/** One statement on its own connection (CREATE/DROP DATABASE cannot run in a pool's transaction). */
export async function runAdminSql(sql: string, url: string = PG_ADMIN_URL): Promise<void> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    await client.query(sql);
  } finally {
    await client.end();
  }
}

export interface TestDatabase {
  name: 'sqlite' | 'postgres';
  /** A fresh, empty database. */
  create(): Promise<Db>;
  /** Connection string / file of the last created database (to open a second connection). */
  url(): string;
  /** Drops what `create` made. */
  cleanup(): Promise<void>;
}

export function sqliteTestDatabase(): TestDatabase {
  const dirs: string[] = [];
  const dbs: Db[] = [];
  let last = '';
  return {
    name: 'sqlite',
    async create() {
      const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'relais-db-'));
      dirs.push(dir);
      last = path.join(dir, 'relais.db');
      const db = createSqliteDb({ file: last });
      dbs.push(db);
      return db;
    },
    url: () => last,
    async cleanup() {
      for (const db of dbs) await db.close().catch(() => undefined);
      for (const d of dirs) fs.rmSync(d, { recursive: true, force: true });
    },
  };
}

export function postgresTestDatabase(): TestDatabase {
  const created: string[] = [];
  const dbs: Db[] = [];
  let last = '';
  const admin = (sql: string) => runAdminSql(sql);
  return {
    name: 'postgres',
    async create() {
      const name = `relais_test_${crypto.randomBytes(6).toString('hex')}`;
      await admin(`CREATE DATABASE ${name}`);
      created.push(name);
      last = `postgres://postgres@127.0.0.1:5432/${name}`;
      const db = createPostgresDb({ connectionString: last, max: 5 });
      dbs.push(db);
      return db;
    },
    url: () => last,
    async cleanup() {
      for (const db of dbs) await db.close().catch(() => undefined);
      for (const name of created) await admin(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`).catch(() => undefined);
    },
  };
}

/**
 * The databases a contract suite runs against: SQLite always, PostgreSQL when the global setup
 * found a server (CI requires one). Use as `describe.each(testDatabases())('%s', (name, make) => …)`.
 */
export function testDatabases(): [string, () => TestDatabase][] {
  const list: [string, () => TestDatabase][] = [['sqlite', sqliteTestDatabase]];
  if (process.env.RELAIS_TEST_PG === '1') list.push(['postgres', postgresTestDatabase]);
  return list;
}
