import type http from 'node:http';
import type { TurnRunner } from '../bot/channels';
import { createSocketChannel } from '../bot/channels';
import { createLiveChat, type Canned, type HoursPort } from '../livechat';
import type { Ticketing } from '../ticketing';
import type { Auth } from '../auth';
import type { Clock } from '../platform/clock';
import type { Config } from '../platform/config';
import type { Db } from '../platform/db';
import { limitConnections } from '../platform/http/socket-connection-limit';
import { cannedPort, type lateLiveChatPorts } from './live-ports';
import type { Logger } from '../platform/logger';
import type { Mail } from '../platform/mail';
import { createRealtime } from '../platform/realtime';

export interface ConversationDeps {
  server: http.Server;
  config: Config;
  db: Db;
  clock: Clock;
  logger: Logger;
  bot: TurnRunner;
  ticketing: Ticketing;
  auth: Auth;
  mail: Mail;
  hours: HoursPort;
  canned: Canned;
  late: ReturnType<typeof lateLiveChatPorts>;
}

/**
 * The real-time half of the app: socket.io (with the Redis adapter when configured), the widget
 * channel `/chat` in front of the bot, and the live chat with the agents' namespace `/agent`.
 */
export function wireConversations(d: ConversationDeps) {
  const { config, db, clock, logger } = d;
  const realtime = createRealtime(d.server, { redisUrl: config.redisUrl, redisPrefix: config.redisPrefix, logger, widgetOrigins: config.widgetOrigins });
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
    identity: d.ticketing.identity,
    bot: d.bot,
    rateLimit: { max: config.rateLimits.chatMessagesPer10s, windowMs: 10_000 },
    relay: d.late.relay,
  });
  const teamOf = (agentId: number) => d.late.teamOf(agentId, config.livechat.team);
  const live = d.late.bind(
    createLiveChat({
      io,
      db,
      clock,
      logger,
      users: chat.users,
      hours: d.hours,
      tickets: d.ticketing.service,
      mail: d.mail,
      directory: d.auth.agents,
      canned: cannedPort(d.canned, teamOf),
      supportEmail: config.mail.supportEmail,
      agentSockets: {
        sessionFromCookie: (cookie) => d.auth.sessionFromCookieHeader(cookie),
        allowedOrigins: [new URL(config.publicUrl).origin],
      },
      options: config.livechat,
    }),
  );
  return { realtime, io, chat, live };
}
