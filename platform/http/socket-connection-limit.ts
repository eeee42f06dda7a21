import type { Namespace } from 'socket.io';
import type { Clock } from '../clock';
import type { Db } from '../db';
import type { Logger } from '../logger';
import { addressBehindProxies } from './client-ip';
import { createLimitCounter } from './limit-counter';

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
 * endpoint like any other. Must be registered before the namespace's other middlewares. A failing
 * counter lets the connection in (limit-counter.ts): it must not lock everybody out.
 */
export function limitConnections(nsp: Namespace, deps: { db: Db; clock: Clock; logger: Logger }, spec: ConnectionLimit): void {
  const counter = createLimitCounter(deps, { name: `${nsp.name.replace(/\W/g, '')}-connect`, limit: spec.limit, windowMs: spec.windowMs });
  nsp.use((socket, next) => {
    const ip = addressBehindProxies(socket.handshake.address, socket.handshake.headers['x-forwarded-for'], spec.trustProxy ?? 0);
    void counter.take(ip).then(({ allowed }) => {
      if (allowed) return next();
      const err = new Error('Trop de connexions depuis votre adresse : veuillez réessayer dans quelques minutes.') as Error & { data?: unknown };
      err.data = { code: 'RATE_LIMITED' };
      next(err);
    });
  });
}
