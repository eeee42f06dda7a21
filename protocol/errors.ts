/**
 * The one vocabulary of errors, shared with the browser: every code the server sends in an HTTP
 * error body, a socket ack or a refused socket connection. Plain types and constants only.
 * The HTTP status of each code is `platform/errors.ts`'s one table.
 */
export const ERROR_CODES = [
  // Any request or event
  'INVALID_INPUT', // malformed JSON, a field that fails its rules, an invalid activity or payload
  'TOO_LARGE', // a body, message or attachment over its size limit
  'AUTH_REQUIRED', // no (valid) session or credentials
  'INVALID_CREDENTIALS', // wrong e-mail or password at sign-in
  'FORBIDDEN', // signed in, but not allowed (role, origin, reserved channel)
  'CSRF_INVALID', // a state-changing request without the session's CSRF token
  'NOT_FOUND',
  'METHOD_NOT_ALLOWED',
  'CONFLICT', // the thing changed meanwhile (chat ended, slot taken…)
  'REJECTED', // refused as a bot's submission (the form's honeypot)
  'RATE_LIMITED',
  'UNKNOWN_EVENT', // a socket event the namespace does not have
  'UNAVAILABLE', // the service cannot take it now; try again later
  'INTERNAL', // anything unexpected: said the one generic way, details only in the logs
  // The portal identity (tickets, widget)
  'IDENTITY_INVALID',
  'IDENTITY_MISMATCH', // the conversation belongs to another portal user
  // Tickets
  'TICKET_NOT_FOUND',
  'TICKET_INVALID_TRANSITION',
  'TICKET_CLOSED',
  'TICKET_IDEMPOTENCY_CONFLICT',
  'TICKET_AGENT_NOT_FOUND',
  // Canned responses
  'CANNED_NOT_FOUND',
  'CANNED_DUPLICATE',
  // Live chat
  'NOT_YOUR_CHAT',
  'ALREADY_TAKEN',
  'CAPACITY_FULL',
  // Agent accounts
  'AGENT_EXISTS',
] as const;

export type ErrorCode = (typeof ERROR_CODES)[number];

/** An error as the client reads it: a stable code, a French message, per-field messages for forms. */
export interface ErrorDetail<C extends ErrorCode = ErrorCode> {
  code: C;
  message: string;
  /** `{ field: message }`; `_` for the request as a whole. */
  fields?: Record<string, string>;
}

/** The body of every HTTP error answer. */
export interface ErrorBody<C extends ErrorCode = ErrorCode> {
  error: ErrorDetail<C>;
}

/** The ack of a socket event that failed. */
export interface FailedAck<C extends ErrorCode = ErrorCode> {
  ok: false;
  error: ErrorDetail<C>;
}
