import express, { type ErrorRequestHandler, type Request, type RequestHandler, type Response } from 'express';
import { signedInAgent } from '../../auth';
import { AppError } from '../../platform/errors';
import { errorHandler, wrap } from '../../platform/http/errors';
import type { Logger } from '../../platform/logger';
import { CannedError } from './errors';
import { PLACEHOLDERS } from '../../protocol/placeholders';
import { BODY_MAX, CannedFields, CannedPatch, ListQuery, parse } from './schemas';
import type { CannedStore } from './store';
import { fr } from '../../protocol/typography';

export interface CannedGuards {
  /** 401 without an agent session; sets `res.locals.agent`. */
  requireAgent: RequestHandler;
  /** 403 on a state-changing request without the session's CSRF token. */
  requireCsrf: RequestHandler;
  /** requireAgent plus 403 below the role. */
  requireRole(role: 'supervisor'): RequestHandler;
}

export interface CannedRouterDeps {
  store: CannedStore;
  guards: CannedGuards;
  teamOf(agentId: number): Promise<string>;
  logger: Logger;
}

const ID = /^cr_[A-Za-z0-9_-]{1,64}$/;

/**
 * `/api/agent/canned`: every agent reads their team's canned responses; supervisors create, edit
 * and delete them (with the CSRF token). A response of another team is answered like an unknown one.
 */
export function cannedRouter(deps: CannedRouterDeps): express.Router {
  const { store, guards } = deps;
  const router = express.Router();
  // Parsed after the guards: anonymous requests never get their body read.
  const json = express.json({ limit: '32kb' });
  const supervisor = [guards.requireRole('supervisor'), guards.requireCsrf, json];
  const teamOfAgent = (res: Response) => deps.teamOf(signedInAgent(res).id);

  /** The team's response, or CANNED_NOT_FOUND (also for another team's). */
  const ownResponse = async (req: Request, res: Response) => {
    const id = String(req.params.id);
    const found = ID.test(id) ? await store.get(id) : null;
    if (!found || found.team !== (await teamOfAgent(res))) {
      throw new CannedError('CANNED_NOT_FOUND', fr('Réponse type introuvable.'));
    }
    return found;
  };

  router.get(
    '/',
    guards.requireAgent,
    wrap(async (req, res) => {
      const { q } = parse(ListQuery, req.query);
      const team = await teamOfAgent(res);
      res.json({ team, items: await store.list(team, q), placeholders: PLACEHOLDERS });
    }),
  );

  router.post(
    '/',
    ...supervisor,
    wrap(async (req, res) => {
      const fields = parse(CannedFields, req.body);
      const team = await teamOfAgent(res);
      res.status(201).json({ item: await store.create({ team, ...fields, by: signedInAgent(res).id }) });
    }),
  );

  router.patch(
    '/:id',
    ...supervisor,
    wrap(async (req, res) => {
      const patch = parse(CannedPatch, req.body);
      const found = await ownResponse(req, res);
      res.json({ item: await store.update(found.id, { ...patch, by: signedInAgent(res).id }) });
    }),
  );

  router.delete(
    '/:id',
    ...supervisor,
    wrap(async (req, res) => {
      const found = await ownResponse(req, res);
      await store.remove(found.id);
      res.status(204).end();
    }),
  );

  router.use(sayTextLimit, errorHandler(deps.logger));
  return router;
}

/** A body over the parser's limit: the one handler's 413, with the text's own limit in its message. */
const sayTextLimit: ErrorRequestHandler = (err, _req, _res, next) =>
  next(
    (err as { type?: unknown } | null)?.type === 'entity.too.large'
      ? new AppError('TOO_LARGE', fr(`Requête trop volumineuse : le texte est limité à ${BODY_MAX.toLocaleString('fr-FR')} caractères.`))
      : err,
  );
