import { systemActivity } from './activities';
import { agentRoom, type LiveChatContext } from './context';
import { endChat } from './end-chat';
import type { EndReason } from '../protocol/agent-events';
import { LIVE_TEXTS } from './texts';

/**
 * Every process runs this. Each step is a conditional UPDATE, so when several processes sweep at
 * once each chat is moved by exactly one of them, which alone notifies the people concerned.
 */
export function createSweeper(ctx: LiveChatContext, localAgents: () => number[], revalidate: () => Promise<void>) {

  /** Chats whose agent has been gone longer than the grace period go back to the front of the queue. */
  async function requeueOrphans(now: number): Promise<boolean> {
    const orphans = await ctx.store.chats.orphaned(new Date(now - ctx.options.graceMs), new Date(now - ctx.presence.staleMs));
    let moved = false;
    for (const chat of orphans) {
      const requeued = await ctx.store.chats.requeue(chat.id, chat.agentId!);
      if (!requeued) continue;
      moved = true;
      ctx.logger.warn({ chatId: chat.id, agentId: chat.agentId }, 'livechat: agent gone, chat re-queued at the front');
      await ctx.users.post(chat.conversationId, systemActivity(LIVE_TEXTS.requeued));
      ctx.nsp.to(agentRoom(chat.agentId!)).emit('chat:ended', { chatId: chat.id, reason: 'requeued', ticketNumber: null });
    }
    return moved;
  }

  /** Support closed, or nobody on duty any more: waiting users are told and offered a ticket. */
  async function releaseWaiting(now: Date): Promise<void> {
    if ((await ctx.store.chats.queue()).length === 0) return;
    let reason: EndReason | null = null;
    if (!ctx.hours.isOpen(now)) reason = 'support-closed';
    else if (!(await ctx.store.agents.list()).some((a) => ctx.presence.onDuty(a, now))) reason = 'no-agent';
    if (!reason) return;
    const released = await ctx.store.chats.closeAllQueued(reason, now);
    if (released.length) ctx.logger.info({ count: released.length, reason }, 'livechat: waiting users released');
    for (const chat of released) await endChat(ctx, chat, reason);
  }

  /**
   * The agents of this process are told when their users come and go, even when the user's
   * process died and no disconnect ever ran there: what each agent was last shown is compared
   * with who is connected now, on any process (one cluster-wide request for all of them).
   */
  const shown = new Map<string, boolean>();
  async function watchUsers(): Promise<void> {
    const chats = (await Promise.all(localAgents().map((id) => ctx.store.chats.chatsOfAgent(id)))).flat();
    const online = await ctx.users.onlineAmong(chats.map((c) => c.conversationId));
    const open = new Set<string>();
    for (const chat of chats) {
      open.add(chat.id);
      const now = online.has(chat.conversationId);
      // A chat seen for the first time was taken by a user who was there: only an absence is news.
      const before = shown.get(chat.id) ?? true;
      shown.set(chat.id, now);
      if (before !== now) ctx.nsp.to(agentRoom(chat.agentId!)).emit('chat:userPresence', { chatId: chat.id, online: now });
    }
    for (const id of shown.keys()) if (!open.has(id)) shown.delete(id);
  }

  const heartbeat = () => ctx.store.agents.heartbeat(localAgents(), ctx.clock.now());

  async function sweep(): Promise<void> {
    // This process's own agents are here now, whatever the timers' phase.
    await heartbeat();
    const now = ctx.clock.now();
    if (await requeueOrphans(now.getTime())) ctx.changed();
    await releaseWaiting(now);
    await ctx.route();
    await watchUsers();
  }

  let timers: NodeJS.Timeout[] = [];
  let inFlight: Promise<unknown> = Promise.resolve();
  const every = (ms: number, task: () => Promise<void>) => {
    const timer = setInterval(() => {
      inFlight = Promise.all([inFlight, task().catch((err: unknown) => ctx.logger.error({ err }, 'livechat: background task failed'))]);
    }, ms);
    timer.unref();
    timers.push(timer);
  };
  return {
    sweep,
    heartbeat,
    start(): void {
      if (timers.length) return;
      every(ctx.options.heartbeatMs, async () => {
        await revalidate();
        await heartbeat();
      });
      every(ctx.options.sweepMs, sweep);
    },
    async stop(): Promise<void> {
      for (const t of timers) clearInterval(t);
      timers = [];
      await inFlight;
    },
  };
}
