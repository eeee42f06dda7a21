import type { Db } from '../platform/db';
import { createAgentPresenceStore } from './store/agents';

/** An agent's team as the live chat records it (its canned responses are the team's), or the default team. */
export function agentTeams(db: Db, defaultTeam: string): (agentId: number) => Promise<string> {
  const agents = createAgentPresenceStore(db);
  return async (agentId) => (await agents.get(agentId))?.team ?? defaultTeam;
}
