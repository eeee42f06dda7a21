import { statusActivity, toTranscriptLines } from './activities';
import { agentRoom, type LiveChatContext } from './context';
import type { EndReason } from '../protocol/agent-events';
import type { HandBackValue } from './ports';
import type { LiveChat } from './types';
import { liveMessages } from './views';

const FAILURES: EndReason[] = ['support-closed', 'no-agent'];

/**
 * After a chat was closed (by whoever changed its row): the agent's console drops it, the widget
 * goes back to the bot, and the bot gets the live part for its transcript and says what happens next.
 * `viaBot` runs the bot event in the turn in progress (the relay); otherwise through the turn queue.
 */
export async function endChat(
  ctx: LiveChatContext,
  chat: LiveChat,
  reason: EndReason,
  options: { ticketNumber?: string | null; viaBot?: (event: { name: string; value: unknown }) => Promise<void> } = {},
): Promise<void> {
  if (chat.agentId !== null) {
    ctx.nsp.to(agentRoom(chat.agentId)).emit('chat:ended', { chatId: chat.id, reason, ticketNumber: options.ticketNumber ?? null });
  }
  ctx.users.signal(chat.conversationId, statusActivity({ state: 'bot' }));
  const value: HandBackValue = {
    state: FAILURES.includes(reason) ? 'failed' : 'completed',
    reason,
    transcript: toTranscriptLines(await liveMessages(ctx, chat)),
    ticketNumber: options.ticketNumber ?? null,
    ratableChatId: chat.agentId !== null && !FAILURES.includes(reason) ? chat.id : null,
  };
  try {
    if (options.viaBot) await options.viaBot({ name: 'handoff.status', value });
    else await ctx.users.handBack(chat.conversationId, value);
  } catch (err) {
    // The bot also notices by itself (Handoff.isActive) at the user's next message.
    ctx.logger.error({ err, chatId: chat.id }, 'livechat: hand-back to the bot failed');
  }
  ctx.changed();
}
