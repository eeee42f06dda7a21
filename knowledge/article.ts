import fs from 'node:fs';
import path from 'node:path';
import matter from 'gray-matter';
import { z } from 'zod';
import type { KbArticle } from '../protocol/knowledge-base';
import { PORTAL_PROFILES } from '../protocol/profile';

export const ARTICLE_ID = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

export const ArticleFrontMatter = z.strictObject({
  id: z.string().regex(ARTICLE_ID, 'id en kebab-case attendu'),
  title: z.string().min(5).max(120),
  summary: z.string().min(10).max(300).optional(),
  /** The help centre's section the article is listed under («Déposer et suivre ses factures»). */
  topic: z.string().min(3).max(60).optional(),
  questions: z.array(z.string().trim().min(2).max(300)).min(6, 'au moins 6 formulations'),
  tags: z.array(z.string().trim().min(1).max(40)).min(1),
  links: z.array(z.strictObject({ label: z.string().min(1), url: z.url() })).optional(),
  related: z.array(z.string().regex(ARTICLE_ID)).optional(),
  /** The article users usually need once they have done what this one says (a draft sent → following it). */
  next: z.string().regex(ARTICLE_ID).optional(),
  /** English title and gist, shown to users who write in English (the article itself stays French). */
  en: z.strictObject({ title: z.string().min(5).max(120), summary: z.string().min(10).max(400) }).optional(),
  /** The portal profiles it is written for: a user with that profile gets it first (audience.ts). */
  audience: z.array(z.enum(PORTAL_PROFILES)).min(1).optional(),
});

/** An article: the fields the editor and the console share (protocol/knowledge-base.ts) and where it was read from. */
export interface Article extends KbArticle {
  /** File the article was read from (`base:<id>` for one read from the database). */
  file: string;
}

export class ArticleError extends Error {
  readonly code = 'KNOWLEDGE_ARTICLE_INVALID';
}

/** Parses one article file; throws an ArticleError naming the file and the fields at fault. */
export function parseArticle(file: string, source: string): Article {
  let parsed: matter.GrayMatterFile<string>;
  try {
    parsed = matter(source);
  } catch (err) {
    throw new ArticleError(`knowledge: ${file}: front matter is not valid YAML (${(err as Error).message})`);
  }
  const fm = ArticleFrontMatter.safeParse(parsed.data);
  if (!fm.success) {
    const details = fm.error.issues.map((i) => `${i.path.join('.') || '(root)'}: ${i.message}`).join('; ');
    throw new ArticleError(`knowledge: ${file}: ${details}`);
  }
  const body = parsed.content.trim();
  if (body.length < 20) throw new ArticleError(`knowledge: ${file}: body is empty`);
  return {
    ...fm.data,
    links: fm.data.links ?? [],
    related: fm.data.related ?? [],
    body,
    file,
  };
}

/** Every `*.md` file of a folder, sorted by name: its name, its text and the article it holds. */
export function readArticleFiles(dir: string): { file: string; source: string; article: Article }[] {
  return fs
    .readdirSync(dir)
    .filter((f) => f.endsWith('.md'))
    .sort()
    .map((file) => {
      const source = fs.readFileSync(path.join(dir, file), 'utf8');
      return { file, source, article: parseArticle(path.join(dir, file), source) };
    });
}

/** Reads every `*.md` file of a folder, sorted by name. */
export function loadArticles(dir: string): Article[] {
  return readArticleFiles(dir).map((f) => f.article);
}
