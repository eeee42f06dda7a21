import crypto from 'node:crypto';
import type { Queryable } from '../platform/db';
import { encodeTicketCursor, ticketListQuery, type TicketListFilter, type TicketPage } from './ticket-list';
import type {
  NewTicket,
  Ticket,
  TicketCategory,
  TicketChannel,
  TicketEvent,
  TicketEventType,
  TicketStatus,
  TranscriptLine,
} from '../protocol/ticket';

/**
 * Persistence of tickets and their history. One implementation over the `Queryable` port, whose
 * SQLite and PostgreSQL adapters run the same SQL; the contract suite runs it against both.
 * Methods take the caller's transaction, so a ticket, its events and its e-mails commit together.
 */
export interface TicketStore {
  nextNumber(year: number): Promise<number>;
  insert(t: NewTicket & { number: string; status: TicketStatus; now: number }): Promise<Ticket>;
  byNumber(number: string): Promise<Ticket | null>;
  /** The ticket, only if the token hash was issued for it. */
  byNumberAndTokenHash(number: string, tokenHash: string): Promise<Ticket | null>;
  /** Each e-mail to the requester carries its own link; every issued token stays valid. */
  addAccessToken(ticketId: number, tokenHash: string, now: number): Promise<void>;
  byIdempotencyKey(key: string): Promise<Ticket | null>;
  addEvent(ticketId: number, e: NewEvent, now: number): Promise<TicketEvent>;
  events(ticketId: number, includeInternal: boolean): Promise<TicketEvent[]>;
  addAttachment(ticketId: number, eventId: number, file: StoredFile, now: number): Promise<number>;
  setEventData(eventId: number, data: Record<string, unknown>): Promise<void>;
  /** A file of the ticket, with the visibility of the event that joined it; null when not this ticket's. */
  attachment(ticketId: number, attachmentId: number): Promise<(StoredFile & { visibility: 'public' | 'internal' }) | null>;
  setStatus(ticketId: number, from: TicketStatus, to: TicketStatus, now: number): Promise<boolean>;
  assign(ticketId: number, agentId: number | null, now: number): Promise<void>;
  touch(ticketId: number, now: number): Promise<void>;
  /**
   * A page of the tickets matching the filter, most recently changed first (ties: newest id
   * first, so the order is total and stable). `before` (keyset) continues after a page's
   * `nextCursor`; `offset` is kept for older callers. `total` counts every match, ignoring paging.
   */
  list(filter: TicketListFilter): Promise<TicketPage>;
  /** The latest tickets of a requester (exact e-mail), newest first. */
  ofRequester(email: string, limit: number): Promise<Ticket[]>;
}

/** A file's bytes and what was checked of them (file-type.ts). */
export interface StoredFile {
  filename: string;
  mime: string;
  bytes: Buffer;
}

export interface NewEvent {
  type: TicketEventType;
  visibility: 'public' | 'internal';
  author: { kind: 'requester' | 'agent' | 'system'; agentId?: number | null; name: string };
  body?: string | null;
  data?: Record<string, unknown> | null;
}

interface TicketRow {
  id: number;
  number: string;
  status: TicketStatus;
  category: TicketCategory;
  subject: string;
  description: string;
  requester_email: string;
  requester_name: string;
  requester_portal_id: string | null;
  requester_organisation: string | null;
  requester_verified: number;
  channel: TicketChannel;
  transcript_json: string | null;
  assignee_id: number | null;
  created_at: number;
  updated_at: number;
}

interface EventRow {
  id: number;
  type: TicketEventType;
  visibility: 'public' | 'internal';
  author_kind: 'requester' | 'agent' | 'system';
  author_agent_id: number | null;
  author_name: string;
  body: string | null;
  data_json: string | null;
  created_at: number;
}

const iso = (ms: number) => new Date(Number(ms)).toISOString();

function toTicket(r: TicketRow): Ticket {
  return {
    id: Number(r.id),
    number: r.number,
    status: r.status,
    category: r.category,
    subject: r.subject,
    description: r.description,
    requester: {
      email: r.requester_email,
      name: r.requester_name,
      portalUserId: r.requester_portal_id,
      organisation: r.requester_organisation,
      verified: Number(r.requester_verified) === 1,
    },
    channel: r.channel,
    transcript: r.transcript_json ? (JSON.parse(r.transcript_json) as TranscriptLine[]) : null,
    assigneeId: r.assignee_id === null ? null : Number(r.assignee_id),
    createdAt: iso(r.created_at),
    updatedAt: iso(r.updated_at),
  };
}

function toEvent(r: EventRow): TicketEvent {
  return {
    id: Number(r.id),
    type: r.type,
    visibility: r.visibility,
    author: { kind: r.author_kind, agentId: r.author_agent_id === null ? null : Number(r.author_agent_id), name: r.author_name },
    body: r.body,
    data: r.data_json ? (JSON.parse(r.data_json) as Record<string, unknown>) : null,
    createdAt: iso(r.created_at),
  };
}

