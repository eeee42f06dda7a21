import type { Logger } from '../logger';
import { createSerial } from '../keyed-queue';

export interface OutboxWorkerDeps {
  /** One pass over the outbox; `keepGoing()` turns false when the worker is stopping. */
  drainOnce(keepGoing: () => boolean): Promise<number>;
  pollMs: number;
  logger: Logger;
}

/**
 * Runs passes one after another, never two at once in this process (other processes are kept
 * apart by the row leases): every `pollMs`, right away on `nudge`, and on explicit `drain` calls.
 */
export function createOutboxWorker(deps: OutboxWorkerDeps) {
  let running = false;
  let busy = false;
  let again = false;
  let timer: NodeJS.Timeout | undefined;
  const serial = createSerial();

  const schedule = (ms: number) => {
    clearTimeout(timer);
    timer = setTimeout(tick, ms);
    // A forgotten stop() must not keep the process alive.
    timer.unref();
  };

  function tick(): void {
    timer = undefined;
    if (!running) return;
    if (busy) {
      again = true;
      return;
    }
    busy = true;
    again = false;
    serial(() => deps.drainOnce(() => running))
      .then(
        (sent) => {
          if (sent > 0) deps.logger.debug({ sent }, 'mail: outbox pass');
        },
        // The database may be down: log, and try again at the next poll rather than crash.
        (err: unknown) => deps.logger.error({ err }, 'mail: outbox pass failed'),
      )
      .finally(() => {
        busy = false;
        if (running) schedule(again ? 0 : deps.pollMs);
      });
  }

  return {
    start(): void {
      if (running) return;
      running = true;
      schedule(0);
    },
    async stop(): Promise<void> {
      running = false;
      clearTimeout(timer);
      timer = undefined;
      await serial(async () => 0); // the pass in progress, if any
    },
    drain: (): Promise<number> => serial(() => deps.drainOnce(() => true)),
    nudge(): void {
      if (!running) return;
      // A pass in progress may have scanned before the caller's commit: run another right after.
      if (busy) again = true;
      else schedule(0);
    },
  };
}
