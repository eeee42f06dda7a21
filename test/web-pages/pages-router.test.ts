import http from 'node:http';
import zlib from 'node:zlib';
import { IDENTITY_SECRET, getJson, postJson, startApp, type RunningApp } from '../helpers/app';

describe('public pages router', () => {
  let r: RunningApp;
  beforeAll(async () => {
    r = await startApp();
  });
  afterAll(() => r.close());

  it.each([
    ['/', 'Portail de facturation (démo)', '/demo.js'],
    ['/creer-un-ticket', 'Créer un ticket de support', '/ticket-form.js'],
    ['/suivi/RL-2026-000001', 'Suivi de votre demande', '/follow-up.js'],
  ])('serves %s in French, revalidated, under the CSP, with its own bundle', async (path, title, bundle) => {
    const res = await fetch(`${r.base}${path}`);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toMatch(/text\/html/);
    expect(res.headers.get('cache-control')).toBe('no-cache');
    expect(res.headers.get('content-security-policy')).toMatch(/script-src 'self'/);
    const html = await res.text();
    expect(html).toMatch(/<html lang="fr">/);
    expect(html).toContain(title);
    expect(html).toContain(`<script src="${bundle}" defer></script>`);
    expect(html).toContain('<a class="skip-link" href="#contenu">Aller au contenu</a>');
    // No inline script or handler: the CSP would block them.
    expect(html).not.toMatch(/<script(?![^>]*\bsrc=)[^>]*>/);
    expect(html).not.toMatch(/\son[a-z]+=/i);
    expect((await fetch(`${r.base}${bundle}`)).status).toBe(200);
  });

  it('sends the bundles gzipped to browsers that accept it, as the build compressed them, and plain otherwise', async () => {
    const raw = (path: string, headers: Record<string, string>) =>
      new Promise<{ status: number; headers: http.IncomingHttpHeaders; body: Buffer }>((resolve, reject) => {
        http.get(`${r.base}${path}`, { headers }, (res) => {
          const chunks: Buffer[] = [];
          res.on('data', (c: Buffer) => chunks.push(c));
          res.on('end', () => resolve({ status: res.statusCode!, headers: res.headers, body: Buffer.concat(chunks) }));
        }).on('error', reject);
      });
    for (const path of ['/relais-widget.js', '/console/console.js']) {
      const plain = await raw(path, {});
      const gz = await raw(path, { 'accept-encoding': 'gzip, deflate, br' });
      expect(plain.status).toBe(200);
      expect(plain.headers['content-encoding']).toBeUndefined();
      expect(gz.status).toBe(200);
      expect(gz.headers['content-encoding']).toBe('gzip');
      expect(gz.headers['content-type']).toBe('application/javascript; charset=utf-8');
      expect(gz.headers.vary).toMatch(/Accept-Encoding/);
      expect(zlib.gunzipSync(gz.body).equals(plain.body)).toBe(true);
      expect(gz.body.length).toBeLessThan(plain.body.length / 2);
    }
    // The widget is embeddable from other origins, compressed or not.
    expect((await raw('/relais-widget.js', { 'accept-encoding': 'gzip' })).headers['cross-origin-resource-policy']).toBe('cross-origin');
    expect((await raw('/nope.js', { 'accept-encoding': 'gzip' })).status).toBe(404);
  });

  it('asks browsers to upgrade to https only when Relais is published over https', async () => {
    expect((await fetch(`${r.base}/`)).headers.get('content-security-policy')).not.toContain('upgrade-insecure-requests');
    const secure = await startApp({ PUBLIC_URL: 'https://support.example.fr' });
    try {
      const csp = (await fetch(`${secure.base}/`)).headers.get('content-security-policy') ?? '';
      expect(csp).toContain('upgrade-insecure-requests');
      expect(csp).toMatch(/script-src 'self'/);
    } finally {
      await secure.close();
    }
  });

  it('does not embed the widget statically on the portal: the demo script inserts it with the chosen mode', async () => {
    const html = await (await fetch(`${r.base}/`)).text();
    expect(html).not.toMatch(/<script[^>]+relais-widget\.js/);
  });

  it('assembles the shared header and footer, and marks the current page in the navigation', async () => {
    const form = await (await fetch(`${r.base}/creer-un-ticket`)).text();
    expect(form).not.toContain('relais:');
    expect(form).toContain('<header class="site-header">');
    expect(form).toContain('<footer class="site-footer">');
    expect(form).toContain('<link rel="stylesheet" href="/assets/portal.css">');
    expect(form.match(/aria-current="page"/g)).toHaveLength(2); // menu and breadcrumb
    expect(form).toContain('<li><a href="/creer-un-ticket" aria-current="page">Créer un ticket de support</a></li>');
    const home = await (await fetch(`${r.base}/`)).text();
    expect(home).toContain('<li><a href="/" aria-current="page">Accueil</a></li>');
    expect(home).not.toContain('<a href="/creer-un-ticket" aria-current="page">');
  });

  it.each(['/index.html', '/suivi.html', '/partials/header.html', '/index%2Ehtml', '/%69ndex.html', '//index.html', '/partials%2Fheader.html', '/console/../index.html', '/./suivi.html'])(
    'does not serve the raw template %s',
    async (path) => {
      const res = await fetch(`${r.base}${path}`);
      expect(res.status).toBe(404);
      expect(await res.text()).not.toContain('relais:');
    },
  );

  it('redirects /console to /console/ once (no redirect loop)', async () => {
    const bare = await fetch(`${r.base}/console`, { redirect: 'manual' });
    expect(bare.status).toBe(301);
    expect(bare.headers.get('location')).toBe('/console/');
    const slash = await fetch(`${r.base}/console/`, { redirect: 'manual' });
    expect(slash.status).not.toBe(301);
  });

  it('serves the stylesheet and the logo', async () => {
    expect((await fetch(`${r.base}/assets/portal.css`)).headers.get('content-type')).toMatch(/text\/css/);
    expect((await fetch(`${r.base}/assets/logo.svg`)).headers.get('content-type')).toMatch(/image\/svg\+xml/);
    expect((await getJson(`${r.base}/assets/absent.css`)).status).toBe(404);
  });
});

