import { defineMigration, type Migration } from '../../platform/db';

// Timestamps are BIGINT milliseconds since the epoch, like the rest of the schema. DOUBLE
// PRECISION is REAL affinity in SQLite and float8 in PostgreSQL (REAL there would be float4).
export const ratingsMigration: Migration = defineMigration(
  'bot-002-feedback',
  (t) => `
    CREATE TABLE bot_ratings (
      id ${t.serialKey},
      conversation_id TEXT NOT NULL,
      message_id TEXT NOT NULL,
      reaction TEXT NOT NULL CHECK (reaction IN ('like', 'dislike')),
      question TEXT,
      article_id TEXT,
      score DOUBLE PRECISION,
      comment TEXT,
      created_at BIGINT NOT NULL
    );
    CREATE INDEX bot_ratings_message ON bot_ratings (conversation_id, message_id);
    CREATE INDEX bot_ratings_created_at ON bot_ratings (created_at);
    CREATE TABLE bot_unanswered (
      id ${t.serialKey},
      conversation_id TEXT NOT NULL,
      question TEXT NOT NULL,
      normalized_question TEXT NOT NULL,
      score DOUBLE PRECISION NOT NULL,
      created_at BIGINT NOT NULL
    );
    CREATE INDEX bot_unanswered_created_at ON bot_unanswered (created_at);
    CREATE INDEX bot_unanswered_group ON bot_unanswered (normalized_question, created_at);
  `,
);
