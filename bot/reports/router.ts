import express, { type ErrorRequestHandler, type RequestHandler, type Response } from 'express';
import { systemClock, type Clock } from '../../platform/clock';
import type { Logger } from '../../platform/logger';
import { DEFAULT_TIME_ZONE, parseRange } from './date-range';
import type { DateRange, Reports } from './types';

export interface ReportsRouterDeps {
  reports: Reports;
  /** `requireAgent` from auth: 401 AUTH_REQUIRED without a session. */
  guards: { requireAgent: RequestHandler };
  /** For the default range (last 30 days). */
  clock?: Clock;
  /** Which calendar the `from` / `to` days belong to. */
  timeZone?: string;
  logger?: Logger;
}

const sendError = (res: Response, status: number, code: string, message: string) =>
  void res.status(status).json({ error: { code, message } });

/**
 * Mount at `/api/reports`. `GET /feedback` and `GET /unanswered`, with optional
 * `?from=YYYY-MM-DD&to=YYYY-MM-DD` (both days included), for signed-in agents. Answers
 * `{ range: { from, to }, rows }`.
 */
export function reportsRouter(deps: ReportsRouterDeps): express.Router {
  const clock = deps.clock ?? systemClock;
  const timeZone = deps.timeZone ?? DEFAULT_TIME_ZONE;
  const router = express.Router();
  router.use(deps.guards.requireAgent);

  const report =
    (run: (range: DateRange) => Promise<unknown[]>): RequestHandler =>
    async (req, res) => {
      const parsed = parseRange(req.query, clock.now(), timeZone);
      if (!parsed.ok) return sendError(res, 400, 'INVALID_INPUT', parsed.message);
      const rows = await run(parsed.range);
      // Agents' data: never kept by a shared cache.
      res.set('Cache-Control', 'no-store').json({ range: parsed.range, rows });
    };

  router.get('/feedback', report((range) => deps.reports.feedback(range)));
  router.get('/unanswered', report((range) => deps.reports.unanswered(range)));

  // Express 5 forwards rejected handlers here; keep failures in the JSON error shape.
  const onError: ErrorRequestHandler = (err, _req, res, _next) => {
    deps.logger?.error({ err }, 'reports: request failed');
    sendError(res, 500, 'INTERNAL', 'Erreur interne du serveur.');
  };
  router.use(onError);
  return router;
}
