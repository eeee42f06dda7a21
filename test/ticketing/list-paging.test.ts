import { migrate, type Db } from '../../platform/db';
import { ticketMigrations } from '../../ticketing/migrations';
import { ticketStore } from '../../ticketing/store';
import { decodeTicketCursor, encodeTicketCursor, type TicketListFilter } from '../../ticketing/ticket-list';
import type { NewTicket, Ticket } from '../../protocol/ticket';
import { getJson, postJson, startApp, type RunningApp } from '../helpers/app';
import { AGENT_PASSWORD, createAgent } from '../helpers/agent-client';
import { testDatabases, type TestDatabase } from '../helpers/databases';
import { startSmtpServer, type TestSmtpServer } from '../helpers/smtp';

const base = (i: number, over: Partial<NewTicket> = {}): NewTicket => ({
  category: i % 3 === 0 ? 'metier' : 'technique',
  subject: `Demande ${i}`,
  description: 'Une description suffisamment longue.',
  requester: { email: `u${i}@example.fr`, name: `Usager ${i}`, portalUserId: null, organisation: null, verified: false },
  channel: 'formulaire',
  ...over,
});

const numbers = (items: Ticket[]) => items.map((t) => t.number);

/** Every page from the first, following `nextCursor`; fails on a loop. */
async function allPages(list: (before?: string) => Promise<{ items: Ticket[]; nextCursor: string | null; total: number }>) {
  const pages: { items: Ticket[]; total: number }[] = [];
  let cursor: string | undefined;
  for (let i = 0; i < 100; i++) {
    const page = await list(cursor);
    pages.push(page);
    if (!page.nextCursor) return pages;
    cursor = page.nextCursor;
  }
  throw new Error('paging does not end');
}

describe('ticket list cursor', () => {
  it('round-trips and refuses what is not a cursor', () => {
    expect(decodeTicketCursor(encodeTicketCursor({ updatedAt: 1764579600000, id: 42 }))).toEqual({ updatedAt: 1764579600000, id: 42 });
    for (const bad of ['', '12', '12.', '.3', '1.2.3', 'a.b', '-1.2', '1.2 ', '9999999999999999.1']) expect(decodeTicketCursor(bad)).toBeNull();
  });
});

describe.each(testDatabases())('ticket list paging (store) on %s', (_name, make) => {
  let t: TestDatabase;
  let db: Db;
  const T0 = Date.UTC(2026, 11, 1, 9);
  beforeAll(async () => {
    t = make();
    db = await t.create();
    await migrate(db, ticketMigrations);
    // 11 tickets; several share the same updated_at, so the order needs the id to be total.
    for (let i = 1; i <= 11; i++) {
      await ticketStore(db).insert({ ...base(i), number: `RL-2026-${String(i).padStart(6, '0')}`, status: 'nouveau', now: T0 + Math.floor(i / 3) * 1000 });
    }
  });
  afterAll(() => t.cleanup());

  const list = (filter: TicketListFilter) => ticketStore(db).list(filter);

  it('walks every ticket once, in the full list order, whatever the page size', async () => {
    const all = await list({ limit: 200 });
    expect(all.total).toBe(11);
    expect(all.nextCursor).toBeNull();
    // Newest change first, then newest id first.
    const keys = all.items.map((x) => [Date.parse(x.updatedAt), x.id] as const);
    expect(keys).toEqual([...keys].sort((a, b) => b[0] - a[0] || b[1] - a[1]));
    for (const size of [1, 2, 3, 5, 10, 11]) {
      const pages = await allPages((before) => list({ limit: size, before: before ? decodeTicketCursor(before)! : undefined }));
      expect(pages).toHaveLength(Math.ceil(11 / size));
      expect(pages.flatMap((p) => numbers(p.items))).toEqual(numbers(all.items));
      expect(pages.every((p) => p.total === 11 && p.items.length <= size)).toBe(true);
    }
  });

  it('keeps the filters from page to page', async () => {
    const metier = await list({ category: 'metier', limit: 200 });
    expect(metier.total).toBe(3);
    const pages = await allPages((before) => list({ category: 'metier', limit: 2, before: before ? decodeTicketCursor(before)! : undefined }));
    expect(pages.map((p) => p.items.length)).toEqual([2, 1]);
    expect(pages.flatMap((p) => numbers(p.items))).toEqual(numbers(metier.items));
    expect(pages.flatMap((p) => p.items).every((x) => x.category === 'metier')).toBe(true);
  });

  it('neither repeats nor shifts a page when tickets change or arrive between two pages', async () => {
    const first = await list({ limit: 4 });
    const expectedNext = (await list({ limit: 200 })).items.slice(4, 8);
    // A ticket further down is updated (moves to the top) and a new one arrives.
    await ticketStore(db).touch(expectedNext[1]!.id, T0 + 60_000);
    await ticketStore(db).insert({ ...base(99), number: 'RL-2026-000099', status: 'nouveau', now: T0 + 61_000 });
    const second = await list({ limit: 4, before: decodeTicketCursor(first.nextCursor!)! });
    // The moved ticket is no longer after page 1; the others come in order, none repeated.
    expect(numbers(second.items)).toEqual(numbers([...expectedNext.filter((x) => x.id !== expectedNext[1]!.id), (await list({ limit: 200 })).items[9]!]));
    expect(numbers(second.items).some((n) => numbers(first.items).includes(n))).toBe(false);
    // Offset paging (kept for older callers) would have repeated the last ticket of page 1.
    const byOffset = await list({ limit: 4, offset: 4 });
    expect(numbers(byOffset.items)).toContain(first.items[3]!.number);
    expect(second.total).toBe(12);
  });
});

