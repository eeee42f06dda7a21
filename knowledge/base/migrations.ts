import { defineMigration, type Migration } from '../../platform/db';

/**
 * The knowledge base in the database: each article's current Markdown source and every version
 * published (author, date, reason), one revision number that every change bumps (a process that
 * sees another revision reloads), and the questions taught from the inbox (the regression guard
 * keeps them answered).
 */
const script = ({ serialKey }: { serialKey: string }) => `
CREATE TABLE kb_articles (
  id TEXT PRIMARY KEY,
  source TEXT NOT NULL,
  version INTEGER NOT NULL,
  updated_at BIGINT NOT NULL,
  updated_by TEXT NOT NULL
);
CREATE TABLE kb_versions (
  seq ${serialKey},
  article_id TEXT NOT NULL,
  version INTEGER NOT NULL,
  source TEXT NOT NULL,
  author TEXT NOT NULL,
  reason TEXT,
  created_at BIGINT NOT NULL,
  UNIQUE (article_id, version)
);
CREATE TABLE kb_state (
  id INTEGER PRIMARY KEY,
  revision INTEGER NOT NULL
);
CREATE TABLE kb_taught (
  seq ${serialKey},
  question TEXT NOT NULL,
  article_id TEXT NOT NULL,
  author TEXT NOT NULL,
  created_at BIGINT NOT NULL
);
`;

export const knowledgeBaseMigrations: Migration[] = [defineMigration('kb-001-articles', script)];
