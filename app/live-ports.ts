import type { AgentAvailability, Handoff } from '../bot';
import type { LiveRelay } from '../bot/channels';
import { valuesFromRequester, type Canned, type CannedPort, type LiveChat } from '../livechat';

/**
 * The bot and the widget channel are built before the live chat (which needs the channel), so
 * they get these ports, bound to the live chat once it exists. Until then: no agent, no relay.
 */
export function lateLiveChatPorts() {
  let live: LiveChat | undefined;
  const handoff: Handoff = {
    // Only widget conversations can reach an agent: other channels cannot receive their replies.
    initiate: async (r) => (live && r.event.channelId === 'relais-widget' ? live.handoff.initiate(r) : { accepted: false, reason: 'channel' }),
    isActive: async (id) => (live ? live.handoff.isActive(id) : false),
  };
  const agents: AgentAvailability = { canTakeChat: async () => (live ? live.handoff.canTakeChat() : false) };
  const relay: LiveRelay = {
    onUserActivity: (...args) => (live ? live.relay.onUserActivity(...args) : Promise.resolve(false)),
    onUserPresence: async (...args) => live?.relay.onUserPresence(...args),
    afterTurn: (id) => live?.relay.afterTurn(id),
  };
  return {
    handoff,
    agents,
    relay,
    teamOf: async (agentId: number, fallback: string) => (await live?.store.agents.get(agentId))?.team ?? fallback,
    bind(livechat: LiveChat): LiveChat {
      live = livechat;
      return livechat;
    },
  };
}

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
