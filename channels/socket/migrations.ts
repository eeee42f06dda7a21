import { defineMigration, type Migration } from '../../platform/db';

/**
 * Widget conversations and their message history. Only the SHA-256 of the visitor token is kept:
 * a leaked database does not let anyone resume a conversation. `seq` orders the history, since
 * several activities can share a millisecond.
 */
const script = ({ serialKey }: { serialKey: string }) => `
CREATE TABLE chat_conversations (
  id TEXT PRIMARY KEY,
  visitor_token_hash TEXT NOT NULL UNIQUE,
  portal_user_id TEXT,
  requester_json TEXT,
  created_at BIGINT NOT NULL,
  last_seen_at BIGINT NOT NULL
);
CREATE TABLE chat_messages (
  seq ${serialKey},
  id TEXT NOT NULL UNIQUE,
  conversation_id TEXT NOT NULL REFERENCES chat_conversations (id),
  activity_json TEXT NOT NULL,
  created_at BIGINT NOT NULL
);
CREATE INDEX chat_messages_conversation ON chat_messages (conversation_id, seq);
`;

/**
 * `agents`: internal notes of the live chat, kept in the conversation's order but never emitted
 * or replayed to the user.
 */
const audience = () => "ALTER TABLE chat_messages ADD COLUMN audience TEXT NOT NULL DEFAULT 'all'";

/**
 * The widget's own id of a user message: a resend (after a reconnect, or from the offline queue)
 * finds the message already stored and is not run twice. Unique per conversation, so two
 * processes racing on the same resend cannot both store it; NULL for everything else.
 */
const clientActivityId = () => `
ALTER TABLE chat_messages ADD COLUMN client_activity_id TEXT;
CREATE UNIQUE INDEX chat_messages_client_activity ON chat_messages (conversation_id, client_activity_id);
`;

/**
 * Files shared in a live chat (the user's from the widget, the adviser's from the console), kept
 * with their conversation: its retention and erasure take them too.
 */
const files = ({ blob }: { blob: string }) => `
CREATE TABLE chat_files (
  id TEXT PRIMARY KEY,
  conversation_id TEXT NOT NULL REFERENCES chat_conversations (id),
  filename TEXT NOT NULL,
  mime TEXT NOT NULL,
  size INTEGER NOT NULL,
  data ${blob} NOT NULL,
  created_at BIGINT NOT NULL
);
CREATE INDEX chat_files_conversation ON chat_files (conversation_id);
`;

export const chatMigrations: Migration[] = [
  defineMigration('chat-001-conversations', script),
  defineMigration('chat-002-audience', audience),
  defineMigration('chat-003-client-activity-id', clientActivityId),
  defineMigration('chat-004-files', files),
  // The dashboard counts conversations per day.
  defineMigration('chat-005-created-index', () => 'CREATE INDEX chat_conversations_created_at ON chat_conversations (created_at);'),
];