export function ticketStore(q: Queryable): TicketStore {
  return {
    async nextNumber(year) {
      const [row] = await q.query<{ value: number }>(
        `INSERT INTO ticket_counters (year, value) VALUES ($1, 1)
         ON CONFLICT (year) DO UPDATE SET value = ticket_counters.value + 1 RETURNING value`,
        [year],
      );
      return Number(row!.value);
    },

    async insert(t) {
      const [row] = await q.query<TicketRow>(
        `INSERT INTO tickets (number, status, category, subject, description, requester_email, requester_name,
           requester_portal_id, requester_organisation, requester_verified, channel, transcript_json, assignee_id,
           idempotency_key, created_at, updated_at)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, NULL, $13, $14, $14) RETURNING *`,
        [
          t.number,
          t.status,
          t.category,
          t.subject,
          t.description,
          t.requester.email,
          t.requester.name,
          t.requester.portalUserId,
          t.requester.organisation,
          t.requester.verified ? 1 : 0,
          t.channel,
          t.transcript ? JSON.stringify(t.transcript) : null,
          t.idempotencyKey ?? null,
          t.now,
        ],
      );
      return toTicket(row!);
    },

    async byNumber(number) {
      const [row] = await q.query<TicketRow>('SELECT * FROM tickets WHERE number = $1', [number]);
      return row ? toTicket(row) : null;
    },

    async byNumberAndTokenHash(number, tokenHash) {
      const [row] = await q.query<TicketRow>(
        `SELECT t.* FROM tickets t JOIN ticket_access_tokens a ON a.ticket_id = t.id
         WHERE t.number = $1 AND a.token_hash = $2`,
        [number, tokenHash],
      );
      return row ? toTicket(row) : null;
    },

    async addAccessToken(ticketId, tokenHash, now) {
      await q.execute('INSERT INTO ticket_access_tokens (ticket_id, token_hash, created_at) VALUES ($1, $2, $3)', [
        ticketId,
        tokenHash,
        now,
      ]);
    },

    async byIdempotencyKey(key) {
      const [row] = await q.query<TicketRow>('SELECT * FROM tickets WHERE idempotency_key = $1', [key]);
      return row ? toTicket(row) : null;
    },

    async addEvent(ticketId, e, now) {
      const [row] = await q.query<EventRow>(
        `INSERT INTO ticket_events (ticket_id, type, visibility, author_kind, author_agent_id, author_name, body, data_json, created_at)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9) RETURNING *`,
        [
          ticketId,
          e.type,
          e.visibility,
          e.author.kind,
          e.author.agentId ?? null,
          e.author.name,
          e.body ?? null,
          e.data ? JSON.stringify(e.data) : null,
          now,
        ],
      );
      return toEvent(row!);
    },

    async addAttachment(ticketId, eventId, file, now) {
      const [row] = await q.query<{ id: number }>(
        `INSERT INTO ticket_attachments (ticket_id, event_id, filename, mime, size, sha256, data, created_at)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8) RETURNING id`,
        [ticketId, eventId, file.filename, file.mime, file.bytes.length, crypto.createHash('sha256').update(file.bytes).digest('hex'), file.bytes, now],
      );
      return Number(row!.id);
    },
    async setEventData(eventId, data) {
      await q.execute('UPDATE ticket_events SET data_json = $2 WHERE id = $1', [eventId, JSON.stringify(data)]);
    },
    async attachment(ticketId, attachmentId) {
      const [row] = await q.query<{ filename: string; mime: string; data: Buffer | Uint8Array; visibility: 'public' | 'internal' }>(
        `SELECT a.filename, a.mime, a.data, e.visibility FROM ticket_attachments a JOIN ticket_events e ON e.id = a.event_id
         WHERE a.ticket_id = $1 AND a.id = $2`,
        [ticketId, attachmentId],
      );
      return row ? { filename: row.filename, mime: row.mime, bytes: Buffer.from(row.data), visibility: row.visibility } : null;
    },
    async events(ticketId, includeInternal) {
      const rows = await q.query<EventRow>(
        `SELECT * FROM ticket_events WHERE ticket_id = $1 ${includeInternal ? '' : "AND visibility = 'public'"} ORDER BY id`,
        [ticketId],
      );
      return rows.map(toEvent);
    },

    async setStatus(ticketId, from, to, now) {
      // Compare-and-set: a concurrent change of the same ticket makes this one fail cleanly.
      const changed = await q.execute('UPDATE tickets SET status = $1, updated_at = $2 WHERE id = $3 AND status = $4', [
        to,
        now,
        ticketId,
        from,
      ]);
      return changed === 1;
    },

    async assign(ticketId, agentId, now) {
      await q.execute('UPDATE tickets SET assignee_id = $1, updated_at = $2 WHERE id = $3', [agentId, now, ticketId]);
    },

    async touch(ticketId, now) {
      await q.execute('UPDATE tickets SET updated_at = $1 WHERE id = $2', [now, ticketId]);
    },

    async ofRequester(email, limit) {
      const rows = await q.query<TicketRow>('SELECT * FROM tickets WHERE requester_email = $1 ORDER BY created_at DESC, id DESC LIMIT $2', [email, limit]);
      return rows.map(toTicket);
    },

    async list(filter) {
      const query = ticketListQuery(filter);
      const [count] = await q.query<{ n: number }>(query.countSql, query.countParams);
      // One row more than the page tells whether another page follows.
      const rows = await q.query<TicketRow>(query.pageSql, query.pageParams);
      const page = rows.slice(0, query.limit);
      const last = page.at(-1);
      const nextCursor = rows.length > query.limit && last ? encodeTicketCursor({ updatedAt: Number(last.updated_at), id: Number(last.id) }) : null;
      return { items: page.map(toTicket), total: Number(count!.n), limit: query.limit, nextCursor };
    },
  };
}
