import express, { type RequestHandler } from 'express';
import { CloudAdapter, ConfigurationBotFrameworkAuthentication } from 'botbuilder';
import pino, { type Logger } from 'pino';
import { z } from 'zod';
import { errorHandler, sendError } from '../platform/http/errors';
import { CHANNEL_ID } from './socket/inbound-activity';
import { cleanStrings, cleanText } from '../protocol/plain-text';
import { turnErrorHandler, type TurnRunner } from './turn-error';

export interface ApiMessagesOptions {
  bot: TurnRunner;
  /** Bot Framework credentials; all empty: local mode (Emulator, tests), requests are anonymous. */
  appId?: string;
  appPassword?: string;
  tenantId?: string;
  /**
   * Where replies may be posted: `scheme://host[:port]` patterns, the host may start with `*.`
   * and the port may be `*` (config: BOT_SERVICE_URLS). Any other `serviceUrl` is refused, unless
   * the replies come back in the response (`deliveryMode: "expectReplies"`).
   */
  serviceUrls: readonly string[];
  /** The route's rate limit (per client IP), run before anything else. */
  limit?: RequestHandler;
  logger?: Logger;
}

const defaultPort = (protocol: string) => (protocol === 'https:' ? '443' : '80');

/** The allowed patterns (scheme, host or `*.` suffix, port or `*`), parsed once: whether a `serviceUrl` matches one. */
export function serviceUrlMatcher(patterns: readonly string[]): (serviceUrl: string) => boolean {
  const parsed = patterns.flatMap((pattern) => {
    const m = /^(https?:)\/\/(\*\.)?([^:/]+)(?::(\d+|\*))?$/.exec(pattern);
    return m ? [{ protocol: m[1]!, suffix: m[2] !== undefined, host: m[3]!, port: m[4] ?? defaultPort(m[1]!) }] : [];
  });
  return (serviceUrl) => {
    let url: URL;
    try {
      url = new URL(serviceUrl);
    } catch {
      return false;
    }
    if (url.username || url.password) return false;
    const host = url.hostname.toLowerCase();
    const port = url.port || defaultPort(url.protocol);
    return parsed.some(
      (p) => p.protocol === url.protocol && (p.suffix ? host.endsWith(`.${p.host}`) : host === p.host) && (p.port === '*' || p.port === port),
    );
  };
}

/** Whether a `serviceUrl` matches one of the allowed patterns (see `serviceUrlMatcher`). */
export function serviceUrlAllowed(serviceUrl: string, patterns: readonly string[]): boolean {
  return serviceUrlMatcher(patterns)(serviceUrl);
}

/** Enough of an Activity to route it; the bot and botbuilder validate the rest. */
const InboundActivity = z.looseObject({
  type: z.string().min(1).max(100),
  serviceUrl: z.url(),
  channelId: z.string().min(1).max(100),
  conversation: z.looseObject({ id: z.string().min(1).max(500) }),
  deliveryMode: z.string().optional(),
});

/** The widget's channel id belongs to the socket channel: nobody may speak for it over HTTP. */
const RESERVED_CHANNELS = new Set([CHANNEL_ID]);

/**
 * `POST /api/messages`: the bot as a Bot Framework channel endpoint (CloudAdapter). With
 * `deliveryMode: "expectReplies"` the replies come back in the HTTP response instead of being
 * posted to the caller's `serviceUrl`.
 */
export function createApiMessagesRoute(options: ApiMessagesOptions): RequestHandler {
  const appId = options.appId ?? '';
  const logger = options.logger ?? pino({ name: 'relais' });
  const adapter = new CloudAdapter(
    new ConfigurationBotFrameworkAuthentication({
      MicrosoftAppId: appId,
      MicrosoftAppPassword: options.appPassword ?? '',
      MicrosoftAppTenantId: options.tenantId ?? '',
      MicrosoftAppType: appId && options.tenantId ? 'SingleTenant' : 'MultiTenant',
    }),
  );
  adapter.onTurnError = turnErrorHandler(logger);
  const allowedServiceUrl = serviceUrlMatcher(options.serviceUrls);

  const handle: RequestHandler = async (req, res) => {
    if (req.method !== 'POST') return sendError(res, 'METHOD_NOT_ALLOWED', 'Méthode non autorisée : POST attendu.');
    const parsed = InboundActivity.safeParse(req.body);
    if (!parsed.success) return sendError(res, 'INVALID_INPUT', 'Activité Bot Framework invalide.');
    const activity = parsed.data;
    if (RESERVED_CHANNELS.has(activity.channelId)) return sendError(res, 'FORBIDDEN', 'Canal réservé.');
    // The server posts its replies to `serviceUrl`: never to a place a caller names (a port of
    // this machine, the cloud's metadata service…), only to the Bot Framework channels allowed.
    if (activity.deliveryMode !== 'expectReplies' && !allowedServiceUrl(activity.serviceUrl)) {
      return sendError(res, 'FORBIDDEN', 'serviceUrl non autorisé : les réponses ne partent que vers les canaux Bot Framework configurés (BOT_SERVICE_URLS).');
    }
    // `channelData.relais` carries an identity the widget channel verified; over HTTP a caller could
    // forge it, so it never reaches the bot from here.
    const body = req.body as { channelData?: unknown; text?: unknown; value?: unknown };
    if (body.channelData && typeof body.channelData === 'object') delete (body.channelData as Record<string, unknown>).relais;
    // The one text rule of every entry point (protocol/plain-text.ts): what the bot reads carries
    // no control character, as on the widget.
    if (typeof body.text === 'string') body.text = cleanText(body.text);
    if (body.value !== undefined) body.value = cleanStrings(body.value);
    // Checked here too so that a missing token is a plain 401, not an error botbuilder logs.
    if (appId && !req.headers.authorization) {
      return sendError(res, 'AUTH_REQUIRED', 'Authentification Bot Framework requise.');
    }
    await adapter.process(req, res, (context) => options.bot.run(context));
  };

  // Self-contained: parses its own body (a no-op when the app already did) and answers its errors
  // with the one error handler.
  const limit: RequestHandler = options.limit ?? ((_req, _res, next) => next());
  return express.Router().use(limit, express.json({ limit: '256kb' }), handle, errorHandler(logger));
}
