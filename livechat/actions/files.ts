import { agentActivity } from '../activities';
import type { LiveChatContext } from '../context';
import { LiveChatError, notFound } from '../errors';
import { checkUpload, type CheckedFile } from '../../platform/file-kind';
import type { LiveMessage } from '../../protocol/agent-events';
import { postToUser } from './messages';
import { ownChat } from './own-chat';

type AgentRef = { id: number; name: string };

/** An adviser's file to the user (a screenshot, a PDF): kept with the conversation, shown in the widget, in the chat's order. */
export function sendAgentFile(ctx: LiveChatContext, agent: AgentRef, chatId: string, upload: { filename: string; bytes: Buffer }, maxBytes: number): Promise<LiveMessage> {
  const checked = checkUpload(upload, maxBytes);
  if (!checked.ok) return Promise.reject(new LiveChatError(checked.code, checked.message));
  return ctx.posts.run(chatId, async () => {
    const chat = await ownChat(ctx, chatId, agent.id);
    const file = await ctx.users.addFile(chat.conversationId, checked.file);
    return postToUser(ctx, agent, chat, agentActivity(agent, '', { file }));
  });
}

/** A file of a chat's conversation, for any adviser (the console reads every discussion). */
export async function chatFile(ctx: LiveChatContext, chatId: string, fileId: string): Promise<CheckedFile> {
  const chat = await ctx.store.chats.get(chatId);
  const file = chat ? await ctx.users.file(chat.conversationId, fileId) : null;
  if (!file) throw notFound();
  return file;
}
