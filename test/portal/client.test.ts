import { Writable } from 'node:stream';
import express from 'express';
import pino from 'pino';
import { createDemoPortal, createPortalClient, demoInvoices, demoPortalRouter, PortalError, type Portal } from '../../portal';
import { serve, type TestServer } from './servers';

const NOW = new Date('2026-12-01T09:00:00Z');
const clock = { now: () => NOW };
const TOKEN = 'portal-test-token-0123456789';
const USER = 'demo-marie.dupont@mairie-exemple.fr';
/** Quick retries, so the suite does not wait for the real backoff. */
const FAST = { retry: { initialDelayMs: 1, maxDelayMs: 5 } };

/** The error a call fails with (and none when it succeeds). */
async function failure(p: Promise<unknown>): Promise<PortalError> {
  try {
    await p;
  } catch (err) {
    return err as PortalError;
  }
  throw new Error('expected the call to fail');
}

describe('the portal client against the demo portal’s HTTP API', () => {
  let server: TestServer;
  let portal: Portal;
  beforeAll(async () => {
    server = await serve(express().use('/api/portail', demoPortalRouter({ portal: createDemoPortal(clock), token: TOKEN })));
    portal = createPortalClient({ url: `${server.base}/api/portail/`, token: TOKEN, timeoutMs: 1000, ...FAST });
  });
  afterAll(() => server.close());

  it('lists the user’s invoices, most recent first, as the demo portal has them', async () => {
    const all = await portal.getInvoices(USER, { limit: 50 });
    expect(all).toEqual(demoInvoices(NOW));
    expect(all.length).toBeGreaterThanOrEqual(10);
    expect(await portal.getInvoices(USER, { limit: 3 })).toEqual(all.slice(0, 3));
  });

  it.each(['F-2026-00123', 'f 2026 00123', 'F202600123', 'f-2026/00123'])('narrows the list to one invoice written %s', async (number) => {
    const found = await portal.getInvoices(USER, { number, limit: 5 });
    expect(found.map((i) => i.number)).toEqual(['F-2026-00123']);
    expect(found[0]).toMatchObject({ status: 'rejetee', reason: expect.stringMatching(/engagement/) });
  });

  it('reads one invoice, any spelling, and null when the user has none with that number', async () => {
    expect(await portal.getInvoice(USER, 'f 2026 00097')).toMatchObject({ number: 'F-2026-00097', status: 'payee', application: 'Factures de travaux' });
    expect(await portal.getInvoice(USER, 'F-2026-99999')).toBeNull();
    expect(await portal.getInvoice('portal-user-42', 'F-2026-00123')).toBeNull();
    expect(await portal.getInvoices('portal-user-42', { limit: 10 })).toEqual([]);
    // Names the URL would read as a path: no request, nothing found.
    expect(await portal.getInvoice(USER, '..')).toBeNull();
    expect(await portal.getInvoice(USER, 'a/../../x')).toBeNull();
  });

  it('sends the bearer token and JSON accept, with the user and number URL-encoded', async () => {
    const seen: { url: string; auth?: string; accept?: string }[] = [];
    const spy = await serve(
      express().use((req, res) => {
        seen.push({ url: req.originalUrl, auth: req.get('authorization'), accept: req.get('accept') });
        res.status(404).json({ error: { code: 'NOT_FOUND', message: 'Facture introuvable.' } });
      }),
    );
    try {
      const client = createPortalClient({ url: `${spy.base}/v1`, token: TOKEN, ...FAST });
      expect(await client.getInvoice('demo-a b@x.fr', 'F 2026/001?#')).toBeNull();
      expect(seen).toEqual([{ url: '/v1/users/demo-a%20b%40x.fr/invoices/F%202026%2F001%3F%23', auth: `Bearer ${TOKEN}`, accept: 'application/json' }]);
    } finally {
      await spy.close();
    }
  });

  it('is refused with a wrong token: PORTAL_REFUSED at once, never retried', async () => {
    const wrong = createPortalClient({ url: `${server.base}/api/portail`, token: 'wrong-token', ...FAST });
    const before = server.hits();
    const err = await failure(wrong.getInvoices(USER, { limit: 5 }));
    expect(err).toBeInstanceOf(PortalError);
    expect(err.code).toBe('PORTAL_REFUSED');
    expect(server.hits() - before).toBe(1);
    expect((await failure(wrong.getInvoice(USER, 'F-2026-00123'))).code).toBe('PORTAL_REFUSED');
    expect(server.hits() - before).toBe(2);
  });
});

