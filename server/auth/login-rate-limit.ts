import { ipKeyGenerator, rateLimit } from 'express-rate-limit';
import type { RequestHandler } from 'express';
import type { Clock } from '../clock';
import type { Db } from '../db';
import type { Logger } from '../logger';
import { DbRateLimitStore } from '../http/db-rate-limit-store';
import { clientIp } from './client-ip';
import { sendError } from './errors';

export const LOGIN_WINDOW_MS = 15 * 60_000;

/**
 * Limits password guessing per client IP. Counters live in the database, so the limit holds
 * across server processes. Successful logins are given back (skipSuccessfulRequests): a team
 * signing in from one office address each morning does not lock itself out.
 */
export function createLoginRateLimit(deps: {
  db: Db;
  clock: Clock;
  logger: Logger;
  limit: number;
  trustProxy?: number;
}): RequestHandler {
  const hops = deps.trustProxy ?? 0;
  return rateLimit({
    windowMs: LOGIN_WINDOW_MS,
    limit: deps.limit,
    store: new DbRateLimitStore({ db: deps.db, clock: deps.clock, prefix: 'auth-login:' }),
    keyGenerator: (req) => ipKeyGenerator(clientIp(req, hops)),
    skipSuccessfulRequests: true,
    standardHeaders: 'draft-8',
    legacyHeaders: false,
    // X-Forwarded-For is read by clientIp according to the auth config, not by Express.
    validate: { xForwardedForHeader: false },
    logger: {
      error: (err, message) => deps.logger.error({ err }, message ?? 'auth: rate limiter error'),
      warn: (err, message) => deps.logger.warn({ err }, message ?? 'auth: rate limiter warning'),
    },
    handler: (_req, res) =>
      sendError(res, 429, 'RATE_LIMITED', 'Trop de tentatives de connexion. Veuillez réessayer dans quelques minutes.'),
  });
}
