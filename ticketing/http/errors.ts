import type { ErrorRequestHandler } from 'express';
import type { Logger } from 'pino';
import { z } from 'zod';
import { sendError, wrap } from '../../platform/http/errors';
import { TicketError } from '../errors';
import { fieldErrors } from './schemas';

export { sendError, wrap };

/** Parses a body/query with a schema, or throws a VALIDATION TicketError listing every field. */
export function parse<S extends z.ZodType>(schema: S, value: unknown): z.infer<S> {
  const r = schema.safeParse(value ?? {});
  if (!r.success) {
    const fields = fieldErrors(r.error);
    throw new TicketError('VALIDATION', Object.values(fields)[0] ?? 'Requête invalide.', fields);
  }
  return r.data;
}

/**
 * The ticket routes' error handler: typed errors to their status and French message; anything
 * else (body parser errors, bugs) goes on to the app's handler.
 */
export function ticketErrorHandler(logger: Logger): ErrorRequestHandler {
  return (err, _req, res, next) => {
    if (err instanceof TicketError) return sendError(res, err.status, err.code, err.message, err.fields);
    if (!(typeof err?.status === 'number' && err.status < 500)) logger.error({ err }, 'ticketing: unexpected error');
    next(err);
  };
}
