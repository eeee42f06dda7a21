import { statusActivity, systemActivity } from './activities';
import { coalesce } from './coalesce';
import { agentRoom, type LiveChatContext } from './context';
import { LIVE_TEXTS } from './texts';
import type { LiveChat } from './types';
import { chatDetails } from './views';

/** Tells the user who has joined (or took over) and gives the agent the whole story. */
export async function announceAssignment(
  ctx: LiveChatContext,
  chat: LiveChat,
  agent: { id: number; name: string },
  transfer = false,
): Promise<void> {
  if (!transfer && chat.assignedAt) ctx.observe?.queueWait((chat.assignedAt.getTime() - chat.queuedAt.getTime()) / 1000);
  await ctx.users.post(chat.conversationId, systemActivity(transfer ? LIVE_TEXTS.transferred(agent.name) : LIVE_TEXTS.agentJoined(agent.name)));
  ctx.users.signal(chat.conversationId, statusActivity({ state: 'agent', agentName: agent.name }));
  ctx.nsp.to(agentRoom(agent.id)).emit('chat:assigned', await chatDetails(ctx, chat));
}

/**
 * Auto-assignment: while chats wait and an available agent has room, the least-loaded one takes
 * the head of the queue (atomically: several processes may route at once). Passes are serialised
 * within a process; a request during a pass causes one more pass.
 */
export function createRouter(ctx: LiveChatContext) {

  /** Gives the head of the queue to the least-loaded agent with room; false when nothing moved. */
  async function pass(): Promise<boolean> {
    const now = ctx.clock.now();
    const [agent] = (await ctx.store.agents.list())
      .filter((a) => ctx.presence.hasRoom(a, now))
      .sort((a, b) => a.load / a.capacity - b.load / b.capacity || a.load - b.load || a.agentId - b.agentId);
    if (!agent) return false;
    const chat = await ctx.store.chats.takeNext(agent.agentId, now);
    if (!chat) return false; // queue empty (or taken elsewhere): nothing more to do now
    await announceAssignment(ctx, chat, { id: agent.agentId, name: agent.name });
    return true; // loads changed: choose again
  }

  const passes = coalesce(async () => {
    let assigned = false;
    try {
      while (await pass()) assigned = true;
    } catch (err) {
      ctx.logger.error({ err }, 'livechat: routing failed');
    }
    if (assigned) ctx.changed();
  });

  return {
    route: (): Promise<void> => (ctx.options.routing === 'auto' ? passes.run() : Promise.resolve()),
    idle: passes.idle,
  };
}
