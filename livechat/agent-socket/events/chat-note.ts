import { z } from 'zod';
import { addNote } from '../../actions/messages';
import { defineHandler } from '../handler';
import { chatId, text } from './schemas';

export const chatNote = defineHandler(z.object({ chatId, text }), ({ ctx, agent }, p) => addNote(ctx, agent, p.chatId, p.text));
