import http from 'node:http';
import type { AddressInfo } from 'node:net';
import express from 'express';
import pino from 'pino';
import { wirePortal, DEMO_PORTAL_PATH, DEMO_PORTAL_TOKEN } from '../../app/portal';
import { createIdentityVerifier } from '../../auth/portal-identity';
import { loadConfig } from '../../platform/config';
import { errorHandler, notFound } from '../../platform/http/errors';
import { createPortalClient, demoInvoices } from '../../portal';
import { createWebPages } from '../../web-widget';
import { IDENTITY_SECRET, getJson, identityToken, postJson } from '../helpers/app';

const NOW = new Date('2026-12-01T09:00:00Z');
const clock = { now: () => NOW };
const logger = pino({ level: 'silent' });

/**
 * The pages and the demo portal's API wired as the roof wires them (app/portal.ts): the demo
 * page's `GET /api/demo/invoices` and `/demo-portal/api`, on a free port.
 */
async function start(env: Record<string, string> = {}, options: { withPortal?: boolean } = {}) {
  const config = loadConfig({ NODE_ENV: 'test', PORTAL_IDENTITY_SECRET: IDENTITY_SECRET, ...env });
  const portal = wirePortal({ config, clock, logger, identity: createIdentityVerifier({ secret: IDENTITY_SECRET, clock }) });
  const app = express();
  portal.mountDemo(app);
  app.use(
    createWebPages({
      clock,
      logger,
      config: { production: config.production, portalIdentitySecret: IDENTITY_SECRET },
      ...(options.withPortal === false ? {} : { invoicesOf: portal.invoicesOf }),
    }).router,
  );
  app.use(notFound);
  app.use(errorHandler(logger));
  const server = http.createServer(app);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return { base, portal, close: () => new Promise<void>((resolve) => server.close(() => resolve())) };
}

const invoices = (base: string, token?: string) => getJson(`${base}/api/demo/invoices`, token ? { authorization: `Bearer ${token}` } : {});

describe('the demo page’s «Mes factures» (GET /api/demo/invoices)', () => {
  let s: Awaited<ReturnType<typeof start>>;
  beforeAll(async () => {
    s = await start();
  });
  afterAll(() => s.close());

  it('lists the logged-in demo user’s invoices from the demo portal, never cached', async () => {
    const login = await postJson(`${s.base}/api/demo/identity`, {});
    expect(login.status).toBe(200);
    const res = await invoices(s.base, login.body.token);
    expect(res.status).toBe(200);
    expect(res.headers.get('cache-control')).toBe('no-store');
    expect(res.body).toEqual({ invoices: demoInvoices(NOW) });
  });

  it('refuses without a token or with a bad one, and lists nothing for a portal user who is not a demo user', async () => {
    for (const res of [await invoices(s.base), await invoices(s.base, 'pas-un-jeton'), await invoices(s.base, await identityToken({}, { secret: 'another-secret-0123456789-abcdefghijklmnop' }))]) {
      expect(res.status).toBe(401);
      expect(res.body.error.code).toBe('IDENTITY_INVALID');
      expect(res.body.invoices).toBeUndefined();
    }
    expect((await invoices(s.base, await identityToken({ sub: 'portal-user-42' }))).body).toEqual({ invoices: [] });
  });

  it('serves the portal’s contract at /demo-portal/api, behind the demo token', async () => {
    const user = encodeURIComponent('demo-marie.dupont@mairie-exemple.fr');
    const ok = await getJson(`${s.base}${DEMO_PORTAL_PATH}/users/${user}/invoices?limit=2&number=f%202026%2000128`, { authorization: `Bearer ${DEMO_PORTAL_TOKEN}` });
    expect(ok.status).toBe(200);
    expect(ok.body.invoices.map((i: { number: string }) => i.number)).toEqual(['F-2026-00128']);
    const one = await getJson(`${s.base}${DEMO_PORTAL_PATH}/users/${user}/invoices/F-2026-00123`, { authorization: `Bearer ${DEMO_PORTAL_TOKEN}` });
    expect(one.body).toMatchObject({ number: 'F-2026-00123', status: 'rejetee' });
    const none = await getJson(`${s.base}${DEMO_PORTAL_PATH}/users/${user}/invoices/F-2026-99999`, { authorization: `Bearer ${DEMO_PORTAL_TOKEN}` });
    expect([none.status, none.body.error.code]).toEqual([404, 'NOT_FOUND']);
    const bad = await getJson(`${s.base}${DEMO_PORTAL_PATH}/users/${user}/invoices?limit=500`, { authorization: `Bearer ${DEMO_PORTAL_TOKEN}` });
    expect([bad.status, bad.body.error.code]).toEqual([400, 'INVALID_INPUT']);
    for (const headers of [{}, { authorization: 'Bearer wrong' }, { authorization: DEMO_PORTAL_TOKEN }] as Record<string, string>[]) {
      const refused = await getJson(`${s.base}${DEMO_PORTAL_PATH}/users/${user}/invoices?limit=2`, headers);
      expect([refused.status, refused.body.error.code, refused.body.error.message]).toEqual([401, 'AUTH_REQUIRED', 'Jeton d’accès au portail absent ou invalide.']);
    }
  });

  it('lets the HTTP client read the demo portal through its API, as PORTAL_API_URL would point it there', async () => {
    const client = createPortalClient({ url: `${s.base}${DEMO_PORTAL_PATH}`, token: DEMO_PORTAL_TOKEN });
    expect(await client.getInvoices('demo-x@y.fr', { limit: 50 })).toEqual(demoInvoices(NOW));
  });
});

