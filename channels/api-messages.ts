import express, { type ErrorRequestHandler, type RequestHandler } from 'express';
import { CloudAdapter, ConfigurationBotFrameworkAuthentication } from 'botbuilder';
import pino, { type Logger } from 'pino';
import { z } from 'zod';
import { CHANNEL_ID } from './socket/inbound-activity';
import { turnErrorHandler, type TurnRunner } from './turn-error';

export interface ApiMessagesOptions {
  bot: TurnRunner;
  /** Bot Framework credentials; all empty: local mode (Emulator, tests), requests are anonymous. */
  appId?: string;
  appPassword?: string;
  tenantId?: string;
  logger?: Logger;
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
const LOOPBACK = new Set(['localhost', '127.0.0.1', '[::1]']);

const badRequest = (message: string) => ({ error: { code: 'BAD_REQUEST', message } });

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

  const handle: RequestHandler = async (req, res) => {
    if (req.method !== 'POST') return void res.status(405).json({ error: { code: 'METHOD_NOT_ALLOWED', message: 'Méthode non autorisée : POST attendu.' } });
    const parsed = InboundActivity.safeParse(req.body);
    if (!parsed.success) return void res.status(400).json(badRequest('Activité Bot Framework invalide.'));
    const activity = parsed.data;
    if (RESERVED_CHANNELS.has(activity.channelId)) return void res.status(403).json({ error: { code: 'FORBIDDEN', message: 'Canal réservé.' } });
    // Anonymous (local) mode would otherwise post replies to any URL a caller names.
    if (!appId && activity.deliveryMode !== 'expectReplies' && !LOOPBACK.has(new URL(activity.serviceUrl).hostname)) {
      return void res.status(403).json({ error: { code: 'FORBIDDEN', message: 'Mode local : réponses limitées à un serviceUrl local ou à « expectReplies ».' } });
    }
    // `channelData.relais` carries an identity the widget channel verified; over HTTP a caller could
    // forge it, so it never reaches the bot from here.
    const channelData = (req.body as { channelData?: unknown }).channelData;
    if (channelData && typeof channelData === 'object') delete (channelData as Record<string, unknown>).relais;
    // Checked here too so that a missing token is a plain 401, not an error botbuilder logs.
    if (appId && !req.headers.authorization) {
      return void res.status(401).json({ error: { code: 'UNAUTHORIZED', message: 'Authentification Bot Framework requise.' } });
    }
    try {
      await adapter.process(req, res, (context) => options.bot.run(context));
    } catch (err) {
      logger.error({ err }, 'channels: /api/messages failed');
      if (!res.headersSent) res.status(500).json({ error: { code: 'INTERNAL', message: 'Erreur interne du serveur.' } });
    }
  };

  // Self-contained: parses its own body (a no-op when the app already did) and answers JSON errors.
  const onError: ErrorRequestHandler = (err, _req, res, _next) => {
    const status = (err as { status?: number })?.status;
    if (status === 413) return void res.status(413).json({ error: { code: 'TOO_LARGE', message: 'Requête trop volumineuse.' } });
    if (status && status >= 400 && status < 500) return void res.status(400).json(badRequest('Requête invalide (JSON attendu).'));
    logger.error({ err }, 'channels: /api/messages failed');
    res.status(500).json({ error: { code: 'INTERNAL', message: 'Erreur interne du serveur.' } });
  };
  return express.Router().use(express.json({ limit: '256kb' }), handle, onError);
}
