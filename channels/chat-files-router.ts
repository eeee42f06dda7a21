import cors from 'cors';
import express, { type RequestHandler } from 'express';
import { wrap } from '../platform/http/errors';
import { fileBody, sendFile, uploadedFile } from '../platform/http/files';
import type { UserFiles, ConversationAccess } from './socket/user-files';

export interface ChatFilesRouterOptions {
  files: UserFiles;
  maxBytes: number;
  /** Portals that embed the widget on their own origin (the same list as the socket's). */
  widgetOrigins: readonly string[];
  /** The public endpoint's rate limits (per client address): files sent, files read. */
  limits: { upload: RequestHandler; download: RequestHandler };
}

const accessOf = (req: express.Request): ConversationAccess => ({
  visitorToken: req.get('x-visitor-token') ?? '',
  ...(req.get('x-identity-token') ? { identityToken: req.get('x-identity-token')! } : {}),
});

/**
 * `/api/chat/files`: the widget's files in a live chat. The widget authenticates with the headers
 * of its socket's handshake (visitor token, portal identity), never a cookie: a portal embedding
 * the widget on another origin may call it (CORS without credentials).
 */
export function chatFilesRouter(options: ChatFilesRouterOptions): express.Router {
  const router = express.Router();
  router.use(
    cors({
      origin: [...options.widgetOrigins],
      methods: ['GET', 'POST'],
      allowedHeaders: ['Content-Type', 'X-Visitor-Token', 'X-Identity-Token', 'X-Filename'],
      exposedHeaders: ['Content-Disposition'],
      credentials: false,
      maxAge: 600,
    }),
  );
  router.post(
    '/',
    options.limits.upload,
    fileBody(options.maxBytes),
    wrap(async (req, res) => {
      res.status(201).json(await options.files.send(accessOf(req), uploadedFile(req)));
    }),
  );
  router.get(
    '/:id',
    options.limits.download,
    wrap(async (req, res) => sendFile(res, await options.files.read(accessOf(req), String(req.params.id)))),
  );
  return router;
}
