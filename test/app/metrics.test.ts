import { getJson, postJson, startApp, type RunningApp } from '../helpers/app';
import { connected, WidgetClient } from '../helpers/widget-client';

const TOKEN = 'jeton-des-metriques-0123456789';
const scrape = async (url: string, token?: string) => {
  const res = await fetch(url, token ? { headers: { authorization: `Bearer ${token}` } } : {});
  return { status: res.status, text: await res.text() };
};
const value = (text: string, line: RegExp) => Number(line.exec(text)?.[1] ?? NaN);

/** Prometheus metrics and readiness (issue 12, item 14). */
describe('metrics behind a token on the public port', () => {
  let r: RunningApp;
  beforeAll(async () => {
    r = await startApp({ METRICS_TOKEN: TOKEN });
  });
  afterAll(() => r.close());

  it('refuses a scrape without the token and counts turns, outcomes, tickets, the outbox and sockets', async () => {
    expect((await scrape(`${r.base}/metrics`)).status).toBe(401);
    expect((await scrape(`${r.base}/metrics`, 'mauvais-jeton-0123456789')).status).toBe(401);
    const user = new WidgetClient(r.base);
    await connected(user);
    await user.waitForBot(/ClaudIA/);
    await user.say('Comment envoyer une facture restée en brouillon ?', /Valider et envoyer/);
    const ticket = await postJson(`${r.base}/api/tickets`, { category: 'technique', subject: 'Facture restée en brouillon', description: 'Ma facture ne part pas chez le client public.', email: 'a@example.fr', name: 'Jeanne Martin' });
    expect(ticket.status).toBe(201);
    const { status, text } = await scrape(`${r.base}/metrics`, TOKEN);
    expect(status).toBe(200);
    expect(value(text, /^relais_bot_outcomes_total\{kind="answer",process="[^"]+"\} (\d+)/m)).toBe(1);
    expect(value(text, /^relais_bot_turns_total\{channel="relais-widget",process="[^"]+"\} (\d+)/m)).toBeGreaterThanOrEqual(2);
    expect(value(text, /^relais_tickets_created_total\{channel="formulaire",process="[^"]+"\} (\d+)/m)).toBe(1);
    expect(value(text, /^relais_widget_sockets\{process="[^"]+"\} (\d+)/m)).toBe(1);
    expect(value(text, /^relais_livechat_queue_length\{process="[^"]+"\} (\d+)/m)).toBe(0);
    expect(text).toMatch(/^relais_mail_outbox_pending\{process="[^"]+"\} \d+/m);
    expect(text).toMatch(/^relais_mail_outbox_oldest_pending_seconds\{process="[^"]+"\} [\d.]+/m);
    expect(text).toMatch(/^nodejs_eventloop_lag_seconds\{process="[^"]+"\} [\d.e-]+/m);
    user.close();
  });

  it('says whether the database and Redis answer', async () => {
    expect(await getJson(`${r.base}/readyz`)).toMatchObject({ status: 200, body: { status: 'ready', database: 'ok', redis: 'none' } });
  });
});

describe('metrics off the public port', () => {
  it('serves /metrics on METRICS_PORT (127.0.0.1) without a token, and not at all on the public port', async () => {
    const r = await startApp({ METRICS_PORT: '0' });
    try {
      expect((await scrape(`${r.base}/metrics`)).status).toBe(404);
      const port = r.app.metricsPort();
      expect(port).toBeGreaterThan(0);
      const own = await scrape(`http://127.0.0.1:${port}/metrics`);
      expect(own.status).toBe(200);
      expect(own.text).toMatch(/relais_bot_turns_total/);
    } finally {
      await r.close();
    }
  });

  it('has no metrics when neither a token nor a port is set', async () => {
    const r = await startApp({});
    try {
      expect((await scrape(`${r.base}/metrics`)).status).toBe(404);
    } finally {
      await r.close();
    }
  });
});
