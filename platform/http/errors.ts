import type { ErrorRequestHandler, Request, RequestHandler, Response } from 'express';
import type { Logger } from '../logger';

/** An error answer in the project's shape `{ error: { code, message, fields? } }`. */
export function sendError(res: Response, status: number, code: string, message: string, fields?: Record<string, string>): void {
  res.status(status).json({ error: { code, message, ...(fields ? { fields } : {}) } });
}

/** An async route handler whose rejections go to the error handler. */
export const wrap =
  (fn: (req: Request, res: Response) => Promise<void>): RequestHandler =>
  (req, res, next) => {
    fn(req, res).catch(next);
  };

/** Unknown routes: a JSON 404 in the project's error shape. */
export const notFound: RequestHandler = (_req, res) => {
  res.status(404).json({ error: { code: 'NOT_FOUND', message: 'Ressource introuvable.' } });
};

/**
 * The app's last error handler: body-parser errors (malformed JSON, oversized body) become clear
 * 4xx answers; anything else is logged and answered with a generic 500, never a stack trace.
 */
export function errorHandler(logger: Logger): ErrorRequestHandler {
  return (err, _req, res, _next) => {
    const type = (err as { type?: string })?.type;
    if (type === 'entity.too.large') {
      return void res.status(413).json({ error: { code: 'TOO_LARGE', message: 'Requête trop volumineuse.' } });
    }
    const status = typeof err?.status === 'number' && err.status >= 400 && err.status < 500 ? err.status : 500;
    if (status >= 500) logger.error({ err }, 'http: unhandled error');
    res.status(status).json({
      error: {
        code: status >= 500 ? 'INTERNAL' : 'BAD_REQUEST',
        message: status >= 500 ? 'Erreur interne du serveur.' : 'Requête invalide (JSON attendu).',
      },
    });
  };
}
