import os from 'node:os';

/**
 * Who holds an outbox lease: `host/pid/start` (the process's start time). A process that finds
 * leases held by a process of its own machine that no longer runs — or by an earlier run under
 * its own pid, as a restarted container's pid 1 — releases them at once instead of waiting for
 * them to expire.
 */
export interface LeaseOwners {
  /** This process's owner name. */
  self: string;
  /** False only when the owner is surely gone. */
  alive(owner: string): boolean;
}

export function processLeaseOwners(): LeaseOwners {
  const host = os.hostname();
  const start = Math.round(performance.timeOrigin);
  const self = `${host}/${process.pid}/${start}`;
  return {
    self,
    alive(owner) {
      const m = /^(.*)\/(\d+)\/(\d+)$/.exec(owner);
      // Another machine's process: nothing to tell; its lease runs out on its own.
      if (!m || m[1] !== host) return true;
      const pid = Number(m[2]);
      if (pid === process.pid) return owner === self;
      try {
        process.kill(pid, 0);
        return true;
      } catch (err) {
        return (err as NodeJS.ErrnoException).code !== 'ESRCH';
      }
    },
  };
}
