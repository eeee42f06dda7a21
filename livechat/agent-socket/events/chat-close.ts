import { z } from 'zod';
import { closeChat } from '../../actions/close';
import { defineHandler } from '../handler';
import { chatId } from './schemas';

const ticket = z.object({ category: z.enum(['technique', 'metier']), subject: z.string().trim().min(1).max(200) });

export const chatClose = defineHandler(z.object({ chatId, ticket: ticket.optional() }), ({ ctx, agent }, p) =>
  closeChat(ctx, agent, p.chatId, p.ticket),
);
