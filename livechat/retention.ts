import type { Db } from '../platform/db';
import { deleteInBatches } from '../platform/db/purge';

/** Live chats closed before `before` (epoch ms), with their appointments. */
export async function purgeClosedChats(db: Db, before: number): Promise<number> {
  const closed = "SELECT id FROM livechat_chats WHERE state = 'closed' AND closed_at < $1";
  const appointments = await deleteInBatches(db, 'livechat_appointments', 'id', `chat_id IN (${closed})`, [before]);
  const chats = await deleteInBatches(db, 'livechat_chats', 'seq', "state = 'closed' AND closed_at < $1", [before]);
  return appointments + chats;
}
