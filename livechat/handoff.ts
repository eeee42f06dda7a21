import type { LiveChatContext } from './context';
import { queuePlace } from './snapshots';
import type { HandoffRequest, HandoffResult } from './handoff-types';

/**
 * The bot's `Handoff` and `AgentAvailability` ports. A conversation handed off during a turn is
 * routed after that turn (`afterTurn`), so the agent's « a rejoint la conversation » comes after
 * the bot's « je vous mets en relation ».
 */
export function createHandoff(ctx: LiveChatContext) {
  const pending = new Set<string>();

  /** `onDuty`: some adviser is signed in, busy or free (read in the same pass; false while closed). */
  async function availability(): Promise<{ canTake: boolean; agentFree: boolean; onDuty: boolean }> {
    const now = ctx.clock.now();
    if (!ctx.hours.isOpen(now)) return { canTake: false, agentFree: false, onDuty: false };
    const agents = await ctx.store.agents.list();
    if (agents.some((a) => ctx.presence.hasRoom(a, now))) return { canTake: true, agentFree: true, onDuty: true };
    const onDuty = agents.some((a) => ctx.presence.onDuty(a, now));
    if (ctx.options.maxQueue > 0 && onDuty) {
      return { canTake: (await ctx.store.chats.queue()).length < ctx.options.maxQueue, agentFree: false, onDuty };
    }
    return { canTake: false, agentFree: false, onDuty };
  }

  return {
    async availability(): Promise<{ canTake: boolean; onDuty: boolean }> {
      const { canTake, onDuty } = await availability();
      return { canTake, onDuty };
    },
    async initiate(request: HandoffRequest): Promise<HandoffResult> {
      const { canTake, agentFree } = await availability();
      if (!canTake) return { accepted: false, reason: ctx.hours.isOpen(ctx.clock.now()) ? 'no-agent' : 'support-closed' };
      const startSeq = await ctx.users.lastSeq(request.conversationId);
      const { chat, created } = await ctx.store.chats.enqueue(
        { conversationId: request.conversationId, reason: request.reason, comment: request.comment, requester: request.requester, transcript: request.transcript, startSeq, page: request.page ?? null },
        ctx.clock.now(),
      );
      if (created) {
        ctx.logger.info({ chatId: chat.id, reason: chat.reason }, 'livechat: conversation queued');
        pending.add(request.conversationId);
      }
      if (chat.state === 'agent') return { accepted: true, queuePosition: 0, estimatedWaitMinutes: 0 };
      if (agentFree && ctx.options.routing === 'auto') return { accepted: true, queuePosition: 0, estimatedWaitMinutes: 0 };
      // Taken in between (another process routed it): the agent's arrival follows at once.
      const place = await queuePlace(ctx, chat.id);
      return { accepted: true, queuePosition: place?.position ?? 0, estimatedWaitMinutes: place?.estimatedWaitMinutes ?? 0 };
    },
    async isActive(conversationId: string): Promise<boolean> {
      return (await ctx.store.chats.openChatOf(conversationId)) !== null;
    },
    /** Called by the widget channel after each bot turn. */
    afterTurn(conversationId: string): void {
      if (!pending.delete(conversationId)) return;
      // Routed first, then pushed: a user an agent takes at once never sees a passing « position 1 ».
      void ctx.route().finally(() => ctx.changed());
    },
  };
}
