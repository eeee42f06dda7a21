import { containsPattern, jsonFieldPattern } from '../../protocol/personal-data';
import crypto from 'node:crypto';
import { DbError, type Db, type Queryable } from '../../platform/db';
import type { ChatState, EndReason } from '../../protocol/agent-events';
import type { LiveChat, NewLiveChat } from '../types';
import { createAssignment, type Assignment } from './assignment';
import { QUEUE_ORDER, toChat, type ChatRow } from './rows';


/** Assignment (take, takeNext, transfer) is assignment.ts's. */
export interface ChatStore extends Assignment {
  /** A queued chat; when the conversation already has an open one, that one (`created: false`). */
  enqueue(input: NewLiveChat, now: Date): Promise<{ chat: LiveChat; created: boolean }>;
  get(id: string): Promise<LiveChat | null>;
  openChatOf(conversationId: string): Promise<LiveChat | null>;
  /** Queued chats, first served first. */
  queue(): Promise<LiveChat[]>;
  /** Back to the front of the queue (its agent is gone). */
  requeue(chatId: string, agentId: number): Promise<LiveChat | null>;
  /** Closes the chat if it is in one of `states` (and the agent's, when given). */
  close(chatId: string, end: { reason: EndReason; now: Date; states: ChatState[]; agentId?: number }, q?: Queryable): Promise<LiveChat | null>;
  closeAllQueued(reason: EndReason, now: Date): Promise<LiveChat[]>;
  setTicket(chatId: string, ticketNumber: string, q?: Queryable): Promise<void>;
  chatsOfAgent(agentId: number): Promise<LiveChat[]>;
  /** Chats whose agent has been gone (disconnected or silent) since before `goneBefore`. */
  orphaned(goneBefore: Date, silentBefore: Date): Promise<LiveChat[]>;
  closed(limit: number, before?: Date): Promise<LiveChat[]>;
  /** Earlier chats of this conversation or of this requester's e-mail, newest first (this one left out). */
  earlier(chat: { id: string; conversationId: string; email: string | null }, limit: number): Promise<LiveChat[]>;
  /**
   * Chats whose requester (name, e-mail, organisation), bot transcript, id or ticket number holds
   * `text`, or whose conversation is one of `conversationIds` (messages that hold it), newest first.
   */
  search(text: string, conversationIds: readonly string[], limit: number): Promise<LiveChat[]>;
  /** Minutes between assignment and closing of chats closed since `since`. */
  handleTimes(since: Date): Promise<number[]>;
}

/** Conversations whose messages matched a search, at most, looked up among the chats. */
const SEARCH_CONVERSATIONS = 200;

