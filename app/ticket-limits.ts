import type { RateLimiters, TicketLimits } from '../ticketing';
import type { Clock } from '../platform/clock';
import type { Config } from '../platform/config';
import type { Db } from '../platform/db';
import type { Logger } from '../platform/logger';
import { createLimitCounter } from '../platform/http/limit-counter';
import type { createRateLimiterFactory } from '../platform/http/rate-limit';

const MINUTE = 60_000;

/**
 * The limits on new tickets, counted by the ticket service whatever the entry point (public form,
 * widget, Bot Framework): per client address, per conversation and per requester e-mail.
 */
export function ticketLimits(deps: { db: Db; clock: Clock; logger: Logger }, config: Config): TicketLimits {
  return {
    perIp: createLimitCounter(deps, { name: 'tickets-ip', limit: config.rateLimits.ticketsPerIp, windowMs: 15 * MINUTE }),
    perConversation: createLimitCounter(deps, { name: 'tickets-conversation', limit: config.rateLimits.ticketsPerConversation, windowMs: 60 * MINUTE }),
    perRequester: createLimitCounter(deps, { name: 'tickets-email', limit: config.rateLimits.ticketsPerEmail, windowMs: 60 * MINUTE }),
  };
}

/** The follow-up routes' limit (reads and replies with the e-mailed link). */
export function ticketRateLimits(limit: ReturnType<typeof createRateLimiterFactory>): RateLimiters {
  return {
    followUpPerIp: limit({
      name: 'tickets-follow',
      limit: 120,
      windowMs: 15 * MINUTE,
      message: 'Trop de requêtes : veuillez réessayer dans quelques minutes.',
    }),
  };
}