describe.each(testDatabases())('ticket list paging over HTTP on %s', (_name, make) => {
  let smtp: TestSmtpServer;
  let t: TestDatabase;
  let r: RunningApp;
  let headers: Record<string, string>;
  const N = 7;

  beforeAll(async () => {
    smtp = await startSmtpServer();
    t = make();
    r = await startApp({ SMTP_URL: smtp.url, TICKET_RATE_PER_IP: '1000', TICKET_RATE_PER_EMAIL: '1000', LOGIN_RATE_PER_IP: '1000' }, { db: await t.create() });
    for (let i = 1; i <= N; i++) {
      const res = await postJson(`${r.base}/api/tickets`, {
        category: i % 2 ? 'technique' : 'metier',
        subject: `Demande numéro ${i}`,
        description: 'Une description suffisamment longue.',
        email: `usager${i}@example.fr`,
        name: `Usager ${i}`,
      });
      expect(res.status).toBe(201);
    }
    const account = await createAgent(r.app, r.base, 'Lou Fabre');
    const login = await postJson(`${r.base}/api/auth/login`, { email: account.agent.email, password: AGENT_PASSWORD });
    const cookie = login.headers.getSetCookie().find((c) => c.startsWith('relais_session='))!.split(';')[0]!;
    headers = { cookie, 'x-csrf-token': (login.body as { csrfToken: string }).csrfToken };
  }, 60_000);
  afterAll(async () => {
    await r.close();
    await t.cleanup();
    await smtp.close();
  });

  const get = (query: string) => getJson(`${r.base}/api/agent/tickets?${query}`, headers);

  it('answers pages with total, limit and nextCursor, keeping the older fields', async () => {
    const all = await get('');
    expect(all.status).toBe(200);
    expect(all.body).toMatchObject({ total: N, limit: 50, nextCursor: null });
    expect(all.body.items).toHaveLength(N);
    const pages = await allPages(async (before) => (await get(`limit=3${before ? `&before=${encodeURIComponent(before)}` : ''}`)).body);
    expect(pages.map((p) => p.items.length)).toEqual([3, 3, 1]);
    expect(pages.flatMap((p) => numbers(p.items))).toEqual(numbers(all.body.items));
    // Filters apply to every page and to the total.
    const metier = await allPages(async (before) => (await get(`category=metier&limit=2${before ? `&before=${before}` : ''}`)).body);
    expect(metier.flatMap((p) => p.items).map((x) => x.category)).toEqual(['metier', 'metier', 'metier']);
    expect(metier.every((p) => p.total === 3)).toBe(true);
    // The older offset paging still works.
    expect(numbers((await get('limit=3&offset=3')).body.items)).toEqual(numbers(all.body.items.slice(3, 6)));
  });

  it.each([
    ['limit=0', 'limit', /1 au minimum/],
    ['limit=201', 'limit', /200 au maximum/],
    ['limit=abc', 'limit', /nombre/],
    ['before=abc', 'before', /Curseur de page invalide/],
    ['before=1.2&offset=3', 'before', /pas les deux/],
  ])('refuses %s with a French message on the field', async (query, field, message) => {
    const res = await get(query);
    expect(res.status).toBe(400);
    expect(res.body.error.code).toBe('INVALID_INPUT');
    expect(res.body.error.fields[field]).toMatch(message);
  });
});
