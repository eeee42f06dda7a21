import type { Clock } from '../platform/clock';
import { DbError, type Db, type Queryable } from '../platform/db';
import type { MailMessage } from '../platform/mail';
import { formatTicketNumber, hashAccessToken, newAccessToken } from './access-token';
import { TicketError } from './errors';
import type { MailTexts } from './mails';
import { canTransition, statusAfterRequesterReply } from '../protocol/ticket-status';
import { ticketStore, type NewEvent, type TicketStore } from './store';
import { createTicketFiles, type TicketFiles } from './ticket-files';
import { countNewTicket, type TicketLimits, type TicketOrigin } from './ticket-limits';

export type { TicketLimits, TicketOrigin } from './ticket-limits';
export type { IncomingFile } from './ticket-files';
import type { TicketListFilter, TicketPage } from './ticket-list';
import type { NewTicket, Ticket, TicketEvent, TicketStatus } from '../protocol/ticket';
import { wallTime } from '../protocol/french-dates';

/** What ticketing needs from the mail outbox (platform/mail): enqueue in a transaction, then nudge. */
export interface MailOutbox {
  enqueue(tx: Queryable, message: MailMessage, meta?: { kind?: string; ref?: string }): Promise<number>;
  nudge(): void;
}

export interface TicketServiceDeps {
  db: Db;
  mail: MailOutbox;
  texts: MailTexts;
  clock: Clock;
  publicUrl: string;
  supportEmail: string;
  /** Display name of an agent, or null if there is no such agent (assignment check). */
  agentName(id: number): Promise<string | null>;
  /** The limits on new tickets, shared by every entry point (none: unlimited, e.g. in unit tests). */
  limits?: TicketLimits;
  /** Metrics: a ticket was created (none: nothing reported). */
  observe?: { created(channel: string): void };
  /** The Reply-To of the requester's mails when replies by e-mail are on (reply-address.ts). */
  replyAddress?(ticketNumber: string): string;
  /** The largest file a ticket takes (ATTACHMENT_MAX_MB); 10 MB when not given. */
  maxAttachmentBytes?: number;
}

export interface AgentRef {
  id: number;
  name: string;
}

export interface CreatedTicket {
  ticket: Ticket;
  /** False when an idempotency key matched an existing ticket (nothing was created). */
  created: boolean;
  /** Only on creation: the requester's follow-up token (also in the acknowledgement e-mail). */
  accessToken: string | null;
  followUpUrl: string | null;
}

export interface TicketService extends TicketFiles {
  /**
   * Opens a ticket: an idempotent retry gets the ticket already created, before any limit counts
   * it; otherwise the limits (per client address, conversation and requester e-mail) apply to
   * every entry point alike — throws RATE_LIMITED with a French message when one is passed.
   */
  create(input: NewTicket, origin?: TicketOrigin): Promise<CreatedTicket>;
  /**
   * The ticket an idempotency key already created for this requester (a retry), or null; throws
   * TICKET_IDEMPOTENCY_CONFLICT when the key served another requester. Creates nothing.
   */
  replay(idempotencyKey: string, requesterEmail: string): Promise<CreatedTicket | null>;
  /** The requester's view (public events only); null for a wrong number or token alike. */
  forRequester(number: string, token: string): Promise<{ ticket: Ticket; events: TicketEvent[] } | null>;
  requesterReply(number: string, token: string, body: string): Promise<TicketEvent>;
  /** The requester's reply by e-mail to the ticket's signed reply address (inbound-mail.ts). */
  forAgent(number: string): Promise<{ ticket: Ticket; events: TicketEvent[] }>;
  /** A page of the list; see `TicketStore.list`. */
  list(filter: TicketListFilter): Promise<TicketPage>;
  /** The latest tickets of a requester (exact e-mail), newest first: an adviser's context. */
  ofRequester(email: string, limit: number): Promise<Ticket[]>;
  agentReply(number: string, agent: AgentRef, body: string, status?: TicketStatus): Promise<TicketEvent>;
  agentNote(number: string, agent: AgentRef, body: string): Promise<TicketEvent>;
  changeStatus(number: string, agent: AgentRef, to: TicketStatus): Promise<Ticket>;
  assign(number: string, agent: AgentRef, assigneeId: number | null): Promise<Ticket>;
}

