import { z } from 'zod';
import { sendAgentMessage } from '../../actions/messages';
import { defineHandler } from '../handler';
import { chatId, text } from './schemas';

export const chatMessage = defineHandler(
  z
    .object({ chatId, text: text.optional(), cannedId: z.string().min(1).max(64).optional() })
    .refine((p) => (p.text === undefined) !== (p.cannedId === undefined), 'text or cannedId'),
  ({ ctx, agent }, payload) => sendAgentMessage(ctx, agent, payload),
);
