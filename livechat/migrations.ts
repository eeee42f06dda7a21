import { defineMigration, type Migration } from '../platform/db';

/**
 * Live chats, agent presence and phone appointments. A chat is one hand-off episode of a widget
 * conversation; the partial unique index allows one open chat per conversation, so a double
 * hand-off (two tabs, a retry) finds the existing one. `seq` breaks ties between chats queued in
 * the same millisecond (first come, first served). Taking a chat is a conditional UPDATE on
 * `state = 'queued'`: whoever changes the row owns it, on any number of processes.
 */
const chats = ({ serialKey }: { serialKey: string }) => `
CREATE TABLE livechat_chats (
  seq ${serialKey},
  id TEXT NOT NULL UNIQUE,
  conversation_id TEXT NOT NULL,
  state TEXT NOT NULL CHECK (state IN ('queued', 'agent', 'closed')),
  reason TEXT NOT NULL,
  comment TEXT,
  requester_json TEXT,
  transcript_json TEXT NOT NULL,
  start_seq BIGINT NOT NULL,
  priority INTEGER NOT NULL DEFAULT 0,
  queued_at BIGINT NOT NULL,
  agent_id BIGINT,
  assigned_at BIGINT,
  closed_at BIGINT,
  end_reason TEXT,
  ticket_number TEXT
);
CREATE UNIQUE INDEX livechat_chats_open ON livechat_chats (conversation_id) WHERE state <> 'closed';
CREATE INDEX livechat_chats_queue ON livechat_chats (state, priority, queued_at);
CREATE INDEX livechat_chats_agent ON livechat_chats (agent_id, state);
CREATE TABLE livechat_agents (
  agent_id BIGINT PRIMARY KEY,
  team TEXT NOT NULL,
  status TEXT NOT NULL CHECK (status IN ('available', 'busy', 'away', 'offline')),
  capacity INTEGER NOT NULL,
  connected INTEGER NOT NULL DEFAULT 0,
  last_seen_at BIGINT,
  last_assigned_at BIGINT
);
CREATE TABLE livechat_appointments (
  id TEXT PRIMARY KEY,
  chat_id TEXT NOT NULL,
  agent_id BIGINT NOT NULL,
  status TEXT NOT NULL CHECK (status IN ('proposed', 'booked', 'cancelled')),
  slots_json TEXT NOT NULL,
  duration_minutes INTEGER NOT NULL,
  chosen_slot BIGINT,
  phone TEXT,
  email TEXT,
  proposed_at BIGINT NOT NULL,
  booked_at BIGINT
);
CREATE INDEX livechat_appointments_chat ON livechat_appointments (chat_id);
`;

/** The end of a chat: the user's rating and the transcript by e-mail, once each per chat (livechat/satisfaction.ts). */
const satisfaction = () => `
ALTER TABLE livechat_chats ADD COLUMN satisfaction_score INTEGER;
ALTER TABLE livechat_chats ADD COLUMN satisfaction_comment TEXT;
ALTER TABLE livechat_chats ADD COLUMN satisfaction_at BIGINT;
ALTER TABLE livechat_chats ADD COLUMN transcript_mailed_at BIGINT;
CREATE INDEX livechat_chats_satisfaction ON livechat_chats (satisfaction_at);
`;

/** The portal page the user wrote from before the hand-off (the adviser's context). */
const page = () => `ALTER TABLE livechat_chats ADD COLUMN page_json TEXT;`;

/** The dashboard reads chats by the day they were queued, taken, ended and rated. */
const dailyIndexes = () => `
CREATE INDEX livechat_chats_queued_at ON livechat_chats (queued_at);
CREATE INDEX livechat_chats_assigned_at ON livechat_chats (assigned_at);
CREATE INDEX livechat_chats_closed_at ON livechat_chats (closed_at);
CREATE INDEX livechat_chats_satisfaction_at ON livechat_chats (satisfaction_at);
`;

export const livechatMigrations: Migration[] = [defineMigration('livechat-001-chats', chats), defineMigration('livechat-002-satisfaction', satisfaction), defineMigration('livechat-003-page', page), defineMigration('livechat-004-daily-indexes', dailyIndexes)];
