import type { Express } from 'express';
import { createApiMessagesRoute, type ApiMessagesOptions } from '../channels';
import type { Config } from '../platform/config';
import type { RateLimiterFactory } from '../platform/http/rate-limit';
import type { Logger } from '../platform/logger';

/**
 * The Bot Framework channel (`POST /api/messages`). In production, an anonymous route would let
 * anyone drive the bot: without credentials it is not mounted (said once in the log).
 */
export function mountApiMessages(
  app: Express,
  deps: { config: Pick<Config, 'production' | 'botFramework'>; bot: ApiMessagesOptions['bot']; limit: RateLimiterFactory; logger: Logger },
): void {
  const { config, logger } = deps;
  if (config.production && !config.botFramework.appId) {
    logger.warn('/api/messages disabled: MICROSOFT_APP_ID and MICROSOFT_APP_PASSWORD are required in production');
    return;
  }
  const limit = deps.limit({
    name: 'api-messages',
    limit: config.botFramework.perMinute,
    windowMs: 60_000,
    message: 'Trop de requêtes : veuillez réessayer dans une minute.',
  });
  app.post('/api/messages', createApiMessagesRoute({ bot: deps.bot, ...config.botFramework, limit, logger }));
}
