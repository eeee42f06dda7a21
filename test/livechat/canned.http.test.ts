import http from 'node:http';
import type { AddressInfo } from 'node:net';
import express from 'express';
import pino from 'pino';
import { createAuth, type Auth } from '../../auth';
import { migrate, type Db } from '../../platform/db';
import { createCanned, DEFAULT_CANNED, PLACEHOLDERS, type Canned } from '../../livechat/canned';
import { defaultAuthConfig, fakeClock, login } from '../auth/auth-app';
import { testDatabases, type TestDatabase } from '../helpers/databases';

const PASSWORD = 'un-mot-de-passe-solide';

interface Session {
  cookie: string;
  csrf: string;
}

describe.each(testDatabases())('canned responses over HTTP on %s', (_name, make) => {
  let t: TestDatabase;
  let db: Db;
  let auth: Auth;
  let canned: Canned;
  let server: http.Server;
  let base = '';
  const teams = new Map<number, string>();
  const time = fakeClock(Date.UTC(2026, 2, 2, 9));
  let agent: Session;
  let chef: Session;
  let chefTechnique: Session;

  const signIn = async (email: string, name: string, role: 'agent' | 'supervisor', team: string): Promise<Session> => {
    const a = await auth.agents.create({ email, name, role, password: PASSWORD });
    teams.set(a.id, team);
    const r = await login(base, email, PASSWORD);
    return { cookie: r.cookie!, csrf: r.body.csrfToken };
  };

  const call = (method: string, path: string, who?: Session, body?: unknown, opts: { csrf?: boolean; raw?: string } = {}) =>
    fetch(`${base}/api/agent/canned${path}`, {
      method,
      headers: {
        ...(who ? { cookie: who.cookie } : {}),
        ...(who && opts.csrf !== false ? { 'x-csrf-token': who.csrf } : {}),
        ...(body !== undefined || opts.raw !== undefined ? { 'content-type': 'application/json' } : {}),
      },
      body: opts.raw ?? (body === undefined ? undefined : JSON.stringify(body)),
    });
  const json = async (res: Response) => (await res.json()) as any;

  beforeAll(async () => {
    t = make();
    db = await t.create();
    const logger = pino({ level: 'silent' });
    auth = createAuth({ db, clock: time.clock, logger, config: defaultAuthConfig });
    canned = createCanned({
      db,
      clock: time.clock,
      logger,
      guards: { requireAgent: auth.requireAgent, requireCsrf: auth.requireCsrf, requireRole: auth.requireRole },
      teamOf: async (id) => teams.get(id) ?? 'sans-equipe',
    });
    await migrate(db, [...auth.migrations, ...canned.migrations]);
    const app = express();
    app.use('/api/auth', auth.router);
    app.use('/api/agent/canned', canned.router);
    server = http.createServer(app);
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    agent = await signIn('alice@relais.fr', 'Alice Martin', 'agent', 'facturation');
    chef = await signIn('bruno@relais.fr', 'Bruno Chef', 'supervisor', 'facturation');
    chefTechnique = await signIn('chloe@relais.fr', 'Chloé Tech', 'supervisor', 'technique');
    await canned.ensureDefaults('facturation');
  });
  afterAll(async () => {
    await new Promise<void>((resolve) => {
      server.close(() => resolve());
      server.closeAllConnections();
    });
    await t.cleanup();
  });

  it('lists the agent’s team responses with the placeholder descriptions', async () => {
    const res = await call('GET', '/', agent);
    expect(res.status).toBe(200);
    const body = await json(res);
    expect(body.team).toBe('facturation');
    expect(body.items).toHaveLength(DEFAULT_CANNED.length);
    expect(body.items[0]).toEqual({
      id: expect.stringMatching(/^cr_/),
      team: 'facturation',
      title: 'Accueil',
      body: expect.stringContaining('Bonjour {{prenom}}'),
      createdAt: '2026-03-02T09:00:00.000Z',
      updatedAt: '2026-03-02T09:00:00.000Z',
      updatedBy: null,
    });
    expect(body.placeholders).toEqual(PLACEHOLDERS);
    const found = await json(await call('GET', '/?q=TELEPHONIQUE', agent));
    expect(found.items.map((c: { title: string }) => c.title)).toEqual(['Proposer un rendez-vous téléphonique']);
  });

  it('asks for a session, and refuses an invalid search', async () => {
    expect((await call('GET', '/')).status).toBe(401);
    const res = await call('GET', `/?q=${'x'.repeat(201)}`, agent);
    expect(res.status).toBe(400);
    expect((await json(res)).error).toMatchObject({ code: 'INVALID_INPUT', fields: { q: 'Recherche\u00a0: 200 caractères au maximum.' } });
  });

  it('does not let an agent create, edit or delete', async () => {
    const [first] = (await json(await call('GET', '/', agent))).items;
    for (const res of [
      await call('POST', '/', agent, { title: 'Mienne', body: 'Texte' }),
      await call('PATCH', `/${first.id}`, agent, { title: 'Renommée' }),
      await call('DELETE', `/${first.id}`, agent),
    ]) {
      expect(res.status).toBe(403);
      expect((await json(res)).error.code).toBe('FORBIDDEN');
    }
    expect((await json(await call('GET', '/', agent))).items[0]).toEqual(first);
  });

  it('lets a supervisor create, edit and delete in their team, with the CSRF token', async () => {
    const created = await call('POST', '/', chef, { title: 'Relance', body: 'Bonjour {{prenom}}, avez-vous pu avancer ?', team: 'technique' });
    expect(created.status).toBe(201);
    const { item } = await json(created);
    expect(item).toMatchObject({ team: 'facturation', title: 'Relance', updatedBy: expect.any(Number) });
    expect((await json(await call('GET', '/?q=relance', agent))).items).toEqual([item]);

    time.advance(1000);
    const patched = await call('PATCH', `/${item.id}`, chef, { body: 'Avez-vous pu avancer, {{prenom}} ?' });
    expect(patched.status).toBe(200);
    expect((await json(patched)).item).toMatchObject({ id: item.id, title: 'Relance', body: 'Avez-vous pu avancer, {{prenom}} ?', updatedAt: '2026-03-02T09:00:01.000Z' });

    const deleted = await call('DELETE', `/${item.id}`, chef);
    expect(deleted.status).toBe(204);
    expect((await call('DELETE', `/${item.id}`, chef)).status).toBe(404);
    expect((await json(await call('GET', '/?q=relance', agent))).items).toEqual([]);
  });

  it('refuses state changes without the CSRF token', async () => {
    const [first] = (await json(await call('GET', '/', chef))).items;
    for (const res of [
      await call('POST', '/', chef, { title: 'Sans jeton', body: 'Texte' }, { csrf: false }),
      await call('PATCH', `/${first.id}`, chef, { title: 'Sans jeton' }, { csrf: false }),
      await call('DELETE', `/${first.id}`, chef, undefined, { csrf: false }),
    ]) {
      expect(res.status).toBe(403);
      expect((await json(res)).error.code).toBe('CSRF_INVALID');
    }
    expect((await json(await call('GET', '/', chef))).items).toHaveLength(DEFAULT_CANNED.length);
  });

  it('refuses unknown placeholders with a message that lists them', async () => {
    const res = await call('POST', '/', chef, { title: 'Facture', body: 'Votre facture {{numero_facture}} du {{date}}' });
    expect(res.status).toBe(400);
    const { error } = await json(res);
    expect(error.code).toBe('INVALID_INPUT');
    expect(error.message).toContain('variables inconnues\u00a0: {{numero_facture}}, {{date}}.');
    expect(error.fields.body).toBe(error.message);
  });

  it('gives per-field errors, a 409 for a duplicate title and a 400 for an empty edit', async () => {
    const bad = await json(await call('POST', '/', chef, { title: '', body: 42 }));
    expect(bad.error.fields).toEqual({ title: 'Titre\u00a0: champ obligatoire.', body: 'Texte\u00a0: texte attendu.' });
    const dup = await call('POST', '/', chef, { title: 'accueil', body: 'Encore' });
    expect(dup.status).toBe(409);
    expect((await json(dup)).error).toMatchObject({ code: 'CANNED_DUPLICATE', fields: { title: expect.any(String) } });
    const [first] = (await json(await call('GET', '/', chef))).items;
    const empty = await call('PATCH', `/${first.id}`, chef, {});
    expect(empty.status).toBe(400);
    expect((await json(empty)).error.fields).toEqual({ _: 'Indiquez un titre ou un texte à modifier.' });
    const notJson = await call('POST', '/', chef, undefined, { raw: '{oops' });
    expect(notJson.status).toBe(400);
    expect((await json(notJson)).error.code).toBe('INVALID_INPUT');
  });

  it('hides another team’s responses, answering 404 like an unknown id', async () => {
    const { item } = await json(await call('POST', '/', chefTechnique, { title: 'Interne technique', body: 'Réservé' }));
    expect(item.team).toBe('technique');
    expect((await json(await call('GET', '/?q=interne', agent))).items).toEqual([]);
    for (const res of [
      await call('PATCH', `/${item.id}`, chef, { title: 'Volée' }),
      await call('DELETE', `/${item.id}`, chef),
      await call('PATCH', '/cr_inconnu', chef, { title: 'X' }),
      await call('DELETE', '/pas-un-id', chef),
    ]) {
      expect(res.status).toBe(404);
      expect((await json(res)).error).toEqual({ code: 'CANNED_NOT_FOUND', message: 'Réponse type introuvable.' });
    }
    expect(await canned.store.get(item.id)).toEqual(item);
  });

  it('refuses a body over 2 000 characters, and a request over 32 kB', async () => {
    const long = await call('POST', '/', chef, { title: 'Long', body: 'x'.repeat(2001) });
    expect(long.status).toBe(400);
    expect((await json(long)).error.fields.body).toBe('Texte\u00a0: 2\u202f000 caractères au maximum.');
    const huge = await call('POST', '/', chef, { title: 'Énorme', body: 'x'.repeat(40_000) });
    expect(huge.status).toBe(413);
    expect((await json(huge)).error.code).toBe('TOO_LARGE');
  });

  it('stores HTML as plain text and returns it unchanged', async () => {
    const body = '<script>alert("x")</script><img src=x onerror=alert(1)> <b>{{prenom}}</b> & co';
    const res = await call('POST', '/', chef, { title: '<i>HTML</i>', body });
    expect(res.status).toBe(201);
    expect(res.headers.get('content-type')).toMatch(/^application\/json/);
    const { item } = await json(res);
    expect(item).toMatchObject({ title: '<i>HTML</i>', body });
    expect((await json(await call('GET', '/?q=script', agent))).items[0].body).toBe(body);
    expect(canned.render(item.body, { prenom: 'Marie' })).toBe(body.replace('{{prenom}}', 'Marie'));
  });
});
