import { AppError, type ErrorCode } from '../platform/errors';

export type TicketErrorCode = Extract<
  ErrorCode,
  'TICKET_NOT_FOUND' | 'TICKET_INVALID_TRANSITION' | 'TICKET_CLOSED' | 'TICKET_IDEMPOTENCY_CONFLICT' | 'TICKET_AGENT_NOT_FOUND' | 'IDENTITY_INVALID' | 'INVALID_INPUT' | 'RATE_LIMITED'
>;

/** A ticketing failure: a code of the one vocabulary (its status comes from there) and a French message. */
export class TicketError extends AppError<TicketErrorCode> {}
