import type { Clock } from '../platform/clock';
import type { Config } from '../platform/config';
import type { Logger } from '../platform/logger';
import { createPortalClient } from './client';
import { createDemoPortal } from './demo';
import type { Portal } from './types';

export { createPortalClient, type PortalClientOptions } from './client';
export { createDemoPortal, demoInvoices, DEMO_PORTAL_URL } from './demo';
export { demoPortalRouter } from './demo-router';
export { PortalInvoiceSchema } from './schema';
export { PortalError, type Portal } from './types';

/**
 * The portal port from the config: the portal's API when `PORTAL_API_URL` is set; otherwise the
 * built-in demo portal outside production, and none in production (the feature is off: the bot
 * answers invoice questions with its articles).
 */
export function createPortal(config: Pick<Config, 'production' | 'portal'>, deps: { clock: Clock; logger?: Logger }): Portal | null {
  const { apiUrl, apiToken, timeoutMs } = config.portal;
  if (apiUrl && apiToken) return createPortalClient({ url: apiUrl, token: apiToken, timeoutMs, clock: deps.clock, logger: deps.logger });
  if (config.production) return null;
  return createDemoPortal(deps.clock);
}