export function createChatStore(db: Db): ChatStore {
  const one = async (q: Queryable, sql: string, params: unknown[]) => {
    const rows = await q.query<ChatRow>(sql, params);
    return rows[0] ? toChat(rows[0]) : null;
  };
  const many = async (sql: string, params: unknown[] = []) => (await db.query<ChatRow>(sql, params)).map(toChat);

  return {
    async enqueue(input, now) {
      const id = `lc_${crypto.randomBytes(12).toString('base64url')}`;
      try {
        const chat = await one(
          db,
          `INSERT INTO livechat_chats (id, conversation_id, state, reason, comment, requester_json, transcript_json, start_seq, priority, queued_at, page_json)
           VALUES ($1, $2, 'queued', $3, $4, $5, $6, $7, 0, $8, $9) RETURNING *`,
          [
            id,
            input.conversationId,
            input.reason,
            input.comment,
            input.requester ? JSON.stringify(input.requester) : null,
            JSON.stringify(input.transcript),
            input.startSeq,
            now.getTime(),
            input.page ? JSON.stringify(input.page) : null,
          ],
        );
        return { chat: chat!, created: true };
      } catch (err) {
        if (!(err instanceof DbError && err.code === 'DB_UNIQUE')) throw err;
        const existing = await this.openChatOf(input.conversationId);
        if (!existing) throw err; // closed in between: let the caller retry
        return { chat: existing, created: false };
      }
    },
    get: (id) => one(db, 'SELECT * FROM livechat_chats WHERE id = $1', [id]),
    openChatOf: (conversationId) =>
      one(db, "SELECT * FROM livechat_chats WHERE conversation_id = $1 AND state <> 'closed'", [conversationId]),
    queue: () => many(`SELECT * FROM livechat_chats WHERE state = 'queued' ${QUEUE_ORDER}`),
    ...createAssignment(db, one),
    requeue: (chatId, agentId) =>
      one(
        db,
        `UPDATE livechat_chats SET state = 'queued', agent_id = NULL, assigned_at = NULL, priority = 1
         WHERE id = $1 AND state = 'agent' AND agent_id = $2 RETURNING *`,
        [chatId, agentId],
      ),
    close(chatId, end, q = db) {
      const states = end.states.map((_, i) => `$${i + 4}`).join(', ');
      const params: unknown[] = [chatId, end.now.getTime(), end.reason, ...end.states];
      let owner = '';
      if (end.agentId !== undefined) {
        params.push(end.agentId);
        owner = ` AND agent_id = $${params.length}`;
      }
      return one(
        q,
        `UPDATE livechat_chats SET state = 'closed', closed_at = $2, end_reason = $3
         WHERE id = $1 AND state IN (${states})${owner} RETURNING *`,
        params,
      );
    },
    closeAllQueued: (reason, now) =>
      many(
        `UPDATE livechat_chats SET state = 'closed', closed_at = $1, end_reason = $2 WHERE state = 'queued' RETURNING *`,
        [now.getTime(), reason],
      ),
    async setTicket(chatId, ticketNumber, q = db) {
      await q.execute('UPDATE livechat_chats SET ticket_number = $2 WHERE id = $1', [chatId, ticketNumber]);
    },
    chatsOfAgent: (agentId) =>
      many("SELECT * FROM livechat_chats WHERE agent_id = $1 AND state = 'agent' ORDER BY assigned_at, seq", [agentId]),
    orphaned: (goneBefore, silentBefore) =>
      many(
        `SELECT c.* FROM livechat_chats c JOIN livechat_agents a ON a.agent_id = c.agent_id
         WHERE c.state = 'agent' AND (a.connected = 0 OR a.last_seen_at < $2)
           AND (a.last_seen_at IS NULL OR a.last_seen_at < $1)`,
        [goneBefore.getTime(), silentBefore.getTime()],
      ),
    earlier: (chat, limit) =>
      many(
        `SELECT * FROM livechat_chats WHERE id <> $1 AND (conversation_id = $2 OR ($3 <> '' AND requester_json LIKE $3 ESCAPE '\\'))
         ORDER BY queued_at DESC, id LIMIT $4`,
        [chat.id, chat.conversationId, chat.email ? jsonFieldPattern('email', chat.email) : '', limit],
      ),
    closed: (limit, before) =>
      many(
        "SELECT * FROM livechat_chats WHERE state = 'closed' AND closed_at < $1 ORDER BY closed_at DESC, id LIMIT $2",
        [before ? before.getTime() : Number.MAX_SAFE_INTEGER, limit],
      ),
    search(text, conversationIds, limit) {
      const ids = conversationIds.slice(0, SEARCH_CONVERSATIONS);
      const inIds = ids.length ? ` OR conversation_id IN (${ids.map((_, i) => `$${i + 4}`).join(', ')})` : '';
      return many(
        `SELECT * FROM livechat_chats
         WHERE LOWER(requester_json) LIKE $1 ESCAPE '\\' OR LOWER(transcript_json) LIKE $1 ESCAPE '\\' OR id = $2 OR ticket_number = $2${inIds}
         ORDER BY queued_at DESC, id LIMIT $3`,
        [containsPattern(text), text.trim(), limit, ...ids],
      );
    },
    async handleTimes(since) {
      const rows = await db.query<{ assigned_at: number | string; closed_at: number | string }>(
        `SELECT assigned_at, closed_at FROM livechat_chats
         WHERE state = 'closed' AND assigned_at IS NOT NULL AND closed_at > $1 ORDER BY closed_at DESC LIMIT 200`,
        [since.getTime()],
      );
      return rows.map((r) => (Number(r.closed_at) - Number(r.assigned_at)) / 60_000);
    },
  };
}
