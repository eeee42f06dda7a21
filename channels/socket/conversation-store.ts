import crypto from 'node:crypto';
import type { Clock } from '../../platform/clock';
import type { Db } from '../../platform/db';
import { createIdSource } from '../../platform/ids';
import type { ChatActivity, ChatRequester as Requester } from '../../protocol/widget-events';
import { containsPattern } from '../../protocol/personal-data';
import type { CheckedFile } from '../../platform/file-kind';
import type { ChatFileRef } from '../../protocol/chat-file';

export interface ChatConversation {
  id: string;
  portalUserId: string | null;
  requester: Requester | null;
}

export interface ConversationStore {
  /** A new activity id (`a_` + 16 base64url characters). */
  newActivityId(): string;
  /** A new conversation and its visitor token (returned once, only its hash is stored). */
  create(requester: Requester | null): Promise<{ conversation: ChatConversation; visitorToken: string }>;
  findByVisitorToken(visitorToken: string): Promise<ChatConversation | null>;
  /**
   * Marks the conversation as seen and, with a requester, ties it to that portal user. False when
   * it is already tied to another user (checked in the same statement, so two tabs cannot race).
   */
  resume(id: string, requester: Requester | null): Promise<boolean>;
  touch(id: string): Promise<void>;
  /**
   * `agents`: kept in order with the rest, never emitted or replayed to the user (internal notes).
   * `clientActivityId`: the widget's id of a user message; a second one in the conversation is a
   * `DbError` with code `DB_UNIQUE`.
   */
  append(conversationId: string, activity: ChatActivity & { id: string }, audience?: Audience, clientActivityId?: string | null): Promise<void>;
  /** Id of the message stored with that widget id in the conversation, if any. */
  findByClientActivityId(conversationId: string, clientActivityId: string): Promise<string | null>;
  replace(conversationId: string, activity: ChatActivity & { id: string }): Promise<void>;
  remove(conversationId: string, activityId: string): Promise<void>;
  /** The last `limit` activities the user may see, oldest first. */
  history(conversationId: string, limit: number): Promise<ChatActivity[]>;
  /** Position of the latest stored activity (0 when none): where a live chat starts. */
  lastSeq(conversationId: string): Promise<number>;
  /** Conversations with a message whose text holds `text` (any case), newest first, with the last such message's seq. */
  mentioning(text: string, limit: number): Promise<{ conversationId: string; seq: number }[]>;
  /** Every activity after `afterSeq` (internal ones included), oldest first, at most `limit`. */
  since(conversationId: string, afterSeq: number, limit: number): Promise<StoredActivity[]>;
  /** Keeps a checked file in the conversation; the message that shows it refers to the returned id. */
  addFile(conversationId: string, file: CheckedFile): Promise<ChatFileRef>;
  /** A file of this conversation (null for an id of another one). */
  file(conversationId: string, fileId: string): Promise<CheckedFile | null>;
}

export type Audience = 'all' | 'agents';
export interface StoredActivity {
  seq: number;
  audience: Audience;
  activity: ChatActivity;
}

const TOKEN_SHAPE = /^[A-Za-z0-9_-]{43}$/;
const hash = (token: string) => crypto.createHash('sha256').update(token).digest('hex');

type Row = { id: string; portal_user_id: string | null; requester_json: string | null };
const toConversation = (r: Row): ChatConversation => ({
  id: r.id,
  portalUserId: r.portal_user_id,
  requester: r.requester_json ? (JSON.parse(r.requester_json) as Requester) : null,
});

