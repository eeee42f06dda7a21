import { defineMigration, type Migration } from '../../platform/db';

// `title_key` is the lower-cased title, computed in JavaScript: SQLite's lower() only folds
// ASCII, so a unique index on lower(title) would let "Étape" and "étape" coexist on SQLite
// but not on PostgreSQL. `livechat_canned_seeded` remembers which teams got the default set,
// so a team that deletes every default does not get them back.
export const cannedMigrations: readonly Migration[] = Object.freeze([
  defineMigration(
    'livechat-010-canned',
    () => `
      CREATE TABLE livechat_canned (
        id TEXT PRIMARY KEY,
        team TEXT NOT NULL,
        title TEXT NOT NULL,
        title_key TEXT NOT NULL,
        body TEXT NOT NULL,
        created_at BIGINT NOT NULL,
        updated_at BIGINT NOT NULL,
        updated_by INTEGER
      );
      CREATE UNIQUE INDEX livechat_canned_team_title ON livechat_canned (team, title_key);
      CREATE TABLE livechat_canned_seeded (
        team TEXT PRIMARY KEY,
        seeded_at BIGINT NOT NULL
      );
    `,
  ),
]);
