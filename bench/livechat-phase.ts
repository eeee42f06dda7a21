import { monitorEventLoopDelay } from 'node:perf_hooks';
import type { Socket } from 'socket.io-client';
import type { ServerProcess } from '../test/helpers/server-process';
import { closeAll, connectIdle, measureRelay, type Pair, type RelayResult } from './livechat-clients';
import { cpuMeter, rssMb, waitForQuiet } from './livechat-proc';
import { percentile } from './stats';

/** One configuration of `npm run bench:livechat`: its servers are running, this connects and times. */
export interface Phase {
  label: string;
  servers: ServerProcess[];
  idle: number;
  pairs(): Promise<{ pairs: Pair[]; sockets: Socket[] }>;
}

/** A load level: every pair sends one message every `intervalMs`, `messages` per round and direction. */
export interface Load {
  intervalMs: number;
  messages: number;
}

export interface PhaseParams {
  loads: Load[];
  rounds: number;
  concurrency: number;
  log(line: string): void;
}

/** One direction over every round: medians of the rounds' percentiles, the worst max, the totals. */
export interface DirectionSummary {
  p50: number;
  p99: number;
  max: number;
  /** Each round's p99, in order: the spread the medians hide. */
  p99s: number[];
  samples: number;
  sent: number;
  lost: number;
  refused: number;
  firstRefusal: string | null;
}

export interface LoadResult {
  load: Load;
  /** Messages per second offered, each direction. */
  offered: number;
  up: DirectionSummary;
  down: DirectionSummary;
  /** Over this load's rounds, % of one core: each server process, this client process, PostgreSQL + Redis, other jobs. */
  cpu: { servers: number[]; client: number; services: number; rest: number };
  /** CPU milliseconds per relayed message: all server processes together, and PostgreSQL + Redis. */
  cpuPerMessage: { servers: number; services: number };
  /** Other jobs in each round, % of one core: a high figure marks a disturbed round. */
  restPerRound: number[];
  /** This client process's event-loop lag (p99, max), ms: its own share of the latency. */
  clientLag: { p99: number; max: number };
}

export interface PhaseResult {
  label: string;
  idle: number;
  idleFailures: number;
  idleFirstError: string | null;
  idleSeconds: number;
  /** Idle sockets still connected once the timing is over. */
  idleStillConnected: number;
  rssStart: number[];
  rssIdle: number[];
  rssEnd: number[];
  loads: LoadResult[];
}

const median = (xs: number[]) => percentile([...xs].sort((a, b) => a - b), 50);

function summarize(rounds: RelayResult[]): DirectionSummary {
  return {
    p50: median(rounds.map((r) => percentile(r.samples, 50))),
    p99: median(rounds.map((r) => percentile(r.samples, 99))),
    max: Math.max(...rounds.map((r) => r.samples.at(-1) ?? NaN)),
    p99s: rounds.map((r) => percentile(r.samples, 99)),
    samples: rounds.reduce((n, r) => n + r.samples.length, 0),
    sent: rounds.reduce((n, r) => n + r.sent, 0),
    lost: rounds.reduce((n, r) => n + r.lost, 0),
    refused: rounds.reduce((n, r) => n + r.refused, 0),
    firstRefusal: rounds.find((r) => r.firstRefusal)?.firstRefusal ?? null,
  };
}

const LAG_RESOLUTION_MS = 1;

async function timeLoad(label: string, pairs: Pair[], pids: number[], load: Load, params: PhaseParams): Promise<LoadResult> {
  const offered = Math.round((pairs.length * 1000) / load.intervalMs);
  await waitForQuiet(pids, params.log);
  const meter = cpuMeter(pids);
  const lag = monitorEventLoopDelay({ resolution: LAG_RESOLUTION_MS });
  lag.enable();
  const up: RelayResult[] = [];
  const down: RelayResult[] = [];
  const restPerRound: number[] = [];
  for (let r = 0; r < params.rounds; r++) {
    params.log(`${label}: ${offered} messages/s, round ${r + 1}/${params.rounds}: user→agent, then agent→user…`);
    const round = cpuMeter(pids);
    up.push(await measureRelay(pairs, 'user→agent', { ...load, tag: `up${load.intervalMs}.${r}` }));
    down.push(await measureRelay(pairs, 'agent→user', { ...load, tag: `down${load.intervalMs}.${r}` }));
    restPerRound.push(round().rest);
  }
  const cpu = meter();
  lag.disable();
  const relayed = [...up, ...down].reduce((n, r) => n + r.samples.length, 0);
  const perMessage = (share: number) => (share / 100) * cpu.seconds * 1000 / relayed;
  return {
    load,
    offered,
    up: summarize(up),
    down: summarize(down),
    cpu: { servers: cpu.servers, client: cpu.client, services: cpu.services, rest: cpu.rest },
    cpuPerMessage: { servers: perMessage(cpu.servers.reduce((a, b) => a + b, 0)), services: perMessage(cpu.services) },
    restPerRound,
    // The histogram counts whole intervals between ticks: the sampling interval itself is not lag.
    clientLag: { p99: Math.max(0, lag.percentile(99) / 1e6 - LAG_RESOLUTION_MS), max: Math.max(0, lag.max / 1e6 - LAG_RESOLUTION_MS) },
  };
}

/**
 * Idle widgets first (timed, with the servers' memory before and after), then the pairs, a
 * warm-up, and for each load `rounds` rounds of user→agent then agent→user, idle sockets still up.
 */
export async function runPhase(phase: Phase, params: PhaseParams): Promise<PhaseResult> {
  const { log } = params;
  const pids = phase.servers.map((s) => s.pid);
  const rssStart = pids.map(rssMb);
  await waitForQuiet(pids, log);
  log(`${phase.label}: connecting ${phase.idle} idle widget sockets (${params.concurrency} at a time)…`);
  const idle = await connectIdle(
    phase.servers.map((s) => s.base),
    phase.idle,
    params.concurrency,
  );
  log(`${phase.label}: ${idle.sockets.length} connected in ${idle.seconds.toFixed(1)} s${idle.failures ? `, ${idle.failures} failed (${idle.firstError})` : ''}`);
  const rssIdle = pids.map(rssMb);
  const sockets: Socket[] = [...idle.sockets];
  try {
    const { pairs, sockets: active } = await phase.pairs();
    sockets.push(...active);
    log(`${phase.label}: ${pairs.length} users and ${pairs.length} agents in live chats; warming up…`);
    // Warm-up (JIT, prepared statements, pools): not counted.
    const warmUp = { messages: 5, intervalMs: params.loads[0]!.intervalMs };
    await measureRelay(pairs, 'user→agent', { ...warmUp, tag: 'warm-up' });
    await measureRelay(pairs, 'agent→user', { ...warmUp, tag: 'warm-down' });
    const loads: LoadResult[] = [];
    for (const load of params.loads) loads.push(await timeLoad(phase.label, pairs, pids, load, params));
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
      loads,
    };
  } finally {
    closeAll(sockets);
  }
}