export function createConversationStore(deps: { db: Db; clock: Clock }): ConversationStore {
  const { db, clock } = deps;
  const now = () => clock.now().getTime();
  const randomId = createIdSource();
  return {
    newActivityId: () => randomId('a', 12),
    async create(requester) {
      const visitorToken = crypto.randomBytes(32).toString('base64url');
      const conversation = { id: randomId('c'), portalUserId: requester?.portalUserId ?? null, requester };
      await db.execute(
        `INSERT INTO chat_conversations (id, visitor_token_hash, portal_user_id, requester_json, created_at, last_seen_at)
         VALUES ($1, $2, $3, $4, $5, $5)`,
        [conversation.id, hash(visitorToken), conversation.portalUserId, requester ? JSON.stringify(requester) : null, now()],
      );
      return { conversation, visitorToken };
    },
    async findByVisitorToken(visitorToken) {
      // Malformed tokens never reach the database: they cannot match a generated one.
      if (!TOKEN_SHAPE.test(visitorToken)) return null;
      const rows = await db.query<Row>(
        'SELECT id, portal_user_id, requester_json FROM chat_conversations WHERE visitor_token_hash = $1',
        [hash(visitorToken)],
      );
      return rows[0] ? toConversation(rows[0]) : null;
    },
    async resume(id, requester) {
      if (!requester) return (await db.execute('UPDATE chat_conversations SET last_seen_at = $2 WHERE id = $1', [id, now()])) > 0;
      const changed = await db.execute(
        `UPDATE chat_conversations SET last_seen_at = $2, portal_user_id = $3, requester_json = $4
         WHERE id = $1 AND (portal_user_id IS NULL OR portal_user_id = $3)`,
        [id, now(), requester.portalUserId, JSON.stringify(requester)],
      );
      return changed > 0;
    },
    async touch(id) {
      await db.execute('UPDATE chat_conversations SET last_seen_at = $2 WHERE id = $1', [id, now()]);
    },
    async append(conversationId, activity, audience = 'all', clientActivityId = null) {
      await db.execute(
        'INSERT INTO chat_messages (id, conversation_id, activity_json, created_at, audience, client_activity_id) VALUES ($1, $2, $3, $4, $5, $6)',
        [activity.id, conversationId, JSON.stringify(activity), now(), audience, clientActivityId],
      );
    },
    async findByClientActivityId(conversationId, clientActivityId) {
      const rows = await db.query<{ id: string }>('SELECT id FROM chat_messages WHERE conversation_id = $1 AND client_activity_id = $2', [
        conversationId,
        clientActivityId,
      ]);
      return rows[0]?.id ?? null;
    },
    async replace(conversationId, activity) {
      await db.execute('UPDATE chat_messages SET activity_json = $3 WHERE conversation_id = $1 AND id = $2', [
        conversationId,
        activity.id,
        JSON.stringify(activity),
      ]);
    },
    async remove(conversationId, activityId) {
      await db.execute('DELETE FROM chat_messages WHERE conversation_id = $1 AND id = $2', [conversationId, activityId]);
    },
    async history(conversationId, limit) {
      const rows = await db.query<{ activity_json: string }>(
        "SELECT activity_json FROM chat_messages WHERE conversation_id = $1 AND audience = 'all' ORDER BY seq DESC LIMIT $2",
        [conversationId, limit],
      );
      return rows.reverse().map((r) => JSON.parse(r.activity_json) as ChatActivity);
    },
    async mentioning(text, limit) {
      // The message's text only, not its JSON's keys («message», «channelData»…).
      const textOf = db.dialect === 'sqlite' ? "json_extract(activity_json, '$.text')" : "(activity_json::json ->> 'text')";
      const rows = await db.query<{ conversation_id: string; seq: number | string }>(
        `SELECT conversation_id, MAX(seq) AS seq FROM chat_messages WHERE LOWER(${textOf}) LIKE $1 ESCAPE '\\'
         GROUP BY conversation_id ORDER BY MAX(seq) DESC LIMIT $2`,
        [containsPattern(text), limit],
      );
      return rows.map((r) => ({ conversationId: r.conversation_id, seq: Number(r.seq) }));
    },
    async lastSeq(conversationId) {
      const rows = await db.query<{ seq: number | null }>('SELECT MAX(seq) AS seq FROM chat_messages WHERE conversation_id = $1', [
        conversationId,
      ]);
      return Number(rows[0]?.seq ?? 0);
    },
    async addFile(conversationId, file) {
      const ref: ChatFileRef = { id: randomId('f'), name: file.filename, mime: file.mime, size: file.bytes.length };
      await db.execute('INSERT INTO chat_files (id, conversation_id, filename, mime, size, data, created_at) VALUES ($1, $2, $3, $4, $5, $6, $7)', [
        ref.id,
        conversationId,
        ref.name,
        ref.mime,
        ref.size,
        file.bytes,
        now(),
      ]);
      return ref;
    },
    async file(conversationId, fileId) {
      const rows = await db.query<{ filename: string; mime: string; data: Buffer | Uint8Array }>(
        'SELECT filename, mime, data FROM chat_files WHERE conversation_id = $1 AND id = $2',
        [conversationId, fileId],
      );
      const r = rows[0];
      return r ? { filename: r.filename, mime: r.mime, bytes: Buffer.from(r.data) } : null;
    },
    async since(conversationId, afterSeq, limit) {
      const rows = await db.query<{ seq: number; audience: Audience; activity_json: string }>(
        'SELECT seq, audience, activity_json FROM chat_messages WHERE conversation_id = $1 AND seq > $2 ORDER BY seq LIMIT $3',
        [conversationId, afterSeq, limit],
      );
      return rows.map((r) => ({ seq: Number(r.seq), audience: r.audience, activity: JSON.parse(r.activity_json) as ChatActivity }));
    },
  };
}
