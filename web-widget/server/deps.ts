import type { Branding } from '../../protocol/branding';
import type { PortalInvoice } from '../../protocol/portal';
import type { Clock } from '../../platform/clock';
import type { Logger } from '../../platform/logger';

/** What the pages' server side needs from the app. */
export interface WebPagesDeps {
  clock: Clock;
  logger: Logger;
  config: {
    production: boolean;
    /** Secret the portal signs identity tokens with; the demo page signs with it outside production. */
    portalIdentitySecret: string;
    /** The assistant's and the portal's names, put in the pages' text (default ClaudIA, Chorus Pro). */
    branding?: Readonly<Branding>;
  };
  /** An article of the published base, for the help centre page's title and description (none: the page says it is missing). */
  helpArticle?: (id: string) => { title: string; summary: string | null } | null;
  /**
   * The demo page's «Mes factures» (outside production): the invoices of a portal identity
   * token's user, most recent first, or null when there is no portal; throws the app's errors
   * (IDENTITY_INVALID, UNAVAILABLE). None given: no portal either.
   */
  invoicesOf?: (identityToken: string) => Promise<PortalInvoice[] | null>;
  /** Where `npm run build` wrote the bundles (default web-widget/dist). */
  distDir?: string;
}
