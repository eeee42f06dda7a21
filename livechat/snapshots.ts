import { statusActivity } from './activities';
import { coalesce } from './coalesce';
import type { LiveChatContext } from './context';
import { AGENTS_ROOM, SUPERVISORS_ROOM } from './context';
import { estimateWaitMinutes } from './estimate';
import type { AgentView, QueueSnapshot, SupervisorSnapshot } from '../protocol/agent-events';
import type { LiveChat } from './types';
import { agentView, queueItem } from './views';

const WEEK_MS = 7 * 24 * 3600_000;

export interface QueueState {
  queue: LiveChat[];
  snapshot: QueueSnapshot;
  agents: AgentView[];
  /** Estimated wait of the user at a position (1 = next). */
  waitAt(position: number): number;
}

/** The queue and the agents as of now, read once for every view built from them. */
export async function readQueueState(ctx: LiveChatContext): Promise<QueueState> {
  const now = ctx.clock.now();
  const [queue, agents, handleTimes] = await Promise.all([
    ctx.store.chats.queue(),
    ctx.store.agents.list(),
    ctx.store.chats.handleTimes(new Date(now.getTime() - WEEK_MS)),
  ]);
  const slots = agents.filter((a) => ctx.presence.onDuty(a, now)).reduce((sum, a) => sum + a.capacity, 0);
  return {
    queue,
    snapshot: { items: queue.map((chat, i) => queueItem(chat, i + 1, now)), at: now.toISOString() },
    agents: agents.map((a) => agentView(a, ctx.presence.online(a, now))),
    waitAt: (position) => estimateWaitMinutes(position, handleTimes, slots, ctx.options.defaultHandleMinutes),
  };
}

/** Where a queued chat stands now (1 = next) and its estimated wait; null once it left the queue. */
export async function queuePlace(ctx: LiveChatContext, chatId: string): Promise<{ position: number; estimatedWaitMinutes: number } | null> {
  const state = await readQueueState(ctx);
  const position = state.queue.findIndex((c) => c.id === chatId) + 1;
  return position > 0 ? { position, estimatedWaitMinutes: state.waitAt(position) } : null;
}

export function supervisorSnapshot(state: QueueState): SupervisorSnapshot {
  const waits = state.snapshot.items.map((i) => ({ chatId: i.chatId, waitingSeconds: i.waitingSeconds, returned: i.returned }));
  const total = waits.reduce((sum, w) => sum + w.waitingSeconds, 0);
  return {
    queueLength: waits.length,
    oldestWaitSeconds: waits.reduce((max, w) => Math.max(max, w.waitingSeconds), 0),
    averageWaitSeconds: waits.length ? Math.round(total / waits.length) : 0,
    waits,
    agents: state.agents,
    at: state.snapshot.at,
  };
}

/**
 * Pushes the queue to agents, the live view to supervisors and each waiting user's position.
 * Calls are coalesced: changes that arrive during a push cause one more push, not one each.
 */
export function createBroadcaster(ctx: LiveChatContext) {
  const pushes = coalesce(async () => {
    try {
      const state = await readQueueState(ctx);
      ctx.nsp.to(AGENTS_ROOM).emit('queue:update', state.snapshot);
      ctx.nsp.to(SUPERVISORS_ROOM).emit('supervisor:update', supervisorSnapshot(state));
      state.queue.forEach((chat, i) => {
        ctx.users.signal(chat.conversationId, statusActivity({ state: 'queued', position: i + 1, estimatedWaitMinutes: state.waitAt(i + 1) }));
      });
    } catch (err) {
      ctx.logger.error({ err }, 'livechat: queue broadcast failed');
    }
  });
  return {
    changed: (): void => void pushes.run(),
    idle: pushes.idle,
  };
}
