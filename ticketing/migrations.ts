import { defineMigration, type Migration } from '../platform/db';

const script = ({ serialKey }: { serialKey: string }) => `
CREATE TABLE ticket_counters (year INTEGER PRIMARY KEY, value BIGINT NOT NULL);
CREATE TABLE tickets (
  id ${serialKey},
  number TEXT NOT NULL UNIQUE,
  status TEXT NOT NULL,
  category TEXT NOT NULL,
  subject TEXT NOT NULL,
  description TEXT NOT NULL,
  requester_email TEXT NOT NULL,
  requester_name TEXT NOT NULL,
  requester_portal_id TEXT,
  requester_organisation TEXT,
  requester_verified INTEGER NOT NULL,
  channel TEXT NOT NULL,
  transcript_json TEXT,
  assignee_id BIGINT,
  idempotency_key TEXT,
  created_at BIGINT NOT NULL,
  updated_at BIGINT NOT NULL
);
CREATE INDEX tickets_status ON tickets (status, updated_at);
-- Partial: most tickets have no key, and every index entry is one more page written per ticket.
CREATE UNIQUE INDEX tickets_idempotency ON tickets (idempotency_key) WHERE idempotency_key IS NOT NULL;
CREATE TABLE ticket_events (
  id ${serialKey},
  ticket_id BIGINT NOT NULL REFERENCES tickets (id),
  type TEXT NOT NULL,
  visibility TEXT NOT NULL,
  author_kind TEXT NOT NULL,
  author_agent_id BIGINT,
  author_name TEXT NOT NULL,
  body TEXT,
  data_json TEXT,
  created_at BIGINT NOT NULL
);
CREATE INDEX ticket_events_ticket ON ticket_events (ticket_id, id);
CREATE TABLE ticket_access_tokens (
  id ${serialKey},
  ticket_id BIGINT NOT NULL REFERENCES tickets (id),
  token_hash TEXT NOT NULL UNIQUE,
  created_at BIGINT NOT NULL
);
`;

/** The agents' list (newest change first, paged with an (updated_at, id) cursor) without a status filter. */
const listOrder = () => 'CREATE INDEX tickets_updated ON tickets (updated_at, id)';

/** Files joined to a ticket (a screenshot, a PDF): in the database, so they commit, back up and go with their ticket. */
const attachments = ({ serialKey, blob }: { serialKey: string; blob: string }) => `
CREATE TABLE ticket_attachments (
  id ${serialKey},
  ticket_id BIGINT NOT NULL REFERENCES tickets (id),
  event_id BIGINT NOT NULL REFERENCES ticket_events (id),
  filename TEXT NOT NULL,
  mime TEXT NOT NULL,
  size BIGINT NOT NULL,
  sha256 TEXT NOT NULL,
  data ${blob} NOT NULL,
  created_at BIGINT NOT NULL
);
CREATE INDEX ticket_attachments_ticket ON ticket_attachments (ticket_id, id);
`;

export const ticketMigrations: Migration[] = [
  defineMigration('ticket-001-tickets', script),
  defineMigration('ticket-002-updated-index', listOrder),
  defineMigration('ticket-003-attachments', attachments),
  // The dashboard counts tickets opened and status changes per day.
  defineMigration('ticket-004-daily-indexes', () => 'CREATE INDEX tickets_created_at ON tickets (created_at);\nCREATE INDEX ticket_events_type_created ON ticket_events (type, created_at);'),
];
