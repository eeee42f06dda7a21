import type { ChildProcess } from 'node:child_process';
import crypto from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { io } from 'socket.io-client';
import { createSqliteDb, type Db } from '../platform/db';
import { AGENT_PASSWORD, connectAgent, login } from '../test/helpers/agent-client';
import { IDENTITY_SECRET, identityToken } from '../test/helpers/app';
import { postgresTestDatabase } from '../test/helpers/databases';
import { startRedisServer, stopRedisServer } from '../test/helpers/redis-server';
import { freePort, sharedServicesEnv, startServerProcess, type ServerProcess } from '../test/helpers/server-process';
import { connected, WidgetClient } from '../test/helpers/widget-client';
import { createAuth } from '../auth';
import { systemClock } from '../platform/clock';
import pino from 'pino';

/**
 * `npm run chaos`: the fault scenarios of issue 12 against real processes (PostgreSQL at
 * 127.0.0.1:5432 and `redis-server` on the PATH; Redis is a private server this script starts and
 * stops). One table: what was acknowledged, what is there afterwards, lost, duplicated, and the
 * latest delivery.
 */
interface Row {
  scenario: string;
  acknowledged: number;
  delivered: number;
  lost: number;
  duplicated: number;
  late: string;
}
const rows: Row[] = [];
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
/** An acknowledgement, or `{ ok: false }` when none comes within 2 s. */
const within = <T extends { ok: boolean }>(ack: Promise<T>) => Promise.race([ack, sleep(2000).then(() => ({ ok: false }) as T)]);
const dirs: string[] = [];
const tmp = () => {
  const d = fs.mkdtempSync(path.join(os.tmpdir(), 'relais-chaos-'));
  dirs.push(d);
  return d;
};
const ticket = (i: number, key: string) => ({
  category: 'technique',
  subject: `Facture restée en brouillon ${i}`,
  description: 'Ma facture ne part pas chez le client public.',
  email: `chaos${i}@example.fr`,
  name: 'Jeanne Martin',
  idempotencyKey: key,
});
const post = async (base: string, body: unknown) => {
  try {
    const res = await fetch(`${base}/api/tickets`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body), signal: AbortSignal.timeout(10_000) });
    return res.status;
  } catch {
    return 0;
  }
};
const LIMITS = { TICKET_RATE_PER_IP: '100000', TICKET_RATE_PER_EMAIL: '100000', TICKET_RATE_PER_CONVERSATION: '100000' };

/** SIGKILL in the middle of a burst of tickets (SQLite); retries with the same keys after a restart. */
async function ticketBurstKill(): Promise<void> {
  const dir = tmp();
  const env = { NODE_ENV: 'test', LOG_LEVEL: 'silent', DATA_DIR: dir, PORTAL_IDENTITY_SECRET: IDENTITY_SECRET, ...LIMITS };
  const first = await startServerProcess(env);
  const keys = Array.from({ length: 200 }, () => `chaos-${crypto.randomBytes(8).toString('hex')}`);
  let answered = 0;
  const results = keys.map((k, i) => post(first.base, ticket(i, k)).then((s) => ((answered += 1), s)));
  // Killed once about a third of the burst has been answered: the rest is in flight or queued.
  const deadline = Date.now() + 20_000;
  while (answered < 60 && Date.now() < deadline) await sleep(5);
  await first.kill('SIGKILL');
  const statuses = await Promise.all(results);
  const acked = keys.filter((_, i) => statuses[i] === 201 || statuses[i] === 200);
  const second = await startServerProcess({ ...env, PORT: String(first.port) });
  // A client that lost its answer retries with its key: it gets its ticket, never a second one.
  const retried = await Promise.all(keys.map((k, i) => (statuses[i] === 201 || statuses[i] === 200 ? Promise.resolve(0) : post(second.base, ticket(i, k)))));
  await second.kill();
  const db: Db = createSqliteDb({ file: path.join(dir, 'relais.db') });
  const stored = await db.query<{ idempotency_key: string; n: number }>('SELECT idempotency_key, COUNT(*) AS n FROM tickets GROUP BY idempotency_key');
  await db.close();
  const have = new Map(stored.map((s) => [s.idempotency_key, Number(s.n)]));
  rows.push({
    scenario: `SIGKILL during 200 tickets (SQLite), then retries (${retried.filter((s) => s === 201).length} created on retry)`,
    acknowledged: acked.length,
    delivered: acked.filter((k) => have.has(k)).length,
    lost: acked.filter((k) => !have.has(k)).length,
    duplicated: [...have.values()].filter((n) => n > 1).length,
    late: '—',
  });
}


