import type { Db } from '../db';
import { jsonStringPattern } from '../../protocol/personal-data';

const rowsTo = (db: Db, email: string) =>
  db.query<{ id: number; subject: string; status: string; created_at: number; sent_at: number | null }>(
    "SELECT id, subject, status, created_at, sent_at FROM mail_outbox WHERE LOWER(to_json) LIKE $1 ESCAPE '\\' OR LOWER(COALESCE(cc_json, '')) LIKE $1 ESCAPE '\\' OR LOWER(COALESCE(reply_to, '')) LIKE $1 ESCAPE '\\' ORDER BY id",
    [jsonStringPattern(email)],
  );

/** The mails sent (or to send) to this address: subject, status, dates. */
export async function exportMails(db: Db, email: string): Promise<unknown[]> {
  return (await rowsTo(db, email)).map((m) => ({
    subject: m.subject,
    status: m.status,
    queuedAt: new Date(Number(m.created_at)).toISOString(),
    sentAt: m.sent_at === null ? null : new Date(Number(m.sent_at)).toISOString(),
  }));
}

/** Deletes every outbox row addressed to this address, pending ones included. */
export async function eraseMails(db: Db, email: string): Promise<number> {
  let n = 0;
  for (const m of await rowsTo(db, email)) n += await db.execute('DELETE FROM mail_outbox WHERE id = $1', [m.id]);
  return n;
}
