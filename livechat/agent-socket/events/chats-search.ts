import { z } from 'zod';
import type { ChatSearchHit } from '../../../protocol/agent-events';
import { agentNames, chatSummary } from '../../views';
import { defineHandler } from '../handler';

/** At most this many chats per search; conversations whose messages match, looked up among them. */
const HITS = 50;
const CONVERSATIONS = 200;

/** The console's search: chats by requester, bot transcript, messages, id or ticket number. */
export const chatsSearch = defineHandler(z.object({ q: z.string().trim().min(2).max(100) }), async ({ ctx }, { q }): Promise<ChatSearchHit[]> => {
  const conversations = await ctx.users.mentioning(q, CONVERSATIONS);
  const chats = await ctx.store.chats.search(q, conversations, HITS);
  const names = await agentNames(ctx);
  return chats.map((c) => chatSummary(c, names));
});
