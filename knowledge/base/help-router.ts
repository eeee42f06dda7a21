import express, { type RequestHandler } from 'express';
import { z } from 'zod';
import { AppError } from '../../platform/errors';
import { wrap } from '../../platform/http/errors';
import type { HelpArticle, HelpEntry, HelpTopic } from '../../protocol/knowledge-base';
import type { Article } from '../article';
import type { Knowledge } from '../index';

export interface HelpCentreDeps {
  /** The published base (the bot's own engine). */
  knowledge: Knowledge;
  /** «Cette page vous a-t-elle aidé ?»: a rating of the article, counted with the bot's. */
  rate(articleId: string, reaction: 'like' | 'dislike', comment: string | null): Promise<void>;
  /** Per client address: reads, searches, ratings. */
  limits: { read: RequestHandler; rate: RequestHandler };
}

/** Articles listed without a section. */
export const OTHER_TOPIC = 'Autres fiches';
const MAX_RESULTS = 5;

const entry = (a: Article): HelpEntry => ({ id: a.id, title: a.title, summary: a.summary ?? null });
const Search = z.object({ q: z.string().trim().min(2, 'Écrivez au moins deux caractères.').max(300, 'Question trop longue (300 caractères au plus).') });
const Rating = z.object({ utile: z.boolean(), commentaire: z.string().trim().max(1000).optional() });

/**
 * `/api/aide`: the help centre's data, public and read-only but for the «was it useful» answer —
 * the articles by section, a search with the bot's own engine, one article with its related ones.
 */
export function helpCentreRouter(deps: HelpCentreDeps): express.Router {
  const router = express.Router();
  const articleOf = (id: string) => {
    const a = deps.knowledge.article(id);
    if (!a) throw new AppError('NOT_FOUND', 'Fiche introuvable.');
    return a;
  };

  router.get('/', deps.limits.read, (_req, res) => {
    const topics = new Map<string, HelpEntry[]>();
    for (const a of [...deps.knowledge.articles].sort((x, y) => x.title.localeCompare(y.title, 'fr'))) {
      const t = a.topic ?? OTHER_TOPIC;
      topics.set(t, [...(topics.get(t) ?? []), entry(a)]);
    }
    const list: HelpTopic[] = [...topics].map(([topic, articles]) => ({ topic, articles }));
    list.sort((x, y) => (x.topic === OTHER_TOPIC ? 1 : y.topic === OTHER_TOPIC ? -1 : x.topic.localeCompare(y.topic, 'fr')));
    res.set('Cache-Control', 'no-cache').json({ topics: list });
  });

  // The same reading as the assistant's (typos, SMS, English…): the articles it ranks, best first.
  router.get('/recherche', deps.limits.read, (req, res) => {
    const parsed = Search.safeParse({ q: req.query.q });
    if (!parsed.success) throw new AppError('INVALID_INPUT', parsed.error.issues[0]!.message);
    const seen = new Set<string>();
    const results: HelpEntry[] = [];
    for (const c of deps.knowledge.analyse(parsed.data.q).ranked) {
      const a = deps.knowledge.article(c.articleId);
      if (!a || seen.has(a.id) || c.score <= 0) continue;
      seen.add(a.id);
      results.push(entry(a));
      if (results.length === MAX_RESULTS) break;
    }
    res.set('Cache-Control', 'no-store').json({ results });
  });

  router.get('/:id', deps.limits.read, (req, res) => {
    const a = articleOf(String(req.params.id));
    const article: HelpArticle = {
      ...entry(a),
      topic: a.topic ?? null,
      body: a.body,
      links: a.links,
      related: a.related.map((id) => deps.knowledge.article(id)).filter((x): x is Article => x !== undefined).map(entry),
    };
    res.set('Cache-Control', 'no-cache').json({ article });
  });

  router.post(
    '/:id/avis',
    deps.limits.rate,
    express.json({ limit: '8kb' }),
    wrap(async (req, res) => {
      const a = articleOf(String(req.params.id));
      const parsed = Rating.safeParse(req.body);
      if (!parsed.success) throw new AppError('INVALID_INPUT', 'Avis invalide.');
      await deps.rate(a.id, parsed.data.utile ? 'like' : 'dislike', parsed.data.commentaire || null);
      res.status(201).json({ ok: true });
    }),
  );
  return router;
}
