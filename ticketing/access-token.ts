import crypto from 'node:crypto';

/** An unguessable token (256 bits) given to the requester; only its SHA-256 is stored. */
export function newAccessToken(): { token: string; hash: string } {
  const token = crypto.randomBytes(32).toString('base64url');
  return { token, hash: hashAccessToken(token) };
}

export function hashAccessToken(token: string): string {
  return crypto.createHash('sha256').update(token).digest('hex');
}

/** Ticket number: RL-<year>-<six digits>, unique and increasing within a year. */
export function formatTicketNumber(year: number, sequence: number): string {
  return `RL-${year}-${String(sequence).padStart(6, '0')}`;
}

export const TICKET_NUMBER = /^RL-\d{4}-\d{6,}$/;
