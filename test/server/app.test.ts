import { createApp, type App } from '../../server/app';
import { loadConfig, ConfigError } from '../../server/config';

describe('config', () => {
  it('applies defaults and freezes the result', () => {
    const c = loadConfig({});
    expect(c).toMatchObject({ port: 3000, env: 'development', logLevel: 'info' });
    expect(c.dataDir).toMatch(/data$/);
    expect(Object.isFrozen(c)).toBe(true);
  });

  it('refuses an invalid environment with a clear message', () => {
    expect(() => loadConfig({ PORT: 'abc' })).toThrow(ConfigError);
    expect(() => loadConfig({ PORT: '70000' })).toThrow(/PORT/);
    expect(() => loadConfig({ LOG_LEVEL: 'loud' })).toThrow(/LOG_LEVEL/);
  });
});

describe('HTTP app', () => {
  let app: App;
  let base: string;

  beforeAll(async () => {
    app = createApp(loadConfig({ PORT: '0', LOG_LEVEL: 'silent', NODE_ENV: 'test' }));
    base = `http://127.0.0.1:${await app.listen()}`;
  });
  afterAll(() => app.close());

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
});
