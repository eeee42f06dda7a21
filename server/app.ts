import http from 'node:http';
import type { AddressInfo } from 'node:net';
import express, { type ErrorRequestHandler } from 'express';
import type { Config } from './config';
import { createLogger, type Logger } from './logger';
import { createKnowledge, type Knowledge } from '../knowledge';

export interface App {
  server: http.Server;
  /** Resolves once the HTTP server is listening; gives the bound port (useful with PORT=0). */
  listen(): Promise<number>;
  close(): Promise<void>;
  knowledge: Knowledge;
  logger: Logger;
}

export interface AppDeps {
  logger?: Logger;
}

/** Composition root: builds every domain from the config and wires them into one HTTP server. */
export function createApp(config: Config, deps: AppDeps = {}): App {
  const logger = deps.logger ?? createLogger(config);
  const knowledge = createKnowledge({ articlesDir: config.knowledgeDir });

  const app = express();
  app.disable('x-powered-by');
  app.use(express.json({ limit: '64kb' }));

  app.get('/healthz', (_req, res) => {
    res.json({ status: 'ok', articles: knowledge.articles.length });
  });

  app.use((_req, res) => {
    res.status(404).json({ error: { code: 'NOT_FOUND', message: 'Ressource introuvable.' } });
  });

  const onError: ErrorRequestHandler = (err, _req, res, _next) => {
    const status = typeof err?.status === 'number' && err.status >= 400 && err.status < 500 ? err.status : 500;
    if (status >= 500) logger.error({ err }, 'http: unhandled error');
    res.status(status).json({
      error: {
        code: status >= 500 ? 'INTERNAL' : 'BAD_REQUEST',
        message: status >= 500 ? 'Erreur interne du serveur.' : 'Requête invalide.',
      },
    });
  };
  app.use(onError);

  const server = http.createServer(app);

  return {
    server,
    knowledge,
    logger,
    listen: () =>
      new Promise((resolve, reject) => {
        server.once('error', reject);
        server.listen(config.port, config.host, () => {
          server.off('error', reject);
          resolve((server.address() as AddressInfo).port);
        });
      }),
    close: () =>
      new Promise((resolve, reject) => {
        if (!server.listening) return resolve();
        server.close((err) => (err ? reject(err) : resolve()));
        server.closeAllConnections();
      }),
  };
}
