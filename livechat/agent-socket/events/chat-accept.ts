import { z } from 'zod';
import { acceptChat } from '../../actions/lifecycle';
import { defineHandler } from '../handler';
import { chatId } from './schemas';

export const chatAccept = defineHandler(z.object({ chatId }), ({ ctx, agent }, { chatId: id }) => acceptChat(ctx, agent, id));
