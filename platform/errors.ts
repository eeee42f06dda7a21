import type { ErrorCode, ErrorDetail, FailedAck } from '../protocol/errors';

export type { ErrorBody, ErrorCode, ErrorDetail, FailedAck } from '../protocol/errors';

/** The one table: the HTTP status of every code (sockets send the code alone). */
export const HTTP_STATUS: Readonly<Record<ErrorCode, number>> = Object.freeze({
  INVALID_INPUT: 400,
  TOO_LARGE: 413,
  AUTH_REQUIRED: 401,
  INVALID_CREDENTIALS: 401,
  FORBIDDEN: 403,
  CSRF_INVALID: 403,
  NOT_FOUND: 404,
  METHOD_NOT_ALLOWED: 405,
  CONFLICT: 409,
  REJECTED: 400,
  RATE_LIMITED: 429,
  UNKNOWN_EVENT: 400,
  UNAVAILABLE: 503,
  INTERNAL: 500,
  IDENTITY_INVALID: 401,
  IDENTITY_MISMATCH: 403,
  TICKET_NOT_FOUND: 404,
  TICKET_INVALID_TRANSITION: 409,
  TICKET_CLOSED: 409,
  TICKET_IDEMPOTENCY_CONFLICT: 409,
  TICKET_AGENT_NOT_FOUND: 400,
  CANNED_NOT_FOUND: 404,
  CANNED_DUPLICATE: 409,
  NOT_YOUR_CHAT: 403,
  ALREADY_TAKEN: 409,
  CAPACITY_FULL: 409,
  AGENT_EXISTS: 409,
});

/** What the user is told of anything unexpected; the details go to the logs only. */
export const INTERNAL_MESSAGE = 'Une erreur interne est survenue. Veuillez réessayer.';

/**
 * A failure the user may be told about: a code of the one vocabulary and a French message (with
 * per-field messages for forms). Domain errors (TicketError, CannedError…) are its subclasses.
 */
export class AppError<C extends ErrorCode = ErrorCode> extends Error {
  constructor(
    readonly code: C,
    message: string,
    readonly fields?: Record<string, string>,
    /** For RATE_LIMITED: when trying again makes sense (HTTP answers say it in `Retry-After`). */
    readonly retryAfterMs?: number,
  ) {
    super(message);
    this.name = new.target.name;
  }

  get status(): number {
    return HTTP_STATUS[this.code];
  }
}

/**
 * What a client is told of a thrown error: an AppError's code, message and fields; anything else
 * is reported to `logUnexpected` and said INTERNAL, never with its own message.
 */
export function publicError(err: unknown, logUnexpected: (err: unknown) => void): ErrorDetail {
  if (err instanceof AppError) return { code: err.code, message: err.message, ...(err.fields ? { fields: err.fields } : {}) };
  logUnexpected(err);
  return { code: 'INTERNAL', message: INTERNAL_MESSAGE };
}

/** The ack of a socket event that threw, by the same rule as the HTTP error handler. */
export function failedAck(err: unknown, logUnexpected: (err: unknown) => void): FailedAck {
  return { ok: false, error: publicError(err, logUnexpected) };
}
