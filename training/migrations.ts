import { defineMigration, type Migration } from '../platform/db';

/**
 * Accompaniment sessions and their registrations. `seats_taken` is the seats held (confirmed and
 * pending registrations): a registration takes one with a conditional UPDATE in its transaction,
 * so two requests for the last seat cannot both win, on SQLite or PostgreSQL. `reminder_at` is the
 * instant of the reminder (the day before, 9h in Paris), set with the date.
 */
const script = ({ serialKey }: { serialKey: string }) => `
CREATE TABLE training_sessions (
  seq ${serialKey},
  id TEXT NOT NULL UNIQUE,
  kind TEXT NOT NULL CHECK (kind IN ('webinaire', 'formation')),
  title TEXT NOT NULL,
  description TEXT NOT NULL,
  audience_json TEXT NOT NULL,
  starts_at BIGINT NOT NULL,
  duration_minutes INTEGER NOT NULL,
  capacity INTEGER NOT NULL,
  seats_taken INTEGER NOT NULL DEFAULT 0,
  link TEXT NOT NULL,
  reminder_at BIGINT NOT NULL,
  cancelled_at BIGINT,
  created_at BIGINT NOT NULL,
  CHECK (seats_taken >= 0 AND seats_taken <= capacity)
);
CREATE INDEX training_sessions_starts ON training_sessions (starts_at);
CREATE INDEX training_sessions_reminder ON training_sessions (reminder_at);
CREATE TABLE training_registrations (
  seq ${serialKey},
  id TEXT NOT NULL UNIQUE,
  session_id TEXT NOT NULL REFERENCES training_sessions (id),
  name TEXT NOT NULL,
  email TEXT NOT NULL,
  portal_user_id TEXT,
  verified INTEGER NOT NULL,
  status TEXT NOT NULL CHECK (status IN ('pending', 'confirmed', 'cancelled')),
  token_hash TEXT NOT NULL UNIQUE,
  created_at BIGINT NOT NULL,
  confirmed_at BIGINT,
  cancelled_at BIGINT,
  reminded_at BIGINT
);
CREATE UNIQUE INDEX training_registrations_once ON training_registrations (session_id, email) WHERE status <> 'cancelled';
CREATE INDEX training_registrations_session ON training_registrations (session_id, status);
CREATE INDEX training_registrations_user ON training_registrations (portal_user_id);
`;

export const trainingMigrations: Migration[] = [defineMigration('training-001-sessions', script)];
