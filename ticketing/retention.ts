import type { Db } from '../platform/db';
import { deleteInBatches } from '../platform/db/purge';

/** Tickets closed («clos») and untouched since before `before` (epoch ms): files, events, follow-up tokens, then the tickets. */
export async function purgeClosedTickets(db: Db, before: number): Promise<number> {
  const closed = "SELECT id FROM tickets WHERE status = 'clos' AND updated_at < $1";
  const files = await deleteInBatches(db, 'ticket_attachments', 'id', `ticket_id IN (${closed})`, [before]);
  const events = await deleteInBatches(db, 'ticket_events', 'id', `ticket_id IN (${closed})`, [before]);
  const tokens = await deleteInBatches(db, 'ticket_access_tokens', 'id', `ticket_id IN (${closed})`, [before]);
  const tickets = await deleteInBatches(db, 'tickets', 'id', "status = 'clos' AND updated_at < $1", [before]);
  return files + events + tokens + tickets;
}
