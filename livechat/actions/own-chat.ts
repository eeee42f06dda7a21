import type { LiveChatContext } from '../context';
import { LiveChatError, notFound, notYours } from '../errors';
import type { LiveChat } from '../types';

/** The chat, if it is this agent's now; otherwise a clear refusal (never another agent's data). */
export async function ownChat(ctx: LiveChatContext, chatId: string, agentId: number): Promise<LiveChat> {
  const chat = await ctx.store.chats.get(chatId);
  if (!chat) throw notFound();
  if (chat.state === 'closed') throw new LiveChatError('CONFLICT', 'Cette conversation est terminée.');
  if (chat.state !== 'agent' || chat.agentId !== agentId) throw notYours();
  return chat;
}