export function createTicketService(deps: TicketServiceDeps): TicketService {
  const { db, mail, texts, clock } = deps;
  const maxAttachmentBytes = deps.maxAttachmentBytes ?? 10 * 1024 * 1024;
  // Year in Paris, so a ticket made on New Year's Eve at 23:30 UTC+1 gets the new year's number.
  const parisYear = (d: Date) => wallTime(d).year;
  const followUpUrl = (number: string, token: string) => `${deps.publicUrl}/suivi/${encodeURIComponent(number)}#jeton=${token}`;
  const consoleUrl = (number: string) => `${deps.publicUrl}/console/#/tickets/${encodeURIComponent(number)}`;

  /** A fresh follow-up link for an e-mail to the requester (each e-mail has its own token). */
  const issueLink = async (store: TicketStore, t: Ticket, now: number) => {
    const { token, hash } = newAccessToken();
    await store.addAccessToken(t.id, hash, now);
    return { token, url: followUpUrl(t.number, token) };
  };

  const mustFind = async (store: TicketStore, number: string) => {
    const t = await store.byNumber(number);
    if (!t) throw new TicketError('TICKET_NOT_FOUND', 'Ticket introuvable.');
    return t;
  };

  /** Runs a change in one transaction, then wakes the mail worker once it has committed. */
  const change = async <T>(fn: (store: TicketStore, tx: Queryable, now: number) => Promise<T>): Promise<T> => {
    const result = await db.transaction((tx) => fn(ticketStore(tx), tx, clock.now().getTime()));
    mail.nudge();
    return result;
  };

  const moveStatus = async (store: TicketStore, t: Ticket, to: TicketStatus, author: NewEvent['author'], now: number) => {
    if (!canTransition(t.status, to)) {
      throw new TicketError('TICKET_INVALID_TRANSITION', `Passage de « ${t.status} » à « ${to} » impossible.`);
    }
    if (!(await store.setStatus(t.id, t.status, to, now))) {
      throw new TicketError('TICKET_INVALID_TRANSITION', 'Le ticket vient d’être modifié : rechargez-le.');
    }
    await store.addEvent(t.id, { type: 'status', visibility: 'public', author, data: { from: t.status, to } }, now);
    return { ...t, status: to };
  };

  const replayOf = async (idempotencyKey: string, requesterEmail: string): Promise<CreatedTicket | null> => {
    const existing = await ticketStore(db).byIdempotencyKey(idempotencyKey);
    if (!existing) return null;
    // A key reused for someone else's request must not reveal their ticket.
    if (existing.requester.email !== requesterEmail) {
      throw new TicketError('TICKET_IDEMPOTENCY_CONFLICT', 'Cette clé d’idempotence a déjà servi pour une autre demande.');
    }
    return { ticket: existing, created: false, accessToken: null, followUpUrl: null };
  };

  const create = async (input: NewTicket, origin: TicketOrigin = {}): Promise<CreatedTicket> => {
    const replay = async (): Promise<CreatedTicket | null> => (input.idempotencyKey ? replayOf(input.idempotencyKey, input.requester.email) : null);
    const previous = await replay();
    if (previous) return previous;
    await countNewTicket(deps.limits, input, origin);
    try {
      return await change(async (store, tx, now) => {
        const year = parisYear(new Date(now));
        const number = formatTicketNumber(year, await store.nextNumber(year));
        const ticket = await store.insert({ ...input, number, status: 'nouveau', now });
        const author = input.createdByAgent
          ? { kind: 'agent' as const, agentId: input.createdByAgent.id, name: input.createdByAgent.name }
          : { kind: 'requester' as const, name: input.requester.name };
        await store.addEvent(ticket.id, { type: 'created', visibility: 'public', author, body: input.description }, now);
        const link = await issueLink(store, ticket, now);
        await mail.enqueue(tx, { ...texts.ackToRequester(ticket, link.url), ...replyTo(ticket) }, { kind: 'ticket.ack', ref: number });
        await mail.enqueue(tx, texts.notifySupport(ticket, deps.supportEmail, consoleUrl(number)), { kind: 'ticket.support', ref: number });
        return { ticket, created: true, accessToken: link.token, followUpUrl: link.url };
      }).then((created) => {
        deps.observe?.created(input.channel);
        return created;
      });
    } catch (err) {
      // Two retries racing with the same key: the loser finds the winner's ticket.
      if (err instanceof DbError && err.code === 'DB_UNIQUE' && input.idempotencyKey) {
        const winner = await replay();
        if (winner) return winner;
      }
      throw err;
    }
  };

  /** The requester's mails carry the ticket's reply address when replies by e-mail are on. */
  const replyTo = (t: Ticket) => (deps.replyAddress ? { replyTo: deps.replyAddress(t.number) } : {});

  /**
   * Something from the requester (a reply from the follow-up page or by e-mail, a file): `write`
   * adds its event; then the status it reopens, and the support told with `summary`.
   */
  const fromRequester = async (
    store: TicketStore,
    tx: Queryable,
    ticket: Ticket,
    now: number,
    write: (author: NewEvent['author']) => Promise<TicketEvent>,
    summary: string,
    kind: string,
  ) => {
    if (ticket.status === 'clos') {
      throw new TicketError('TICKET_CLOSED', 'Ce ticket est clos : créez une nouvelle demande si besoin.');
    }
    const event = await write({ kind: 'requester', name: ticket.requester.name });
    const next = statusAfterRequesterReply(ticket.status);
    if (next) await moveStatus(store, ticket, next, { kind: 'system', name: 'Relais' }, now);
    else await store.touch(ticket.id, now);
    await mail.enqueue(tx, texts.requesterReply(ticket, summary, deps.supportEmail, consoleUrl(ticket.number)), { kind, ref: ticket.number });
    return event;
  };
  const addRequesterReply = (store: TicketStore, tx: Queryable, ticket: Ticket, body: string, now: number) =>
    fromRequester(store, tx, ticket, now, (author) => store.addEvent(ticket.id, { type: 'reply', visibility: 'public', author, body }, now), body, 'ticket.requester-reply');

  /** The ticket a follow-up token opens (null for a missing or wrong token, or a wrong number, alike). */
  const byToken = (store: TicketStore, number: string, token: string) => (token ? store.byNumberAndTokenHash(number, hashAccessToken(token)) : Promise.resolve(null));
  const mustFindByToken = async (store: TicketStore, number: string, token: string) => {
    const ticket = await byToken(store, number, token);
    if (!ticket) throw new TicketError('TICKET_NOT_FOUND', 'Ticket introuvable.');
    return ticket;
  };

  /** An adviser's message for the requester (a reply, a file): e-mailed with a fresh follow-up link. */
  const mailAdviserMessage = async (store: TicketStore, tx: Queryable, ticket: Ticket, agentName: string, body: string, now: number, kind: string) => {
    const link = await issueLink(store, ticket, now);
    await mail.enqueue(tx, { ...texts.agentReply(ticket, agentName, body, link.url, deps.replyAddress !== undefined), ...replyTo(ticket) }, { kind, ref: ticket.number });
  };

  const forRequester = async (number: string, token: string) => {
    const store = ticketStore(db);
    const ticket = await byToken(store, number, token);
    return ticket ? { ticket, events: await store.events(ticket.id, false) } : null;
  };

  return {
    ...createTicketFiles({ db, maxBytes: maxAttachmentBytes, change, mustFind, byToken, mustFindByToken, fromRequester, mailAdviserMessage }),
    replay: replayOf,
    create,
    forRequester,

    async requesterReply(number, token, body) {
      return change(async (store, tx, now) => addRequesterReply(store, tx, await mustFindByToken(store, number, token), body, now));
    },

    async forAgent(number) {
      const store = ticketStore(db);
      const ticket = await mustFind(store, number);
      return { ticket, events: await store.events(ticket.id, true) };
    },

    list: (filter) => ticketStore(db).list(filter),
    ofRequester: (email, limit) => ticketStore(db).ofRequester(email, limit),

    async agentReply(number, agent, body, status) {
      return change(async (store, tx, now) => {
        let ticket = await mustFind(store, number);
        if (ticket.status === 'clos') throw new TicketError('TICKET_CLOSED', 'Ce ticket est clos.');
        const author = { kind: 'agent' as const, agentId: agent.id, name: agent.name };
        const event = await store.addEvent(ticket.id, { type: 'reply', visibility: 'public', author, body }, now);
        const target = status ?? (ticket.status === 'nouveau' ? 'en_cours' : null);
        if (target && target !== ticket.status) ticket = await moveStatus(store, ticket, target, author, now);
        else await store.touch(ticket.id, now);
        await mailAdviserMessage(store, tx, ticket, agent.name, body, now, 'ticket.agent-reply');
        return event;
      });
    },

    async agentNote(number, agent, body) {
      return change(async (store, _tx, now) => {
        const ticket = await mustFind(store, number);
        const author = { kind: 'agent' as const, agentId: agent.id, name: agent.name };
        const event = await store.addEvent(ticket.id, { type: 'note', visibility: 'internal', author, body }, now);
        await store.touch(ticket.id, now);
        return event;
      });
    },

    async changeStatus(number, agent, to) {
      return change(async (store, tx, now) => {
        const ticket = await mustFind(store, number);
        const moved = await moveStatus(store, ticket, to, { kind: 'agent', agentId: agent.id, name: agent.name }, now);
        const link = await issueLink(store, moved, now);
        await mail.enqueue(tx, { ...texts.statusChanged(moved, to, link.url), ...replyTo(moved) }, { kind: 'ticket.status', ref: number });
        return moved;
      });
    },

    async assign(number, agent, assigneeId) {
      const assigneeName = assigneeId === null ? null : await deps.agentName(assigneeId);
      if (assigneeId !== null && assigneeName === null) {
        throw new TicketError('TICKET_AGENT_NOT_FOUND', 'Conseiller inconnu.');
      }
      return change(async (store, _tx, now) => {
        const ticket = await mustFind(store, number);
        await store.assign(ticket.id, assigneeId, now);
        const author = { kind: 'agent' as const, agentId: agent.id, name: agent.name };
        await store.addEvent(ticket.id, { type: 'assigned', visibility: 'internal', author, data: { assigneeId, assigneeName } }, now);
        return { ...ticket, assigneeId };
      });
    },
  };
}
