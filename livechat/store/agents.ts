import type { Db } from '../../platform/db';
import type { AgentStatus } from '../../protocol/agent-events';
import type { AgentPresence } from '../types';
import { toAgent, type AgentRow } from './rows';

export interface AgentPresenceStore {
  /** Creates the agent's live-chat profile on first use. */
  ensure(agentId: number, defaults: { team: string; capacity: number }): Promise<void>;
  /** A socket of the agent connected: an `offline` agent becomes `available`. */
  connected(agentId: number, now: Date): Promise<void>;
  /** The agent's last socket, on every process, is gone. */
  disconnected(agentId: number, now: Date): Promise<void>;
  /** Still here (every few seconds, for the agents with a socket on this process). */
  heartbeat(agentIds: number[], now: Date): Promise<void>;
  setStatus(agentId: number, status: AgentStatus): Promise<void>;
  get(agentId: number): Promise<AgentPresence | null>;
  /** Every agent with a profile, with the number of chats each has now. */
  list(): Promise<AgentPresence[]>;
}

const SELECT = `
  SELECT a.agent_id, g.name, g.role, a.team, a.status, a.capacity, a.connected, a.last_seen_at,
    (SELECT COUNT(*) FROM livechat_chats c WHERE c.agent_id = a.agent_id AND c.state = 'agent') AS load
  FROM livechat_agents a JOIN agents g ON g.id = a.agent_id`;

export function createAgentPresenceStore(db: Db): AgentPresenceStore {
  return {
    async ensure(agentId, defaults) {
      await db.execute(
        `INSERT INTO livechat_agents (agent_id, team, status, capacity) VALUES ($1, $2, 'offline', $3)
         ON CONFLICT (agent_id) DO NOTHING`,
        [agentId, defaults.team, defaults.capacity],
      );
    },
    async connected(agentId, now) {
      await db.execute(
        `UPDATE livechat_agents SET connected = 1, last_seen_at = $2,
           status = CASE WHEN status = 'offline' THEN 'available' ELSE status END
         WHERE agent_id = $1`,
        [agentId, now.getTime()],
      );
    },
    async disconnected(agentId, now) {
      await db.execute('UPDATE livechat_agents SET connected = 0, last_seen_at = $2 WHERE agent_id = $1', [agentId, now.getTime()]);
    },
    async heartbeat(agentIds, now) {
      if (agentIds.length === 0) return;
      const list = agentIds.map((_, i) => `$${i + 2}`).join(', ');
      await db.execute(`UPDATE livechat_agents SET connected = 1, last_seen_at = $1 WHERE agent_id IN (${list})`, [
        now.getTime(),
        ...agentIds,
      ]);
    },
    async setStatus(agentId, status) {
      await db.execute('UPDATE livechat_agents SET status = $2 WHERE agent_id = $1', [agentId, status]);
    },
    async get(agentId) {
      const rows = await db.query<AgentRow>(`${SELECT} WHERE a.agent_id = $1`, [agentId]);
      return rows[0] ? toAgent(rows[0]) : null;
    },
    async list() {
      return (await db.query<AgentRow>(`${SELECT} ORDER BY g.name, a.agent_id`)).map(toAgent);
    },
  };
}
