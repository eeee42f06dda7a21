import fs from 'node:fs';
import pino from 'pino';
import { createAuth, type Auth } from '../../auth';
import { systemClock } from '../../platform/clock';
import type { Db } from '../../platform/db';
import { connectAgent, login, AGENT_PASSWORD, type AgentClient } from '../helpers/agent-client';
import { IDENTITY_SECRET, identityToken } from '../helpers/app';
import { postgresTestDatabase, type TestDatabase } from '../helpers/databases';
import { sharedServicesEnv, startServerProcess, type ServerProcess } from '../helpers/server-process';
import { connected, WidgetClient, type ChatActivity } from '../helpers/widget-client';

/**
 * Two real server processes (`node --import tsx app/main.ts`) sharing one PostgreSQL database
 * and one Redis: a user on process A talks to an agent on process B; then A crashes (SIGKILL) and
 * the user carries on from B with nothing lost. Also: two agents on two processes racing for the
 * same queued chat. Monday 30 November 2026, 10:00 in Paris (support open), agents pick chats.
 */
const services = process.env.RELAIS_TEST_PG === '1' && process.env.RELAIS_TEST_REDIS === '1';
const describeWithServices = services ? describe : describe.skip;

jest.setTimeout(120_000);

const RELAIS_NOW = '2026-11-30T10:00:00+01:00';
/** Identity tokens are checked against the servers' pinned clocks. */
const DEMO_EXPIRY = Math.floor(Date.parse('2026-11-30T12:00:00+01:00') / 1000);

