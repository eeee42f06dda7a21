import express, { type RequestHandler } from 'express';
import { systemClock, type Clock } from '../../platform/clock';
import { sendError } from '../../platform/http/errors';
import { weekBuckets } from '../../hours';
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
  /** Reports other modules keep (e.g. the live chat's `satisfaction`), served the same way at `/<name>`. */
  more?: Readonly<Record<string, (range: DateRange) => Promise<unknown[]>>>;
}

/**
 * Mount at `/api/reports`. `GET /feedback`, `GET /unanswered` and `GET /articles-weekly`, with optional
 * `?from=YYYY-MM-DD&to=YYYY-MM-DD` (both days included), for signed-in agents. Answers
 * `{ range: { from, to }, rows }`. A failure goes on to the app's one error handler.
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
      if (!parsed.ok) return sendError(res, 'INVALID_INPUT', parsed.message);
      const rows = await run(parsed.range);
      // Agents' data: never kept by a shared cache.
      res.set('Cache-Control', 'no-store').json({ range: parsed.range, rows });
    };

  // Dislikes and answers per article and week (Monday-labelled weeks of the support's calendar).
  router.get('/articles-weekly', async (req, res) => {
    const parsed = parseRange(req.query, clock.now(), timeZone);
    if (!parsed.ok) return sendError(res, 'INVALID_INPUT', parsed.message);
    const rows = await deps.reports.articlesWeekly(weekBuckets(parsed.days.from, parsed.days.to, timeZone));
    // The period as the support's days (YYYY-MM-DD), as the weeks are labelled.
    res.set('Cache-Control', 'no-store').json({ range: parsed.days, rows });
  });
  router.get('/feedback', report((range) => deps.reports.feedback(range)));
  router.get('/unanswered', report((range) => deps.reports.unanswered(range)));
  for (const [name, run] of Object.entries(deps.more ?? {})) router.get(`/${name}`, report(run));
  return router;
}
