import os from 'node:os';
import type { DirectionSummary, LoadResult, PhaseResult } from './livechat-phase';

/** The tables `npm run bench:livechat` prints on stdout. */
export interface ReportParams {
  pairs: number;
  rounds: number;
  idle: number;
  idleTwo: number;
}

const f1 = (x: number) => (Number.isFinite(x) ? x.toFixed(1) : '—');
const f2 = (x: number) => (Number.isFinite(x) ? x.toFixed(2) : '—');
const latency = (d: DirectionSummary) => `${f1(d.p50)} / ${f1(d.p99)} / ${f1(d.max)}`;
const pct = (x: number) => `${Math.round(x)}%`;

function table(rows: string[][]): string {
  const widths = rows[0]!.map((_, i) => Math.max(...rows.map((r) => r[i]!.length)));
  const line = (r: string[]) => r.map((c, i) => c.padEnd(widths[i]!)).join('  ').trimEnd();
  return [line(rows[0]!), widths.map((w) => '-'.repeat(w)).join('  '), ...rows.slice(1).map(line)].join('\n');
}

function idleCell(r: PhaseResult): string {
  const up = r.idle - r.idleFailures;
  let cell = String(up);
  if (r.idleFailures) cell += ` (${r.idleFailures} failed: ${r.idleFirstError})`;
  if (r.idleStillConnected < up) cell += ` (${r.idleStillConnected} still up at the end)`;
  return cell;
}

/** Every (configuration, load) pair, in run order. */
const rowsOf = (results: PhaseResult[]) => results.flatMap((r) => r.loads.map((l) => ({ r, l })));

export function report(results: PhaseResult[], p: ReportParams): string {
  const out: string[] = [];
  const cpus = os.cpus();
  const loads = results[0]?.loads.map((l) => l.load) ?? [];
  out.push('');
  out.push(`Live chat relay — ${cpus.length} CPU (${cpus[0]?.model.trim()}), ${Math.round(os.totalmem() / 2 ** 30)} GB, Node ${process.version}, ${new Date().toISOString()}`);
  out.push(
    `${p.pairs} user/agent pairs, each in its own chat. Per round and direction, every pair sends ` +
      loads.map((l) => `${l.messages} messages one every ${l.intervalMs} ms (${Math.round((p.pairs * 1000) / l.intervalMs)} messages/s)`).join(', or ') +
      `; user→agent, then agent→user; ${p.rounds} rounds per load after a 5-message warm-up.`,
  );
  out.push('Latency: from the sender’s emit to the receiver’s event, on one clock (this process holds both ends).');
  out.push('');
  out.push(
    table([
      ['configuration', 'idle sockets', 'connecting them', 'server RSS MB: start → idle → end'],
      ...results.map((r) => [
        r.label,
        idleCell(r),
        `${f1(r.idleSeconds)} s (${Math.round(r.idle / r.idleSeconds)}/s)`,
        r.rssStart.map((_, i) => `${Math.round(r.rssStart[i]!)} → ${Math.round(r.rssIdle[i]!)} → ${Math.round(r.rssEnd[i]!)}`).join(' | '),
      ]),
    ]),
  );
  out.push('');
  out.push('Relay latency, ms: median of the rounds’ p50 / median of the rounds’ p99 / worst max; then each round’s p99.');
  out.push(
    table([
      ['configuration', 'msg/s', 'user→agent', 'agent→user', 'p99 per round: user→agent', 'agent→user', 'lost', 'refused'],
      ...rowsOf(results).map(({ r, l }) => [
        r.label,
        String(l.offered),
        latency(l.up),
        latency(l.down),
        l.up.p99s.map(f1).join(', '),
        l.down.p99s.map(f1).join(', '),
        `${l.up.lost} / ${l.down.lost}`,
        `${l.up.refused} / ${l.down.refused}${l.up.firstRefusal || l.down.firstRefusal ? ` (${l.up.firstRefusal ?? l.down.firstRefusal})` : ''}`,
      ]),
    ]),
  );
  out.push('');
  out.push('CPU while timing, % of one core; CPU ms per relayed message; this client’s own event-loop lag.');
  out.push(
    table([
      ['configuration', 'msg/s', 'server(s)', 'client', 'PG + Redis', 'other jobs (per round)', 'server ms/msg', 'PG + Redis ms/msg', 'client lag p99 / max'],
      ...rowsOf(results).map(({ r, l }) => [
        r.label,
        String(l.offered),
        l.cpu.servers.map(pct).join(' | '),
        pct(l.cpu.client),
        pct(l.cpu.services),
        `${pct(l.cpu.rest)} (${l.restPerRound.map(pct).join(', ')})`,
        f2(l.cpuPerMessage.servers),
        f2(l.cpuPerMessage.services),
        `${f1(l.clientLag.p99)} / ${f1(l.clientLag.max)} ms`,
      ]),
    ]),
  );

  const find = (prefix: string) => results.find((r) => r.label.startsWith(prefix));
  const at = (r: PhaseResult | undefined, i: number): LoadResult | undefined => r?.loads[i];
  const ratio = (a: number | undefined, b: number | undefined) => (a !== undefined && b !== undefined ? `${(a / b).toFixed(1)}×` : '—');
  const compare = (a: LoadResult | undefined, b: LoadResult | undefined) => [
    ratio(a?.up.p50, b?.up.p50),
    ratio(a?.up.p99, b?.up.p99),
    ratio(a?.down.p50, b?.down.p50),
    ratio(a?.down.p99, b?.down.p99),
    ratio(a && a.cpuPerMessage.servers + a.cpuPerMessage.services, b && b.cpuPerMessage.servers + b.cpuPerMessage.services),
  ];
  const comparisons: [string, PhaseResult | undefined, PhaseResult | undefined][] = [
    ['Relais / bare, 1 process', find('Relais, 1'), find('bare socket.io, 1')],
    ['Relais / bare, 2 processes + Redis', find('Relais, 2'), find('bare socket.io, 2')],
    ['Relais 2 processes / Relais 1 process', find('Relais, 2'), find('Relais, 1')],
  ];
  out.push('');
  out.push('Ratios (same run): latency percentiles, and CPU per message (servers + PostgreSQL + Redis).');
  out.push(
    table([
      ['comparison', 'msg/s', 'user→agent p50', 'p99', 'agent→user p50', 'p99', 'CPU/msg'],
      ...comparisons.flatMap(([label, a, b]) =>
        loads.map((l, i) => [label, String(Math.round((p.pairs * 1000) / l.intervalMs)), ...compare(at(a, i), at(b, i))]),
      ),
    ]),
  );
  out.push('');
  out.push(
    p.idleTwo === p.idle
      ? `Two processes: users on process A, agents on process B; the ${p.idleTwo} idle sockets are split over both (round-robin).`
      : `Note: the two-process runs hold ${p.idleTwo} idle sockets (split over both processes), not ${p.idle}; users on process A, agents on process B.`,
  );
  out.push('lost: sent, never received within 20 s; refused: emits whose ack was not ok (user→agent / agent→user).');
  out.push(
    'The servers, PostgreSQL, Redis and this client share the machine’s CPUs. Each load waits (up to 60 s) for other jobs to go quiet; ' +
      '“other jobs” above 10–20% marks a disturbed round (disk contention does not show there).',
  );
  return `${out.join('\n')}\n`;
}
