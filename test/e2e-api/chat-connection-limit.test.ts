import { startApp, type RunningApp } from '../helpers/app';
import { connected, WidgetClient } from '../helpers/widget-client';

describe('widget connections', () => {
  let r: RunningApp;
  beforeAll(async () => {
    r = await startApp({ CHAT_CONNECTIONS_PER_IP: '3' });
  });
  afterAll(() => r.close());

  it('are limited per client IP with a French error, counted in the database', async () => {
    const clients = [new WidgetClient(r.base), new WidgetClient(r.base), new WidgetClient(r.base)];
    await Promise.all(clients.map(connected));
    const fourth = new WidgetClient(r.base);
    const err = await connected(fourth).then(
      () => null,
      (e: Error & { data?: { code?: string } }) => e,
    );
    expect(err?.message).toMatch(/Trop de connexions/);
    expect(err?.data?.code).toBe('RATE_LIMITED');
    const [row] = await r.app.db.query<{ hits: number }>("SELECT hits FROM rate_limits WHERE key LIKE 'chat-connect:%'");
    expect(row!.hits).toBe(4);
    for (const c of [...clients, fourth]) c.close();
  });
});