/** A live chat across two processes: Redis stopped for 8 s while both sides write, then restarted. */
async function redisOutage(): Promise<void> {
  const setup = await liveChatBetweenTwoProcesses();
  const { database, a, b, agent, user, chatId, token, account, redisPort } = setup;
  let redis = setup.redis;
  const procs: ServerProcess[] = [a, b];
  try {
    const toUser: string[] = [];
    const toAgent: string[] = [];
    await stopRedisServer(redis);
    const outageAt = Date.now();
    for (let i = 0; i < 10; i++) {
      if ((await agent.emit('chat:message', { chatId, text: `agent-${i}` })).ok) toUser.push(`agent-${i}`);
      if ((await user.emit({ type: 'message', text: `user-${i}` })).ok) toAgent.push(`user-${i}`);
      await sleep(800);
    }
    redis = await startRedisServer(redisPort);
    // The clients reconnect as the widget and the console would, and read what they missed.
    const deadline = Date.now() + 30_000;
    while (user.socket.connected && Date.now() < deadline) await sleep(50);
    const again = new WidgetClient(a.base, { identityToken: token, visitorToken: user.session!.visitorToken });
    await connected(again);
    while (again.history === null && Date.now() < deadline) await sleep(20);
    const userSees = new Map<string, number>();
    for (const x of again.history ?? []) if (x.text) userSees.set(x.text, (userSees.get(x.text) ?? 0) + 1);
    while (agent.socket.connected && Date.now() < deadline) await sleep(50);
    const back = await connectAgent(b.base, { agent: { id: account.id, name: 'Camille', email: account.email }, cookie: await login(b.base, account.email) });
    const mine = await back.call('chats:mine');
    const agentSees = new Map<string, number>();
    for (const m of mine.find((c: { chatId: string }) => c.chatId === chatId)?.messages ?? []) agentSees.set(m.text, (agentSees.get(m.text) ?? 0) + 1);
    const late = `${((Date.now() - outageAt) / 1000).toFixed(1)} s after the outage began (Redis down 8 s)`;
    for (const [label, sent, sees] of [['agent → user', toUser, userSees], ['user → agent', toAgent, agentSees]] as const) {
      rows.push({
        scenario: `Redis stopped and restarted during a live chat, ${label}`,
        acknowledged: sent.length,
        delivered: sent.filter((t) => sees.has(t)).length,
        lost: sent.filter((t) => !sees.has(t)).length,
        duplicated: sent.filter((t) => (sees.get(t) ?? 0) > 1).length,
        late,
      });
    }
    for (const c of [agent, back, user, again]) c.close();
  } finally {
    await Promise.all(procs.map((p) => p.kill('SIGKILL')));
    await stopRedisServer(redis);
    await database.cleanup();
  }
}

/**
 * Two processes sharing a fresh PostgreSQL database and a private redis-server, an agent on B
 * and a logged-in user on A in a live chat together.
 */
