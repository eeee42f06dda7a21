import type { Namespace } from 'socket.io';
import type { Options } from 'express-rate-limit';
import type { Clock } from '../clock';
import type { Db } from '../db';
import type { Logger } from '../logger';
import { addressBehindProxies } from './client-ip';
import { DbRateLimitStore } from './db-rate-limit-store';

export interface ConnectionLimit {
  /** Connections accepted per client IP and window. */
  limit: number;
  windowMs: number;
  /** Reverse proxies in front (then the client is that many entries from the right of X-Forwarded-For). */
  trustProxy?: number;
}

/**
 * Limits new socket.io connections per client IP, with counters in the database (shared by all
 * processes): every anonymous connection creates a conversation, so connecting is a public
 * endpoint like any other. Must be registered before the namespace's other middlewares.
 */
export function limitConnections(nsp: Namespace, deps: { db: Db; clock: Clock; logger: Logger }, spec: ConnectionLimit): void {
  const store = new DbRateLimitStore({ db: deps.db, clock: deps.clock, prefix: `${nsp.name.replace(/\W/g, '')}-connect:` });
  store.init({ windowMs: spec.windowMs } as Options);
  nsp.use((socket, next) => {
    store.increment(addressBehindProxies(socket.handshake.address, socket.handshake.headers['x-forwarded-for'], spec.trustProxy ?? 0)).then(
      ({ totalHits }) => {
        if (totalHits <= spec.limit) return next();
        const err = new Error('Trop de connexions depuis votre adresse : veuillez réessayer dans quelques minutes.') as Error & {
          data?: unknown;
        };
        err.data = { code: 'RATE_LIMITED' };
        next(err);
      },
      (err: unknown) => {
        // A failing counter must not lock everybody out of the assistant.
        deps.logger.error({ err }, 'http: connection limiter failed');
        next();
      },
    );
  });
}
