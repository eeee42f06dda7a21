import type express from 'express';
import type { Clock } from '../platform/clock';
import type { Db, Migration } from '../platform/db';
import { agentTicketRoutes, type AgentGuards } from './http/agent-routes';
import { publicTicketRoutes, type IdentityVerifier, type RateLimiters } from './http/public-routes';
import { createInboundTicketMail, type InboundTicketMail } from './inbound-mail';
import { mailTexts } from './mails';
import { createReplyAddresses } from './reply-address';
import { ticketMigrations } from './migrations';
import { createTicketService, type MailOutbox, type TicketLimits, type TicketService } from './service';

export type { AgentGuards } from './http/agent-routes';
export type { IdentityVerifier, RateLimiters } from './http/public-routes';
export type { AgentRef, CreatedTicket, MailOutbox, TicketLimits, TicketOrigin, TicketService } from './service';
export type * from '../protocol/ticket';
export { TICKET_CATEGORIES, TICKET_CHANNELS, TICKET_STATUSES } from '../protocol/ticket';
export { TicketError } from './errors';
export type { InboundMail, InboundTicketMail } from './inbound-mail';
export { replyText } from './inbound-mail';
export { purgeClosedTickets } from './retention';
export { eraseTickets, exportTickets } from './personal-data';
export { ticketsDaily, type TicketDay } from './daily';
export { canTransition, STATUS_LABELS } from '../protocol/ticket-status';

export interface TicketingDeps {
  db: Db;
  mail: MailOutbox;
  clock: Clock;
  config: { publicUrl: string; supportEmail: string };
  /** The portal identity of a logged-in requester (auth/portal-identity.ts). */
  identity: IdentityVerifier;
  guards: AgentGuards;
  /** The follow-up routes' HTTP limit. */
  limits: RateLimiters;
  /** The limits on new tickets, applied by the service to every entry point (form, widget, Bot Framework). */
  ticketLimits: TicketLimits;
  /** The client address of a request (the configured proxies' rule). */
  clientIp(req: express.Request): string;
  /** Metrics (none: nothing reported). */
  observe?: { created(channel: string): void };
  agentName(id: number): Promise<string | null>;
  /** The largest file a ticket takes (ATTACHMENT_MAX_MB; 10 MB when not given). */
  maxAttachmentBytes?: number;
  /** Replies by e-mail, when on: the secret that signs the reply addresses and their domain. */
  replies?: { secret: string; domain: string };
}

/** The routers' failures (TicketError, body-parser errors…) go on to the app's one error handler. */
export interface Ticketing {
  migrations: Migration[];
  service: TicketService;
  /** Mount at `/api/tickets`. */
  publicRouter: express.Router;
  /** Mount at `/api/agent/tickets`. */
  agentRouter: express.Router;
  /** Replies by e-mail (absent when off): what the inbound listener hands its messages to. */
  inbound?: InboundTicketMail;
}

export function createTicketing(deps: TicketingDeps): Ticketing {
  const { identity } = deps;
  const maxAttachmentBytes = deps.maxAttachmentBytes ?? 10 * 1024 * 1024;
  const addresses = deps.replies ? createReplyAddresses(deps.replies.secret, deps.replies.domain) : null;
  const service = createTicketService({
    db: deps.db,
    mail: deps.mail,
    texts: mailTexts,
    clock: deps.clock,
    publicUrl: deps.config.publicUrl,
    supportEmail: deps.config.supportEmail,
    agentName: deps.agentName,
    limits: deps.ticketLimits,
    ...(deps.observe ? { observe: deps.observe } : {}),
    ...(addresses ? { replyAddress: addresses.addressOf } : {}),
    maxAttachmentBytes,
  });
  return {
    ...(addresses ? { inbound: createInboundTicketMail({ tickets: service, addresses }) } : {}),
    migrations: ticketMigrations,
    service,
    publicRouter: publicTicketRoutes({ service, identity, limits: deps.limits, clientIp: deps.clientIp, maxAttachmentBytes }),
    agentRouter: agentTicketRoutes({ service, guards: deps.guards, maxAttachmentBytes }),
  };
}
