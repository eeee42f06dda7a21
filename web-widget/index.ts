import path from 'node:path';
import type { Router } from 'express';
import type { WebPagesDeps } from './server/deps';
import { pagesRouter } from './server/pages-router';

export { buildWebAssets, BUNDLES, type BuiltFile } from './build';
export type { WebPagesDeps } from './server/deps';

export interface WebPages {
  /** Static pages and bundles: `/`, `/relais-widget.js`, `/console/`, `/creer-un-ticket`, `/suivi/:number`, `/aide`, `/aide/:id`. */
  router: Router;
}

/** The pages people use, served by the same server: demo portal, widget, agent console, public form. */
export function createWebPages(deps: WebPagesDeps): WebPages {
  return {
    router: pagesRouter({
      ...deps,
      distDir: deps.distDir ?? path.join(__dirname, 'dist'),
      staticDir: path.join(__dirname, 'static'),
    }),
  };
}
