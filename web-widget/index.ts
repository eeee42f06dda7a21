import path from 'node:path';
import type { Router } from 'express';
import type { Clock } from '../server/clock';
import type { Logger } from '../server/logger';
import { pagesRouter } from './server/pages-router';

export { buildWebAssets, BUNDLES, type BuiltFile } from './build';

export interface WebPagesDeps {
  clock: Clock;
  logger: Logger;
  config: {
    production: boolean;
    /** Secret the portal signs identity tokens with; the demo page signs with it outside production. */
    portalIdentitySecret: string;
  };
  /** Where `npm run build` wrote the bundles (default web-widget/dist). */
  distDir?: string;
}

export interface WebPages {
  /** Static pages and bundles: `/`, `/relais-widget.js`, `/console/`, `/creer-un-ticket`, `/suivi/:number`. */
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
