import { z } from 'zod';
import type { ClosedChatSummary } from '../../../protocol/agent-events';
import { defineHandler } from '../handler';

export const chatsClosed = defineHandler(
  z.object({ limit: z.number().int().min(1).max(100).optional(), before: z.iso.datetime().optional() }),
  async ({ ctx }, { limit, before }): Promise<ClosedChatSummary[]> => {
    const chats = await ctx.store.chats.closed(limit ?? 30, before ? new Date(before) : undefined);
    const names = new Map((await ctx.store.agents.list()).map((a) => [a.agentId, a.name]));
    return chats.map((c) => ({
      chatId: c.id,
      requesterName: c.requester?.name ?? null,
      agentName: c.agentId === null ? null : (names.get(c.agentId) ?? null),
      reason: c.reason,
      endReason: c.endReason,
      queuedAt: c.queuedAt.toISOString(),
      closedAt: c.closedAt?.toISOString() ?? null,
      ticketNumber: c.ticketNumber,
    }));
  },
);
