import type { ErrorRequestHandler, Request, RequestHandler, Response } from 'express';
import { fr } from '../../protocol/typography';
import { AppError, HTTP_STATUS, publicError, type ErrorBody, type ErrorCode } from '../errors';
import type { Logger } from '../logger';

/** An error answer `{ error: { code, message, fields? } }`, with the code's status from the one table. */
export function sendError(res: Response, code: ErrorCode, message: string, fields?: Record<string, string>): void {
  const body: ErrorBody = { error: { code, message, ...(fields ? { fields } : {}) } };
  res.status(HTTP_STATUS[code]).json(body);
}

/** An async route handler whose rejections go to the error handler. */
export const wrap =
  (fn: (req: Request, res: Response) => Promise<void>): RequestHandler =>
  (req, res, next) => {
    fn(req, res).catch(next);
  };

/** Unknown routes: a JSON 404 in the project's error shape. */
export const notFound: RequestHandler = (_req, res) => sendError(res, 'NOT_FOUND', 'Ressource introuvable.');

/** body-parser's failures (and any other `http-errors` 4xx) in the one vocabulary; anything else as it is. */
function fromClientError(err: unknown): unknown {
  const { status, type } = (err ?? {}) as { status?: unknown; type?: unknown };
  if (err instanceof AppError || typeof status !== 'number' || status < 400 || status >= 500) return err;
  if (status === 413) return new AppError('TOO_LARGE', 'Requête trop volumineuse.');
  return new AppError('INVALID_INPUT', type === 'entity.parse.failed' ? fr('Requête invalide : JSON attendu.') : 'Requête invalide.');
}

/**
 * The one HTTP error handler, last in the app and in the routers that parse their own bodies:
 * an AppError or a body-parser failure becomes its code, status and French message; anything
 * else is logged and answered 500 INTERNAL, never with its message or a stack trace.
 */
export function errorHandler(logger: Logger): ErrorRequestHandler {
  return (err, _req, res, _next) => {
    const error = publicError(fromClientError(err), () => logger.error({ err }, 'http: unhandled error'));
    // Too late for an error answer: cut the response short rather than let it pass for complete.
    if (res.headersSent) return void res.destroy();
    if (err instanceof AppError && err.retryAfterMs !== undefined) res.set('Retry-After', String(Math.ceil(err.retryAfterMs / 1000)));
    sendError(res, error.code, error.message, error.fields);
  };
}