describe('POST /api/demo/identity outside production', () => {
  let r: RunningApp;
  beforeAll(async () => {
    r = await startApp();
  });
  afterAll(() => r.close());
  const url = () => `${r.base}/api/demo/identity`;

  it('signs a token the ticketing verifier accepts, for the default demo user', async () => {
    const res = await postJson(url(), {});
    expect(res.status).toBe(200);
    expect(res.body.user).toEqual({ name: 'Marie Dupont', email: 'marie.dupont@mairie-exemple.fr', organisation: 'Mairie d’Exemple-sur-Loire' });
    const requester = await r.app.auth.portalIdentity.verify(res.body.token);
    expect(requester).toMatchObject({ name: 'Marie Dupont', email: 'marie.dupont@mairie-exemple.fr', verified: true });
  });

  it('takes the name, e-mail and organisation typed in, and blank fields as the defaults', async () => {
    const res = await postJson(url(), { name: 'Jeanne Martin', email: 'jeanne@exemple.fr', organisation: '  ' });
    expect(res.status).toBe(200);
    expect(res.body.user).toEqual({ name: 'Jeanne Martin', email: 'jeanne@exemple.fr', organisation: 'Mairie d’Exemple-sur-Loire' });
    expect(await r.app.auth.portalIdentity.verify(res.body.token)).toMatchObject({ name: 'Jeanne Martin', email: 'jeanne@exemple.fr' });
  });

  it('answers per-field French errors, and never signs a name the verifier would refuse', async () => {
    const res = await postJson(url(), { email: 'pas-une-adresse', name: 'Jeanne\r\nBcc: x@y.fr' });
    expect(res.status).toBe(400);
    expect(res.body.error.code).toBe('INVALID_INPUT');
    expect(res.body.error.fields).toEqual({
      email: expect.stringMatching(/^Adresse électronique : format invalide/),
      name: 'Nom : caractères non autorisés.',
    });
  });
});

describe('POST /api/demo/identity with NODE_ENV=production', () => {
  let r: RunningApp;
  beforeAll(async () => {
    r = await startApp({ NODE_ENV: 'production', PORTAL_IDENTITY_SECRET: IDENTITY_SECRET });
  });
  afterAll(() => r.close());

  it('does not exist: a real portal signs its own tokens', async () => {
    const res = await postJson(`${r.base}/api/demo/identity`, {});
    expect(res.status).toBe(404);
    expect(res.body.token).toBeUndefined();
    // The page itself is still served (it says the logged-in switch is unavailable).
    expect((await fetch(`${r.base}/`)).status).toBe(200);
  });
});
