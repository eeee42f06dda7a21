import fs from 'node:fs';

/** Descriptors kept for everything but sockets: HTTP requests (`/healthz` too), the database, files, logs. */
export const DESCRIPTOR_RESERVE = 100;

/** The soft limit on open files of this process (`ulimit -n`), from /proc on Linux; null where it cannot be read. */
export function descriptorLimit(readLimits: () => string = () => fs.readFileSync('/proc/self/limits', 'utf8')): number | null {
  try {
    const line = readLimits()
      .split('\n')
      .find((l) => l.startsWith('Max open files'));
    const soft = line?.slice('Max open files'.length).trim().split(/\s+/)[0];
    if (!soft || soft === 'unlimited') return null;
    const n = Number(soft);
    return Number.isInteger(n) && n > 0 ? n : null;
  } catch {
    return null;
  }
}

/**
 * The number of sockets (widgets and consoles) one process accepts: the configured cap, lowered
 * to what the descriptor limit leaves after DESCRIPTOR_RESERVE — past it the process would stop
 * accepting anything, HTTP and `/healthz` included. `warning` says so when the limit is too low.
 */
export function socketCap(configured: number, limit: number | null): { cap: number; warning: string | null } {
  if (limit === null || limit - DESCRIPTOR_RESERVE >= configured) return { cap: configured, warning: null };
  const cap = Math.max(1, limit - DESCRIPTOR_RESERVE);
  return {
    cap,
    warning: `the open files limit (ulimit -n ${limit}) is below MAX_SOCKETS (${configured}) + ${DESCRIPTOR_RESERVE}: this process accepts ${cap} sockets; raise ulimit -n (or LimitNOFILE) to serve ${configured}`,
  };
}
