import { chatDetails } from '../../views';
import { defineHandler } from '../handler';
import { empty } from './schemas';

export const chatsMine = defineHandler(empty, async ({ ctx, agent }) =>
  Promise.all((await ctx.store.chats.chatsOfAgent(agent.id)).map((chat) => chatDetails(ctx, chat))),
);
