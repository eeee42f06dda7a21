import { z } from 'zod';
import { transferChat } from '../../actions/lifecycle';
import { defineHandler } from '../handler';
import { chatId } from './schemas';

export const chatTransfer = defineHandler(z.object({ chatId, toAgentId: z.number().int().positive() }), async ({ ctx, agent }, p) => {
  await transferChat(ctx, agent, p.chatId, p.toAgentId);
  return null;
});
