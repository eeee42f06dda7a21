import type { Branding } from '../../protocol/branding';
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
  /** Where `npm run build` wrote the bundles (default web-widget/dist). */
  distDir?: string;
}
