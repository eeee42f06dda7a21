import type { Db } from '../../platform/db';
import { KnowledgeBaseError } from './errors';

export interface StoredArticle {
  id: string;
  source: string;
  version: number;
  updatedAt: number;
  updatedBy: string;
}

export interface ArticleVersion {
  version: number;
  author: string;
  reason: string | null;
  createdAt: number;
}

export interface Publication {
  id: string;
  source: string;
  author: string;
  reason: string | null;
  /** The version the editor started from (0 for a new article): another publication since is a conflict. */
  expectedVersion: number;
  /** Questions taught to this article with this publication (kept for the regression guard). */
  taught?: readonly string[];
}

type Row = { id: string; source: string; version: number | string; updated_at: number | string; updated_by: string };
const toArticle = (r: Row): StoredArticle => ({ id: r.id, source: r.source, version: Number(r.version), updatedAt: Number(r.updated_at), updatedBy: r.updated_by });

/** The articles' table and its versions; every change bumps the base's revision in the same transaction. */
export function knowledgeBaseStore(db: Db) {
  return {
    /** The first start fills an empty base from the repository's files (two processes starting together: one wins). */
    async seed(articles: readonly { id: string; source: string }[], now: number): Promise<boolean> {
      return db.transaction(async (tx) => {
        const [row] = await tx.query<{ n: number | string }>('SELECT COUNT(*) AS n FROM kb_articles');
        if (Number(row?.n ?? 0) > 0) return false;
        for (const a of articles) {
          await tx.execute('INSERT INTO kb_articles (id, source, version, updated_at, updated_by) VALUES ($1, $2, 1, $3, $4) ON CONFLICT (id) DO NOTHING', [a.id, a.source, now, 'dépôt']);
          await tx.execute(
            'INSERT INTO kb_versions (article_id, version, source, author, reason, created_at) VALUES ($1, 1, $2, $3, $4, $5) ON CONFLICT (article_id, version) DO NOTHING',
            [a.id, a.source, 'dépôt', 'Fiches du dépôt (knowledge/articles)', now],
          );
        }
        await tx.execute('INSERT INTO kb_state (id, revision) VALUES (1, 1) ON CONFLICT (id) DO NOTHING');
        return true;
      });
    },

    async revision(): Promise<number> {
      const [row] = await db.query<{ revision: number | string }>('SELECT revision FROM kb_state WHERE id = 1');
      return Number(row?.revision ?? 0);
    },

    async all(): Promise<StoredArticle[]> {
      return (await db.query<Row>('SELECT id, source, version, updated_at, updated_by FROM kb_articles ORDER BY id')).map(toArticle);
    },

    async get(id: string): Promise<StoredArticle | null> {
      const [row] = await db.query<Row>('SELECT id, source, version, updated_at, updated_by FROM kb_articles WHERE id = $1', [id]);
      return row ? toArticle(row) : null;
    },

    async versions(id: string): Promise<ArticleVersion[]> {
      const rows = await db.query<{ version: number | string; author: string; reason: string | null; created_at: number | string }>(
        'SELECT version, author, reason, created_at FROM kb_versions WHERE article_id = $1 ORDER BY version DESC',
        [id],
      );
      return rows.map((r) => ({ version: Number(r.version), author: r.author, reason: r.reason, createdAt: Number(r.created_at) }));
    },

    async version(id: string, version: number): Promise<string | null> {
      const [row] = await db.query<{ source: string }>('SELECT source FROM kb_versions WHERE article_id = $1 AND version = $2', [id, version]);
      return row?.source ?? null;
    },

    /** A new version of an article (or a new article), with the revision bump that tells every process. */
    async publish(p: Publication, now: number): Promise<{ version: number; revision: number }> {
      return db.transaction(async (tx) => {
        const [current] = await tx.query<{ version: number | string }>('SELECT version FROM kb_articles WHERE id = $1', [p.id]);
        const version = Number(current?.version ?? 0);
        if (version !== p.expectedVersion) {
          throw new KnowledgeBaseError(
            'CONFLICT',
            p.expectedVersion === 0 ? 'Une fiche porte déjà cet identifiant.' : 'La fiche a été publiée par quelqu’un d’autre entre-temps : rechargez-la avant de publier.',
          );
        }
        const next = version + 1;
        await tx.execute('INSERT INTO kb_versions (article_id, version, source, author, reason, created_at) VALUES ($1, $2, $3, $4, $5, $6)', [
          p.id,
          next,
          p.source,
          p.author,
          p.reason,
          now,
        ]);
        if (version === 0) {
          await tx.execute('INSERT INTO kb_articles (id, source, version, updated_at, updated_by) VALUES ($1, $2, $3, $4, $5)', [p.id, p.source, next, now, p.author]);
        } else {
          await tx.execute('UPDATE kb_articles SET source = $2, version = $3, updated_at = $4, updated_by = $5 WHERE id = $1', [p.id, p.source, next, now, p.author]);
        }
        for (const q of p.taught ?? []) {
          await tx.execute('INSERT INTO kb_taught (question, article_id, author, created_at) VALUES ($1, $2, $3, $4)', [q, p.id, p.author, now]);
        }
        await tx.execute('UPDATE kb_state SET revision = revision + 1 WHERE id = 1');
        const [state] = await tx.query<{ revision: number | string }>('SELECT revision FROM kb_state WHERE id = 1');
        return { version: next, revision: Number(state?.revision ?? 0) };
      });
    },

    /** The questions taught so far, each with the article it must keep getting. */
    async taught(): Promise<{ question: string; articleId: string }[]> {
      const rows = await db.query<{ question: string; article_id: string }>('SELECT question, article_id FROM kb_taught ORDER BY seq');
      return rows.map((r) => ({ question: r.question, articleId: r.article_id }));
    },
  };
}

export type KnowledgeBaseStore = ReturnType<typeof knowledgeBaseStore>;
