import type { Db, Queryable } from '../db';
import type { MailMessage, MailStats, OutboxMeta } from './types';

/** A row reserved by this worker; `message` is raw stored data, validated again before sending. */
export interface ClaimedRow {
  id: number;
  kind: string | null;
  ref: string | null;
  attempts: number;
  createdAt: number;
  message: unknown;
}

interface RowData {
  id: number;
  kind: string | null;
  ref: string | null;
  attempts: number;
  created_at: number;
  to_json: string;
  cc_json: string | null;
  reply_to: string | null;
  subject: string;
  text_body: string;
  html_body: string;
  headers_json: string | null;
  attachments_json: string | null;
}

const json = (v: unknown) => (v === undefined ? null : JSON.stringify(v));
const parse = (v: string | null) => (v === null ? undefined : JSON.parse(v));

// Due = pending, its retry time has come, and no live lease. Shared by the scan and the claim.
const DUE = `status = 'pending' AND next_attempt_at <= $1 AND (locked_until IS NULL OR locked_until < $1)`;

/** SQL of the outbox, the same text on SQLite and PostgreSQL. */
export function createOutboxStore(db: Db) {
  return {
    async insert(tx: Queryable, m: MailMessage, meta: OutboxMeta, now: number): Promise<number> {
      const [row] = await tx.query<{ id: number }>(
        `INSERT INTO mail_outbox (kind, ref, to_json, cc_json, reply_to, subject, text_body, html_body,
           headers_json, attachments_json, status, attempts, next_attempt_at, created_at)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, 'pending', 0, $11, $11) RETURNING id`,
        [meta.kind ?? null, meta.ref ?? null, json(m.to), json(m.cc), json(m.replyTo), m.subject, m.text, m.html,
          json(m.headers), json(m.attachments), now],
      );
      return Number(row!.id);
    },

    async dueIds(now: number, maxAttempts: number, limit: number): Promise<number[]> {
      const rows = await db.query<{ id: number }>(
        `SELECT id FROM mail_outbox WHERE ${DUE} AND attempts < $2 ORDER BY next_attempt_at, id LIMIT $3`,
        [now, maxAttempts, limit],
      );
      return rows.map((r) => Number(r.id));
    },

    /**
     * Takes the lease on one row and counts the attempt, in one statement: of several workers racing
     * for the same row only one gets it back (PostgreSQL re-checks the WHERE after a concurrent
     * update; SQLite runs statements one at a time).
     */
    async claim(id: number, now: number, maxAttempts: number, leaseUntil: number, owner: string): Promise<ClaimedRow | null> {
      const [r] = await db.query<RowData>(
        `UPDATE mail_outbox SET locked_until = $3, locked_by = $5, attempts = attempts + 1
         WHERE id = $2 AND ${DUE} AND attempts < $4
         RETURNING id, kind, ref, attempts, created_at, to_json, cc_json, reply_to, subject, text_body,
           html_body, headers_json, attachments_json`,
        [now, id, leaseUntil, maxAttempts, owner],
      );
      if (!r) return null;
      const base = { id: Number(r.id), kind: r.kind, ref: r.ref, attempts: Number(r.attempts), createdAt: Number(r.created_at) };
      try {
        const message = {
          to: parse(r.to_json),
          cc: parse(r.cc_json),
          replyTo: parse(r.reply_to),
          subject: r.subject,
          text: r.text_body,
          html: r.html_body,
          headers: parse(r.headers_json),
          attachments: parse(r.attachments_json),
        };
        return { ...base, message };
      } catch {
        // Corrupt JSON (edited by hand): let validation reject it and the row be marked failed.
        return { ...base, message: null };
      }
    },

    /** Extends this owner's lease on a row while its send runs (nothing if the row moved on). */
    async renew(id: number, attempts: number, owner: string, leaseUntil: number): Promise<void> {
      await db.execute(
        `UPDATE mail_outbox SET locked_until = $4 WHERE id = $1 AND attempts = $2 AND locked_by = $3 AND status = 'pending'`,
        [id, attempts, owner, leaseUntil],
      );
    },

    /** Holders of live leases (the release of a dead holder's leases reads them first). */
    async leaseOwners(now: number): Promise<string[]> {
      const rows = await db.query<{ owner: string }>(
        `SELECT DISTINCT locked_by AS owner FROM mail_outbox WHERE status = 'pending' AND locked_until >= $1 AND locked_by IS NOT NULL`,
        [now],
      );
      return rows.map((r) => r.owner);
    },

    /** Ends the leases of a holder that is gone: its rows are due again (their attempt stays counted). */
    async releaseLeases(owner: string): Promise<number> {
      const rows = await db.query<{ id: number }>(
        `UPDATE mail_outbox SET locked_until = NULL, locked_by = NULL WHERE locked_by = $1 AND status = 'pending' RETURNING id`,
        [owner],
      );
      return rows.length;
    },

    async markSent(id: number, now: number, messageId: string): Promise<void> {
      await db.execute(
        `UPDATE mail_outbox SET status = 'sent', sent_at = $2, message_id = $3, locked_until = NULL, locked_by = NULL
         WHERE id = $1 AND status = 'pending'`,
        [id, now, messageId],
      );
    },

    /** Records a failed attempt, unless another worker has claimed the row since (lease expired). */
    async markFailure(id: number, attempts: number, error: string, nextAttemptAt: number, failed: boolean): Promise<void> {
      await db.execute(
        `UPDATE mail_outbox SET last_error = $3, next_attempt_at = $4, locked_until = NULL, locked_by = NULL, status = $5
         WHERE id = $1 AND attempts = $2 AND status = 'pending'`,
        [id, attempts, error, nextAttemptAt, failed ? 'failed' : 'pending'],
      );
    },

    /** Rows whose last attempt never reported back (the process died while sending): failed, kept. */
    async failAbandoned(now: number, maxAttempts: number): Promise<number[]> {
      const rows = await db.query<{ id: number }>(
        `UPDATE mail_outbox SET status = 'failed', locked_until = NULL, locked_by = NULL,
           last_error = COALESCE(last_error, 'mail: worker stopped during the last attempt')
         WHERE status = 'pending' AND attempts >= $2 AND (locked_until IS NULL OR locked_until < $1) RETURNING id`,
        [now, maxAttempts],
      );
      return rows.map((r) => Number(r.id));
    },

    /** When the oldest mail still to send was queued (epoch ms), or null. */
    async oldestPending(): Promise<number | null> {
      const [row] = await db.query<{ at: number | null }>("SELECT MIN(created_at) AS at FROM mail_outbox WHERE status = 'pending'");
      return row?.at === null || row?.at === undefined ? null : Number(row.at);
    },

    async stats(): Promise<MailStats> {
      const rows = await db.query<{ status: string; n: number }>(
        'SELECT status, COUNT(*) AS n FROM mail_outbox GROUP BY status',
      );
      const stats: MailStats = { pending: 0, sent: 0, failed: 0 };
      for (const r of rows) if (r.status in stats) stats[r.status as keyof MailStats] = Number(r.n);
      return stats;
    },
  };
}

export type OutboxStore = ReturnType<typeof createOutboxStore>;
