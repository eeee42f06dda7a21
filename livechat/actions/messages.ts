import { agentActivity, noteActivity, toLiveMessage, typingActivity } from '../activities';
import { agentRoom, type LiveChatContext } from '../context';
import { LiveChatError, notFound } from '../errors';
import type { LiveMessage } from '../../protocol/agent-events';
import { ownChat } from './own-chat';
import type { UserActivity } from '../ports';
import type { LiveChat } from '../types';

type AgentRef = { id: number; name: string; role: 'agent' | 'supervisor' };

/** An agent's message to the user: stored in the conversation, then emitted to the user's tabs. */
export function sendAgentMessage(ctx: LiveChatContext, agent: AgentRef, input: { chatId: string; text?: string; cannedId?: string }): Promise<LiveMessage> {
  return ctx.posts.run(input.chatId, () => send(ctx, agent, input));
}

async function send(ctx: LiveChatContext, agent: AgentRef, input: { chatId: string; text?: string; cannedId?: string }): Promise<LiveMessage> {
  const chat = await ownChat(ctx, input.chatId, agent.id);
  let text = input.text?.trim() ?? '';
  if (input.cannedId) {
    const rendered = await ctx.canned?.text(input.cannedId, agent, chat.requester);
    if (!rendered) throw new LiveChatError('NOT_FOUND', 'Réponse type introuvable.');
    text = rendered;
  }
  if (!text) throw new LiveChatError('INVALID_INPUT', 'Le message est vide.');
  return postToUser(ctx, agent, chat, agentActivity(agent, text));
}

/** An agent's activity stored in the conversation and emitted to the user, then shown in the agent's other tabs. */
export async function postToUser(ctx: LiveChatContext, agent: { id: number }, chat: LiveChat, activity: UserActivity): Promise<LiveMessage> {
  const posted = await ctx.users.post(chat.conversationId, activity);
  const message = toLiveMessage(chat.id, { seq: 0, audience: 'all', activity: posted })!;
  ctx.nsp.to(agentRoom(agent.id)).emit('chat:message', message);
  return message;
}

/** An internal note: in the conversation's order, for agents only (supervisors may add one to any open chat). */
export function addNote(ctx: LiveChatContext, agent: AgentRef, chatId: string, text: string): Promise<LiveMessage> {
  return ctx.posts.run(chatId, () => note(ctx, agent, chatId, text));
}

async function note(ctx: LiveChatContext, agent: AgentRef, chatId: string, text: string): Promise<LiveMessage> {
  let chat = await ctx.store.chats.get(chatId);
  if (!chat) throw notFound();
  if (agent.role !== 'supervisor') chat = await ownChat(ctx, chatId, agent.id);
  else if (chat.state === 'closed') throw new LiveChatError('CONFLICT', 'Cette conversation est terminée.');
  const posted = await ctx.users.post(chat.conversationId, noteActivity(agent, text.trim()), 'agents');
  const message = toLiveMessage(chat.id, { seq: 0, audience: 'agents', activity: posted })!;
  ctx.nsp.to(agentRoom(agent.id)).emit('chat:message', message);
  if (chat.agentId !== null && chat.agentId !== agent.id) ctx.nsp.to(agentRoom(chat.agentId)).emit('chat:message', message);
  return message;
}

/** « Le conseiller écrit… » in the widget (Bot Framework `typing` activity; the widget hides it after a while). */
export async function agentTyping(ctx: LiveChatContext, agent: AgentRef, chatId: string, typing: boolean): Promise<void> {
  const chat = await ownChat(ctx, chatId, agent.id);
  if (typing) ctx.users.signal(chat.conversationId, typingActivity(agent));
}
