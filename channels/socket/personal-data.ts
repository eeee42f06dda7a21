import type { Db } from '../../platform/db';
import { jsonFieldPattern, type PersonalSubject } from '../../protocol/personal-data';
import { userIdOf } from './inbound-activity';
import { chatFileOf } from '../../protocol/chat-file';

/** The widget conversations of a person: those of their portal id, or whose verified identity has their e-mail. */
export async function conversationsOf(db: Db, s: PersonalSubject): Promise<{ conversationIds: string[]; userIds: string[] }> {
  const rows = await db.query<{ id: string }>(
    "SELECT id FROM chat_conversations WHERE portal_user_id = $1 OR requester_json LIKE $2 ESCAPE '\\'",
    // A missing half of the subject is NULL: `= NULL` and `LIKE NULL` match nothing.
    [s.portalUserId, s.email ? jsonFieldPattern('email', s.email) : null],
  );
  const conversationIds = rows.map((r) => r.id);
  return { conversationIds, userIds: conversationIds.map(userIdOf) };
}

export async function exportConversations(db: Db, ids: readonly string[]): Promise<unknown[]> {
  const out: unknown[] = [];
  for (const id of ids) {
    const [c] = await db.query<{ created_at: number; last_seen_at: number; requester_json: string | null }>(
      'SELECT created_at, last_seen_at, requester_json FROM chat_conversations WHERE id = $1',
      [id],
    );
    const messages = await db.query<{ activity_json: string; created_at: number }>(
      "SELECT activity_json, created_at FROM chat_messages WHERE conversation_id = $1 AND audience = 'all' ORDER BY seq",
      [id],
    );
    out.push({
      id,
      createdAt: c ? new Date(Number(c.created_at)).toISOString() : null,
      lastSeenAt: c ? new Date(Number(c.last_seen_at)).toISOString() : null,
      identity: c?.requester_json ? JSON.parse(c.requester_json) : null,
      messages: messages.map((m) => {
        const a = JSON.parse(m.activity_json) as { type?: string; text?: string; from?: { role?: string }; channelData?: unknown };
        const file = chatFileOf(a);
        return {
          at: new Date(Number(m.created_at)).toISOString(),
          from: a.from?.role ?? null,
          type: a.type ?? null,
          text: a.text ?? null,
          ...(file ? { file: { name: file.name, type: file.mime, size: file.size } } : {}),
        };
      }),
    });
  }
  return out;
}

/** Deletes the conversations, their files and every message in them (internal notes included). */
export async function eraseConversations(db: Db, ids: readonly string[]): Promise<number> {
  let n = 0;
  for (const id of ids) {
    n += await db.execute('DELETE FROM chat_files WHERE conversation_id = $1', [id]);
    n += await db.execute('DELETE FROM chat_messages WHERE conversation_id = $1', [id]);
    n += await db.execute('DELETE FROM chat_conversations WHERE id = $1', [id]);
  }
  return n;
}
