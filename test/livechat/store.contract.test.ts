import pino from 'pino';
import { createAuth } from '../../auth';
import { createPostgresDb, migrate, type Db } from '../../platform/db';
import { livechatMigrations } from '../../livechat/migrations';
import { createLiveChatStore, type LiveChatStore } from '../../livechat/store';
import type { NewLiveChat } from '../../livechat/types';
import { testDatabases, type TestDatabase } from '../helpers/databases';

const T0 = new Date('2026-11-30T09:00:00Z');
const at = (s: number) => new Date(T0.getTime() + s * 1000);
const chat = (conversationId: string): NewLiveChat => ({
  conversationId,
  reason: 'dislike',
  comment: 'ça ne marche pas',
  requester: null,
  transcript: [{ from: 'user', text: 'bonjour', at: T0.toISOString() }],
  startSeq: 0,
});

/**
 * The live-chat store on both databases. On PostgreSQL a second pool plays the second server
 * process: whatever the interleaving, a chat is taken once and capacity holds.
 */
describe.each(testDatabases())('LiveChatStore contract on %s', (name, make) => {
  let t: TestDatabase;
  let db: Db;
  let other: Db;
  let store: LiveChatStore;
  let otherStore: LiveChatStore;
  const agentIds: number[] = [];

  beforeAll(async () => {
    t = make();
    db = await t.create();
    const auth = createAuth({ db, clock: { now: () => T0 }, logger: pino({ level: 'silent' }), config: { production: false, sessionTtlHours: 1, loginPerIp: 10 } });
    await migrate(db, [...auth.migrations, ...livechatMigrations]);
    // SQLite serves one process (several processes use PostgreSQL): a second connection in the same
    // event loop would only block it, so the "other process" shares the connection there.
    other = name === 'postgres' ? createPostgresDb({ connectionString: t.url(), max: 5 }) : db;
    store = createLiveChatStore(db);
    otherStore = createLiveChatStore(other);
    for (const n of ['Camille', 'Hugo', 'Inès', 'Jules']) {
      const a = await auth.agents.create({ email: `${n.toLowerCase()}@relais.test`, name: n, role: 'agent', password: 'un mot de passe solide 42' });
      agentIds.push(a.id);
      await store.agents.ensure(a.id, { team: 'support', capacity: 50 });
    }
  });
  afterAll(async () => {
    if (other !== db) await other?.close();
    await t.cleanup();
  });

  it('keeps one open chat per conversation and serves the queue first come, first served', async () => {
    const a = await store.chats.enqueue(chat('conv-a'), at(0));
    const again = await store.chats.enqueue(chat('conv-a'), at(1));
    expect(again).toMatchObject({ created: false, chat: { id: a.chat.id } });
    await store.chats.enqueue(chat('conv-b'), at(0)); // same millisecond as conv-a: arrived second
    await store.chats.enqueue(chat('conv-c'), at(2));
    expect((await store.chats.queue()).map((c) => c.conversationId)).toEqual(['conv-a', 'conv-b', 'conv-c']);
    expect(a.chat).toMatchObject({ state: 'queued', reason: 'dislike', comment: 'ça ne marche pas', priority: 0 });
    expect(a.chat.transcript).toEqual(chat('x').transcript);

    // Taken, then its agent is gone: back to the front, ahead of older chats.
    const taken = await store.chats.take(a.chat.id, agentIds[0]!, at(3));
    expect(taken.ok).toBe(true);
    await store.chats.take((await store.chats.queue())[0]!.id, agentIds[0]!, at(3));
    expect((await store.chats.requeue(a.chat.id, agentIds[1]!))).toBeNull(); // not Hugo's
    expect((await store.chats.requeue(a.chat.id, agentIds[0]!))!.priority).toBe(1);
    expect((await store.chats.queue()).map((c) => c.conversationId)).toEqual(['conv-a', 'conv-c']);

    // Closed chats free the conversation for a new hand-off.
    for (const c of await store.chats.closeAllQueued('no-agent', at(4))) expect(c.state).toBe('closed');
    const open = await store.chats.chatsOfAgent(agentIds[0]!);
    for (const c of open) await store.chats.close(c.id, { reason: 'closed', now: at(5), states: ['agent'], agentId: agentIds[0]! });
    expect((await store.chats.enqueue(chat('conv-a'), at(6))).created).toBe(true);
    await store.chats.closeAllQueued('no-agent', at(7));
  });

  it('searches chats by requester, bot transcript, id or ticket, and by the conversations given, newest first', async () => {
    const marie = (await store.chats.enqueue({ ...chat('s-1'), requester: { name: 'Marie Durand', email: 'marie@mairie.fr', organisation: 'Mairie de Lyon', verified: true, portalUserId: null } }, at(60))).chat;
    const bot = (await store.chats.enqueue({ ...chat('s-2'), transcript: [{ from: 'bot', text: 'Votre facture Brouillon…', at: T0.toISOString() }] }, at(61))).chat;
    const other = (await store.chats.enqueue(chat('s-3'), at(62))).chat;
    await store.chats.setTicket(other.id, 'RL-2026-000777');
    const ids = async (q: string, conversations: string[] = []) => (await store.chats.search(q, conversations, 10)).map((c) => c.id);
    expect(await ids('MAIRIE DE LYON')).toEqual([marie.id]);
    expect(await ids('brouillon')).toEqual([bot.id]);
    expect(await ids(marie.id)).toEqual([marie.id]);
    expect(await ids('RL-2026-000777')).toEqual([other.id]);
    expect(await ids('introuvable', ['s-3', 's-1'])).toEqual([other.id, marie.id]);
    expect(await ids('%')).toEqual([]); // a literal percent sign
  });

  it('gives each chat to exactly one agent when two processes race for it', async () => {
    const ids: string[] = [];
    for (let i = 0; i < 20; i++) ids.push((await store.chats.enqueue(chat(`race-${i}`), at(10))).chat.id);
    const attempts = ids.flatMap((id) => agentIds.map((agentId, k) => (k % 2 ? otherStore : store).chats.take(id, agentId, at(11))));
    const results = await Promise.all(attempts);
    const wins = results.filter((r) => r.ok);
    expect(wins).toHaveLength(20);
    expect(new Set(wins.map((w) => (w.ok ? w.chat.id : '')))).toEqual(new Set(ids));
    expect(results.filter((r) => !r.ok).every((r) => !r.ok && r.why === 'gone')).toBe(true);
    for (const w of wins) if (w.ok) await store.chats.close(w.chat.id, { reason: 'closed', now: at(12), states: ['agent'] });
  });

  it('never puts an agent over capacity, even with concurrent takes from two processes', async () => {
    const agentId = agentIds[3]!;
    await store.agents.ensure(agentId, { team: 'support', capacity: 99 });
    await db.execute('UPDATE livechat_agents SET capacity = 2 WHERE agent_id = $1', [agentId]);
    const ids: string[] = [];
    for (let i = 0; i < 6; i++) ids.push((await store.chats.enqueue(chat(`cap-${i}`), at(20))).chat.id);
    const results = await Promise.all(ids.map((id, i) => (i % 2 ? otherStore : store).chats.take(id, agentId, at(21))));
    expect(results.filter((r) => r.ok)).toHaveLength(2);
    expect(results.filter((r) => !r.ok).map((r) => !r.ok && r.why)).toEqual(['full', 'full', 'full', 'full']);
    expect((await store.agents.get(agentId))!.load).toBe(2);
    // takeNext respects it too.
    expect(await otherStore.chats.takeNext(agentId, at(22))).toBeNull();
    await store.chats.closeAllQueued('no-agent', at(23));
    for (const c of await store.chats.chatsOfAgent(agentId)) await store.chats.close(c.id, { reason: 'closed', now: at(23), states: ['agent'] });
  });

  it('finds the chats of agents gone longer than the grace period, not of those still here', async () => {
    const [gone, here] = [agentIds[0]!, agentIds[1]!];
    const c1 = (await store.chats.enqueue(chat('orphan-1'), at(30))).chat;
    const c2 = (await store.chats.enqueue(chat('orphan-2'), at(30))).chat;
    await store.chats.take(c1.id, gone, at(31));
    await store.chats.take(c2.id, here, at(31));
    await store.agents.connected(gone, at(31));
    await store.agents.connected(here, at(31));
    await store.agents.disconnected(gone, at(39));
    await store.agents.heartbeat([here], at(100));
    const orphans = await store.chats.orphaned(at(100 - 60), at(100 - 15));
    expect(orphans.map((c) => c.id)).toEqual([c1.id]);
    // A crashed process stops the heartbeat: stale counts as gone too.
    expect((await store.chats.orphaned(at(200 - 60), at(200 - 15))).map((c) => c.id).sort()).toEqual([c1.id, c2.id].sort());
  });

  it('books a proposed appointment once; a new proposal cancels the unanswered one', async () => {
    const c = (await store.chats.enqueue(chat('rdv'), at(50))).chat;
    const first = await store.appointments.propose({ chatId: c.id, agentId: agentIds[0]!, slots: [at(3600)], durationMinutes: 15, now: at(51) });
    const second = await store.appointments.propose({ chatId: c.id, agentId: agentIds[0]!, slots: [at(7200), at(9000)], durationMinutes: 30, now: at(52) });
    expect((await store.appointments.get(first.id))!.status).toBe('cancelled');
    expect(await store.appointments.book(first.id, { slot: at(3600), phone: '0612345678', email: 'a@b.fr', now: at(53) })).toBeNull();
    const [x, y] = await Promise.all([
      store.appointments.book(second.id, { slot: at(7200), phone: '0612345678', email: 'a@b.fr', now: at(53) }),
      otherStore.appointments.book(second.id, { slot: at(9000), phone: '0600000000', email: 'c@d.fr', now: at(53) }),
    ]);
    expect([x, y].filter(Boolean)).toHaveLength(1);
    expect((await store.appointments.ofChat(c.id)).map((a) => a.status)).toEqual(['cancelled', 'booked']);
  });
});