describeWithServices('two server processes (PostgreSQL + Redis)', () => {
  let database: TestDatabase;
  let db: Db;
  let auth: Auth;
  let a: ServerProcess | undefined;
  let b: ServerProcess | undefined;
  const dataDirs: string[] = [];
  const sockets: { close(): void }[] = [];
  let agentCount = 0;

  beforeAll(async () => {
    database = postgresTestDatabase();
    db = await database.create();
    const env = () => sharedServicesEnv(dataDirs, database.url(), IDENTITY_SECRET, { RELAIS_NOW, LIVECHAT_ROUTING: 'pick' });
    // Started together on purpose: both run the migrations at the same time.
    const started = await Promise.allSettled([startServerProcess(env()), startServerProcess(env())]);
    if (started[0].status === 'fulfilled') a = started[0].value;
    if (started[1].status === 'fulfilled') b = started[1].value;
    const failed = started.find((s) => s.status === 'rejected');
    if (failed) throw (failed as PromiseRejectedResult).reason;
    auth = createAuth({ db, clock: systemClock, logger: pino({ level: 'silent' }), config: { production: false, sessionTtlHours: 12, loginPerIp: 10 } });
  });

  afterAll(async () => {
    for (const s of sockets) s.close();
    await Promise.all([a?.kill('SIGTERM'), b?.kill('SIGTERM')]);
    await database?.cleanup();
    for (const d of dataDirs) fs.rmSync(d, { recursive: true, force: true });
  });

  /** An agent account in the shared database, logged in and connected to the given process. */
  async function agentOn(server: ServerProcess, name: string): Promise<AgentClient> {
    const email = `agent${++agentCount}.${process.pid}@relais.test`;
    const agent = await auth.agents.create({ email, name, role: 'agent', password: AGENT_PASSWORD });
    const client = await connectAgent(server.base, { agent: { id: agent.id, name, email }, cookie: await login(server.base, email) });
    sockets.push(client);
    return client;
  }

  async function userOn(server: ServerProcess, name: string, visitorToken?: string): Promise<WidgetClient> {
    const auth: Record<string, string> = { identityToken: await identityToken({ sub: `portal-${name}`, name }, { expiresIn: DEMO_EXPIRY }) };
    if (visitorToken) auth.visitorToken = visitorToken;
    const user = new WidgetClient(server.base, auth);
    sockets.push(user);
    await connected(user);
    return user;
  }

  /** A user who asked for an agent and waits in the queue; resolves with the queued chat's id, as `agent` sees it. */
  async function queuedUser(server: ServerProcess, name: string, agent: AgentClient): Promise<{ user: WidgetClient; chatId: string }> {
    const user = await userOn(server, name);
    await user.waitForBot(/ClaudIA/);
    await user.say('Discuter avec un conseiller', /position \d+ dans la file/);
    const update = await agent.waitFor('queue:update', (q) => q.items.some((i: any) => i.requesterName === name), 10_000);
    return { user, chatId: update.items.find((i: any) => i.requesterName === name).chatId };
  }

  const userTexts = (agent: AgentClient, chatId: string) =>
    agent.events('chat:message').filter((m) => m.chatId === chatId && m.kind === 'user').map((m) => m.text as string);
  const agentTexts = (activities: ChatActivity[]) =>
    activities.filter((x) => x.type === 'message' && x.channelData?.relais?.sender === 'agent').map((x) => x.text as string);

  it('lets exactly one of two agents on two processes take a queued chat', async () => {
    const onA = await agentOn(a!, 'Agent sur A');
    const onB = await agentOn(b!, 'Agent sur B');
    for (let round = 1; round <= 3; round++) {
      // Users alternate between the processes; both agents see the chat in their queue.
      const { user, chatId } = await queuedUser(round % 2 ? a! : b!, `Course ${round}`, onA);
      await onB.waitFor('queue:update', (q) => q.items.some((i: any) => i.chatId === chatId), 10_000);
      const acks = await Promise.all([onA.emit('chat:accept', { chatId }), onB.emit('chat:accept', { chatId })]);
      expect(acks.filter((x) => x.ok)).toHaveLength(1);
      expect(acks.filter((x) => !x.ok).map((x) => x.error?.code)).toEqual(['ALREADY_TAKEN']);
      const winner = acks[0]!.ok ? onA : onB;
      expect(await winner.call('chat:close', { chatId })).toEqual({ ticketNumber: null });
      user.close();
    }
    onA.close();
    onB.close();
  });

  it('keeps a chat going when the user’s process crashes: the user resumes on the other one, nothing lost', async () => {
    const camille = await agentOn(b!, 'Camille Martin');
    const { user, chatId } = await queuedUser(a!, 'Marie Dupont', camille);
    const chat = await camille.call('chat:accept', { chatId });
    expect(chat).toMatchObject({ chatId, state: 'agent', agentName: 'Camille Martin', requester: { name: 'Marie Dupont', verified: true } });
    await user.waitForBot(/Camille Martin a rejoint la conversation/);

    // Both ways across the processes (A → Redis → B and back), in order, each side sending without
    // waiting for its acks: the user's go through the conversation's turn queue on A, the agent's
    // through the chat's post queue on B.
    const fromUser = [1, 2, 3, 4, 5].map((i) => `Message ${i} de Marie`);
    const userAcks = await Promise.all(fromUser.map((text) => user.emit({ type: 'message', text })));
    expect(userAcks.every((x) => x.ok)).toBe(true);
    await waitUntil(() => userTexts(camille, chatId).length === 5);
    expect(userTexts(camille, chatId)).toEqual(fromUser);

    const fromAgent = Array.from({ length: 20 }, (_, i) => `Réponse ${i + 1} de Camille`);
    const agentAcks = await Promise.all(fromAgent.map((text) => camille.emit('chat:message', { chatId, text })));
    expect(agentAcks.every((x) => x.ok)).toBe(true);
    await waitUntil(() => agentTexts(user.activities).length === 20);
    expect(agentTexts(user.activities)).toEqual(fromAgent);

    // A crashes: no graceful close, no disconnect handler, no goodbye to Redis.
    const before = camille.received.length;
    await a!.kill('SIGKILL');
    expect((await a!.exited).signal).toBe('SIGKILL');
    await waitUntil(() => !user.socket.connected);
    // No disconnect ran anywhere, yet the agent is told the user is gone (B's sweeper looks).
    await camille.waitFor('chat:userPresence', (p) => p.chatId === chatId && !p.online, 10_000, before);

    // The widget reconnects to B with its visitor token and gets the whole conversation back.
    const again = await userOn(b!, 'Marie Dupont', user.session!.visitorToken);
    await waitUntil(() => again.history !== null);
    expect(again.session?.conversationId).toBe(user.session!.conversationId);
    const history = again.history!.filter((x) => x.type === 'message');
    const said = history.filter((x) => x.from?.role === 'user').map((x) => x.text);
    expect(said).toEqual(['Discuter avec un conseiller', ...fromUser]);
    expect(agentTexts(history)).toEqual(fromAgent);
    // The agent is told the user is back; the crash ended nothing.
    await camille.waitFor('chat:userPresence', (p) => p.chatId === chatId && p.online, 10_000, before);
    expect(camille.events('chat:ended').filter((e) => e.chatId === chatId)).toEqual([]);

    // And the chat goes on, both ways, now within B.
    const afterUser = [6, 7, 8].map((i) => `Message ${i} de Marie`);
    for (const text of afterUser) expect((await again.emit({ type: 'message', text })).ok).toBe(true);
    await waitUntil(() => userTexts(camille, chatId).length === 8);
    expect(userTexts(camille, chatId)).toEqual([...fromUser, ...afterUser]);
    const afterAgent = [1, 2, 3].map((i) => `Suite ${i} de Camille`);
    for (const text of afterAgent) await camille.call('chat:message', { chatId, text });
    await waitUntil(() => agentTexts(again.activities).length === 3);
    expect(agentTexts(again.activities)).toEqual(afterAgent);

    // Still Camille's chat, with every message in order.
    const mine = await camille.call('chats:mine');
    const same = mine.find((c: any) => c.chatId === chatId);
    expect(same).toMatchObject({ state: 'agent', agentName: 'Camille Martin', userOnline: true });
    const live = same.messages.filter((m: any) => m.kind === 'user' || m.kind === 'agent').map((m: any) => m.text);
    expect(live).toEqual(expect.arrayContaining([...fromUser, ...fromAgent, ...afterUser, ...afterAgent]));
    const order = [...fromUser, ...fromAgent, ...afterUser, ...afterAgent];
    expect(live.filter((t: string) => order.includes(t))).toEqual(order);
  });
});

async function waitUntil(check: () => boolean, timeoutMs = 10_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!check()) {
    if (Date.now() > deadline) throw new Error('condition not met in time');
    await new Promise((r) => setTimeout(r, 10));
  }
}
