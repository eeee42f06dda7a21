import type { Db, Queryable } from '../../platform/db';
import type { LiveChat, TakeResult } from '../types';
import { QUEUE_ORDER } from './rows';

type One = (q: Queryable, sql: string, params: unknown[]) => Promise<LiveChat | null>;

/**
 * Giving chats to agents. Each operation is one transaction that first locks the agent's row
 * (an UPDATE: a row lock on PostgreSQL, the write lock on SQLite) and counts their chats, then
 * changes the chat only if it is still where it was: of two agents racing for a chat exactly one
 * wins, and an agent never goes over capacity, on any number of processes.
 */
/** Giving chats to agents (part of the chat store). */
export interface Assignment {
  /** Atomic: the chat must still be queued and the agent below capacity (agent row locked). */
  take(chatId: string, agentId: number, now: Date): Promise<TakeResult>;
  /** Takes the head of the queue for the agent, if any and if below capacity. */
  takeNext(agentId: number, now: Date): Promise<LiveChat | null>;
  /** Moves an agent's chat to another agent below capacity. */
  transfer(chatId: string, fromAgentId: number, toAgentId: number, now: Date): Promise<TakeResult>;
}

export function createAssignment(db: Db, one: One): Assignment {
  /** Locks the agent's row (PostgreSQL) for the rest of the transaction and tells whether a chat fits. */
  async function hasRoom(tx: Queryable, agentId: number, now: Date): Promise<boolean | null> {
    const agent = await tx.query<{ capacity: number }>(
      'UPDATE livechat_agents SET last_assigned_at = $2 WHERE agent_id = $1 RETURNING capacity',
      [agentId, now.getTime()],
    );
    if (!agent[0]) return null;
    const load = await tx.query<{ n: number | string }>(
      "SELECT COUNT(*) AS n FROM livechat_chats WHERE agent_id = $1 AND state = 'agent'",
      [agentId],
    );
    return Number(load[0]?.n ?? 0) < Number(agent[0].capacity);
  }

  const takeRow = (tx: Queryable, chatId: string, agentId: number, now: Date) =>
    one(
      tx,
      `UPDATE livechat_chats SET state = 'agent', agent_id = $2, assigned_at = $3
       WHERE id = $1 AND state = 'queued' RETURNING *`,
      [chatId, agentId, now.getTime()],
    );

  return {
    take: (chatId, agentId, now) =>
      db.transaction(async (tx): Promise<TakeResult> => {
        const room = await hasRoom(tx, agentId, now);
        if (room === null) return { ok: false, why: 'unknown-agent' };
        if (!room) return { ok: false, why: 'full' };
        const chat = await takeRow(tx, chatId, agentId, now);
        return chat ? { ok: true, chat } : { ok: false, why: 'gone' };
      }),
    takeNext: (agentId, now) =>
      db.transaction(async (tx) => {
        if (!(await hasRoom(tx, agentId, now))) return null;
        // Another process may take the head first: try the next few.
        const heads = await tx.query<{ id: string }>(`SELECT id FROM livechat_chats WHERE state = 'queued' ${QUEUE_ORDER} LIMIT 5`);
        for (const { id } of heads) {
          const chat = await takeRow(tx, id, agentId, now);
          if (chat) return chat;
        }
        return null;
      }),
    transfer: (chatId, fromAgentId, toAgentId, now) =>
      db.transaction(async (tx): Promise<TakeResult> => {
        const room = await hasRoom(tx, toAgentId, now);
        if (room === null) return { ok: false, why: 'unknown-agent' };
        if (!room) return { ok: false, why: 'full' };
        const chat = await one(
          tx,
          `UPDATE livechat_chats SET agent_id = $3, assigned_at = $4
           WHERE id = $1 AND state = 'agent' AND agent_id = $2 RETURNING *`,
          [chatId, fromAgentId, toAgentId, now.getTime()],
        );
        return chat ? { ok: true, chat } : { ok: false, why: 'gone' };
      }),
  };
}
