import { z } from 'zod';
import type { ChatViewers } from '../../../protocol/agent-events';
import { chatViewRoom } from '../../context';
import { notFound } from '../../errors';
import { announceViewers } from '../../viewers';
import { defineHandler } from '../handler';
import { chatId } from './schemas';

/** The chat this console tab shows (or none): it joins the chat's viewers, who are told. */
export const chatView = defineHandler(z.object({ chatId: chatId.nullable() }), async ({ ctx, socket }, { chatId: id }): Promise<ChatViewers | null> => {
  const before = socket.data.viewing ?? null;
  if (before !== null && before !== id) {
    await socket.leave(chatViewRoom(before));
    socket.data.viewing = null;
    await announceViewers(ctx, before);
  }
  if (id === null) return null;
  if (!(await ctx.store.chats.get(id))) throw notFound();
  socket.data.viewing = id;
  await socket.join(chatViewRoom(id));
  return announceViewers(ctx, id);
});
