import type { ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { parseArgs } from 'node:util';
import pg from 'pg';
import type { Socket } from 'socket.io-client';
import { createPostgresDb, createSqliteDb, type Db } from '../server/db';
import { startServerProcess, type ServerProcess } from '../test/helpers/server-process';
import { closeAll, connectIdle, cpuSeconds, machineBusySeconds, measureRelay, openFilesLimit, rssMb, type Pair, type RelayResult } from './livechat-clients';
import { barePairs, relaisPairs } from './livechat-pairs';
import { percentile } from './stats';

/**
 * `npm run bench:livechat [-- --idle 5000 --idle-two 5000 --pairs 50 --messages 40 --interval 50 --only bare1,relais1,bare2,relais2]`
 *
 * Live chat under load, measured on this machine, against a bare socket.io relay in the same run:
 *  1. one process: `--idle` idle widget sockets connected (each a new conversation with the bot's
 *     welcome turn), plus `--pairs` users each in an active chat with their own agent; every user
 *     sends `--messages` messages, one every `--interval` ms, and every agent as many back; the
 *     relay latency is timed from the sender's emit to the receiver's event. Relais on SQLite.
 *  2. two processes: users on A, agents on B, rooms through Redis; Relais on PostgreSQL.
 * The servers are child processes (`node --import tsx`); this process holds every client, so
 * sender and receiver share one clock. The bare server (`bench/livechat-bare.ts`) has no database
 * and no bot but the same events, namespaces, socket.io options and Redis adapter.
 */
const { values: args } = parseArgs({
  args: process.argv.slice(2).filter((a) => a !== '--'),
  options: {
    idle: { type: 'string', default: '5000' },
    'idle-two': { type: 'string' },
    pairs: { type: 'string', default: '50' },
    messages: { type: 'string', default: '40' },
    interval: { type: 'string', default: '50' },
    concurrency: { type: 'string', default: '100' },
    pg: { type: 'string', default: 'postgres://postgres@127.0.0.1:5432/postgres' },
    redis: { type: 'string', default: 'redis://127.0.0.1:6379' },
    /** Comma-separated subset of bare1, relais1, bare2, relais2 (all by default). */
    only: { type: 'string', default: 'bare1,relais1,bare2,relais2' },
  },
});
const IDLE = Number(args.idle);
const IDLE_TWO = Number(args['idle-two'] ?? args.idle);
const PAIRS = Number(args.pairs);
const MESSAGES = Number(args.messages);
const INTERVAL_MS = Number(args.interval);
const CONCURRENCY = Number(args.concurrency);
const PG_ADMIN_URL = args.pg;
const REDIS_URL = args.redis;
const RELAIS_NOW = '2026-11-30T10:00:00+01:00'; // a Monday, 10:00 in Paris: support is open

// ---- every child is killed and every temporary thing removed, on success, error or Ctrl-C ----
const children = new Set<ChildProcess>();
const cleanups: (() => Promise<void>)[] = [];
let tornDown: Promise<void> | null = null;
const teardown = () =>
  (tornDown ??= (async () => {
    for (const c of children) c.kill('SIGKILL');
    for (const task of cleanups.reverse()) {
      await Promise.race([task().catch((err: unknown) => log(`cleanup failed: ${String(err)}`)), new Promise((r) => setTimeout(r, 10_000))]);
    }
  })());
process.on('exit', () => {
  for (const c of children) c.kill('SIGKILL');
});
for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.once(signal, () => {
    log(`${signal}: stopping the servers and cleaning up`);
    void teardown().finally(() => process.exit(130));
  });
}

function log(line: string): void {
  process.stderr.write(`[bench:livechat] ${line}\n`);
}

function spawnServer(env: Record<string, string>, script?: string): Promise<ServerProcess> {
  return startServerProcess(env, {
    script,
    readyTimeoutMs: 60_000,
    onSpawn: (child) => {
      children.add(child);
      child.once('exit', () => children.delete(child));
    },
  });
}

function tempDir(): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'relais-bench-'));
  cleanups.push(async () => fs.rmSync(dir, { recursive: true, force: true }));
  return dir;
}

async function admin(sql: string): Promise<void> {
  const client = new pg.Client({ connectionString: PG_ADMIN_URL });
  await client.connect();
  try {
    await client.query(sql);
  } finally {
    await client.end();
  }
}

