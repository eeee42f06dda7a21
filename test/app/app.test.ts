import { startApp, type RunningApp } from '../helpers/app';
import { loadConfig, ConfigError } from '../../platform/config';

describe('config', () => {
  it('applies defaults and freezes the result', () => {
    const c = loadConfig({});
    expect(c).toMatchObject({ port: 3000, env: 'development', logLevel: 'info', sqliteSynchronous: 'FULL' });
    expect(c.portalIdentitySecretEphemeral).toBe(true);
    expect(c.dataDir).toMatch(/data$/);
    expect(Object.isFrozen(c)).toBe(true);
  });

  it('refuses an invalid environment with a clear message', () => {
    expect(() => loadConfig({ PORT: 'abc' })).toThrow(ConfigError);
    expect(() => loadConfig({ PORT: '70000' })).toThrow(/PORT/);
    expect(() => loadConfig({ LOG_LEVEL: 'loud' })).toThrow(/LOG_LEVEL/);
    expect(() => loadConfig({ NODE_ENV: 'production' })).toThrow(/PORTAL_IDENTITY_SECRET/);
    expect(() => loadConfig({ SUPPORT_EMAIL: 'pas-une-adresse' })).toThrow(/SUPPORT_EMAIL/);
    expect(() => loadConfig({ SUPPORT_HOLIDAYS: 'bretagne' })).toThrow(/SUPPORT_HOLIDAYS/);
    expect(loadConfig({ SUPPORT_HOLIDAYS: 'alsace-moselle' }).supportHolidays).toBe('alsace-moselle');
    expect(loadConfig({}).branding).toEqual({ assistantName: 'ClaudIA', portalName: 'Chorus Pro' });
    expect(loadConfig({ ASSISTANT_NAME: '  Aïda ', PORTAL_NAME: 'Portail Test' }).branding).toEqual({ assistantName: 'Aïda', portalName: 'Portail Test' });
    expect(() => loadConfig({ ASSISTANT_NAME: '<b>x</b>' })).toThrow(/ASSISTANT_NAME/);
    expect(() => loadConfig({ PORTAL_NAME: 'a\nb' })).toThrow(/PORTAL_NAME/);
    expect(() => loadConfig({ ASSISTANT_NAME: 'x'.repeat(41) })).toThrow(/ASSISTANT_NAME/);
    expect(loadConfig({}).supportHolidays).toBe('france');
  });
});

describe('HTTP app', () => {
  let running: RunningApp;
  let base: string;

  beforeAll(async () => {
    running = await startApp();
    base = running.base;
  });
  afterAll(() => running.close());

  it('answers GET /healthz', async () => {
    const res = await fetch(`${base}/healthz`);
    expect(res.status).toBe(200);
    expect(await res.json()).toEqual({ status: 'ok', articles: 13 });
  });

  it('answers unknown routes with a JSON 404 in French', async () => {
    const res = await fetch(`${base}/nope`);
    expect(res.status).toBe(404);
    const body = (await res.json()) as { error: { message: string } };
    expect(body.error.message).toMatch(/introuvable/);
  });

  it('answers malformed JSON with a 400, not a crash', async () => {
    const res = await fetch(`${base}/healthz`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{bad' });
    expect(res.status).toBe(400);
    expect((await fetch(`${base}/healthz`)).status).toBe(200);
  });

  it('answers an oversized body with a 413', async () => {
    const res = await fetch(`${base}/api/tickets`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ description: 'x'.repeat(400_000) }),
    });
    expect(res.status).toBe(413);
  });

  it('sends security headers', async () => {
    const res = await fetch(`${base}/healthz`);
    expect(res.headers.get('x-content-type-options')).toBe('nosniff');
    expect(res.headers.get('content-security-policy')).toBeTruthy();
  });
});