describe('the demo page’s «Mes factures» in other set-ups', () => {
  it('says there is no portal when the pages were given none (the page shows no list)', async () => {
    const s = await start({}, { withPortal: false });
    try {
      const login = await postJson(`${s.base}/api/demo/identity`, {});
      expect((await invoices(s.base, login.body.token)).body).toEqual({ invoices: null });
    } finally {
      await s.close();
    }
  });

  it('answers 503 in French when the portal’s API is down', async () => {
    const s = await start({ PORTAL_API_URL: 'http://127.0.0.1:9/api', PORTAL_API_TOKEN: 'tok', PORTAL_TIMEOUT_MS: '200' });
    try {
      const login = await postJson(`${s.base}/api/demo/identity`, {});
      const res = await invoices(s.base, login.body.token);
      expect(res.status).toBe(503);
      expect(res.body.error).toEqual({ code: 'UNAVAILABLE', message: 'Le portail ne répond pas pour le moment\u00a0: vos factures ne peuvent pas être affichées. Réessayez dans quelques minutes.' });
    } finally {
      await s.close();
    }
  });

  it('does not exist in production, nor does the demo portal’s API; with PORTAL_API_URL the token is PORTAL_API_TOKEN', async () => {
    const prod = await start({ NODE_ENV: 'production', PORTAL_API_URL: 'http://127.0.0.1:9/api', PORTAL_API_TOKEN: 'tok' });
    try {
      expect((await invoices(prod.base, await identityToken({ sub: 'demo-a@b.fr' }))).status).toBe(404);
      expect((await getJson(`${prod.base}${DEMO_PORTAL_PATH}/users/demo-a/invoices?limit=1`, { authorization: 'Bearer tok' })).status).toBe(404);
      expect(prod.portal.portal).not.toBeNull();
    } finally {
      await prod.close();
    }
    const off = await start({ NODE_ENV: 'production' });
    expect(off.portal.portal).toBeNull();
    await off.close();
    const dev = await start({ PORTAL_API_TOKEN: 'local-secret-token' });
    try {
      const url = `${dev.base}${DEMO_PORTAL_PATH}/users/demo-a/invoices?limit=1`;
      expect((await getJson(url, { authorization: 'Bearer local-secret-token' })).status).toBe(200);
      expect((await getJson(url, { authorization: `Bearer ${DEMO_PORTAL_TOKEN}` })).status).toBe(401);
    } finally {
      await dev.close();
    }
  });
});
