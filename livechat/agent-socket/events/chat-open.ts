import { z } from 'zod';
import { notFound } from '../../errors';
import { chatDetails } from '../../views';
import { defineHandler } from '../handler';
import { chatId } from './schemas';

/** Read-only view of any chat, open or closed: transcripts stay viewable by agents and supervisors. */
export const chatOpen = defineHandler(z.object({ chatId }), async ({ ctx }, { chatId: id }) => {
  const chat = await ctx.store.chats.get(id);
  if (!chat) throw notFound();
  return chatDetails(ctx, chat);
});
