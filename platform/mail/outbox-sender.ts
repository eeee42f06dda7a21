import type { Clock } from '../clock';
import type { Logger } from '../logger';
import type { LeaseOwners } from './lease-owner';
import type { ClaimedRow, OutboxStore } from './outbox-store';
import { validateMessage } from './validate';
import type { MailMessage, Mailer, OutboxOptions } from './types';

export interface OutboxSenderDeps {
  store: OutboxStore;
  mailer: Mailer;
  clock: Clock;
  logger: Logger;
  retryBaseMs: number;
  /** Domain of the sender, for Message-IDs. */
  domain: string;
  options: OutboxOptions;
  /** Who this worker is, and whether another lease holder still runs (lease-owner.ts). */
  owners: LeaseOwners;
}

const MAX_ERROR_CHARS = 1000;

/** Exponential backoff capped at `maxDelayMs`; the jitter (up to −20 %) spreads retries of a burst. */
export function retryDelay(attempts: number, baseMs: number, maxDelayMs: number, random: () => number): number {
  const delay = Math.min(baseMs * 2 ** Math.max(0, attempts - 1), maxDelayMs);
  return Math.max(1, Math.round(delay * (1 - 0.2 * random())));
}

const describe = (err: unknown) => (err instanceof Error ? err.message : String(err)).slice(0, MAX_ERROR_CHARS);

/**
 * One pass over the outbox: claims due rows one at a time (so a lease only has to cover one send),
 * sends, records the outcome. `keepGoing` lets `stop()` end the pass between two messages.
 */
export function createOutboxSender(deps: OutboxSenderDeps) {
  const { store, mailer, clock, logger, options } = deps;
  const now = () => clock.now().getTime();

  async function recordFailure(row: ClaimedRow, err: unknown, permanent: boolean): Promise<false> {
    const log = { outboxId: row.id, kind: row.kind, ref: row.ref, attempts: row.attempts };
    const error = describe(err);
    const failed = permanent || row.attempts >= options.maxAttempts;
    const next = now() + retryDelay(row.attempts, deps.retryBaseMs, options.maxDelayMs, options.random);
    await store.markFailure(row.id, row.attempts, error, next, failed);
    if (failed) logger.error({ ...log, error }, 'mail: giving up, message marked failed');
    else logger.warn({ ...log, error, nextAttemptAt: next }, 'mail: send failed, will retry');
    return false;
  }

  /**
   * Leases are short and renewed while a send runs: a worker that dies leaves its rows for at
   * most one lease, and a process that finds the leases of a holder that is gone (lease-owner.ts)
   * releases them at once.
   */
  async function releaseDeadLeases(): Promise<void> {
    for (const owner of await store.leaseOwners(now())) {
      if (owner === deps.owners.self || deps.owners.alive(owner)) continue;
      const released = await store.releaseLeases(owner);
      if (released > 0) logger.warn({ owner, released }, 'mail: released the leases of a worker that is gone');
    }
  }

  async function sendWhileLeased(row: ClaimedRow, message: MailMessage): Promise<{ messageId: string }> {
    const renew = setInterval(() => {
      store.renew(row.id, row.attempts, deps.owners.self, now() + options.leaseMs).catch((err: unknown) => {
        logger.warn({ err, outboxId: row.id }, 'mail: could not renew a lease');
      });
    }, Math.max(50, Math.floor(options.leaseMs / 3)));
    try {
      // Stable per row: a duplicate after a crash between send and markSent can be recognised.
      return await mailer.send(message, { messageId: `<${row.createdAt}.${row.id}.relais@${deps.domain}>` });
    } finally {
      clearInterval(renew);
    }
  }

  async function sendOne(row: ClaimedRow): Promise<boolean> {
    let message: MailMessage;
    try {
      message = validateMessage(row.message);
    } catch (err) {
      // A stored message that no longer validates will not get better by retrying.
      return recordFailure(row, err, true);
    }
    let messageId: string;
    try {
      ({ messageId } = await sendWhileLeased(row, message));
    } catch (err) {
      return recordFailure(row, err, false);
    }
    // Outside the catch: the mail is gone, a database error here must not count as a failed send.
    await store.markSent(row.id, now(), messageId);
    logger.info({ outboxId: row.id, kind: row.kind, ref: row.ref, attempts: row.attempts }, 'mail: sent');
    return true;
  }

  return async function drainOnce(keepGoing: () => boolean): Promise<number> {
    await releaseDeadLeases();
    for (const id of await store.failAbandoned(now(), options.maxAttempts)) {
      logger.error({ outboxId: id }, 'mail: last attempt never finished, message marked failed');
    }
    let sent = 0;
    const seen = new Set<number>();
    while (keepGoing()) {
      const ids = (await store.dueIds(now(), options.maxAttempts, options.batchSize)).filter((id) => !seen.has(id));
      if (ids.length === 0) break;
      for (const id of ids) {
        if (!keepGoing()) break;
        seen.add(id);
        const t = now();
        const row = await store.claim(id, t, options.maxAttempts, t + options.leaseMs, deps.owners.self);
        if (row && (await sendOne(row))) sent += 1;
      }
    }
    return sent;
  };
}
