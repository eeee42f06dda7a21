import { toTranscriptLines } from '../activities';
import type { LiveChatContext } from '../context';
import { endChat } from '../end-chat';
import { LiveChatError } from '../errors';
import type { Requester } from '../ports';
import type { LiveChat } from '../types';
import { liveMessages } from '../views';
import { ownChat } from './own-chat';

export interface CloseTicket {
  category: 'technique' | 'metier';
  subject: string;
}

/** Who the ticket is for: the verified portal user, or the e-mail given with a booked appointment. */
async function requesterOf(ctx: LiveChatContext, chat: LiveChat): Promise<Requester> {
  if (chat.requester) return chat.requester;
  const booked = (await ctx.store.appointments.ofChat(chat.id)).find((a) => a.status === 'booked' && a.email);
  if (booked?.email) return { email: booked.email, name: booked.email, portalUserId: null, organisation: null, verified: false };
  throw new LiveChatError(
    'CONFLICT',
    'L’adresse e-mail de cet utilisateur est inconnue : proposez-lui de créer le ticket lui-même depuis la conversation.',
  );
}

/**
 * Closes the agent's chat; with `ticket`, first creates a ticket carrying the whole transcript (the
 * bot part and the live part). The ticket's idempotency key is the chat, so a double click or two
 * tabs never create two tickets.
 */
export async function closeChat(
  ctx: LiveChatContext,
  agent: { id: number; name: string },
  chatId: string,
  ticket?: CloseTicket,
): Promise<{ ticketNumber: string | null }> {
  const chat = await ownChat(ctx, chatId, agent.id);
  let ticketNumber: string | null = null;
  if (ticket) {
    const requester = await requesterOf(ctx, chat);
    const transcript = [...chat.transcript, ...toTranscriptLines(await liveMessages(ctx, chat))];
    const created = await ctx.tickets.create({
      category: ticket.category,
      subject: ticket.subject,
      description: [`Ticket créé par ${agent.name} à la fin d’une conversation en direct.`, chat.comment ? `Remarque de l’utilisateur : ${chat.comment}` : '']
        .filter(Boolean)
        .join('\n'),
      requester,
      channel: 'agent',
      transcript: transcript.slice(-200),
      idempotencyKey: `livechat:${chat.id}`,
      createdByAgent: agent,
    });
    ticketNumber = created.ticket.number;
  }
  const closed = await ctx.store.chats.close(chatId, { reason: 'closed', now: ctx.clock.now(), states: ['agent'], agentId: agent.id });
  if (!closed) throw new LiveChatError('CONFLICT', 'Cette conversation vient de se terminer.');
  if (ticketNumber) await ctx.store.chats.setTicket(chatId, ticketNumber);
  ctx.logger.info({ chatId, agentId: agent.id, ticketNumber }, 'livechat: chat closed');
  await endChat(ctx, closed, 'closed', { ticketNumber });
  void ctx.route();
  return { ticketNumber };
}
