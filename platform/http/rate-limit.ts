import { ipKeyGenerator, rateLimit } from 'express-rate-limit';
import type { Request, RequestHandler, Response } from 'express';
import type { Clock } from '../clock';
import type { Db } from '../db';
import type { Logger } from '../logger';
import { clientIp } from './client-ip';
import { DbRateLimitStore } from './db-rate-limit-store';
import { sendError } from './errors';

export interface LimitSpec {
  /** Counter namespace: two limiters never share counters. */
  name: string;
  limit: number;
  windowMs: number;
  /** Defaults to the client IP (client-ip.ts: the one rule, with the configured proxy hops). */
  key?: (req: Request, res: Response) => string;
  /** French message of the 429 answer. */
  message: string;
  /** Give successful requests back (e.g. logins: only failures count). */
  skipSuccessfulRequests?: boolean;
}

export type RateLimiterFactory = (spec: LimitSpec) => RequestHandler;

/**
 * express-rate-limit with counters in the database, so limits hold across server processes.
 * Answers 429 with the project's JSON error shape and the standard RateLimit headers.
 */
export function createRateLimiterFactory(deps: { db: Db; clock: Clock; logger: Logger; trustProxy?: number }): RateLimiterFactory {
  const hops = deps.trustProxy ?? 0;
  return (spec) =>
    rateLimit({
      windowMs: spec.windowMs,
      limit: spec.limit,
      store: new DbRateLimitStore({ db: deps.db, clock: deps.clock, prefix: `${spec.name}:` }),
      keyGenerator: spec.key ?? ((req) => ipKeyGenerator(clientIp(req, hops))),
      skipSuccessfulRequests: spec.skipSuccessfulRequests ?? false,
      standardHeaders: 'draft-8',
      legacyHeaders: false,
      // X-Forwarded-For is interpreted by clientIp, with the configured hops.
      validate: { xForwardedForHeader: false },
      logger: {
        error: (err, message) => deps.logger.error({ err }, message ?? `http: rate limiter ${spec.name} error`),
        warn: (err, message) => deps.logger.warn({ err }, message ?? `http: rate limiter ${spec.name} warning`),
      },
      handler: (_req, res) => sendError(res, 'RATE_LIMITED', spec.message),
    });
}
