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

/**
 * What the bot did with each question (answered, offered choices, fell back, acted on an intent,
 * or an article picked among its choices), for the supervisors' dashboard: one row per question,
 * no text (the question is in the conversation), kept as long as the ratings.
 */
export const outcomesMigration: Migration = defineMigration(
  'bot-003-outcomes',
  (t) => `
    CREATE TABLE bot_outcomes (
      id ${t.serialKey},
      conversation_id TEXT NOT NULL,
      outcome TEXT NOT NULL CHECK (outcome IN ('answer', 'clarify', 'fallback', 'intent', 'choice')),
      article_id TEXT,
      created_at BIGINT NOT NULL
    );
    CREATE INDEX bot_outcomes_created_at ON bot_outcomes (created_at);
    CREATE INDEX bot_outcomes_conversation ON bot_outcomes (conversation_id);
  `,
);
