import type { ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import pino from 'pino';
import { createAuth, type Auth } from '../../auth';
import { systemClock } from '../../platform/clock';
import type { Db } from '../../platform/db';
import { connectAgent, login, AGENT_PASSWORD } from '../helpers/agent-client';
import { IDENTITY_SECRET, identityToken } from '../helpers/app';
import { postgresTestDatabase, type TestDatabase } from '../helpers/databases';
import { startRedisServer, stopRedisServer } from '../helpers/redis-server';
import { freePort, sharedServicesEnv, startServerProcess, type ServerProcess } from '../helpers/server-process';
import { connected, WidgetClient, type ChatActivity } from '../helpers/widget-client';

/**
 * Redis stops for a while between two processes (a private redis-server this test starts and
 * stops). The agent's replies sent meanwhile are acknowledged and stored, but cannot cross to
 * the user's process; once Redis is back, that process hands its sockets off and the user, who
 * reconnects, gets them from the history — before, they were lost (issue 12, item 7).
 */
const services = process.env.RELAIS_TEST_PG === '1' && process.env.RELAIS_TEST_REDIS === '1';
const describeWithServices = services ? describe : describe.skip;
jest.setTimeout(120_000);

const RELAIS_NOW = '2026-11-30T10:00:00+01:00';
const DEMO_EXPIRY = Math.floor(Date.parse('2026-11-30T12:00:00+01:00') / 1000);


describeWithServices('a Redis outage between two processes', () => {
  let database: TestDatabase;
  let db: Db;
  let auth: Auth;
  let redisPort: number;
  let redis: ChildProcess;
  let a: ServerProcess | undefined;
  let b: ServerProcess | undefined;
  const dirs: string[] = [];
  const closers: { close(): void }[] = [];

  beforeAll(async () => {
    database = postgresTestDatabase();
    db = await database.create();
    redisPort = await freePort();
    redis = await startRedisServer(redisPort);
    const env = () => ({ ...sharedServicesEnv(dirs, database.url(), IDENTITY_SECRET, { RELAIS_NOW, LIVECHAT_ROUTING: 'pick' }), REDIS_URL: `redis://127.0.0.1:${redisPort}` });
    [a, b] = await Promise.all([startServerProcess(env()), startServerProcess(env())]);
    auth = createAuth({ db, clock: systemClock, logger: pino({ level: 'silent' }), config: { production: false, sessionTtlHours: 12, loginPerIp: 10 } });
  });
  afterAll(async () => {
    for (const c of closers) c.close();
    await Promise.all([a?.kill('SIGKILL'), b?.kill('SIGKILL')]);
    await stopRedisServer(redis);
    await database?.cleanup();
    for (const d of dirs) fs.rmSync(d, { recursive: true, force: true });
  });

  it('delivers the replies acknowledged during the outage once Redis is back', async () => {
    const account = await auth.agents.create({ email: `outage.${process.pid}@relais.test`, name: 'Camille Martin', role: 'agent', password: AGENT_PASSWORD });
    const camille = await connectAgent(b!.base, { agent: { id: account.id, name: 'Camille Martin', email: account.email }, cookie: await login(b!.base, account.email) });
    closers.push(camille);
    const token = await identityToken({ sub: 'portal-outage', name: 'Marie Dupont' }, { expiresIn: DEMO_EXPIRY });
    const user = new WidgetClient(a!.base, { identityToken: token });
    closers.push(user);
    await connected(user);
    await user.waitForBot(/ClaudIA/);
    await user.say('Discuter avec un conseiller', /position \d+ dans la file/);
    const update = await camille.waitFor('queue:update', (q) => q.items.length > 0, 10_000);
    const chatId = update.items[0].chatId;
    await camille.call('chat:accept', { chatId });
    await user.waitForBot(/Camille Martin a rejoint la conversation/);
    let reason = '';
    let consoleReason = '';
    user.socket.on('disconnect', (r) => (reason = r));
    camille.socket.on('disconnect', (r: string) => (consoleReason = r));

    await stopRedisServer(redis);
    await new Promise((r) => setTimeout(r, 500));
    const during = ['Réponse pendant la coupure 1', 'Réponse pendant la coupure 2'];
    for (const text of during) expect(await camille.call('chat:message', { chatId, text })).toBeTruthy();
    // The user writes too: stored and acknowledged on A, it cannot reach B's console live.
    expect(await user.emit({ type: 'message', text: 'Message de Marie pendant la coupure' })).toMatchObject({ ok: true });
    redis = await startRedisServer(redisPort);

    // The user's process hands its socket off once Redis answers again…
    const deadline = Date.now() + 30_000;
    while (user.socket.connected && Date.now() < deadline) await new Promise((r) => setTimeout(r, 50));
    expect(reason).toBe('transport close');
    // …and the widget, reconnecting with its visitor token, has everything.
    const again = new WidgetClient(a!.base, { identityToken: token, visitorToken: user.session!.visitorToken });
    closers.push(again);
    await connected(again);
    while (again.history === null && Date.now() < deadline) await new Promise((r) => setTimeout(r, 20));
    const agentTexts = (xs: ChatActivity[]) => xs.filter((x) => x.channelData?.relais?.sender === 'agent').map((x) => x.text);
    expect(agentTexts(again.history!)).toEqual(expect.arrayContaining(during));
    // The console was handed off too: reconnecting, it reads the user's message in its chat.
    while (camille.socket.connected && Date.now() < deadline) await new Promise((r) => setTimeout(r, 50));
    expect(consoleReason).toBe('transport close');
    const back = await connectAgent(b!.base, { agent: { id: account.id, name: 'Camille Martin', email: account.email }, cookie: await login(b!.base, account.email) });
    closers.push(back);
    const mine = await back.call('chats:mine');
    const texts = mine.find((c: { chatId: string }) => c.chatId === chatId).messages.map((m: { text: string }) => m.text);
    expect(texts).toEqual(expect.arrayContaining(['Message de Marie pendant la coupure', ...during]));
  });
});
