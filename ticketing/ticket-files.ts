import type { Db, Queryable } from '../platform/db';
import { fileSizeLabel } from '../protocol/file-size';
import type { Ticket, TicketAttachment, TicketEvent } from '../protocol/ticket';
import { TicketError } from './errors';
import { checkFile } from './file-type';
import { ticketStore, type NewEvent, type StoredFile, type TicketStore } from './store';

/** A file as it arrives: the name the person gave and the bytes (their kind is checked here). */
export interface IncomingFile {
  filename: string;
  bytes: Buffer;
}

/** Files joined to a ticket, as the ticket service offers them. */
export interface TicketFiles {
  /** Joins a file from the follow-up page (the requester's token). */
  attachByRequester(number: string, token: string, file: IncomingFile): Promise<TicketEvent>;
  /** Joins a file from the console: shown to the requester (and announced by e-mail) or internal. */
  attachByAgent(number: string, agent: { id: number; name: string }, file: IncomingFile, visibility: 'public' | 'internal'): Promise<TicketEvent>;
  /** A file the requester may read (public only); null for a wrong number, token or id alike. */
  fileForRequester(number: string, token: string, attachmentId: number): Promise<StoredFile | null>;
  fileForAgent(number: string, attachmentId: number): Promise<StoredFile>;
  /** A reply by e-mail: its text and its attached files (either may be empty, not both), in one transaction. */
  mailReply(number: string, body: string, from: string, files?: readonly IncomingFile[]): Promise<TicketEvent>;
}

/** What the files borrow from the ticket service: its transaction, its lookups and how it tells each side. */
export interface TicketFilesDeps {
  db: Db;
  maxBytes: number;
  change<T>(fn: (store: TicketStore, tx: Queryable, now: number) => Promise<T>): Promise<T>;
  mustFind(store: TicketStore, number: string): Promise<Ticket>;
  byToken(store: TicketStore, number: string, token: string): Promise<Ticket | null>;
  mustFindByToken(store: TicketStore, number: string, token: string): Promise<Ticket>;
  fromRequester(store: TicketStore, tx: Queryable, ticket: Ticket, now: number, write: (author: NewEvent['author']) => Promise<TicketEvent>, summary: string, kind: string): Promise<TicketEvent>;
  mailAdviserMessage(store: TicketStore, tx: Queryable, ticket: Ticket, agentName: string, body: string, now: number, kind: string): Promise<void>;
}

/** What the e-mails say of a file: they name it and send to the follow-up page (the outbox does not carry files). */
const fileLine = (f: StoredFile) => `Pièce jointe : ${f.filename} (${fileSizeLabel(f.bytes.length)}), à ouvrir depuis la page de suivi.`;

/** The event that joins a file, and the file, in the caller's transaction. */
async function joinFile(store: TicketStore, ticket: Ticket, file: StoredFile, author: NewEvent['author'], visibility: 'public' | 'internal', now: number): Promise<TicketEvent> {
  const event = await store.addEvent(ticket.id, { type: 'attachment', visibility, author }, now);
  const attachmentId = await store.addAttachment(ticket.id, event.id, file, now);
  const data: TicketAttachment = { attachmentId, filename: file.filename, mime: file.mime, size: file.bytes.length };
  await store.setEventData(event.id, { ...data });
  return { ...event, data: { ...data } };
}

export function createTicketFiles(deps: TicketFilesDeps): TicketFiles {
  const { db, change } = deps;

  return {
    async attachByRequester(number, token, incoming) {
      const file = checkFile(incoming, deps.maxBytes);
      return change(async (store, tx, now) => {
        const ticket = await deps.mustFindByToken(store, number, token);
        return deps.fromRequester(store, tx, ticket, now, (author) => joinFile(store, ticket, file, author, 'public', now), fileLine(file), 'ticket.requester-file');
      });
    },

    async attachByAgent(number, agent, incoming, visibility) {
      const file = checkFile(incoming, deps.maxBytes);
      return change(async (store, tx, now) => {
        const ticket = await deps.mustFind(store, number);
        if (ticket.status === 'clos') throw new TicketError('TICKET_CLOSED', 'Ce ticket est clos.');
        const event = await joinFile(store, ticket, file, { kind: 'agent', agentId: agent.id, name: agent.name }, visibility, now);
        await store.touch(ticket.id, now);
        // The requester is told, with a fresh link to read it.
        if (visibility === 'public') await deps.mailAdviserMessage(store, tx, ticket, agent.name, fileLine(file), now, 'ticket.agent-file');
        return event;
      });
    },

    async fileForRequester(number, token, attachmentId) {
      const store = ticketStore(db);
      const ticket = await deps.byToken(store, number, token);
      const file = ticket ? await store.attachment(ticket.id, attachmentId) : null;
      return file && file.visibility === 'public' ? { filename: file.filename, mime: file.mime, bytes: file.bytes } : null;
    },

    async mailReply(number, body, from, incoming = []) {
      // Every file is checked before anything is written: a refused one refuses the whole reply.
      const files = incoming.map((f) => checkFile(f, deps.maxBytes));
      return change(async (store, tx, now) => {
        const ticket = await deps.mustFind(store, number);
        const summary = [body, ...files.map(fileLine)].filter(Boolean).join('\n\n');
        // The support is told once, of the text and the files.
        return deps.fromRequester(
          store,
          tx,
          ticket,
          now,
          async (author) => {
            const reply = body ? await store.addEvent(ticket.id, { type: 'reply', visibility: 'public', author, body, data: { via: 'email', from } }, now) : null;
            const joined: TicketEvent[] = [];
            for (const f of files) joined.push(await joinFile(store, ticket, f, author, 'public', now));
            return reply ?? joined[0]!;
          },
          summary,
          'ticket.requester-reply',
        );
      });
    },

    async fileForAgent(number, attachmentId) {
      const store = ticketStore(db);
      const file = await store.attachment((await deps.mustFind(store, number)).id, attachmentId);
      if (!file) throw new TicketError('TICKET_NOT_FOUND', 'Pièce jointe introuvable.');
      return { filename: file.filename, mime: file.mime, bytes: file.bytes };
    },
  };
}
