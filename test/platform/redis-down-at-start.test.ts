import net from 'node:net';
import { getJson, startApp } from '../helpers/app';
import { connected, WidgetClient } from '../helpers/widget-client';

/** A port with nothing behind it. */
async function closedPort(): Promise<number> {
  const server = net.createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as net.AddressInfo;
  await new Promise<void>((resolve) => server.close(() => resolve()));
  return port;
}

/**
 * Before, a process started while Redis was down neither listened nor exited (issue 12, item 7):
 * it now starts degraded — serving its own sockets, /readyz saying Redis is down — within seconds.
 */
describe('a process started while Redis is down', () => {
  it('listens, answers its own widgets, and says it is not ready', async () => {
    const started = Date.now();
    const r = await startApp({ REDIS_URL: `redis://127.0.0.1:${await closedPort()}` });
    try {
      expect(Date.now() - started).toBeLessThan(15_000);
      expect((await getJson(`${r.base}/healthz`)).status).toBe(200);
      expect(await getJson(`${r.base}/readyz`)).toMatchObject({ status: 503, body: { database: 'ok', redis: 'down' } });
      const user = new WidgetClient(r.base);
      await connected(user);
      await user.waitForBot(/ClaudIA/);
      await user.say('Comment envoyer une facture restée en brouillon ?', /Valider et envoyer/);
      user.close();
    } finally {
      await r.close();
    }
  }, 30_000);
});
