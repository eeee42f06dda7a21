import http from 'node:http';
import type { AddressInfo } from 'node:net';
import pino from 'pino';
import { loadConfig } from '../../platform/config';
import { createRealtime, type Realtime } from '../../platform/realtime';

/**
 * A portal on another origin embeds the widget. WebSocket needs no CORS, but socket.io's HTTP
 * long-polling (its fallback) is an XHR: only the origins of WIDGET_ORIGINS may use it.
 */
describe('widget embedded on another origin (WIDGET_ORIGINS)', () => {
  let server: http.Server;
  let realtime: Realtime;
  let base: string;
  beforeAll(async () => {
    server = http.createServer();
    const { widgetOrigins } = loadConfig({ WIDGET_ORIGINS: 'http://portail.test, https://www.portail.test:8443' });
    realtime = createRealtime(server, { redisPrefix: 'test', logger: pino({ level: 'silent' }), widgetOrigins });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });
  afterAll(() => realtime.close());

  const handshake = (origin: string) => fetch(`${base}/socket.io/?EIO=4&transport=polling`, { headers: { origin } });

  it('lets a listed origin read the long-polling handshake, without credentials', async () => {
    const res = await handshake('http://portail.test');
    expect(res.status).toBe(200);
    expect(res.headers.get('access-control-allow-origin')).toBe('http://portail.test');
    expect(res.headers.get('access-control-allow-credentials')).toBeNull();
    expect(await res.text()).toMatch(/"sid"/);
    const preflight = await fetch(`${base}/socket.io/?EIO=4&transport=polling`, {
      method: 'OPTIONS',
      headers: { origin: 'https://www.portail.test:8443', 'access-control-request-method': 'POST' },
    });
    expect(preflight.headers.get('access-control-allow-origin')).toBe('https://www.portail.test:8443');
  });

  it('gives other origins no CORS permission', async () => {
    const res = await handshake('http://intrus.test');
    await res.text();
    expect(res.headers.get('access-control-allow-origin')).toBeNull();
  });

  it('accepts origins only, and none by default', () => {
    expect(loadConfig({}).widgetOrigins).toEqual([]);
    expect(() => loadConfig({ WIDGET_ORIGINS: 'http://portail.test/page' })).toThrow(/WIDGET_ORIGINS/);
    expect(() => loadConfig({ WIDGET_ORIGINS: 'portail.test' })).toThrow(/WIDGET_ORIGINS/);
  });
});
