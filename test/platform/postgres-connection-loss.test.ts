import { createPostgresDb } from '../../platform/db';
import { postgresTestDatabase } from '../helpers/databases';

const services = process.env.RELAIS_TEST_PG === '1';
const describePg = services ? describe : describe.skip;

/**
 * Connections cut again and again (pg_terminate_backend) under queries and transactions: each
 * failure is a failed query, never an unhandled 'error' that kills the process, and the pool
 * serves again once the cuts stop (issue 12, item 15: found by `npm run chaos`).
 */
describePg('PostgreSQL connections cut under load', () => {
  it('fails the queries in flight and recovers, without crashing', async () => {
    const database = postgresTestDatabase();
    const admin = await database.create();
    const name = new URL(database.url()).pathname.slice(1);
    const db = createPostgresDb({ connectionString: database.url(), max: 5 });
    try {
      await db.execute('CREATE TABLE t (id SERIAL PRIMARY KEY, n INTEGER NOT NULL)');
      let stop = false;
      let failed = 0;
      const load = (async () => {
        for (let i = 0; !stop; i++) {
          await Promise.all([
            db.query('SELECT n FROM t WHERE id = $1', [i]).catch(() => (failed += 1)),
            db.transaction(async (tx) => tx.execute('INSERT INTO t (n) VALUES ($1)', [i])).catch(() => (failed += 1)),
          ]);
        }
      })();
      for (let cut = 0; cut < 40; cut++) {
        await new Promise((r) => setTimeout(r, 25));
        await admin.query('SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = $1 AND pid <> pg_backend_pid()', [name]).catch(() => undefined);
      }
      stop = true;
      await load;
      expect(failed).toBeGreaterThan(0);
      // Once the cuts stop — and the pool has heard of the last one, which reaches an idle client
      // as an event shortly after — every query works again.
      await new Promise((r) => setTimeout(r, 300));
      expect(await db.execute('INSERT INTO t (n) VALUES (1)')).toBe(1);
      expect((await db.query<{ n: number }>('SELECT COUNT(*)::int AS n FROM t'))[0]!.n).toBeGreaterThan(0);
    } finally {
      await db.close();
      await database.cleanup();
    }
  }, 60_000);
});
