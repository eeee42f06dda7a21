import type { Clock } from '../clock';
import type { LeaseOwners } from './lease-owner';
import type { Db, Migration, Queryable } from '../db';
import type { Logger } from '../logger';

/**
 * A bare address, or an address with a display name. A display name is only accepted in the
 * structured form: parsing "Name <addr>" strings from user input is where header injection starts.
 */
export type MailAddress = string | { name: string; address: string };

/**
 * A file joined to a message. Only text is supported (an invitation `.ics`, a CSV export): the
 * message is stored as JSON in the outbox, and text needs no base64 round trip there.
 */
export interface MailAttachment {
  /** Bare file name, `[A-Za-z0-9._-]`, no leading dot. */
  filename: string;
  /** MIME type with its parameters, e.g. `text/calendar; charset=utf-8; method=REQUEST`. */
  contentType: string;
  /** UTF-8 text, sent as is. */
  content: string;
}

/** A fully rendered message. `from` is not part of it: it comes from the configuration. */
export interface MailMessage {
  to: MailAddress[];
  cc?: MailAddress[];
  replyTo?: MailAddress;
  subject: string;
  text: string;
  html: string;
  /** Custom headers only (`X-…`); standard headers are set by the mailer. */
  headers?: Record<string, string>;
  attachments?: MailAttachment[];
}

export interface SendOptions {
  /**
   * Message-ID to use (with angle brackets). The outbox derives it from the row, so a message sent
   * again after a crash between "sent" and "marked sent" carries the same id and can be deduplicated.
   */
  messageId?: string;
}

/** The port to the outside world. Implementations throw when the message was not accepted. */
export interface Mailer {
  send(message: MailMessage, options?: SendOptions): Promise<{ messageId: string }>;
}

export interface OutboxMeta {
  /** What the mail is about, e.g. `ticket.created`; for logs and statistics. */
  kind?: string;
  /** The business object it belongs to, e.g. a ticket number. */
  ref?: string;
}

export interface MailStats {
  pending: number;
  sent: number;
  failed: number;
}

export interface MailConfig {
  dataDir: string;
  mail: { smtpUrl?: string; from: string; retryBaseMs: number; pollMs: number };
}

/** Tuning knobs, merged over `DEFAULT_OUTBOX_OPTIONS`. */
export interface OutboxOptions {
  /** After this many failed attempts a row is marked `failed` (and kept). */
  maxAttempts: number;
  /** Upper bound of the retry delay. */
  maxDelayMs: number;
  /** How long a claimed row is reserved for its worker; renewed every third of it while the send runs. */
  leaseMs: number;
  /** Rows read per query while draining. */
  batchSize: number;
  /** Source of randomness for the retry jitter, in [0, 1). */
  random: () => number;
}

export interface MailDeps {
  db: Db;
  clock: Clock;
  logger: Logger;
  config: MailConfig;
  /** Defaults to SMTP when `config.mail.smtpUrl` is set, else `.eml` files in `<dataDir>/outbox`. */
  mailer?: Mailer;
  options?: Partial<OutboxOptions>;
  /** Who holds leases (default: this process, `host/pid`); tests stand in for dead or live processes. */
  leaseOwners?: LeaseOwners;
}

export interface Mail {
  /** Schema of the `mail_outbox` table; give them to `migrate` with the other domains'. */
  readonly migrations: readonly Migration[];
  /**
   * Validates the message and stores it in the caller's transaction, so it exists iff the business
   * change commits. Throws `MailError` (`MAIL_INVALID`) and stores nothing on bad input.
   * Call `nudge()` after the commit to send it promptly.
   */
  enqueue(tx: Queryable, message: MailMessage, meta?: OutboxMeta): Promise<number>;
  /** Starts the background worker (polls every `pollMs`, and on `nudge`). */
  start(): void;
  /** Stops the worker; resolves once the send in flight, if any, is finished and recorded. */
  stop(): Promise<void>;
  /** Sends every due message now; resolves to the number sent. Send failures are recorded, not thrown. */
  drain(): Promise<number>;
  /** Asks the running worker to look at the outbox now. Never throws; no-op when stopped. */
  nudge(): void;
  stats(): Promise<MailStats>;
  /** When the oldest mail still to send was queued (epoch ms), or null when none waits. */
  oldestPending(): Promise<number | null>;
}

export type MailErrorCode = 'MAIL_INVALID';

export class MailError extends Error {
  constructor(
    message: string,
    readonly code: MailErrorCode = 'MAIL_INVALID',
  ) {
    super(message);
    this.name = 'MailError';
  }
}