const relaisEnv = (extra: Record<string, string>): Record<string, string> => ({
  NODE_ENV: 'test', // like production but with RELAIS_NOW allowed (production refuses a pinned clock)
  LOG_LEVEL: 'warn',
  DATA_DIR: tempDir(),
  PORTAL_IDENTITY_SECRET: 'bench-portal-secret-0123456789-abcdefghijklmnop',
  RELAIS_NOW,
  LIVECHAT_ROUTING: 'auto',
  LIVECHAT_AGENT_CAPACITY: '1',
  CHAT_CONNECTIONS_PER_IP: '1000000',
  CHAT_MESSAGES_PER_10S: '10000',
  AGENT_EVENTS_PER_10S: '10000',
  LOGIN_RATE_PER_IP: '10000',
  ...extra,
});

// ---- one configuration: idle sockets, pairs, warm-up, both directions timed ----
interface Phase {
  label: string;
  servers: ServerProcess[];
  users: ServerProcess;
  agents: ServerProcess;
  idle: number;
  pairs(): Promise<{ pairs: Pair[]; sockets: Socket[] }>;
}

interface PhaseResult {
  label: string;
  idle: number;
  idleFailures: number;
  idleFirstError: string | null;
  idleSeconds: number;
  idleStillConnected: number;
  rssStart: number[];
  rssIdle: number[];
  rssEnd: number[];
  /** Server CPU over both timed directions, in % of one core, per process. */
  cpu: number[];
  /** This client process's CPU over the same time, % of one core. */
  clientCpu: number;
  /** Everything else on the machine (Redis, PostgreSQL, other jobs) over the same time, % of one core. */
  otherCpu: number;
  up: RelayResult;
  down: RelayResult;
}

async function runPhase(phase: Phase): Promise<PhaseResult> {
  const pids = phase.servers.map((s) => s.pid);
  const rssStart = pids.map(rssMb);
  log(`${phase.label}: connecting ${phase.idle} idle widget sockets (${CONCURRENCY} at a time)…`);
  const idle = await connectIdle(
    phase.servers.map((s) => s.base),
    phase.idle,
    CONCURRENCY,
  );
  log(`${phase.label}: ${idle.sockets.length} connected in ${idle.seconds.toFixed(1)} s${idle.failures ? `, ${idle.failures} failed (${idle.firstError})` : ''}`);
  const rssIdle = pids.map(rssMb);
  const sockets: Socket[] = [...idle.sockets];
  try {
    log(`${phase.label}: ${PAIRS} users and ${PAIRS} agents in live chats…`);
    const { pairs, sockets: active } = await phase.pairs();
    sockets.push(...active);
    // Warm-up (JIT, prepared statements, pools): not counted.
    await measureRelay(pairs, 'user→agent', { messages: 5, intervalMs: INTERVAL_MS, tag: 'warm-up' });
    await measureRelay(pairs, 'agent→user', { messages: 5, intervalMs: INTERVAL_MS, tag: 'warm-down' });
    const cpu0 = pids.map(cpuSeconds);
    const client0 = process.cpuUsage();
    const machine0 = machineBusySeconds();
    const t0 = performance.now();
    log(`${phase.label}: timing user→agent, then agent→user (${PAIRS} × ${MESSAGES} messages each way, one every ${INTERVAL_MS} ms per pair)…`);
    const up = await measureRelay(pairs, 'user→agent', { messages: MESSAGES, intervalMs: INTERVAL_MS, tag: 'up' });
    const down = await measureRelay(pairs, 'agent→user', { messages: MESSAGES, intervalMs: INTERVAL_MS, tag: 'down' });
    const wall = (performance.now() - t0) / 1000;
    const cpu = pids.map((pid, i) => (100 * (cpuSeconds(pid) - cpu0[i]!)) / wall);
    const clientUsage = process.cpuUsage(client0);
    const clientCpu = (clientUsage.user + clientUsage.system) / 1e4 / wall;
    const machine = (100 * (machineBusySeconds() - machine0)) / wall;
    const otherCpu = Math.max(0, machine - clientCpu - cpu.reduce((a, b) => a + b, 0));
    return {
      label: phase.label,
      idle: phase.idle,
      idleFailures: idle.failures,
      idleFirstError: idle.firstError,
      idleSeconds: idle.seconds,
      idleStillConnected: idle.sockets.filter((s) => s.connected).length,
      rssStart,
      rssIdle,
      rssEnd: pids.map(rssMb),
      cpu,
      clientCpu,
      otherCpu,
      up,
      down,
    };
  } finally {
    closeAll(sockets);
  }
}

