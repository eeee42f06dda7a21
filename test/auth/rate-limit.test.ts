import { createPostgresDb, createSqliteDb, migrate, type Db } from '../../platform/db';
import { DbRateLimitStore, rateLimitMigration } from '../../platform/http/db-rate-limit-store';
import { testDatabases, type TestDatabase } from '../helpers/databases';
import { fakeClock, login, startAuthApp, type AuthApp } from './auth-app';
import type { Options } from 'express-rate-limit';

const PASSWORD = 'un-mot-de-passe-solide';
const MINUTE = 60_000;

/** A second connection to the database `t` created last, as another server process would have. */
const secondConnection = (t: TestDatabase): Db =>
  t.name === 'sqlite' ? createSqliteDb({ file: t.url() }) : createPostgresDb({ connectionString: t.url(), max: 2 });

describe.each(testDatabases())('DbRateLimitStore on %s', (_name, make) => {
  let t: TestDatabase;
  let db: Db;
  const time = fakeClock();
  const store = (prefix?: string) => {
    const s = new DbRateLimitStore({ db, clock: time.clock, prefix });
    s.init({ windowMs: MINUTE } as Options);
    return s;
  };

  beforeAll(async () => {
    t = make();
    db = await t.create();
    await migrate(db, [rateLimitMigration]);
  });
  afterAll(() => t.cleanup());

  it('counts hits in a window and starts a new window once it has passed', async () => {
    const s = store('a:');
    const first = await s.increment('1.2.3.4');
    expect(first).toEqual({ totalHits: 1, resetTime: new Date(time.clock.now().getTime() + MINUTE) });
    time.advance(MINUTE - 1);
    expect((await s.increment('1.2.3.4')).totalHits).toBe(2);
    expect(await s.get('1.2.3.4')).toEqual({ totalHits: 2, resetTime: first.resetTime });
    time.advance(1);
    expect(await s.get('1.2.3.4')).toBeUndefined();
    const next = await s.increment('1.2.3.4');
    expect(next).toEqual({ totalHits: 1, resetTime: new Date(time.clock.now().getTime() + MINUTE) });
  });

  it('decrements, resets a key, and keeps prefixes apart', async () => {
    const a = store('d:');
    const b = store('e:');
    await a.increment('k');
    await a.increment('k');
    await b.increment('k');
    await a.decrement('k');
    expect((await a.get('k'))?.totalHits).toBe(1);
    expect((await b.get('k'))?.totalHits).toBe(1);
    await a.resetKey('k');
    expect(await a.get('k')).toBeUndefined();
    expect((await b.get('k'))?.totalHits).toBe(1);
    await b.increment('other');
    await b.resetAll();
    expect(await b.get('other')).toBeUndefined();
  });

  it('never loses a hit when many arrive at once, from two connections', async () => {
    const other = secondConnection(t);
    try {
      const s1 = store('c:');
      const s2 = new DbRateLimitStore({ db: other, clock: time.clock, prefix: 'c:' });
      s2.init({ windowMs: MINUTE } as Options);
      const hits = await Promise.all(Array.from({ length: 30 }, (_, i) => (i % 2 ? s1 : s2).increment('burst')));
      expect(hits.map((h) => h.totalHits).sort((x, y) => x - y)).toEqual(Array.from({ length: 30 }, (_, i) => i + 1));
    } finally {
      await other.close();
    }
  });
});

describe.each(testDatabases())('login rate limit on %s', (_name, make) => {
  let t: TestDatabase;
  const apps: AuthApp[] = [];
  const extraDbs: Db[] = [];

  beforeAll(() => {
    t = make();
  });
  afterAll(async () => {
    for (const a of apps) await a.close();
    for (const d of extraDbs) await d.close();
    await t.cleanup();
  });

  const setup = async (config: { loginPerIp: number; trustProxy?: number }, clock = fakeClock().clock) => {
    const db = await t.create();
    const app = await startAuthApp(db, clock, config);
    apps.push(app);
    await migrate(db, app.auth.migrations);
    await app.auth.agents.create({ email: 'agent@relais.fr', name: 'Alice', role: 'agent', password: PASSWORD });
    return { db, app };
  };

  it('answers 429 in French after loginPerIp failed attempts, until the window ends', async () => {
    const time = fakeClock();
    const { app } = await setup({ loginPerIp: 3 }, time.clock);
    for (let i = 0; i < 3; i++) expect((await login(app.base, 'agent@relais.fr', 'mauvais-mot-de-passe')).status).toBe(401);
    const limited = await login(app.base, 'agent@relais.fr', PASSWORD);
    expect(limited.status).toBe(429);
    expect(limited.body).toEqual({ error: { code: 'RATE_LIMITED', message: expect.stringMatching(/^Trop de tentatives/) } });
    expect(limited.cookie).toBeUndefined();
    time.advance(15 * MINUTE);
    expect((await login(app.base, 'agent@relais.fr', PASSWORD)).status).toBe(200);
  });

  it('does not count successful logins', async () => {
    const { app } = await setup({ loginPerIp: 3 });
    for (let i = 0; i < 6; i++) expect((await login(app.base, 'agent@relais.fr', PASSWORD)).status).toBe(200);
  });

  it('adds up attempts made on two server instances sharing the database', async () => {
    const time = fakeClock();
    const { app: first } = await setup({ loginPerIp: 4 }, time.clock);
    const db2 = secondConnection(t);
    extraDbs.push(db2);
    const second = await startAuthApp(db2, time.clock, { loginPerIp: 4 });
    apps.push(second);
    const statuses: number[] = [];
    for (let i = 0; i < 6; i++) statuses.push((await login((i % 2 ? second : first).base, 'agent@relais.fr', 'faux-mot-de-passe')).status);
    expect(statuses).toEqual([401, 401, 401, 401, 429, 429]);
  });

  it('counts per client address behind a trusted proxy, and ignores X-Forwarded-For otherwise', async () => {
    const { app: proxied } = await setup({ loginPerIp: 1, trustProxy: 1 });
    const from = (ip: string) => ({ 'x-forwarded-for': ip });
    expect((await login(proxied.base, 'agent@relais.fr', 'x', from('203.0.113.1'))).status).toBe(401);
    expect((await login(proxied.base, 'agent@relais.fr', 'x', from('203.0.113.1'))).status).toBe(429);
    expect((await login(proxied.base, 'agent@relais.fr', 'x', from('203.0.113.2'))).status).toBe(401);
    // A client cannot pick its own address by prepending entries: only the proxy's is trusted.
    expect((await login(proxied.base, 'agent@relais.fr', 'x', from('198.51.100.7, 203.0.113.1'))).status).toBe(429);

    const { app: direct } = await setup({ loginPerIp: 1 });
    expect((await login(direct.base, 'agent@relais.fr', 'x', from('203.0.113.3'))).status).toBe(401);
    expect((await login(direct.base, 'agent@relais.fr', 'x', from('203.0.113.4'))).status).toBe(429);
  });
});
