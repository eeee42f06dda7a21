import type express from 'express';
import type { Clock } from '../platform/clock';
import type { Db, Migration } from '../platform/db';
import { agentTicketRoutes, type AgentGuards } from './http/agent-routes';
import { publicTicketRoutes, type IdentityVerifier, type RateLimiters } from './http/public-routes';
import { mailTexts } from './mails';
import { ticketMigrations } from './migrations';
import { createTicketService, type MailOutbox, type TicketLimits, type TicketService } from './service';

export type { AgentGuards } from './http/agent-routes';
export type { IdentityVerifier, RateLimiters } from './http/public-routes';
export type { AgentRef, CreatedTicket, MailOutbox, TicketLimits, TicketOrigin, TicketService } from './service';
export type * from '../protocol/ticket';
export { TICKET_CATEGORIES, TICKET_CHANNELS, TICKET_STATUSES } from '../protocol/ticket';
export { TicketError } from './errors';
export { purgeClosedTickets } from './retention';
export { eraseTickets, exportTickets } from './personal-data';
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
}

/** The routers' failures (TicketError, body-parser errors…) go on to the app's one error handler. */
export interface Ticketing {
  migrations: Migration[];
  service: TicketService;
  /** Mount at `/api/tickets`. */
  publicRouter: express.Router;
  /** Mount at `/api/agent/tickets`. */
  agentRouter: express.Router;
}

export function createTicketing(deps: TicketingDeps): Ticketing {
  const { identity } = deps;
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
  });
  return {
    migrations: ticketMigrations,
    service,
    publicRouter: publicTicketRoutes({ service, identity, limits: deps.limits, clientIp: deps.clientIp }),
    agentRouter: agentTicketRoutes({ service, guards: deps.guards }),
  };
}
