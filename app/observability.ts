import crypto from 'node:crypto';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import express from 'express';
import type { Config } from '../platform/config';
import type { Db } from '../platform/db';
import { sendError } from '../platform/http/errors';
import type { Mail } from '../platform/mail';
import type { Metrics } from '../platform/metrics';
import type { Realtime } from '../platform/realtime';

const sameToken = (given: string, expected: string) => {
  const a = crypto.createHash('sha256').update(given).digest();
  const b = crypto.createHash('sha256').update(expected).digest();
  return crypto.timingSafeEqual(a, b);
};

/** What the metrics read when Prometheus scrapes: the queue, the outbox, the sockets of this process. */
export function registerGauges(metrics: Metrics, d: { queueLength(): Promise<number>; mail: Mail; sockets(namespace: string): number; now(): number }): void {
  metrics.gauge('relais_livechat_queue_length', 'Users waiting for an agent (whole cluster)', d.queueLength);
  metrics.gauge('relais_mail_outbox_pending', 'Mails waiting to be sent (whole cluster)', async () => (await d.mail.stats()).pending);
  metrics.gauge('relais_mail_outbox_oldest_pending_seconds', 'Age of the oldest mail waiting to be sent (0: none)', async () => {
    const at = await d.mail.oldestPending();
    return at === null ? 0 : Math.max(0, (d.now() - at) / 1000);
  });
  metrics.gauge('relais_widget_sockets', 'Widget sockets connected to this process', () => d.sockets('/chat'));
  metrics.gauge('relais_console_sockets', 'Console sockets connected to this process', () => d.sockets('/agent'));
}

/**
 * `/readyz` (the database and Redis answer) and `/metrics` (Prometheus): on the public port only
 * behind `METRICS_TOKEN`, and on `METRICS_PORT` (127.0.0.1) without one. Neither set: no metrics.
 */
export function observabilityRoutes(d: { config: Config['metrics']; metrics: Metrics; db: Db; realtime: Realtime }): { router: express.Router; serveMetrics(): Promise<http.Server | null> } {
  const router = express.Router();
  const scrape = async (_req: express.Request, res: express.Response) => {
    res.set('Content-Type', d.metrics.registry.contentType).send(await d.metrics.registry.metrics());
  };
  router.get('/readyz', async (_req, res) => {
    const database = await d.db.query('SELECT 1').then(() => 'ok', () => 'down');
    const redis = d.realtime.redisReady();
    const ready = database === 'ok' && redis !== false;
    res.status(ready ? 200 : 503).json({ status: ready ? 'ready' : 'not-ready', database, redis: redis === null ? 'none' : redis ? 'ok' : 'down' });
  });
  const token = d.config.token;
  if (token) {
    router.get('/metrics', (req, res, next) => {
      const given = /^Bearer\s+(\S+)$/i.exec(req.get('authorization') ?? '')?.[1] ?? '';
      if (!sameToken(given, token)) return sendError(res, 'AUTH_REQUIRED', 'Jeton des métriques requis.');
      scrape(req, res).catch(next);
    });
  }
  return {
    router,
    async serveMetrics() {
      if (d.config.port === undefined) return null;
      const app = express().get('/metrics', (req, res, next) => void scrape(req, res).catch(next));
      const server = http.createServer(app);
      await new Promise<void>((resolve, reject) => {
        server.once('error', reject);
        server.listen(d.config.port, '127.0.0.1', () => resolve());
      });
      return server;
    },
  };
}

export const portOf = (server: http.Server) => (server.address() as AddressInfo).port;