async function liveChatBetweenTwoProcesses() {
  const database = postgresTestDatabase();
  const db = await database.create();
  const redisPort = await freePort();
  const redis = await startRedisServer(redisPort);
  const now = '2026-11-30T10:00:00+01:00';
  const env = () => ({ ...sharedServicesEnv(dirs, database.url(), IDENTITY_SECRET, { RELAIS_NOW: now, LIVECHAT_ROUTING: 'pick', LOG_LEVEL: 'silent' }), REDIS_URL: `redis://127.0.0.1:${redisPort}` });
  const [a, b] = await Promise.all([startServerProcess(env()), startServerProcess(env())]);
  const auth = createAuth({ db, clock: systemClock, logger: pino({ level: 'silent' }), config: { production: false, sessionTtlHours: 12, loginPerIp: 10 } });
  const account = await auth.agents.create({ email: `chaos.${crypto.randomBytes(4).toString('hex')}@relais.test`, name: 'Camille', role: 'agent', password: AGENT_PASSWORD });
  const agent = await connectAgent(b.base, { agent: { id: account.id, name: 'Camille', email: account.email }, cookie: await login(b.base, account.email) });
  const token = await identityToken({ sub: `chaos-${crypto.randomBytes(4).toString('hex')}`, name: 'Marie' }, { expiresIn: Math.floor(Date.parse('2026-11-30T12:00:00+01:00') / 1000) });
  const user = new WidgetClient(a.base, { identityToken: token });
  await connected(user);
  await user.waitForBot(/ClaudIA/);
  await user.say('Discuter avec un conseiller', /position/);
  const chatId = (await agent.waitFor('queue:update', (q) => q.items.length > 0, 10_000)).items[0].chatId as string;
  await agent.call('chat:accept', { chatId });
  await user.waitForBot(/a rejoint/);
  return { database, redis, redisPort, a, b, agent, user, chatId, token, account };
}

/** SIGKILL of the user's process during a live chat; the user resumes on the other process. */
async function liveChatKill(): Promise<void> {
  const { database, redis, a, b, agent, user, chatId, token } = await liveChatBetweenTwoProcesses();
  try {
    const toUser: string[] = [];
    const toAgent: string[] = [];
    // Both sides write without waiting; A is killed in the middle of it.
    const writing = (async () => {
      for (let i = 0; i < 20; i++) {
        // A send whose process died is never acknowledged: it counts as not sent.
        const [x, y] = await Promise.all([
          within(agent.emit('chat:message', { chatId, text: `agent-${i}` })),
          within(user.emit({ type: 'message', text: `user-${i}` })),
        ]);
        if (x.ok) toUser.push(`agent-${i}`);
        if (y.ok) toAgent.push(`user-${i}`);
        await sleep(50);
      }
    })();
    await sleep(400);
    await a.kill('SIGKILL');
    await writing;
    const reconnectAt = Date.now();
    const again = new WidgetClient(b.base, { identityToken: token, visitorToken: user.session!.visitorToken });
    await connected(again);
    const deadline = Date.now() + 20_000;
    while (again.history === null && Date.now() < deadline) await sleep(20);
    const resumed = ((Date.now() - reconnectAt) / 1000).toFixed(1);
    const userSees = new Map<string, number>();
    for (const x of again.history ?? []) if (x.text) userSees.set(x.text, (userSees.get(x.text) ?? 0) + 1);
    const mine = await agent.call('chats:mine');
    const agentSees = new Map<string, number>();
    for (const m of mine.find((c: { chatId: string }) => c.chatId === chatId)?.messages ?? []) agentSees.set(m.text, (agentSees.get(m.text) ?? 0) + 1);
    for (const [label, sent, sees] of [['agent → user', toUser, userSees], ['user → agent', toAgent, agentSees]] as const) {
      rows.push({
        scenario: `SIGKILL of the user's process during a live chat, ${label}`,
        acknowledged: sent.length,
        delivered: sent.filter((t) => sees.has(t)).length,
        lost: sent.filter((t) => !sees.has(t)).length,
        duplicated: sent.filter((t) => (sees.get(t) ?? 0) > 1).length,
        late: `in the history the widget reads on reconnecting to the other process (${resumed} s)`,
      });
    }
    for (const c of [agent, user, again]) c.close();
  } finally {
    await Promise.all([a.kill('SIGKILL'), b.kill('SIGKILL')]);
    await stopRedisServer(redis);
    await database.cleanup();
  }
}

