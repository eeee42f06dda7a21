import { agentRoom, type LiveChatContext } from '../context';
import { LiveChatError } from '../errors';
import type { AgentStatus, AgentView } from '../../protocol/agent-events';
import { agentView } from '../views';

/** Available, busy (keeps their chats, gets no new one), away or offline. */
export async function setAgentStatus(ctx: LiveChatContext, agentId: number, status: AgentStatus): Promise<AgentView> {
  await ctx.store.agents.setStatus(agentId, status);
  const agent = await ctx.store.agents.get(agentId);
  if (!agent) throw new LiveChatError('FORBIDDEN', 'Profil de conseiller introuvable.');
  const view = agentView(agent, ctx.presence.online(agent, ctx.clock.now()));
  ctx.nsp.to(agentRoom(agentId)).emit('status', view);
  ctx.changed();
  if (status === 'available') void ctx.route();
  return view;
}
