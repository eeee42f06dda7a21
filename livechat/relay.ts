import { AGENT_TEXTS } from './texts';
import { systemActivity, statusActivity, toLiveMessage } from './activities';
import { bookAppointment } from './actions/book-appointment';
import { agentRoom, type LiveChatContext } from './context';
import { endChat } from './end-chat';
import type { LiveRelay } from '../channels';
import type { RunBotEvent, UserActivity } from './ports';
import { queuePlace } from './snapshots';
import type { ChatState, LiveChat } from './types';

/**
 * The widget channel's hook: while a conversation is queued or with an agent, what the user sends
 * goes to the agent's console (it is already stored in the history, in order), not to the bot.
 * Ratings (invokes) still go to the bot.
 */
export function createRelay(ctx: LiveChatContext): Omit<LiveRelay, 'afterTurn'> {
  async function sendStatus(chat: LiveChat): Promise<void> {
    if (chat.state === 'agent' && chat.agentId !== null) {
      const agent = await ctx.directory.findById(chat.agentId);
      ctx.users.signal(chat.conversationId, statusActivity({ state: 'agent', agentName: agent?.name ?? 'Votre conseiller' }));
      return;
    }
    const place = await queuePlace(ctx, chat.id);
    if (place) ctx.users.signal(chat.conversationId, statusActivity({ state: 'queued', ...place }));
  }

  /** The user closes the chat (whoever changes the row first wins); an adviser who had it is told why. */
  async function closeByUser(chat: LiveChat, runBot: RunBotEvent, reason: 'user-left' | 'user-ended', states: ChatState[], notice: string): Promise<void> {
    const closed = await ctx.store.chats.close(chat.id, { reason, now: ctx.clock.now(), states });
    if (!closed) return;
    if (closed.agentId !== null) await ctx.users.post(closed.conversationId, systemActivity(notice), 'agents');
    await endChat(ctx, closed, reason, { viaBot: runBot });
  }

  /** «Quitter la file»: the user leaves for a ticket, queued or with an adviser. */
  const leave = (chat: LiveChat, runBot: RunBotEvent) => closeByUser(chat, runBot, 'user-left', ['queued', 'agent'], AGENT_TEXTS.userLeft);

  /** «Terminer la conversation»: the user ends the chat with the adviser (queued, it is leaving the queue). */
  const endByUser = (chat: LiveChat, runBot: RunBotEvent) =>
    chat.state === 'agent' ? closeByUser(chat, runBot, 'user-ended', ['agent'], AGENT_TEXTS.userEnded) : leave(chat, runBot);

  return {
    async onUserActivity(conversationId: string, activity: UserActivity & { id: string }, runBot: RunBotEvent): Promise<boolean> {
      if (activity.type !== 'message' && activity.type !== 'typing') return false;
      const chat = await ctx.store.chats.openChatOf(conversationId);
      if (!chat) return false;
      const to = chat.state === 'agent' && chat.agentId !== null ? ctx.nsp.to(agentRoom(chat.agentId)) : null;
      if (activity.type === 'typing') {
        to?.emit('chat:typing', { chatId: chat.id, typing: true });
        return true;
      }
      const value = (activity.value ?? {}) as Record<string, unknown>;
      if (value.relaisAction === 'leave-queue') {
        await leave(chat, runBot);
        return true;
      }
      if (value.relaisAction === 'end-chat') {
        await endByUser(chat, runBot);
        return true;
      }
      if (value.relaisAppointment !== undefined) {
        await bookAppointment(ctx, chat, value.relaisAppointment);
        return true;
      }
      const message = toLiveMessage(chat.id, { seq: 0, audience: 'all', activity });
      if (to && message) to.emit('chat:message', message);
      return true;
    },
    isOpen: async (conversationId: string) => (await ctx.store.chats.openChatOf(conversationId)) !== null,
    async onUserPresence(conversationId: string, online: boolean): Promise<void> {
      const chat = await ctx.store.chats.openChatOf(conversationId);
      if (!chat) return;
      if (online) await sendStatus(chat);
      // A tab left: the agent is told only once the conversation's last tab (on any process) is
      // gone. Asked after the chat lookup, so most disconnects cost no cluster-wide request.
      else if (await ctx.users.isOnline(conversationId)) return;
      if (chat.state === 'agent' && chat.agentId !== null) {
        ctx.nsp.to(agentRoom(chat.agentId)).emit('chat:userPresence', { chatId: chat.id, online });
      }
    },
  };
}
