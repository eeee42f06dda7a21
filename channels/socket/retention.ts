import type { Db } from '../../platform/db';
import { deleteInBatches } from '../../platform/db/purge';

/** Widget conversations idle since before `before` (epoch ms): their files and messages, then themselves. */
export async function purgeIdleConversations(db: Db, before: number): Promise<number> {
  const idle = 'SELECT id FROM chat_conversations WHERE last_seen_at < $1';
  const files = await deleteInBatches(db, 'chat_files', 'id', `conversation_id IN (${idle})`, [before]);
  const messages = await deleteInBatches(db, 'chat_messages', 'seq', `conversation_id IN (${idle})`, [before]);
  const conversations = await deleteInBatches(
    db,
    'chat_conversations',
    'id',
    'last_seen_at < $1 AND NOT EXISTS (SELECT 1 FROM chat_messages m WHERE m.conversation_id = chat_conversations.id)',
    [before],
  );
  return files + messages + conversations;
}
