import express, { type RequestHandler } from 'express';
import { toLiveMessage } from './activities';
import type { LiveChatContext } from './context';
import { sendError, wrap } from '../platform/http/errors';
import type { LiveMessage } from '../protocol/agent-events';

/** The most recent messages of a conversation shown to an adviser. */
export const MAX_CONVERSATION_MESSAGES = 200;

/**
 * `GET /api/agent/conversations/:id`: a widget conversation as the user saw it (the bot's answers,
 * the user's messages, an adviser's replies and the live chat's notices; internal notes are never
 * in the user's history), read-only, for the quality reports' links. Signed-in advisers only.
 */
export function conversationRouter(ctx: LiveChatContext, guards: { requireAgent: RequestHandler }): express.Router {
  const router = express.Router();
  router.use(guards.requireAgent);
  router.get(
    '/:id',
    wrap(async (req, res) => {
      const id = String(req.params.id);
      if (!/^[\w-]{1,100}$/.test(id)) return sendError(res, 'NOT_FOUND', 'Conversation introuvable.');
      const activities = await ctx.users.history(id, MAX_CONVERSATION_MESSAGES);
      const messages = activities
        .map((activity, seq) => toLiveMessage('', { seq, audience: 'all', activity }))
        .filter((m): m is LiveMessage => m !== null);
      if (messages.length === 0) return sendError(res, 'NOT_FOUND', 'Conversation introuvable.');
      res.set('Cache-Control', 'no-store').json({ conversationId: id, messages });
    }),
  );
  return router;
}
