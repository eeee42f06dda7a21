import type http from 'node:http';
import { createBot, type Handoff } from '../bot';
import type { InvoiceLookup, TrainingPort } from '../bot/ports';
import { createSocketChannel, WIDGET_CHANNEL_ID } from '../channels';
import type { FeedbackStore } from '../bot/feedback';
import { createDbStorage } from '../bot/storage';
import type { Knowledge } from '../knowledge';
import type { BusinessHours } from '../hours';
import { createLiveChat, type Canned, type LiveChat } from '../livechat';
import type { Ticketing } from '../ticketing';
import type { Auth } from '../auth';
import type { Clock } from '../platform/clock';
import type { Config } from '../platform/config';
import type { Db } from '../platform/db';
import { limitConnections } from '../platform/http/socket-connection-limit';
import type { Logger } from '../platform/logger';
import type { Mail } from '../platform/mail';
import type { Metrics } from '../platform/metrics';
import { createRealtime } from '../platform/realtime';
import { descriptorLimit, socketCap } from '../platform/socket-cap';
import { cannedPort } from './canned-port';

export interface ConversationDeps {
  server: http.Server;
  config: Config;
  db: Db;
  clock: Clock;
  logger: Logger;
  knowledge: Knowledge;
  feedback: FeedbackStore;
  ticketing: Ticketing;
  auth: Auth;
  mail: Mail;
  hours: BusinessHours;
  canned: Canned;
  teamOf: (agentId: number) => Promise<string>;
  metrics: Metrics;
  /** The logged-in user's invoices (none: invoice questions get the article). */
  invoices?: InvoiceLookup;
  /** Registration for accompaniment sessions. */
  training?: TrainingPort;
}

/** Only widget conversations can reach an agent: other channels cannot receive their replies. */
function widgetOnly(handoff: LiveChat['handoff']): Handoff {
  return {
    initiate: async (r) => (r.event.channelId === WIDGET_CHANNEL_ID ? handoff.initiate(r) : { accepted: false, reason: 'channel' }),
    isActive: (id) => handoff.isActive(id),
  };
}

/**
 * The conversation path, built in a straight line: the widget channel (socket.io `/chat`), then
 * the live chat with the channel's users, then the bot with the live chat's hand-off, then the
 * channel is given the bot and the live chat's relay.
 */
export function wireConversations(d: ConversationDeps) {
  const { config, db, clock, logger } = d;
  const sockets = socketCap(config.maxSockets, descriptorLimit());
  if (sockets.warning) logger.warn(`realtime: ${sockets.warning}`);
  const realtime = createRealtime(d.server, {
    redisUrl: config.redisUrl,
    redisPrefix: config.redisPrefix,
    logger,
    widgetOrigins: config.widgetOrigins,
    maxSockets: sockets.cap,
  });
  const io = realtime.io;
  limitConnections(io.of('/chat'), { db, clock, logger }, {
    limit: config.rateLimits.chatConnectionsPerIp,
    windowMs: 10 * 60_000,
    trustProxy: config.trustProxy,
  });
  const chat = createSocketChannel({
    io,
    db,
    clock,
    logger,
    identity: d.auth.portalIdentity,
    rateLimit: { max: config.rateLimits.chatMessagesPer10s, windowMs: 10_000 },
    trustProxy: config.trustProxy,
    branding: config.branding,
    maxFileBytes: config.maxAttachmentBytes,
  });
  const live = createLiveChat({
    io,
    db,
    clock,
    logger,
    users: chat.users,
    hours: d.hours,
    tickets: d.ticketing.service,
    mail: d.mail,
    directory: d.auth.agents,
    canned: cannedPort(d.canned, d.teamOf),
    supportEmail: config.mail.supportEmail,
    portalName: config.branding.portalName,
    agentSockets: {
      sessionFromCookie: (cookie) => d.auth.sessionFromCookieHeader(cookie),
      allowedOrigins: [new URL(config.publicUrl).origin],
    },
    options: config.livechat,
    observe: { queueWait: (seconds) => d.metrics.queueWait.observe(seconds) },
  });
  const bot = createBot({
    observe: {
      turn: (channel) => d.metrics.turns.inc({ channel }),
      outcome: (kind) => d.metrics.outcomes.inc({ kind }),
      rating: (reaction) => d.metrics.ratings.inc({ reaction }),
      handoff: (result) => d.metrics.handoffs.inc({ result }),
    },
    knowledge: d.knowledge,
    hours: d.hours,
    agents: { availability: () => live.handoff.availability() },
    handoff: widgetOnly(live.handoff),
    feedback: d.feedback,
    tickets: d.ticketing.service,
    clock,
    storage: createDbStorage({ db, clock }),
    // Widget conversations' transcripts are read from the channel's stored messages.
    history: live.history,
    satisfaction: live.satisfaction,
    ...(d.invoices ? { invoices: d.invoices } : {}),
    ...(d.training ? { training: d.training } : {}),
    logger,
    // Only the widget channel verifies portal identities; other channels' claims are ignored.
    identityChannels: [WIDGET_CHANNEL_ID],
    branding: config.branding,
    helpUrl: (articleId) => `${config.publicUrl}/aide/${encodeURIComponent(articleId)}`,
  });
  chat.attach({ bot: bot.bot, relay: live.relay });
  return { realtime, io, chat, live, bot };
}
