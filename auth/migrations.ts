import { defineMigration, type Migration } from '../platform/db';

// Timestamps are BIGINT milliseconds since the epoch, like the rest of the schema. Ids start
// with `auth-` so that migrations of other modules referencing `agents` (livechat-, ticketing-)
// sort after them.
export const authMigrations: readonly Migration[] = Object.freeze([
  defineMigration(
    'auth-001-agents-and-sessions',
    (t) => `
      CREATE TABLE agents (
        id ${t.serialKey},
        email TEXT NOT NULL UNIQUE,
        name TEXT NOT NULL,
        role TEXT NOT NULL CHECK (role IN ('agent', 'supervisor')),
        password_hash TEXT NOT NULL,
        created_at BIGINT NOT NULL
      );
      CREATE TABLE agent_sessions (
        token_hash TEXT PRIMARY KEY,
        agent_id BIGINT NOT NULL REFERENCES agents (id) ON DELETE CASCADE,
        csrf_token TEXT NOT NULL,
        created_at BIGINT NOT NULL,
        expires_at BIGINT NOT NULL
      );
      CREATE INDEX agent_sessions_expires_at ON agent_sessions (expires_at);
      CREATE INDEX agent_sessions_agent_id ON agent_sessions (agent_id);
    `,
  ),
]);
