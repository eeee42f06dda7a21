import { migrate, type Db } from '../../platform/db';
import { createAuth, type Auth } from '../../auth';
import pino from 'pino';
import { testDatabases, type TestDatabase } from '../helpers/databases';
import { defaultAuthConfig, fakeClock, login, startAuthApp, type AuthApp } from './auth-app';

const PASSWORD = 'un-mot-de-passe-solide';
const HOUR = 3_600_000;

interface ErrorBody {
  error: { code: string; message: string };
}
const errorOf = async (res: Response) => ((await res.json()) as ErrorBody).error;

describe.each(testDatabases())('agent auth on %s', (_name, make) => {
  let t: TestDatabase;
  let db: Db;
  let app: AuthApp;
  const time = fakeClock();

  beforeAll(async () => {
    t = make();
    db = await t.create();
    app = await startAuthApp(db, time.clock, { sessionTtlHours: 2 });
    await migrate(db, app.auth.migrations);
    await app.auth.agents.create({ email: 'Agent@Relais.fr', name: 'Alice Agent', role: 'agent', password: PASSWORD });
    await app.auth.agents.create({ email: 'chef@relais.fr', name: 'Bruno Chef', role: 'supervisor', password: PASSWORD });
  });
  afterAll(async () => {
    await app.close();
    await t.cleanup();
  });

  const get = (path: string, cookie?: string) => fetch(`${app.base}${path}`, { headers: cookie ? { cookie } : {} });
  const post = (path: string, cookie?: string, csrf?: string) =>
    fetch(`${app.base}${path}`, {
      method: 'POST',
      headers: { ...(cookie ? { cookie } : {}), ...(csrf ? { 'x-csrf-token': csrf } : {}) },
    });

  it('logs in with a lower-cased e-mail and sets a HttpOnly, SameSite=Strict session cookie', async () => {
    const r = await login(app.base, 'agent@relais.fr', PASSWORD);
    expect(r.status).toBe(200);
    expect(r.body).toEqual({
      agent: { id: expect.any(Number), email: 'agent@relais.fr', name: 'Alice Agent', role: 'agent', createdAt: expect.any(String) },
      csrfToken: expect.stringMatching(/^[A-Za-z0-9_-]{43}$/),
      expiresAt: new Date(time.clock.now().getTime() + 2 * HOUR).toISOString(),
    });
    const cookie = r.setCookie.find((c) => c.startsWith('relais_session='))!;
    expect(cookie).toMatch(/; HttpOnly/);
    expect(cookie).toMatch(/; SameSite=Strict/);
    expect(cookie).toMatch(/; Path=\//);
    expect(cookie).not.toMatch(/; Secure/);
    // A lifetime the browser counts on its own clock: the server's clock may be pinned (RELAIS_NOW)
    // or lag, and an absolute date from it would expire the cookie at once.
    expect(cookie).toMatch(/; Max-Age=7200(;|$)/);
    expect(r.body.agent).not.toHaveProperty('passwordHash');
  });

  it('accepts the e-mail in any case and with spaces around it', async () => {
    expect((await login(app.base, '  AGENT@relais.FR ', PASSWORD)).status).toBe(200);
  });

  it('gives the same 401 for a wrong password and for an unknown e-mail', async () => {
    const wrong = await login(app.base, 'agent@relais.fr', 'pas-le-bon-mot-de-passe');
    const unknown = await login(app.base, 'personne@relais.fr', PASSWORD);
    for (const r of [wrong, unknown]) {
      expect(r.status).toBe(401);
      expect(r.body).toEqual({ error: { code: 'INVALID_CREDENTIALS', message: 'Identifiants invalides.' } });
      expect(r.cookie).toBeUndefined();
    }
  });

  it('rejects malformed logins with a 400 and French messages', async () => {
    const bad = await login(app.base, 'pas-une-adresse', '');
    expect(bad.status).toBe(400);
    expect(bad.body.error.code).toBe('INVALID_INPUT');
    expect(bad.body.error.message).toContain('Adresse e-mail invalide.');
    expect(bad.body.error.message).toContain('Mot de passe requis.');
    const notJson = await fetch(`${app.base}/api/auth/login`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{oops' });
    expect(notJson.status).toBe(400);
    expect(await notJson.json()).toEqual({ error: { code: 'INVALID_INPUT', message: 'Requête invalide\u00a0: JSON attendu.' } });
    const empty = await fetch(`${app.base}/api/auth/login`, { method: 'POST' });
    expect(empty.status).toBe(400);
    expect((await errorOf(empty)).code).toBe('INVALID_INPUT');
  });

  it('answers /me with the agent and CSRF token, or 401 AUTH_REQUIRED without a valid cookie', async () => {
    const r = await login(app.base, 'agent@relais.fr', PASSWORD);
    const me = await get('/api/auth/me', r.cookie);
    expect(me.status).toBe(200);
    expect(await me.json()).toMatchObject({ agent: { email: 'agent@relais.fr', role: 'agent' }, csrfToken: r.body.csrfToken });

    for (const cookie of [undefined, 'relais_session=forged', `relais_session=${'A'.repeat(43)}`, 'other=1']) {
      const anon = await get('/api/auth/me', cookie);
      expect(anon.status).toBe(401);
      expect(await anon.json()).toEqual({ error: { code: 'AUTH_REQUIRED', message: 'Authentification requise.' } });
    }
  });

  it('puts the agent in res.locals.agent for guarded routes', async () => {
    const r = await login(app.base, 'agent@relais.fr', PASSWORD);
    expect(await (await get('/api/whoami', r.cookie)).json()).toEqual({ email: 'agent@relais.fr' });
  });

  it('requires the session CSRF token on state-changing requests', async () => {
    const r = await login(app.base, 'agent@relais.fr', PASSWORD);
    const other = await login(app.base, 'chef@relais.fr', PASSWORD);
    for (const csrf of [undefined, 'wrong', other.body.csrfToken as string]) {
      const res = await post('/api/notes', r.cookie, csrf);
      expect(res.status).toBe(403);
      expect((await errorOf(res)).code).toBe('CSRF_INVALID');
    }
    const ok = await post('/api/notes', r.cookie, r.body.csrfToken);
    expect(ok.status).toBe(201);
    expect(await ok.json()).toEqual({ by: 'agent@relais.fr' });
    // Without a session at all, the agent guard answers first.
    expect((await post('/api/notes', undefined, r.body.csrfToken)).status).toBe(401);
  });

  it('logs out (with CSRF) and the session no longer works, even with a replayed cookie', async () => {
    const r = await login(app.base, 'agent@relais.fr', PASSWORD);
    expect((await post('/api/auth/logout', r.cookie)).status).toBe(403);
    const out = await post('/api/auth/logout', r.cookie, r.body.csrfToken);
    expect(out.status).toBe(204);
    expect(out.headers.getSetCookie().join()).toMatch(/relais_session=;.*Expires=Thu, 01 Jan 1970/);
    expect((await get('/api/auth/me', r.cookie)).status).toBe(401);
    expect(await app.auth.sessionFromCookieHeader(r.cookie)).toBeNull();
  });

  it('rejects a session once its lifetime has passed', async () => {
    const r = await login(app.base, 'agent@relais.fr', PASSWORD);
    time.advance(2 * HOUR - 1000);
    expect((await get('/api/auth/me', r.cookie)).status).toBe(200);
    time.advance(1000);
    expect((await get('/api/auth/me', r.cookie)).status).toBe(401);
    expect((await post('/api/notes', r.cookie, r.body.csrfToken)).status).toBe(401);
  });

  it('resolves a session from a raw Cookie header (for socket.io handshakes)', async () => {
    const r = await login(app.base, 'chef@relais.fr', PASSWORD);
    const session = await app.auth.sessionFromCookieHeader(`theme=dark; ${r.cookie}; lang=fr`);
    expect(session).toMatchObject({ agent: { email: 'chef@relais.fr', role: 'supervisor' }, csrfToken: r.body.csrfToken });
    expect(session!.expiresAt).toBeInstanceOf(Date);
    expect(await app.auth.sessionFromCookieHeader(undefined)).toBeNull();
    expect(await app.auth.sessionFromCookieHeader('relais_session=')).toBeNull();
  });

  it('guards routes by role: 401 anonymous, 403 FORBIDDEN below the role, supervisors pass agent routes', async () => {
    const agent = await login(app.base, 'agent@relais.fr', PASSWORD);
    const chef = await login(app.base, 'chef@relais.fr', PASSWORD);
    expect((await get('/api/reports')).status).toBe(401);
    const denied = await get('/api/reports', agent.cookie);
    expect(denied.status).toBe(403);
    expect(await errorOf(denied)).toEqual({ code: 'FORBIDDEN', message: expect.stringMatching(/^Accès refusé.*superviseur/) });
    expect((await get('/api/reports', chef.cookie)).status).toBe(200);
    expect((await get('/api/queue', agent.cookie)).status).toBe(200);
    expect((await get('/api/queue', chef.cookie)).status).toBe(200);
  });

  it('refuses a second account with the same e-mail in another case', async () => {
    await expect(
      app.auth.agents.create({ email: 'AGENT@relais.fr', name: 'Doublon', role: 'agent', password: PASSWORD }),
    ).rejects.toMatchObject({ code: 'AGENT_EXISTS' });
    await expect(
      app.auth.agents.create({ email: 'new@relais.fr', name: 'Court', role: 'agent', password: 'trop-court' }),
    ).rejects.toMatchObject({ code: 'INVALID_INPUT', fields: { password: 'Mot de passe : 12 caractères au minimum.' } });
  });

  it('answers unknown auth routes with a JSON 404', async () => {
    const res = await get('/api/auth/nope');
    expect(res.status).toBe(404);
    expect((await errorOf(res)).code).toBe('NOT_FOUND');
  });
});

describe.each(testDatabases())('ensureDemoAgent on %s', (_name, make) => {
  let t: TestDatabase;
  beforeAll(() => {
    t = make();
  });
  afterAll(() => t.cleanup());

  const authOn = async (production: boolean): Promise<Auth> => {
    const db = await t.create();
    const auth = createAuth({ db, clock: fakeClock().clock, logger: pino({ level: 'silent' }), config: { ...defaultAuthConfig, production } });
    await migrate(db, auth.migrations);
    return auth;
  };

  it('creates the demo supervisor once, with a working random password, then returns null', async () => {
    const auth = await authOn(false);
    const creds = await auth.ensureDemoAgent();
    expect(creds).toEqual({ email: 'demo@relais.local', password: expect.any(String) });
    expect(creds!.password.length).toBeGreaterThanOrEqual(12);
    expect(await auth.agents.verifyCredentials(creds!.email, creds!.password)).toMatchObject({
      name: 'Conseiller démo',
      role: 'supervisor',
    });
    expect(await auth.ensureDemoAgent()).toBeNull();
    expect(await auth.agents.count()).toBe(1);
  });

  it('returns null when any agent already exists', async () => {
    const auth = await authOn(false);
    await auth.agents.create({ email: 'a@relais.fr', name: 'A', role: 'agent', password: PASSWORD });
    expect(await auth.ensureDemoAgent()).toBeNull();
    expect(await auth.agents.findByEmail('demo@relais.local')).toBeNull();
  });

  it('returns null in production, even on an empty database', async () => {
    const auth = await authOn(true);
    expect(await auth.ensureDemoAgent()).toBeNull();
    expect(await auth.agents.count()).toBe(0);
  });
});
