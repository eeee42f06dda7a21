import type { Db } from '../platform/db';
import type { PersonalSubject } from '../protocol/personal-data';

const ERASED = '[effacé à la demande de la personne]';

async function ticketIdsOf(db: Db, s: PersonalSubject): Promise<number[]> {
  // A missing half of the subject is NULL: `= NULL` matches nothing.
  const rows = await db.query<{ id: number }>('SELECT id FROM tickets WHERE requester_email = $1 OR requester_portal_id = $2 ORDER BY id', [s.email, s.portalUserId]);
  return rows.map((r) => Number(r.id));
}

/** The person's tickets as they could see them: fields, transcript, and the public events. */
export async function exportTickets(db: Db, s: PersonalSubject): Promise<unknown[]> {
  const out: unknown[] = [];
  for (const id of await ticketIdsOf(db, s)) {
    const [t] = await db.query<Record<string, unknown>>('SELECT * FROM tickets WHERE id = $1', [id]);
    const events = await db.query<{ type: string; author_name: string; body: string | null; created_at: number }>(
      "SELECT type, author_name, body, created_at FROM ticket_events WHERE ticket_id = $1 AND visibility = 'public' ORDER BY id",
      [id],
    );
    const files = await db.query<{ filename: string; mime: string; size: number; created_at: number }>(
      "SELECT a.filename, a.mime, a.size, a.created_at FROM ticket_attachments a JOIN ticket_events e ON e.id = a.event_id WHERE a.ticket_id = $1 AND e.visibility = 'public' ORDER BY a.id",
      [id],
    );
    out.push({
      number: t!.number,
      status: t!.status,
      category: t!.category,
      subject: t!.subject,
      description: t!.description,
      requester: { email: t!.requester_email, name: t!.requester_name, portalUserId: t!.requester_portal_id, organisation: t!.requester_organisation },
      channel: t!.channel,
      transcript: t!.transcript_json ? JSON.parse(String(t!.transcript_json)) : null,
      createdAt: new Date(Number(t!.created_at)).toISOString(),
      events: events.map((e) => ({ at: new Date(Number(e.created_at)).toISOString(), type: e.type, author: e.author_name, body: e.body })),
      // The files themselves are read from the follow-up page; the export names them.
      attachments: files.map((f) => ({ at: new Date(Number(f.created_at)).toISOString(), filename: f.filename, type: f.mime, bytes: Number(f.size) })),
    });
  }
  return out;
}

/**
 * Erases the person from their tickets, which stay (numbered, with their statuses and dates) for
 * the support's statistics: requester fields, subject, description, transcript, every message
 * body, the requester's name on events, and the follow-up links.
 */
export async function eraseTickets(db: Db, s: PersonalSubject): Promise<number> {
  const ids = await ticketIdsOf(db, s);
  for (const id of ids) {
    await db.transaction(async (tx) => {
      await tx.execute(
        `UPDATE tickets SET requester_email = $2, requester_name = 'Personne effacée', requester_portal_id = NULL,
           requester_organisation = NULL, subject = 'Demande effacée', description = $3, transcript_json = NULL, idempotency_key = NULL
         WHERE id = $1`,
        [id, `efface-${id}@invalid`, ERASED],
      );
      await tx.execute('UPDATE ticket_events SET body = CASE WHEN body IS NULL THEN NULL ELSE $2 END WHERE ticket_id = $1', [id, ERASED]);
      await tx.execute("UPDATE ticket_events SET author_name = 'Personne effacée' WHERE ticket_id = $1 AND author_kind = 'requester'", [id]);
      await tx.execute('DELETE FROM ticket_access_tokens WHERE ticket_id = $1', [id]);
      // The person's files go entirely; their events stay, named as erased.
      await tx.execute('DELETE FROM ticket_attachments WHERE ticket_id = $1', [id]);
      await tx.execute("UPDATE ticket_events SET data_json = NULL WHERE ticket_id = $1 AND type = 'attachment'", [id]);
    });
  }
  return ids.length;
}
