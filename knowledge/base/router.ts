import express, { type RequestHandler } from 'express';
import { z } from 'zod';
import { AppError } from '../../platform/errors';
import { wrap } from '../../platform/http/errors';
import { ArticleFieldsError, type ArticleFields } from './source';
import type { KnowledgeBase } from './index';

export interface KnowledgeBaseGuards {
  /** Any adviser (read-only views). */
  requireAgent: RequestHandler;
  /** Supervisors only (changes). */
  requireSupervisor: RequestHandler;
  requireCsrf: RequestHandler;
}

const text = (max: number) => z.string().max(max);
const Fields = z.object({
  id: text(80),
  title: text(200),
  summary: text(400).optional(),
  topic: text(80).optional(),
  questions: z.array(text(400)).max(300),
  tags: z.array(text(60)).max(60),
  links: z.array(z.object({ label: text(200), url: text(2000) })).max(20).default([]),
  related: z.array(text(80)).max(20).default([]),
  next: text(80).optional(),
  en: z.object({ title: text(200), summary: text(500) }).optional(),
  body: text(20_000),
});
const Taught = z.array(text(400)).max(50).default([]);
const Check = z.object({ article: Fields, taught: Taught });
const Publish = z.object({ article: Fields, expectedVersion: z.number().int().min(0), reason: text(500).optional(), taught: Taught });
const Rollback = z.object({ version: z.number().int().min(1), reason: text(500) });
const Group = z.object({
  questions: z
    .array(z.object({ text: z.string().trim().min(1).max(2000), count: z.number().int().min(1).max(1_000_000), conversations: z.array(z.string().regex(/^[\w-]{1,100}$/)).max(10).optional() }))
    .max(500),
});
const Preview = z.object({ question: z.string().trim().min(1).max(2000), article: Fields.optional() });

function parse<T>(schema: z.ZodType<T>, body: unknown): T {
  const r = schema.safeParse(body);
  if (r.success) return r.data;
  const fields = Object.fromEntries(r.error.issues.map((i) => [i.path.join('.') || 'requête', i.message]));
  throw new AppError('INVALID_INPUT', 'Requête invalide.', fields);
}

/** The editor's refusals of an article as the one error shape, with a message per field. */
const asInput = async <T>(fn: () => T | Promise<T>): Promise<T> => {
  try {
    return await fn();
  } catch (err) {
    if (err instanceof ArticleFieldsError) throw new AppError('INVALID_INPUT', 'La fiche n’est pas valide : corrigez les champs signalés.', err.fields);
    throw err;
  }
};

const authorOf = (res: express.Response) => (res.locals.agent as { name: string }).name;

/**
 * `/api/agent/knowledge`: advisers read the articles, their versions and what the bot answers;
 * supervisors check a draft against the regression guard, publish it, roll back.
 */
export function knowledgeBaseRouter(base: KnowledgeBase, guards: KnowledgeBaseGuards): express.Router {
  const router = express.Router();
  router.use(guards.requireAgent, guards.requireCsrf);
  const supervisor = guards.requireSupervisor;

  router.get('/', wrap(async (_req, res) => void res.json(await base.list())));
  router.post('/preview', wrap(async (req, res) => {
    const body = parse(Preview, req.body);
    res.json(await asInput(() => base.preview(body.question, body.article as ArticleFields | undefined)));
  }));
  router.post('/groups', wrap(async (req, res) => void res.json({ groups: base.group(parse(Group, req.body).questions) })));
  router.get('/:id', wrap(async (req, res) => void res.json(await base.get(String(req.params.id)))));
  router.get('/:id/versions/:version', wrap(async (req, res) => void res.json(await base.version(String(req.params.id), Number(req.params.version)))));
  router.post('/:id/check', supervisor, wrap(async (req, res) => {
    const body = parse(Check, req.body);
    res.json({ report: await asInput(() => base.check({ ...(body.article as ArticleFields), id: String(req.params.id) }, body.taught)) });
  }));
  router.post('/:id/publish', supervisor, wrap(async (req, res) => {
    const body = parse(Publish, req.body);
    const published = await asInput(() =>
      base.publish({ fields: { ...(body.article as ArticleFields), id: String(req.params.id) }, expectedVersion: body.expectedVersion, reason: body.reason ?? null, taught: body.taught, author: authorOf(res) }),
    );
    res.status(201).json(published);
  }));
  router.post('/:id/rollback', supervisor, wrap(async (req, res) => {
    const body = parse(Rollback, req.body);
    res.status(201).json(await base.rollback(String(req.params.id), body.version, authorOf(res), body.reason));
  }));
  return router;
}
