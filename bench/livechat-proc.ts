import { performance } from 'node:perf_hooks';
import fs from 'node:fs';

/**
 * What `npm run bench:livechat` reads from /proc (Linux): memory and CPU of the servers, of the
 * services they use (PostgreSQL, Redis), and of the whole machine, to tell a disturbed run.
 * CPU times are in clock ticks (USER_HZ, 100 on Linux).
 */
const TICKS = 100;
const SERVICES = new Set(['postgres', 'redis-server']);

/** Resident memory of a process (VmRSS), in MB. */
export function rssMb(pid: number): number {
  const line = fs.readFileSync(`/proc/${pid}/status`, 'utf8').match(/^VmRSS:\s+(\d+) kB/m);
  return line ? Number(line[1]) / 1024 : NaN;
}

/** Name and CPU time (user + system, seconds) of a process, or null once it is gone. */
function stat(pid: number | string): { comm: string; cpu: number } | null {
  let text: string;
  try {
    text = fs.readFileSync(`/proc/${pid}/stat`, 'utf8');
  } catch {
    return null;
  }
  // The name is in parentheses and may contain spaces; utime and stime are the 12th and 13th fields after it.
  const close = text.lastIndexOf(')');
  const fields = text.slice(close + 2).split(' ');
  return { comm: text.slice(text.indexOf('(') + 1, close), cpu: (Number(fields[11]) + Number(fields[12])) / TICKS };
}

export function cpuSeconds(pid: number): number {
  return stat(pid)?.cpu ?? NaN;
}

/** CPU time used so far by each PostgreSQL and Redis process, by pid. */
function servicesCpu(): Map<string, number> {
  const out = new Map<string, number>();
  for (const entry of fs.readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    const s = stat(entry);
    if (s && SERVICES.has(s.comm)) out.set(entry, s.cpu);
  }
  return out;
}

/** CPU used since `before` by the PostgreSQL and Redis processes alive now (one that exited meanwhile took its share along). */
function servicesCpuSince(before: Map<string, number>): number {
  let total = 0;
  for (const [pid, cpu] of servicesCpu()) total += cpu - (before.get(pid) ?? 0);
  return total;
}

/** CPU time all the machine's CPUs have been busy so far (idle and iowait left out), in seconds. */
export function machineBusySeconds(): number {
  const [, ...ticks] = fs.readFileSync('/proc/stat', 'utf8').split('\n')[0]!.trim().split(/\s+/);
  const n = ticks.map(Number);
  const total = n.slice(0, 8).reduce((a, b) => a + b, 0); // user … steal (guest time is already in user)
  return (total - n[3]! - n[4]!) / TICKS;
}

/** The soft limit on open files of this process (children inherit it). */
export function openFilesLimit(): number {
  const line = fs.readFileSync('/proc/self/limits', 'utf8').match(/^Max open files\s+(\S+)/m);
  return !line || line[1] === 'unlimited' ? Infinity : Number(line[1]);
}

/** CPU shares (% of one core) over a time window (`seconds`): the given processes, this one, PostgreSQL + Redis, and the rest. */
export function cpuMeter(pids: number[]) {
  const ours = () => pids.map(cpuSeconds);
  const start = { pids: ours(), self: process.cpuUsage(), services: servicesCpu(), machine: machineBusySeconds(), at: performance.now() };
  return () => {
    const wall = (performance.now() - start.at) / 1000;
    const share = (seconds: number) => (100 * seconds) / wall;
    const servers = ours().map((c, i) => share(c - start.pids[i]!));
    const self = process.cpuUsage(start.self);
    const client = share((self.user + self.system) / 1e6);
    const services = share(servicesCpuSince(start.services));
    const machine = share(machineBusySeconds() - start.machine);
    const rest = Math.max(0, machine - client - services - servers.reduce((a, b) => a + b, 0));
    return { servers, client, services, rest, seconds: wall };
  };
}

/**
 * Waits (up to `maxMs`) for a second in which the rest of the machine — not our servers, this
 * process, PostgreSQL or Redis — uses less than `threshold` % of one core: another job compiling
 * or testing would otherwise be measured as our latency. Resolves with the rest's last share.
 */
export async function waitForQuiet(pids: number[], log: (line: string) => void, maxMs = 60_000, threshold = 25): Promise<number> {
  const deadline = performance.now() + maxMs;
  let said = false;
  for (;;) {
    const meter = cpuMeter(pids);
    await new Promise((r) => setTimeout(r, 1000));
    const { rest } = meter();
    if (rest < threshold) return rest;
    if (performance.now() > deadline) {
      log(`the machine is still busy (other jobs use ${Math.round(rest)}% of a core): measuring anyway`);
      return rest;
    }
    if (!said) log(`other jobs use ${Math.round(rest)}% of a core: waiting for the machine to be quiet (up to ${Math.round(maxMs / 1000)} s)…`);
    said = true;
  }
}
