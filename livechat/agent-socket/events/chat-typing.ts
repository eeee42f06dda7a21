import { z } from 'zod';
import { agentTyping } from '../../actions/messages';
import { defineHandler } from '../handler';
import { chatId } from './schemas';

export const chatTyping = defineHandler(z.object({ chatId, typing: z.boolean() }), async ({ ctx, agent }, p) => {
  await agentTyping(ctx, agent, p.chatId, p.typing);
  return null;
});
