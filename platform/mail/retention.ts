import type { Db } from '../db';
import { deleteInBatches } from '../db/purge';

/** Outbox rows done with (sent, or failed for good) before `before` (epoch ms); pending ones always stay. */
export function purgeSentMail(db: Db, before: number): Promise<number> {
  return deleteInBatches(db, 'mail_outbox', 'id', "status IN ('sent', 'failed') AND COALESCE(sent_at, next_attempt_at, created_at) < $1", [before]);
}
