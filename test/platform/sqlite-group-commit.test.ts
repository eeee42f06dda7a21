import fs from 'node:fs';
import Database from 'better-sqlite3';
import { migrate, type Db } from '../../platform/db';
import { sqliteTestDatabase, type TestDatabase } from '../helpers/databases';

/**
 * SQLite's group commit: operations issued together are committed together, each in its own
 * savepoint, and each resolves only once its commit is on disk.
 */
describe('SQLite group commit', () => {
  let t: TestDatabase;
  let db: Db;
  beforeEach(async () => {
    t = sqliteTestDatabase();
    db = await t.create();
    await migrate(db, [{ id: '001', sqlite: 'CREATE TABLE items (name TEXT PRIMARY KEY, n INTEGER NOT NULL DEFAULT 0);', postgres: '' }]);
  });
  afterEach(() => t.cleanup());

  const names = async () => (await db.query<{ name: string }>('SELECT name FROM items ORDER BY name')).map((r) => r.name);

  it('fails one operation of a batch alone: the others are committed', async () => {
    await db.execute('INSERT INTO items (name) VALUES ($1)', ['taken']);
    const results = await Promise.allSettled([
      db.execute('INSERT INTO items (name) VALUES ($1)', ['a']),
      db.execute('INSERT INTO items (name) VALUES ($1)', ['taken']),
      db.transaction(async (tx) => {
        await tx.execute('INSERT INTO items (name) VALUES ($1)', ['in-tx']);
        throw new Error('changed my mind');
      }),
      db.query('INSERT INTO items (name) VALUES ($1) RETURNING name', ['b']),
    ]);
    expect(results.map((r) => r.status)).toEqual(['fulfilled', 'rejected', 'rejected', 'fulfilled']);
    expect((results[1] as PromiseRejectedResult).reason).toMatchObject({ code: 'DB_UNIQUE' });
    expect(await names()).toEqual(['a', 'b', 'taken']);
  });

  it('keeps the order of operations, and a read sees the writes issued before it', async () => {
    const [, , read] = await Promise.all([
      db.execute('INSERT INTO items (name, n) VALUES ($1, 1)', ['x']),
      db.execute('UPDATE items SET n = n + 1 WHERE name = $1', ['x']),
      db.query<{ n: number }>('SELECT n FROM items WHERE name = $1', ['x']),
    ]);
    expect(read).toEqual([{ n: 2 }]);
  });

  it('commits many concurrent writers in far fewer transactions, every acknowledged one on disk', async () => {
    const wal = () => (fs.existsSync(`${t.url()}-wal`) ? fs.statSync(`${t.url()}-wal`).size : 0);
    const before = wal();
    await Promise.all(Array.from({ length: 200 }, (_, i) => db.execute('INSERT INTO items (name) VALUES ($1)', [`w${i}`])));
    // Each commit appends at least one page frame to the WAL (4 KB): 200 commits would add
    // 200 frames or more; grouped, a few.
    const frames = (wal() - before) / (4096 + 24);
    expect(frames).toBeLessThan(40);
    // Another connection to the same file sees every acknowledged row.
    const other = new Database(t.url(), { readonly: true });
    try {
      expect((other.prepare('SELECT COUNT(*) AS c FROM items').get() as { c: number }).c).toBe(200);
    } finally {
      other.close();
    }
  });
});
