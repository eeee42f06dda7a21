import type { RateLimiters } from '../ticketing';
import type { Config } from '../platform/config';
import type { createRateLimiterFactory } from '../platform/http/rate-limit';

const MINUTE = 60_000;

/** The public ticket routes' limits: per client IP, per requester e-mail, and follow-up reads. */
export function ticketRateLimits(limit: ReturnType<typeof createRateLimiterFactory>, config: Config): RateLimiters {
  return {
    ticketsPerIp: limit({
      name: 'tickets-ip',
      limit: config.rateLimits.ticketsPerIp,
      windowMs: 15 * MINUTE,
      message: 'Trop de demandes envoyées depuis votre connexion. Veuillez réessayer dans quelques minutes.',
    }),
    ticketsPerEmail: limit({
      name: 'tickets-email',
      limit: config.rateLimits.ticketsPerEmail,
      windowMs: 60 * MINUTE,
      key: (_req, res) => String(res.locals.requesterEmail ?? ''),
      message: 'Vous avez déjà envoyé plusieurs demandes récemment. Veuillez patienter avant d’en créer une nouvelle.',
    }),
    followUpPerIp: limit({
      name: 'tickets-follow',
      limit: 120,
      windowMs: 15 * MINUTE,
      message: 'Trop de requêtes : veuillez réessayer dans quelques minutes.',
    }),
  };
}
