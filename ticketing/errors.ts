export type TicketErrorCode =
  | 'TICKET_NOT_FOUND'
  | 'TICKET_INVALID_TRANSITION'
  | 'TICKET_CLOSED'
  | 'TICKET_IDEMPOTENCY_CONFLICT'
  | 'TICKET_AGENT_NOT_FOUND'
  | 'IDENTITY_INVALID'
  | 'VALIDATION';

const STATUS: Record<TicketErrorCode, number> = {
  TICKET_NOT_FOUND: 404,
  TICKET_INVALID_TRANSITION: 409,
  TICKET_CLOSED: 409,
  TICKET_IDEMPOTENCY_CONFLICT: 409,
  TICKET_AGENT_NOT_FOUND: 400,
  IDENTITY_INVALID: 401,
  VALIDATION: 400,
};

/** A ticketing failure with a stable code, an HTTP status and a French message for the user. */
export class TicketError extends Error {
  readonly status: number;
  constructor(
    readonly code: TicketErrorCode,
    message: string,
    readonly fields?: Record<string, string>,
  ) {
    super(message);
    this.status = STATUS[code];
  }
}
