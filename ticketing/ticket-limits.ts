import type { LimitCounter } from '../platform/http/limit-counter';
import type { NewTicket } from '../protocol/ticket';
import { TicketError } from './errors';

/**
 * How many tickets a requester may open, from one client address and from one conversation,
 * each over its own window. Tickets an agent creates for someone are not counted.
 */
export interface TicketLimits {
  perIp: LimitCounter;
  perConversation: LimitCounter;
  perRequester: LimitCounter;
}

/** Where a ticket request comes from: the client's address and the conversation, when the entry point knows them. */
export interface TicketOrigin {
  ip?: string | null;
  conversationId?: string | null;
}

const LIMIT_MESSAGES = {
  perIp: 'Trop de demandes envoyées depuis votre connexion. Veuillez réessayer dans quelques minutes.',
  perConversation: 'Plusieurs demandes ont déjà été créées depuis cette conversation. Veuillez patienter avant d’en créer une nouvelle.',
  perRequester: 'Vous avez déjà envoyé plusieurs demandes récemment. Veuillez patienter avant d’en créer une nouvelle.',
} as const;

/**
 * Counts a new ticket against each limit, in order; the first one passed refuses it, and the
 * limits counted before it get their use back (a refused request uses no one else's budget).
 * No limits (unit tests), or a ticket an agent opens for someone: nothing is counted.
 */
export async function countNewTicket(limits: TicketLimits | undefined, input: NewTicket, origin: TicketOrigin): Promise<void> {
  if (!limits || input.createdByAgent) return;
  const checks: [keyof TicketLimits, string | null | undefined][] = [
    ['perIp', origin.ip],
    ['perConversation', origin.conversationId],
    ['perRequester', input.requester.email.trim().toLowerCase()],
  ];
  const counted: [keyof TicketLimits, string][] = [];
  for (const [name, key] of checks) {
    if (!key) continue;
    const { allowed, retryAfterMs } = await limits[name].take(key);
    if (!allowed) {
      await Promise.all(counted.map(([n, k]) => limits[n].giveBack(k)));
      throw new TicketError('RATE_LIMITED', LIMIT_MESSAGES[name], undefined, retryAfterMs);
    }
    counted.push([name, key]);
  }
}
