import { migrate, type Db } from '../../platform/db';
import { ticketMigrations } from '../../ticketing/migrations';
import { ticketStore } from '../../ticketing/store';
import type { NewTicket } from '../../protocol/ticket';
import { testDatabases, type TestDatabase } from '../helpers/databases';

const base = (over: Partial<NewTicket> = {}): NewTicket => ({
  category: 'technique',
  subject: 'Facture bloquée',
  description: 'Ma facture est restée en brouillon.',
  requester: { email: 'a@example.fr', name: 'Alice', portalUserId: null, organisation: null, verified: false },
  channel: 'formulaire',
  ...over,
});

describe.each(testDatabases())('TicketStore contract on %s', (_name, make) => {
  let t: TestDatabase;
  let db: Db;
  beforeAll(async () => {
    t = make();
    db = await t.create();
    await migrate(db, ticketMigrations);
  });
  afterAll(() => t.cleanup());

  it('numbers tickets per year, increasing, atomically under concurrency', async () => {
    const store = ticketStore(db);
    const got = await Promise.all(Array.from({ length: 30 }, () => db.transaction((tx) => ticketStore(tx).nextNumber(2026))));
    expect(new Set(got).size).toBe(30);
    expect(Math.max(...got)).toBe(30);
    expect(await store.nextNumber(2027)).toBe(1);
    expect(await store.nextNumber(2026)).toBe(31);
  });

  it('stores a ticket with its requester, transcript and events; internal events stay internal', async () => {
    const store = ticketStore(db);
    const transcript = [{ from: 'user' as const, text: 'bonjour <b>', at: '2026-11-27T10:00:00.000Z' }];
    const ticket = await store.insert({
      ...base({ transcript, requester: { email: 'b@example.fr', name: 'Bob', portalUserId: 'u-1', organisation: 'Mairie', verified: true } }),
      number: 'RL-2026-900001',
      status: 'nouveau',
      now: Date.UTC(2026, 10, 27, 10),
    });
    expect(ticket).toMatchObject({
      number: 'RL-2026-900001',
      status: 'nouveau',
      requester: { email: 'b@example.fr', portalUserId: 'u-1', organisation: 'Mairie', verified: true },
      transcript,
      assigneeId: null,
      createdAt: '2026-11-27T10:00:00.000Z',
    });
    await store.addEvent(ticket.id, { type: 'created', visibility: 'public', author: { kind: 'requester', name: 'Bob' }, body: 'x' }, 1);
    await store.addEvent(ticket.id, { type: 'note', visibility: 'internal', author: { kind: 'agent', agentId: 7, name: 'Zoé' }, body: 'secret' }, 2);
    expect((await store.events(ticket.id, false)).map((e) => e.type)).toEqual(['created']);
    const all = await store.events(ticket.id, true);
    expect(all.map((e) => e.type)).toEqual(['created', 'note']);
    expect(all[1]!.author).toEqual({ kind: 'agent', agentId: 7, name: 'Zoé' });
  });

  it('finds a ticket by number only together with a token hash issued for it', async () => {
    const store = ticketStore(db);
    const a = await store.insert({ ...base(), number: 'RL-2026-900002', status: 'nouveau', now: 1 });
    const b = await store.insert({ ...base(), number: 'RL-2026-900003', status: 'nouveau', now: 1 });
    await store.addAccessToken(a.id, 'hash-a1', 1);
    await store.addAccessToken(a.id, 'hash-a2', 2);
    await store.addAccessToken(b.id, 'hash-b', 1);
    expect((await store.byNumberAndTokenHash('RL-2026-900002', 'hash-a1'))?.id).toBe(a.id);
    expect((await store.byNumberAndTokenHash('RL-2026-900002', 'hash-a2'))?.id).toBe(a.id);
    expect(await store.byNumberAndTokenHash('RL-2026-900002', 'hash-b')).toBeNull();
    expect(await store.byNumberAndTokenHash('RL-2026-999999', 'hash-a1')).toBeNull();
  });

  it('changes status only from the expected one (compare-and-set)', async () => {
    const store = ticketStore(db);
    const tk = await store.insert({ ...base(), number: 'RL-2026-900004', status: 'nouveau', now: 1 });
    expect(await store.setStatus(tk.id, 'nouveau', 'en_cours', 5)).toBe(true);
    expect(await store.setStatus(tk.id, 'nouveau', 'resolu', 6)).toBe(false);
    expect((await store.byNumber('RL-2026-900004'))?.status).toBe('en_cours');
  });

  it('refuses a second ticket with the same idempotency key', async () => {
    const store = ticketStore(db);
    await store.insert({ ...base({ idempotencyKey: 'key-123456' }), number: 'RL-2026-900005', status: 'nouveau', now: 1 });
    await expect(
      store.insert({ ...base({ idempotencyKey: 'key-123456' }), number: 'RL-2026-900006', status: 'nouveau', now: 1 }),
    ).rejects.toMatchObject({ code: 'DB_UNIQUE' });
    expect((await store.byIdempotencyKey('key-123456'))?.number).toBe('RL-2026-900005');
  });

  it('lists with filters, text search (wildcards literal), assignee and paging, newest first', async () => {
    const other = await db.transaction(async (tx) => {
      const s = ticketStore(tx);
      const m = await s.insert({ ...base({ category: 'metier', subject: 'Question 100% métier' }), number: 'RL-2026-900010', status: 'nouveau', now: Date.UTC(2027, 0, 1) });
      await s.assign(m.id, 42, Date.UTC(2027, 0, 1, 1));
      return m;
    });
    const store = ticketStore(db);
    expect((await store.list({ category: 'metier' })).items.map((x) => x.number)).toEqual(['RL-2026-900010']);
    expect((await store.list({ text: '100%' })).items.map((x) => x.number)).toEqual(['RL-2026-900010']);
    expect((await store.list({ text: '%' })).total).toBe(1);
    expect((await store.list({ text: 'QUESTION métier' })).total).toBe(1);
    expect((await store.list({ assignee: 42 })).items[0]?.id).toBe(other.id);
    expect((await store.list({ assignee: 'none' })).items.some((x) => x.id === other.id)).toBe(false);
    const all = await store.list({});
    expect(all.items[0]!.number).toBe('RL-2026-900010');
    const page = await store.list({ limit: 2, offset: 1 });
    expect(page.items).toHaveLength(2);
    expect(page.total).toBe(all.total);
    expect((await store.list({ status: 'en_cours' })).items.every((x) => x.status === 'en_cours')).toBe(true);
  });
});
