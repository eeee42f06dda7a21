import express, { type RequestHandler } from 'express';
import { chatFile, sendAgentFile } from './actions/files';
import type { LiveChatContext } from './context';
import { wrap } from '../platform/http/errors';
import { fileBody, sendFile, uploadedFile } from '../platform/http/files';

export interface AgentFileGuards {
  /** 401 without a valid agent session; sets `res.locals.agent`. */
  requireAgent: RequestHandler;
  /** 403 on a state-changing request without the session's CSRF token. */
  requireCsrf: RequestHandler;
}

/**
 * `/api/agent/chats/:chatId/files`: the adviser sends a file in their chat (the body is the file,
 * its name in `X-Filename`) and any adviser downloads the chat's files.
 */
export function agentFilesRouter(ctx: LiveChatContext, guards: AgentFileGuards, maxBytes: number): express.Router {
  const router = express.Router();
  router.use(guards.requireAgent, guards.requireCsrf);
  router.post(
    '/:chatId/files',
    fileBody(maxBytes),
    wrap(async (req, res) => {
      const agent = res.locals.agent as { id: number; name: string };
      res.status(201).json({ message: await sendAgentFile(ctx, agent, String(req.params.chatId), uploadedFile(req), maxBytes) });
    }),
  );
  router.get(
    '/:chatId/files/:fileId',
    wrap(async (req, res) => sendFile(res, await chatFile(ctx, String(req.params.chatId), String(req.params.fileId)))),
  );
  return router;
}
