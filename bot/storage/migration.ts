import { defineMigration, type Migration } from '../../platform/db';

// One row per botbuilder storage key (conversation state, user state). `etag` is a per-key
// counter (see db-storage.ts); `updated_at` (ms since the epoch) lets a later job purge
// abandoned conversations.
export const botStateMigration: Migration = defineMigration(
  'bot-001-state',
  () => `
    CREATE TABLE bot_state (
      key TEXT PRIMARY KEY,
      data TEXT NOT NULL,
      etag BIGINT NOT NULL,
      updated_at BIGINT NOT NULL
    );
  `,
);