// ---- the four configurations ----
async function bare(processes: 1 | 2): Promise<PhaseResult> {
  const env: Record<string, string> = processes === 2 ? { REDIS_URL } : {};
  const servers = await Promise.all(Array.from({ length: processes }, () => spawnServer(env, 'bench/livechat-bare.ts')));
  const [users, agents = users] = servers as [ServerProcess, ServerProcess?];
  try {
    return await runPhase({
      label: processes === 1 ? 'bare socket.io, 1 process' : 'bare socket.io, 2 processes + Redis',
      servers,
      users,
      agents,
      idle: processes === 1 ? IDLE : IDLE_TWO,
      pairs: () => barePairs(users.base, agents.base, PAIRS),
    });
  } finally {
    await Promise.all(servers.map((s) => s.kill('SIGKILL')));
  }
}

async function relaisOneProcess(): Promise<PhaseResult> {
  const env = relaisEnv({});
  const server = await spawnServer(env);
  const db: Db = createSqliteDb({ file: path.join(env.DATA_DIR!, 'relais.db') });
  try {
    return await runPhase({
      label: 'Relais, 1 process (SQLite)',
      servers: [server],
      users: server,
      agents: server,
      idle: IDLE,
      pairs: () => relaisPairs(db, server.base, server.base, PAIRS),
    });
  } finally {
    await server.kill('SIGKILL');
    await db.close();
  }
}