describe('the portal client against a portal that misbehaves', () => {
  const USER_LIST = { invoices: demoInvoices(NOW).slice(0, 2) };
  let server: TestServer;
  /** What the next requests get; each test sets it. */
  let handler: express.RequestHandler;
  beforeAll(async () => {
    server = await serve(express().use((req, res, next) => handler(req, res, next)));
  });
  afterAll(() => server.close());
  // A roomy per-attempt timeout where requests are counted (a loaded CI machine must not turn a slow
  // first answer into a retry); the timeout test sets its own short one.
  const client = (more: Partial<Parameters<typeof createPortalClient>[0]> = {}) => createPortalClient({ url: server.base, token: TOKEN, timeoutMs: 2000, ...FAST, ...more });
  const counted = async <T>(run: () => Promise<T>) => {
    const before = server.hits();
    const result = await run();
    return { result, requests: server.hits() - before };
  };

  it('gives up on a slow answer after its timeout, then succeeds on the retry', async () => {
    let n = 0;
    handler = (_req, res) => {
      n++;
      if (n === 1) setTimeout(() => res.json(USER_LIST), 600);
      else res.json(USER_LIST);
    };
    const started = Date.now();
    const { result, requests } = await counted(() => client({ timeoutMs: 150 }).getInvoices(USER, { limit: 2 }));
    expect(result).toEqual(USER_LIST.invoices);
    expect(requests).toBe(2);
    expect(Date.now() - started).toBeLessThan(550);
  });

  it('retries 500 twice, then takes the 200', async () => {
    let n = 0;
    handler = (_req, res) => {
      n++;
      if (n <= 2) res.status(500).json({ error: 'boom' });
      else res.json(USER_LIST);
    };
    const { result, requests } = await counted(() => client().getInvoices(USER, { limit: 2 }));
    expect(result).toEqual(USER_LIST.invoices);
    expect(requests).toBe(3);
  });

  it('retries a 429 and a dropped connection too', async () => {
    let n = 0;
    handler = (req, res) => {
      n++;
      if (n === 1) res.status(429).end();
      else if (n === 2) req.socket.destroy();
      else res.json(USER_LIST);
    };
    const { result, requests } = await counted(() => client().getInvoices(USER, { limit: 2 }));
    expect(result).toEqual(USER_LIST.invoices);
    expect(requests).toBe(3);
  });

  it('says PORTAL_UNAVAILABLE after three attempts when the portal always fails', async () => {
    handler = (_req, res) => void res.status(503).end();
    const c = client();
    const before = server.hits();
    const err = await failure(c.getInvoices(USER, { limit: 2 }));
    expect(err).toBeInstanceOf(PortalError);
    expect(err.code).toBe('PORTAL_UNAVAILABLE');
    expect(err.message).toBe('Le portail ne répond pas pour le moment.');
    expect(server.hits() - before).toBe(3);
  });

  it('does not retry what the portal says on purpose: 400 is PORTAL_UNAVAILABLE, a redirect too (the token stays home)', async () => {
    handler = (_req, res) => void res.status(400).json({});
    let r = await counted(() => failure(client().getInvoices(USER, { limit: 2 })));
    expect([r.result.code, r.requests]).toEqual(['PORTAL_UNAVAILABLE', 1]);
    handler = (_req, res) => res.redirect(302, 'http://example.invalid/steal');
    r = await counted(() => failure(client().getInvoice(USER, 'F-2026-00123')));
    expect([r.result.code, r.requests]).toEqual(['PORTAL_UNAVAILABLE', 1]);
  });

  it('opens the circuit after five failed attempts: the next call fails at once, without a request; it closes again when the portal answers', async () => {
    handler = (_req, res) => void res.status(500).end();
    const c = client({ breaker: { halfOpenAfterMs: 300 } });
    expect((await counted(() => failure(c.getInvoices(USER, { limit: 2 })))).requests).toBe(3);
    // Two more failures open it: the third attempt of this call is not even made.
    const second = await counted(() => failure(c.getInvoices(USER, { limit: 2 })));
    expect([second.result.code, second.requests]).toEqual(['PORTAL_UNAVAILABLE', 2]);
    const started = Date.now();
    const third = await counted(() => failure(c.getInvoice(USER, 'F-2026-00123')));
    expect([third.result.code, third.requests]).toEqual(['PORTAL_UNAVAILABLE', 0]);
    expect(Date.now() - started).toBeLessThan(50);

    handler = (_req, res) => void res.json(USER_LIST);
    expect((await counted(() => failure(c.getInvoices(USER, { limit: 2 })))).requests).toBe(0); // still open
    await new Promise((r) => setTimeout(r, 350));
    const trial = await counted(() => c.getInvoices(USER, { limit: 2 }));
    expect([trial.result, trial.requests]).toEqual([USER_LIST.invoices, 1]);
    expect((await counted(() => c.getInvoices(USER, { limit: 2 }))).requests).toBe(1);
  });

  it.each([
    ['not JSON', (res: express.Response) => res.type('json').send('<html>oops</html>')],
    ['a list without its key', (res: express.Response) => res.json(USER_LIST.invoices)],
    ['an unknown status', (res: express.Response) => res.json({ invoices: [{ ...USER_LIST.invoices[0], status: 'perdue' }] })],
    ['an amount in euros as text', (res: express.Response) => res.json({ invoices: [{ ...USER_LIST.invoices[0], amountCents: '12,50' }] })],
    ['a date that is not one', (res: express.Response) => res.json({ invoices: [{ ...USER_LIST.invoices[0], statusAt: 'hier' }] })],
  ])('says PORTAL_INVALID for %s, without retrying', async (_what, answer) => {
    handler = (_req, res) => void answer(res);
    const r = await counted(() => failure(client().getInvoices(USER, { limit: 2 })));
    expect([r.result.code, r.requests]).toEqual(['PORTAL_INVALID', 1]);
  });

  it('keeps only the contract’s fields of an invoice', async () => {
    handler = (_req, res) => void res.json({ ...USER_LIST.invoices[0], iban: 'FR76…', internalNote: 'x' });
    expect(await client().getInvoice(USER, USER_LIST.invoices[0]!.number)).toEqual(USER_LIST.invoices[0]);
  });

  it('logs the outcome and the time taken, never the user or the invoice', async () => {
    const lines: string[] = [];
    const logger = pino({ level: 'debug' }, new Writable({ write: (chunk, _e, done) => (lines.push(String(chunk)), done()) }));
    let n = 0;
    handler = (_req, res) => void (++n === 1 ? res.status(502).end() : res.json(USER_LIST.invoices[0]));
    await client({ logger }).getInvoice(USER, 'F-2026-00130');
    handler = (_req, res) => void res.status(500).end();
    await failure(client({ logger }).getInvoice(USER, 'F-2026-00130'));
    const entries = lines.map((l) => JSON.parse(l) as Record<string, unknown>);
    expect(entries.map((e) => [e.op, e.outcome, e.attempts])).toEqual([
      ['getInvoice', 'ok', 2],
      ['getInvoice', 'unavailable', 3],
    ]);
    for (const e of entries) expect(typeof e.ms).toBe('number');
    const all = lines.join('\n');
    expect(all).not.toMatch(/marie|dupont|demo-|2026-00130|202600130/i);
  });
});
