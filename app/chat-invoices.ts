import express, { type RequestHandler } from 'express';
import type { LiveChat } from '../livechat';
import { sendError, wrap } from '../platform/http/errors';
import type { Logger } from '../platform/logger';
import type { Portal } from '../portal';

/** Invoices shown to an adviser in a chat. */
const SHOWN = 10;

/**
 * `GET /api/agent/chats/:chatId/invoices`: the recent invoices of the chat's user, for the adviser
 * who has it in front of them — only when the user's portal identity was verified; read from the
 * portal when asked, kept nowhere.
 */
export function chatInvoicesRouter(d: { live: Pick<LiveChat, 'store'>; portal: Portal | null; requireAgent: RequestHandler; logger: Logger }): express.Router {
  const router = express.Router();
  router.get(
    '/:chatId/invoices',
    d.requireAgent,
    wrap(async (req, res) => {
      const chat = await d.live.store.chats.get(String(req.params.chatId));
      if (!chat) return sendError(res, 'NOT_FOUND', 'Conversation introuvable.');
      const userId = chat.requester?.verified ? chat.requester.portalUserId : null;
      if (!userId) return sendError(res, 'NOT_FOUND', 'Cet usager n’a pas de compte du portail vérifié : ses factures ne sont pas consultables.');
      if (!d.portal) return sendError(res, 'UNAVAILABLE', 'Le suivi des factures n’est pas configuré (PORTAL_API_URL).');
      try {
        res.set('Cache-Control', 'no-store').json({ invoices: await d.portal.getInvoices(userId, { limit: SHOWN }) });
      } catch (err) {
        d.logger.warn({ err: (err as Error).name, lookup: 'adviser' }, 'portal: invoice lookup failed');
        sendError(res, 'UNAVAILABLE', 'Le portail ne répond pas pour le moment : réessayez dans quelques minutes.');
      }
    }),
  );
  return router;
}
