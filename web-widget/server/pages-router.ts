import { DEFAULT_BRANDING } from '../../protocol/branding';
import fs from 'node:fs';
import path from 'node:path';
import express, { type Router } from 'express';
import type { WebPagesDeps } from './deps';
import { demoIdentityRoute } from './demo-identity';
import { demoInvoicesRoute } from './demo-invoices';
import { pageShell } from './page-shell';
import { escapeHtml } from '../../platform/mail';

type Options = WebPagesDeps & { distDir: string; staticDir: string };

/** HTML pages are revalidated on every load; bundles too (no content hash in their names). */
const NO_CACHE = { etag: true, lastModified: true, cacheControl: true, maxAge: 0 } as const;

const TEMPLATES = /^\/(?:index\.html|creer-un-ticket\.html|suivi\.html|partials\/.*)$/;

/**
 * Whether a request path names a template once read the way express.static reads it: decoded
 * (`/index%2Ehtml`) and with its slashes and dots resolved (`//index.html`). An undecodable
 * path is refused too (static would answer 400 for it anyway).
 */
function namesTemplate(requestPath: string): boolean {
  let decoded: string;
  try {
    decoded = decodeURIComponent(requestPath);
  } catch {
    return true;
  }
  return TEMPLATES.test(path.posix.normalize(`/${decoded}`).replace(/\/{2,}/g, '/'));
}

/**
 * A bundle's `.gz` twin written by the build, for browsers that accept gzip: the widget travels
 * as its ~22 KB budget, not its 64 KB source. Anything else falls through to express.static.
 */
function gzippedBundle(distDir: string): express.RequestHandler {
  return (req, res, next) => {
    const name = path.basename(req.path);
    if ((req.method !== 'GET' && req.method !== 'HEAD') || !/^[\w.-]+\.js$/.test(name) || req.path !== `/${name}`) return next();
    const file = path.join(distDir, `${name}.gz`);
    if (!req.acceptsEncodings('gzip') || !fs.existsSync(file)) return next();
    res.set({ 'Content-Encoding': 'gzip', 'Cache-Control': 'no-cache', Vary: 'Accept-Encoding' });
    res.type('application/javascript; charset=utf-8');
    res.sendFile(file, { etag: true, lastModified: true });
  };
}

export function pagesRouter(options: Options): Router {
  const router = express.Router();
  const page = (file: string) => (_req: express.Request, res: express.Response) => {
    res.set('Cache-Control', 'no-cache');
    res.sendFile(path.join(options.staticDir, file));
  };

  const shell = pageShell(options.staticDir, options.config.branding ?? DEFAULT_BRANDING);
  const publicPage = (file: string, current: string | null) => (_req: express.Request, res: express.Response) => {
    res.set('Cache-Control', 'no-cache');
    res.type('html').send(shell(file, current));
  };

  router.get('/', publicPage('index.html', '/'));
  router.get('/creer-un-ticket', publicPage('creer-un-ticket.html', '/creer-un-ticket'));
  router.get('/suivi/:number', publicPage('suivi.html', null));
  // The help centre: the index, and one page per article with its own title and description.
  router.get('/aide', publicPage('aide.html', '/aide'));
  router.get('/aide/:id', (req, res) => {
    const a = options.helpArticle?.(String(req.params.id)) ?? null;
    const html = shell('aide-fiche.html', '/aide')
      .replaceAll('{{title}}', escapeHtml(a?.title ?? 'Fiche introuvable'))
      .replaceAll('{{description}}', escapeHtml(a?.summary ?? a?.title ?? 'Cette fiche du centre d’aide n’existe pas ou plus.'));
    res.status(a ? 200 : 404).set('Cache-Control', 'no-cache').type('html').send(html);
  });
  // Express matches `/console` and `/console/` alike (non-strict routing): redirect only the first.
  router.get('/console', (req, res, next) => (req.path.endsWith('/') ? next() : res.redirect(301, '/console/')));
  router.get('/console/', page('console/index.html'));

  // The widget is embedded by portals on other origins: helmet's default
  // Cross-Origin-Resource-Policy (same-origin) would make browsers refuse it there.
  router.get(['/relais-widget.js', '/relais-widget-files.js'], (_req, res, next) => {
    res.set('Cross-Origin-Resource-Policy', 'cross-origin');
    next();
  });

  // Bundles: a clear 503 rather than a 404 when `npm run build` has not run.
  router.use((req, res, next) => {
    if (!req.path.endsWith('.js') || fs.existsSync(options.distDir)) return next();
    res.status(503).type('text/plain').send('Relais : les fichiers du navigateur ne sont pas construits (npm run build).');
  });
  router.use(gzippedBundle(options.distDir));
  router.use('/console', gzippedBundle(options.distDir));
  router.use(express.static(options.distDir, { ...NO_CACHE, index: false, fallthrough: true }));
  router.use('/console', express.static(options.distDir, { ...NO_CACHE, index: false, fallthrough: true }));
  // The public pages are templates (markers, partials): served by their routes only.
  router.use((req, _res, next) => (namesTemplate(req.path) ? next('router') : next()));
  router.use(express.static(options.staticDir, { ...NO_CACHE, index: false, fallthrough: true, dotfiles: 'ignore' }));

  if (!options.config.production) router.post('/api/demo/identity', express.json({ limit: '4kb' }), demoIdentityRoute(options));
  if (!options.config.production) router.get('/api/demo/invoices', demoInvoicesRoute(options.invoicesOf));
  return router;
}