/** PostgreSQL connections cut (pg_terminate_backend) during a burst of tickets; retries with the same keys. */
async function postgresLoss(): Promise<void> {
  const database = postgresTestDatabase();
  const db = await database.create();
  const name = new URL(database.url()).pathname.slice(1);
  const server = await startServerProcess({ ...sharedServicesEnv(dirs, database.url(), IDENTITY_SECRET, { LOG_LEVEL: 'silent', ...LIMITS }), REDIS_URL: '' });
  try {
    const keys = Array.from({ length: 200 }, () => `pg-${crypto.randomBytes(8).toString('hex')}`);
    let settled = false;
    const burst = Promise.all(keys.map((k, i) => post(server.base, ticket(i, k)))).finally(() => (settled = true));
    // The server's connections are cut again and again while the burst runs.
    let cuts = 0;
    while (!settled) {
      await sleep(40);
      await db.query(`SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = $1 AND pid <> pg_backend_pid()`, [name]).catch(() => undefined);
      cuts += 1;
    }
    const statuses = await burst;
    const retried = await Promise.all(keys.map((k, i) => (statuses[i] === 201 || statuses[i] === 200 ? Promise.resolve(0) : post(server.base, ticket(i, k)))));
    const acked = keys.filter((_, i) => statuses[i] === 201 || statuses[i] === 200 || retried[i] === 201 || retried[i] === 200);
    const stored = await db.query<{ idempotency_key: string; n: number }>('SELECT idempotency_key, COUNT(*) AS n FROM tickets GROUP BY idempotency_key');
    const have = new Map(stored.map((s) => [s.idempotency_key, Number(s.n)]));
    rows.push({
      scenario: `PostgreSQL connections cut ${cuts} times during 200 tickets (${statuses.filter((s) => s >= 500 || s === 0).length} refused with an error, then retried)`,
      acknowledged: acked.length,
      delivered: acked.filter((k) => have.has(k)).length,
      lost: acked.filter((k) => !have.has(k)).length,
      duplicated: [...have.values()].filter((n) => n > 1).length,
      late: '—',
    });
  } finally {
    await server.kill('SIGKILL');
    await database.cleanup();
  }
}

/** 50,000 unknown socket events: the flooding socket is cut off, /healthz stays fast. */
async function eventFlood(): Promise<void> {
  const server = await startServerProcess({ NODE_ENV: 'test', LOG_LEVEL: 'silent', DATA_DIR: tmp(), PORTAL_IDENTITY_SECRET: IDENTITY_SECRET });
  try {
    const s = io(`${server.base}/chat`, { transports: ['websocket'], forceNew: true, reconnection: false });
    await new Promise<void>((resolve, reject) => (s.once('connect', () => resolve()), s.once('connect_error', reject)));
    let cut = false;
    s.on('disconnect', () => (cut = true));
    for (let i = 0; i < 50_000 && !cut; i++) s.emit(`flood-${i % 100}`, { i });
    const t0 = performance.now();
    const health = await fetch(`${server.base}/healthz`);
    const ms = performance.now() - t0;
    await sleep(500);
    rows.push({ scenario: `50,000 unknown socket events (socket cut off: ${cut ? 'yes' : 'no'}; /healthz ${health.status} in ${ms.toFixed(0)} ms)`, acknowledged: 0, delivered: 0, lost: 0, duplicated: 0, late: '—' });
    s.close();
  } finally {
    await server.kill('SIGKILL');
  }
}

async function main(): Promise<void> {
  for (const [name, run] of [['ticket burst', ticketBurstKill], ['live chat SIGKILL', liveChatKill], ['Redis outage', redisOutage], ['PostgreSQL loss', postgresLoss], ['event flood', eventFlood]] as const) {
    process.stderr.write(`chaos: ${name}…\n`);
    await run();
  }
  const head = ['scenario', 'acknowledged', 'there after', 'lost', 'duplicated', 'latest delivery'];
  const table = [head, ...rows.map((r) => [r.scenario, String(r.acknowledged), String(r.delivered), String(r.lost), String(r.duplicated), r.late])];
  process.stdout.write(`${table.map((r) => `| ${r.join(' | ')} |`).join('\n').replace(/\n/, `\n|${head.map(() => ' --- ').join('|')}|\n`)}\n`);
}

main()
  .catch((err) => {
    process.stderr.write(`chaos: ${err instanceof Error ? err.stack : String(err)}\n`);
    process.exitCode = 1;
  })
  .finally(() => {
    for (const d of dirs) fs.rmSync(d, { recursive: true, force: true });
  });
