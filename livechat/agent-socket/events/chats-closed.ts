import { z } from 'zod';
import type { ClosedChatSummary } from '../../../protocol/agent-events';
import { agentNames, chatSummary } from '../../views';
import { defineHandler } from '../handler';

export const chatsClosed = defineHandler(
  z.object({ limit: z.number().int().min(1).max(100).optional(), before: z.iso.datetime().optional() }),
  async ({ ctx }, { limit, before }): Promise<ClosedChatSummary[]> => {
    const chats = await ctx.store.chats.closed(limit ?? 30, before ? new Date(before) : undefined);
    const names = await agentNames(ctx);
    return chats.map((c) => {
      const { state: _state, requesterEmail: _email, ...summary } = chatSummary(c, names);
      return summary;
    });
  },
);
