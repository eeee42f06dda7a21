import fs from 'node:fs';
import path from 'node:path';
import { parseArticle, type Article } from './article';
import { foldAccents } from './normalize';

/** Article ids other tools rely on (DESIGN.md); more may be added, none removed. */
export const REQUIRED_ARTICLE_IDS = Object.freeze([
  'facture-brouillon',
  'factures-emises-ou-travaux',
  'frais-de-justice-frais-divers',
  'moe-projet-decompte-mensuel',
  'contacter-le-support',
  'ticket-support',
  'mot-de-passe-oublie',
  'suivre-une-facture',
  'accompagnement-webinaires',
  'gouvernance-ipm',
  'facturation-electronique-b2b',
  'envoi-edi',
  'lettre-information',
]);

export interface KbCheckResult {
  articles: Article[];
  problems: string[];
}

const questionKey = (q: string) => foldAccents(q).replace(/[^\p{L}\p{N}]+/gu, ' ').trim();

/**
 * Validates a knowledge folder: front matter (zod), file name = id, unique ids, every required
 * id present, `related` and `next` ids exist, no question (accents and punctuation aside) in two articles.
 */
export function checkKnowledgeBase(dir: string, required: readonly string[] = REQUIRED_ARTICLE_IDS): KbCheckResult {
  const problems: string[] = [];
  const articles: Article[] = [];
  for (const f of fs.readdirSync(dir).filter((f) => f.endsWith('.md')).sort()) {
    try {
      const article = parseArticle(f, fs.readFileSync(path.join(dir, f), 'utf8'));
      if (`${article.id}.md` !== f) problems.push(`${f}: id "${article.id}" does not match the file name`);
      articles.push(article);
    } catch (err) {
      problems.push((err as Error).message.replace(/^knowledge: /, ''));
    }
  }
  const ids = new Map<string, number>();
  for (const a of articles) ids.set(a.id, (ids.get(a.id) ?? 0) + 1);
  for (const [id, n] of ids) if (n > 1) problems.push(`id "${id}" is used by ${n} articles`);
  for (const id of required) if (!ids.has(id)) problems.push(`required article "${id}" is missing`);
  const owner = new Map<string, string>();
  for (const a of articles) {
    for (const r of a.related) {
      if (!ids.has(r)) problems.push(`${a.id}: related article "${r}" does not exist`);
      if (r === a.id) problems.push(`${a.id}: an article cannot be related to itself`);
    }
    if (a.next && !ids.has(a.next)) problems.push(`${a.id}: next article "${a.next}" does not exist`);
    if (a.next === a.id) problems.push(`${a.id}: an article cannot be its own next step`);
    const own = new Set<string>();
    for (const q of a.questions) {
      const key = questionKey(q);
      const other = owner.get(key);
      if (other && other !== a.id) problems.push(`question "${q}" appears in ${other} and ${a.id}`);
      if (own.has(key)) problems.push(`${a.id}: question "${q}" is listed twice`);
      own.add(key);
      owner.set(key, a.id);
    }
  }
  return { articles, problems };
}
