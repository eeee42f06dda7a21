import path from 'node:path';
import { createFileMailer } from './mailer-file';
import { createSmtpMailer } from './mailer-smtp';
import { mailMigrations } from './migrations';
import { processLeaseOwners } from './lease-owner';
import { createOutboxSender } from './outbox-sender';
import { createOutboxStore } from './outbox-store';
import { createOutboxWorker } from './outbox-worker';
import { domainOf, parseSender, validateMessage, validateMeta } from './validate';
import type { Mail, MailDeps, Mailer, OutboxOptions } from './types';

export type {
  Mail,
  MailAddress,
  MailAttachment,
  MailConfig,
  MailDeps,
  MailErrorCode,
  MailMessage,
  MailStats,
  Mailer,
  OutboxMeta,
  OutboxOptions,
  SendOptions,
} from './types';
export { MailError } from './types';
export {
  validateMessage,
  MAX_SUBJECT_CHARS,
  MAX_RECIPIENTS,
  MAX_BODY_CHARS,
  MAX_ATTACHMENTS,
  MAX_ATTACHMENT_BYTES,
} from './validate';
export { renderLayout, escapeHtml, DEFAULT_FOOTER, type LayoutInput } from './layout';
export { createSmtpMailer, type SmtpMailerOptions } from './mailer-smtp';
export { createFileMailer, type FileMailerOptions } from './mailer-file';
export { mailMigrations } from './migrations';
export { purgeSentMail } from './retention';
export { eraseMails, exportMails } from './personal-data';

export const DEFAULT_OUTBOX_OPTIONS: Readonly<OutboxOptions> = Object.freeze({
  maxAttempts: 12,
  maxDelayMs: 60 * 60 * 1000,
  // Short, and renewed every third of it while a send runs: a dead worker's rows wait at most this.
  leaseMs: 30 * 1000,
  batchSize: 20,
  random: Math.random,
});

/**
 * Durable outgoing mail: messages are stored in the caller's transaction and sent by a worker
 * that retries with backoff, so a mail server that is down delays mail but never fails a request.
 */
export function createMail(deps: MailDeps): Mail {
  const { db, clock, logger, config } = deps;
  const options: OutboxOptions = { ...DEFAULT_OUTBOX_OPTIONS, ...deps.options };
  const from = parseSender(config.mail.from);
  const smtp = !deps.mailer && config.mail.smtpUrl ? createSmtpMailer({ url: config.mail.smtpUrl, from }) : undefined;
  const mailer: Mailer =
    deps.mailer ?? smtp ?? createFileMailer({ dir: path.join(config.dataDir, 'outbox'), from, clock });

  const store = createOutboxStore(db);
  const owners = deps.leaseOwners ?? processLeaseOwners();
  const drainOnce = createOutboxSender({
    store,
    mailer,
    clock,
    logger,
    retryBaseMs: config.mail.retryBaseMs,
    domain: domainOf(from),
    options,
    owners,
  });
  const worker = createOutboxWorker({ drainOnce, pollMs: config.mail.pollMs, logger });

  return Object.freeze({
    migrations: mailMigrations,
    async enqueue(tx, message, meta) {
      const clean = validateMessage(message);
      const cleanMeta = validateMeta(meta);
      return store.insert(tx, clean, cleanMeta, clock.now().getTime());
    },
    start() {
      logger.info({ transport: deps.mailer ? 'custom' : smtp ? 'smtp' : 'file' }, 'mail: outbox worker started');
      worker.start();
    },
    async stop() {
      // The send in flight finishes and is recorded; no lease of this process outlives it.
      await worker.stop();
      await store.releaseLeases(owners.self).catch((err: unknown) => logger.error({ err }, 'mail: could not release the leases at stop'));
      smtp?.close();
    },
    drain: worker.drain,
    nudge: worker.nudge,
    stats: store.stats,
    oldestPending: store.oldestPending,
  } satisfies Mail);
}
