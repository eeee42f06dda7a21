import { loadConfig, ConfigError } from '../../platform/config';
import { createPortal } from '../../portal';

describe('the portal settings', () => {
  it('has no portal API by default, a timeout of 2 s, and is frozen', () => {
    const c = loadConfig({});
    expect(c.portal).toEqual({ timeoutMs: 2000 });
    expect(Object.isFrozen(c.portal)).toBe(true);
  });

  it('reads PORTAL_API_URL (http or https, without a trailing slash), PORTAL_API_TOKEN and PORTAL_TIMEOUT_MS', () => {
    expect(loadConfig({ PORTAL_API_URL: 'https://portail.example.fr/api/relais/', PORTAL_API_TOKEN: 'tok-123', PORTAL_TIMEOUT_MS: '3500' }).portal).toEqual({
      apiUrl: 'https://portail.example.fr/api/relais',
      apiToken: 'tok-123',
      timeoutMs: 3500,
    });
    expect(loadConfig({ PORTAL_API_URL: 'http://127.0.0.1:3000/demo-portal/api', PORTAL_API_TOKEN: 'demo' }).portal.apiUrl).toBe('http://127.0.0.1:3000/demo-portal/api');
    // Empty is unset; the token alone is the demo portal's (its HTTP API asks for it).
    expect(loadConfig({ PORTAL_API_URL: '', PORTAL_API_TOKEN: '' }).portal).toEqual({ timeoutMs: 2000 });
    expect(loadConfig({ PORTAL_API_TOKEN: 'local-demo' }).portal).toEqual({ apiToken: 'local-demo', timeoutMs: 2000 });
  });

  it.each([
    [{ PORTAL_API_URL: 'ftp://portail.example.fr' }, /PORTAL_API_URL/],
    [{ PORTAL_API_URL: 'pas une adresse' }, /PORTAL_API_URL/],
    [{ PORTAL_API_URL: 'https://portail.example.fr/api?x=1', PORTAL_API_TOKEN: 't' }, /PORTAL_API_URL/],
    [{ PORTAL_API_URL: 'https://portail.example.fr/api' }, /PORTAL_API_TOKEN is required/],
    [{ PORTAL_API_URL: 'https://portail.example.fr/api', PORTAL_API_TOKEN: 'a b' }, /PORTAL_API_TOKEN/],
    [{ PORTAL_API_TOKEN: 'é' }, /PORTAL_API_TOKEN/],
    [{ PORTAL_TIMEOUT_MS: 'vite' }, /PORTAL_TIMEOUT_MS/],
    [{ PORTAL_TIMEOUT_MS: '10' }, /PORTAL_TIMEOUT_MS/],
    [{ PORTAL_TIMEOUT_MS: '120000' }, /PORTAL_TIMEOUT_MS/],
  ])('refuses %p', (env, message) => {
    expect(() => loadConfig(env)).toThrow(ConfigError);
    expect(() => loadConfig(env)).toThrow(message);
  });

  it('picks the portal: the API when set, the demo outside production, none in production', async () => {
    const clock = { now: () => new Date('2026-12-01T09:00:00Z') };
    const secret = { PORTAL_IDENTITY_SECRET: 'x'.repeat(32) };
    expect(createPortal(loadConfig({ NODE_ENV: 'production', ...secret }), { clock })).toBeNull();
    const demo = createPortal(loadConfig({}), { clock })!;
    expect(await demo.getInvoices('demo-a@b.fr', { limit: 1 })).toHaveLength(1);
    const api = createPortal(loadConfig({ NODE_ENV: 'production', ...secret, PORTAL_API_URL: 'http://127.0.0.1:9/api', PORTAL_API_TOKEN: 't', PORTAL_TIMEOUT_MS: '100' }), { clock })!;
    // The demo would list this demo user's invoices; the client asks 127.0.0.1:9, which refuses.
    await expect(api.getInvoices('demo-a@b.fr', { limit: 1 })).rejects.toMatchObject({ code: 'PORTAL_UNAVAILABLE' });
  });
});
