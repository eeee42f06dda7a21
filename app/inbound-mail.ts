import type { Clock } from '../platform/clock';
import type { Config } from '../platform/config';
import type { Db } from '../platform/db';
import { createLimitCounter } from '../platform/http/limit-counter';
import type { Logger } from '../platform/logger';
import { startInboundServer, type InboundServer } from '../platform/mail/inbound-server';
import { TicketError, type Ticketing } from '../ticketing';

const HOUR = 60 * 60 * 1000;

/**
 * Replies by e-mail (INBOUND_SMTP_PORT): the platform's SMTP listener, handing what it receives to
 * ticketing; each client address counts against an hourly limit shared by every process. A
 * ticket's refusal (unknown address, empty or too long reply, closed ticket) is the bounce's text.
 */
export async function startInboundMail(deps: { config: Config; ticketing: Ticketing; db: Db; clock: Clock; logger: Logger }): Promise<InboundServer | null> {
  const { config, ticketing, logger } = deps;
  const settings = config.inboundMail;
  const inbound = ticketing.inbound;
  if (!settings || !inbound) return null;
  if (settings.secretEphemeral) logger.warn('mail: INBOUND_MAIL_SECRET is not set: reply addresses change at every restart (development only)');
  const perSender = createLimitCounter(deps, { name: 'inbound-mail', limit: settings.perHourPerSender, windowMs: HOUR });
  const server = await startInboundServer({
    port: settings.port,
    host: settings.host,
    maxBytes: settings.maxBytes,
    logger,
    accepts: inbound.accepts,
    allow: async (key) => (await perSender.take(key)).allowed,
    async deliver(mail) {
      const numbers = await inbound.deliver(mail);
      logger.info({ tickets: numbers }, 'mail: reply by e-mail added to a ticket');
    },
    reason: (err) => (err instanceof TicketError ? err.message : null),
  });
  logger.info({ port: server.port, domain: settings.domain }, 'mail: inbound SMTP listener for replies by e-mail');
  return server;
}
