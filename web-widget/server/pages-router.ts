import fs from 'node:fs';
import path from 'node:path';
import express, { type Router } from 'express';
import type { WebPagesDeps } from '../index';
import { demoIdentityRoute } from './demo-identity';

type Options = WebPagesDeps & { distDir: string; staticDir: string };

/** HTML pages are revalidated on every load; bundles too (no content hash in their names). */
const NO_CACHE = { etag: true, lastModified: true, cacheControl: true, maxAge: 0 } as const;

export function pagesRouter(options: Options): Router {
  const router = express.Router();
  const page = (file: string) => (_req: express.Request, res: express.Response) => {
    res.set('Cache-Control', 'no-cache');
    res.sendFile(path.join(options.staticDir, file));
  };

  router.get('/', page('index.html'));
  router.get('/creer-un-ticket', page('creer-un-ticket.html'));
  router.get('/suivi/:number', page('suivi.html'));
  router.get('/console', (_req, res) => res.redirect(301, '/console/'));
  router.get('/console/', page('console/index.html'));

  // Bundles: a clear 503 rather than a 404 when `npm run build` has not run.
  router.use((req, res, next) => {
    if (!req.path.endsWith('.js') || fs.existsSync(options.distDir)) return next();
    res.status(503).type('text/plain').send('Relais : les fichiers du navigateur ne sont pas construits (npm run build).');
  });
  router.use(express.static(options.distDir, { ...NO_CACHE, index: false, fallthrough: true }));
  router.use('/console', express.static(options.distDir, { ...NO_CACHE, index: false, fallthrough: true }));
  router.use(express.static(options.staticDir, { ...NO_CACHE, index: false, fallthrough: true, dotfiles: 'ignore' }));

  if (!options.config.production) router.post('/api/demo/identity', express.json({ limit: '4kb' }), demoIdentityRoute(options));
  return router;
}
