import { valuesFromRequester, type Canned, type CannedPort } from '../livechat';

/** Canned responses as the live chat uses them: of the agent's team, placeholders filled for the chat. */
export function cannedPort(canned: Canned, teamOf: (agentId: number) => Promise<string>): CannedPort {
  return {
    async text(id, agent, requester) {
      const [item, team] = await Promise.all([canned.store.get(id), teamOf(agent.id)]);
      if (!item || item.team !== team) return null;
      return canned.render(item.body, valuesFromRequester(requester, agent.name));
    },
  };
}
