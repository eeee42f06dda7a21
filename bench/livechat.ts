import type { ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { parseArgs } from 'node:util';
import { createPostgresDb, createSqliteDb, type Db } from '../platform/db';
import { runAdminSql } from '../test/helpers/databases';
import { startServerProcess, type ServerProcess } from '../test/helpers/server-process';
import { openFilesLimit } from './livechat-proc';
import { barePairs, relaisPairs } from './livechat-pairs';
import { runPhase as run, type Phase, type PhaseResult } from './livechat-phase';
import { report } from './livechat-report';

/**
 * `npm run bench:livechat [-- --idle 5000 --idle-two 5000 --pairs 50 --messages 40 --interval 50
 *  --light-interval 100 --rounds 3 --only bare1,relais1,bare2,relais2]`
 *
 * Live chat under load, measured on this machine, against a bare socket.io relay in the same run:
 *  1. one process: `--idle` idle widget sockets connected (each a new conversation with the bot's
 *     welcome turn), plus `--pairs` users each in an active chat with their own agent; every user
 *     sends `--messages` messages, one every `--interval` ms, and every agent as many back; the
 *     relay latency is timed from the sender's emit to the receiver's event; then again at a
 *     lighter load (`--light-interval`), to show the latency below the machine's saturation.
 *     Relais on SQLite.
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
    /** A second, lighter load (0: none), with as many rounds of the same duration. */
    'light-interval': { type: 'string', default: '100' },
    rounds: { type: 'string', default: '3' },
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
const LIGHT_INTERVAL_MS = Number(args['light-interval']);
const LOADS = [
  { intervalMs: INTERVAL_MS, messages: MESSAGES },
  // Same duration per round as the main load, so both see the same idle-socket background.
  ...(LIGHT_INTERVAL_MS > 0 ? [{ intervalMs: LIGHT_INTERVAL_MS, messages: Math.max(1, Math.round((MESSAGES * INTERVAL_MS) / LIGHT_INTERVAL_MS)) }] : []),
];
const ROUNDS = Number(args.rounds);
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

const admin = (sql: string): Promise<void> => runAdminSql(sql, PG_ADMIN_URL);

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

// ---- the four configurations ----
const runPhase = (phase: Phase) => run(phase, { loads: LOADS, rounds: ROUNDS, concurrency: CONCURRENCY, log });

async function bare(processes: 1 | 2): Promise<PhaseResult> {
  const env: Record<string, string> = processes === 2 ? { REDIS_URL } : {};
  const servers = await Promise.all(Array.from({ length: processes }, () => spawnServer(env, 'bench/livechat-bare.ts')));
  const [users, agents = users] = servers as [ServerProcess, ServerProcess?];
  try {
    return await runPhase({
      label: processes === 1 ? 'bare socket.io, 1 process' : 'bare socket.io, 2 processes + Redis',
      servers,
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
      idle: IDLE_TWO,
      pairs: () => relaisPairs(db, a.base, b.base, PAIRS),
    });
  } finally {
    await Promise.all([a.kill('SIGKILL'), b.kill('SIGKILL')]);
    await db.close();
  }
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
  process.stdout.write(report(results, { pairs: PAIRS, rounds: ROUNDS, idle: IDLE, idleTwo: IDLE_TWO }));
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
