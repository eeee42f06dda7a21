import type express from 'express';
import type { IdentityVerifier } from '../auth';
import type { PortalInvoice } from '../protocol/portal';
import { fr } from '../protocol/typography';
import type { Clock } from '../platform/clock';
import type { Config } from '../platform/config';
import { AppError } from '../platform/errors';
import type { Logger } from '../platform/logger';
import { createDemoPortal, createPortal, demoPortalRouter, PortalError, type Portal } from '../portal';

/** Where the demo portal's HTTP API is served, outside production (README «Le portail»). */
export const DEMO_PORTAL_PATH = '/demo-portal/api';
/** The bearer token it asks for when PORTAL_API_TOKEN is not set (sample data only, never in production). */
export const DEMO_PORTAL_TOKEN = 'demo';
/** How many invoices the demo page lists. */
const DEMO_PAGE_INVOICES = 20;

export interface PortalWiring {
  /** The port for the bot: the portal's API, the demo portal, or null (production without PORTAL_API_URL). */
  portal: Portal | null;
  /** The demo page's «Mes factures»: the invoices of the identity token's user, null without a portal (throws IDENTITY_INVALID, UNAVAILABLE). */
  invoicesOf: (identityToken: string) => Promise<PortalInvoice[] | null>;
  /** Outside production, mounts the demo portal's HTTP API at /demo-portal/api. */
  mountDemo(app: express.Express): void;
}

/** The portal port from the config, what the demo page reads of it, and the demo portal's API. */
export function wirePortal(d: { config: Pick<Config, 'production' | 'portal'>; clock: Clock; logger: Logger; identity: IdentityVerifier }): PortalWiring {
  const { config, clock, logger } = d;
  const portal = createPortal(config, { clock, logger });
  logger.info({ portal: config.portal.apiUrl ? 'api' : portal ? 'demo' : 'off' }, config.portal.apiUrl ? 'portal: invoices from PORTAL_API_URL' : portal ? 'portal: the built-in demo portal (no PORTAL_API_URL)' : 'portal: off (no PORTAL_API_URL)');
  return {
    portal,
    async invoicesOf(identityToken) {
      const user = await d.identity.verify(identityToken);
      if (!portal) return null;
      if (!user.portalUserId) return [];
      try {
        return await portal.getInvoices(user.portalUserId, { limit: DEMO_PAGE_INVOICES });
      } catch (err) {
        if (err instanceof PortalError) throw new AppError('UNAVAILABLE', fr('Le portail ne répond pas pour le moment : vos factures ne peuvent pas être affichées. Réessayez dans quelques minutes.'));
        throw err;
      }
    },
    mountDemo(app) {
      if (config.production) return;
      app.use(DEMO_PORTAL_PATH, demoPortalRouter({ portal: createDemoPortal(clock), token: config.portal.apiToken ?? DEMO_PORTAL_TOKEN }));
    },
  };
}
