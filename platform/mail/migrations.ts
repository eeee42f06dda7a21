import { defineMigration, type Migration } from '../db';

/**
 * The outbox: one row per message, kept forever (sent, or failed after the last attempt) so support
 * can tell whether a user was e-mailed. Addresses and headers are JSON text, timestamps are epoch
 * milliseconds from the injected clock. `locked_until` is the lease of the worker sending the row.
 * The id is prefixed with the module so it never collides with other domains' migrations.
 */
const columns = ({ serialKey }: { serialKey: string }) => `CREATE TABLE mail_outbox (
  id ${serialKey},
  kind TEXT,
  ref TEXT,
  to_json TEXT NOT NULL,
  cc_json TEXT,
  reply_to TEXT,
  subject TEXT NOT NULL,
  text_body TEXT NOT NULL,
  html_body TEXT NOT NULL,
  headers_json TEXT,
  status TEXT NOT NULL DEFAULT 'pending' CHECK (status IN ('pending', 'sent', 'failed')),
  attempts INTEGER NOT NULL DEFAULT 0,
  next_attempt_at BIGINT NOT NULL,
  locked_until BIGINT,
  last_error TEXT,
  message_id TEXT,
  created_at BIGINT NOT NULL,
  sent_at BIGINT
);
CREATE INDEX mail_outbox_due ON mail_outbox (status, next_attempt_at);
`;

/** `MailMessage.attachments` as JSON text (UTF-8 contents, at most 5 × 256 KB). */
const attachments = () => 'ALTER TABLE mail_outbox ADD COLUMN attachments_json TEXT';

/** Who holds a row's lease (`host/pid`): a dead holder's leases are released without waiting (lease-owner.ts). */
const leaseOwner = () => 'ALTER TABLE mail_outbox ADD COLUMN locked_by TEXT';

export const mailMigrations: readonly Migration[] = Object.freeze([
  defineMigration('mail-001-outbox', columns),
  defineMigration('mail-002-attachments', attachments),
  defineMigration('mail-003-lease-owner', leaseOwner),
]);
