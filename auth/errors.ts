import type { ErrorRequestHandler, Response } from 'express';
import type { Logger } from '../platform/logger';

export type AuthErrorCode = 'AGENT_EXISTS' | 'WEAK_PASSWORD' | 'INVALID_AGENT';

/** Domain errors of the agent store; callers map the code to a French message. */
export class AuthError extends Error {
  constructor(
    readonly code: AuthErrorCode,
    message: string,
  ) {
    super(message);
  }
}

/** Every HTTP error of this module has the shape `{ error: { code, message } }`, message in French. */
export function sendError(res: Response, status: number, code: string, message: string): void {
  res.status(status).json({ error: { code, message } });
}

export const authRequired = (res: Response) => sendError(res, 401, 'AUTH_REQUIRED', 'Authentification requise.');

/** Keeps malformed JSON and unexpected failures inside the JSON error shape. */
export function authErrorHandler(logger: Logger): ErrorRequestHandler {
  return (err, _req, res, _next) => {
    const status = typeof err?.status === 'number' ? err.status : 500;
    if (status === 413) return sendError(res, 413, 'PAYLOAD_TOO_LARGE', 'Requête trop volumineuse.');
    if (status >= 400 && status < 500) return sendError(res, 400, 'BAD_REQUEST', 'Requête invalide.');
    logger.error({ err }, 'auth: unhandled error');
    sendError(res, 500, 'INTERNAL', 'Erreur interne du serveur.');
  };
}