async function relaisTwoProcesses(): Promise<PhaseResult> {
  const name = `relais_bench_${process.pid}`;
  await admin(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
  await admin(`CREATE DATABASE ${name}`);
  cleanups.push(() => admin(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`));
  const url = new URL(PG_ADMIN_URL);
  url.pathname = `/${name}`;
  const extra = { DATABASE_URL: url.toString(), REDIS_URL };
  // Started together, as a deployment would: both run the migrations at once.
  const [a, b] = await Promise.all([spawnServer(relaisEnv(extra)), spawnServer(relaisEnv(extra))]);
  const db = createPostgresDb({ connectionString: url.toString(), max: 4 });
  try {
    return await runPhase({
      label: 'Relais, 2 processes (PostgreSQL + Redis)',
      servers: [a, b],
      users: a,
      agents: b,
      idle: IDLE_TWO,
      pairs: () => relaisPairs(db, a.base, b.base, PAIRS),
    });
  } finally {
    await Promise.all([a.kill('SIGKILL'), b.kill('SIGKILL')]);
    await db.close();
  }
}

// ---- report ----
const f1 = (x: number) => (Number.isFinite(x) ? x.toFixed(1) : '—');
const lat = (r: RelayResult) => `${f1(percentile(r.samples, 50))} / ${f1(percentile(r.samples, 99))} / ${f1(r.samples.at(-1) ?? NaN)}`;
const pad = (cells: string[], widths: number[]) => cells.map((c, i) => c.padEnd(widths[i]!)).join('  ');

function table(rows: string[][]): string {
  const widths = rows[0]!.map((_, i) => Math.max(...rows.map((r) => r[i]!.length)));
  return rows.map((r, i) => pad(r, widths) + (i === 0 ? `\n${widths.map((w) => '-'.repeat(w)).join('  ')}` : '')).join('\n');
}

function report(results: PhaseResult[]): void {
  const out: string[] = [];
  out.push('');
  out.push(`Live chat relay — ${os.cpus().length} CPU (${os.cpus()[0]?.model.trim()}), Node ${process.version}, ${new Date().toISOString()}`);
  out.push(
    `${PAIRS} user/agent pairs, ${MESSAGES} messages each way per pair, one every ${INTERVAL_MS} ms per pair (${Math.round((PAIRS * 1000) / INTERVAL_MS)} messages/s offered), after a 5-message warm-up.`,
  );
  out.push('Latency: sender emit → receiver event, same clock (this process), milliseconds p50 / p99 / max.');
  out.push('The servers, Redis, PostgreSQL and this client process (which holds every socket) share the same CPUs.');
  out.push('');
  out.push(
    table([
      ['configuration', 'idle sockets', 'connect', 'server RSS MB start → idle → end', 'user→agent ms', 'agent→user ms', 'lost', 'refused', 'CPU server', 'client', 'rest'],
      ...results.map((r) => [
        r.label,
        `${r.idle - r.idleFailures}${r.idleFailures ? ` (${r.idleFailures} failed)` : ''}${r.idleStillConnected < r.idle - r.idleFailures ? ` (${r.idleStillConnected} still up)` : ''}`,
        `${r.idleSeconds.toFixed(1)} s (${Math.round(r.idle / r.idleSeconds)}/s)`,
        r.rssStart.map((_, i) => `${Math.round(r.rssStart[i]!)} → ${Math.round(r.rssIdle[i]!)} → ${Math.round(r.rssEnd[i]!)}`).join(' | '),
        lat(r.up),
        lat(r.down),
        `${r.up.lost} / ${r.down.lost}`,
        `${r.up.refused} / ${r.down.refused}`,
        r.cpu.map((c) => `${Math.round(c)}%`).join(' | '),
        `${Math.round(r.clientCpu)}%`,
        `${Math.round(r.otherCpu)}%`,
      ]),
    ]),
  );
  const find = (prefix: string) => results.find((r) => r.label.startsWith(prefix));
  const ratio = (a: RelayResult | undefined, b: RelayResult | undefined, p: number) =>
    a && b ? `${(percentile(a.samples, p) / percentile(b.samples, p)).toFixed(1)}×` : '—';
  const comparisons: [string, PhaseResult | undefined, PhaseResult | undefined][] = [
    ['1 process', find('Relais, 1'), find('bare socket.io, 1')],
    ['2 processes + Redis', find('Relais, 2'), find('bare socket.io, 2')],
  ];
  out.push('');
  out.push(
    table([
      ['Relais / bare (same run)', 'user→agent p50', 'user→agent p99', 'agent→user p50', 'agent→user p99'],
      ...comparisons.map(([label, r, b]) => [label, ratio(r?.up, b?.up, 50), ratio(r?.up, b?.up, 99), ratio(r?.down, b?.down, 50), ratio(r?.down, b?.down, 99)]),
    ]),
  );
  const one = find('Relais, 1');
  const two = find('Relais, 2');
  if (one && two) {
    out.push('');
    out.push(
      `Relais two processes / one process: user→agent p50 ${ratio(two.up, one.up, 50)}, p99 ${ratio(two.up, one.up, 99)}; agent→user p50 ${ratio(two.down, one.down, 50)}, p99 ${ratio(two.down, one.down, 99)}.`,
    );
  }
  if (IDLE_TWO !== IDLE) out.push(`Note: the two-process runs held ${IDLE_TWO} idle sockets (split over both processes), not ${IDLE}.`);
  else out.push(`The two-process runs hold the ${IDLE_TWO} idle sockets split over both processes (round-robin).`);
  out.push('lost: sent but not received within 20 s; refused: emits whose ack was not ok (user→agent / agent→user).');
  out.push(
    'CPU (% of one core, during the timed phases): the server process(es), this client process, and the rest of the machine (Redis, PostgreSQL, any other job: a high figure there means the run was disturbed).',
  );
  process.stdout.write(`${out.join('\n')}\n`);
}

async function main(): Promise<void> {
  const needed = Math.max(IDLE, IDLE_TWO) + 4 * PAIRS + 1000;
  const limit = openFilesLimit();
  if (limit < needed) {
    throw new Error(`the open-files limit is ${limit}, this bench needs about ${needed} (one per socket, plus margin): raise it with \`ulimit -n ${needed}\` or pass --idle N`);
  }
  const t0 = performance.now();
  const results: PhaseResult[] = [];
  const only = new Set(args.only.split(','));
  if (only.has('bare1')) results.push(await bare(1));
  if (only.has('relais1')) results.push(await relaisOneProcess());
  if (only.has('bare2')) results.push(await bare(2));
  if (only.has('relais2')) results.push(await relaisTwoProcesses());
  report(results);
  log(`done in ${((performance.now() - t0) / 1000).toFixed(0)} s`);
}

main()
  .then(() => teardown())
  .catch(async (err: unknown) => {
    log(`failed: ${err instanceof Error ? (err.stack ?? err.message) : String(err)}`);
    await teardown();
    process.exitCode = 1;
  })
  // A socket or timer left behind must not keep the bench hanging once the report is out.
  .finally(() => process.exit());
