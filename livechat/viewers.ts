import { chatViewRoom, type LiveChatContext } from './context';
import type { ChatViewers } from '../protocol/agent-events';

/**
 * Who has the chat in front of them, on every process, told to each of them: a second adviser or
 * a supervisor opening a chat sees that someone is on it, and the first sees them come and go.
 */
export async function announceViewers(ctx: Pick<LiveChatContext, 'nsp'>, chatId: string): Promise<ChatViewers> {
  const sockets = await ctx.nsp.in(chatViewRoom(chatId)).fetchSockets();
  const agents = new Map(sockets.map((s) => [s.data.agent.id, { id: s.data.agent.id, name: s.data.agent.name }]));
  const viewers = { chatId, agents: [...agents.values()].sort((a, b) => a.id - b.id) };
  ctx.nsp.to(chatViewRoom(chatId)).emit('chat:viewers', viewers);
  return viewers;
}
