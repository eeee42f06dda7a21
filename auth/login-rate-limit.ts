import type { RequestHandler } from 'express';
import type { Clock } from '../platform/clock';
import type { Db } from '../platform/db';
import type { Logger } from '../platform/logger';
import { createRateLimiterFactory } from '../platform/http/rate-limit';

export const LOGIN_WINDOW_MS = 15 * 60_000;

/**
 * Limits password guessing per client IP. Counters live in the database, so the limit holds
 * across server processes. Successful logins are given back (skipSuccessfulRequests): a team
 * signing in from one office address each morning does not lock itself out. The client IP is
 * the one rule of platform/http/client-ip.ts, with the configured proxy hops.
 */
export function createLoginRateLimit(deps: {
  db: Db;
  clock: Clock;
  logger: Logger;
  limit: number;
  trustProxy?: number;
}): RequestHandler {
  return createRateLimiterFactory(deps)({
    name: 'auth-login',
    limit: deps.limit,
    windowMs: LOGIN_WINDOW_MS,
    skipSuccessfulRequests: true,
    message: 'Trop de tentatives de connexion. Veuillez réessayer dans quelques minutes.',
  });
}
