import { z } from 'zod';
import { handBackChat } from '../../actions/lifecycle';
import { defineHandler } from '../handler';
import { chatId } from './schemas';

export const chatHandBack = defineHandler(z.object({ chatId }), async ({ ctx, agent }, p) => {
  await handBackChat(ctx, agent, p.chatId);
  return null;
});
