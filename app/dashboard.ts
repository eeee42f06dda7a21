import express, { type RequestHandler } from 'express';
import type { BotDay, Reports } from '../bot/reports';
import { DEFAULT_TIME_ZONE, parseRange } from '../bot/reports';
import { conversationsDaily } from '../channels';
import { dayBuckets, daysBetween, startOfDay } from '../hours';
import { liveChatDaily, type LiveChatDay } from '../livechat';
import type { Clock } from '../platform/clock';
import type { Db } from '../platform/db';
import { median } from '../platform/db/day-buckets';
import { sendError } from '../platform/http/errors';
import { DASHBOARD_CSV_COLUMNS, DASHBOARD_MAX_DAYS, type DashboardDay, type DashboardReport, type DashboardTotals } from '../protocol/dashboard';
import { ticketsDaily, type TicketDay } from '../ticketing';

/**
 * «Pilotage»: each domain counts its own events per support day in SQL (the conversations, the
 * bot's outcomes and thumbs, the live chat's queue, waits and ratings, the tickets), over the one
 * database every process writes to; the roof lines them up by day and sums the period.
 */
export async function dashboardReport(db: Db, reports: Reports, days: { from: string; to: string }, timeZone: string): Promise<DashboardReport> {
  const buckets = dayBuckets(days.from, days.to, timeZone);
  const [conversations, bot, live, tickets] = await Promise.all([
    conversationsDaily(db, buckets),
    reports.daily(buckets),
    liveChatDaily(db, buckets),
    ticketsDaily(db, buckets),
  ]);
  const rows = buckets.map(({ day }) => dayRow(day, conversations.get(day)!, bot.get(day)!, live.get(day)!, tickets.get(day)!));
  return { range: days, days: rows, totals: totalsOf(rows, [...live.values()]) };
}

function dayRow(day: string, conversations: number, bot: BotDay, live: LiveChatDay, tickets: TicketDay): DashboardDay {
  const { satisfactionSum, waitsMs, handlingsMs, ...chats } = live;
  return {
    day,
    conversations,
    ...bot,
    ...chats,
    medianWaitMs: median(waitsMs),
    medianHandlingMs: median(handlingsMs),
    satisfactionMean: chats.satisfactionCount ? satisfactionSum / chats.satisfactionCount : null,
    ticketsOpened: tickets.opened,
    ticketsClosed: tickets.closed,
    backlog: tickets.backlog,
  };
}

const rate = (part: number, whole: number) => (whole > 0 ? part / whole : null);
const sum = (rows: readonly DashboardDay[], key: keyof DashboardDay) => rows.reduce((n, r) => n + (Number(r[key]) || 0), 0);

function totalsOf(rows: readonly DashboardDay[], live: readonly LiveChatDay[]): DashboardTotals {
  const answered = sum(rows, 'answered');
  const clarified = sum(rows, 'clarified');
  const fellBack = sum(rows, 'fellBack');
  const likes = sum(rows, 'likes');
  const dislikes = sum(rows, 'dislikes');
  const conversations = sum(rows, 'conversations');
  const handoffs = sum(rows, 'handoffs');
  const satisfactionCount = sum(rows, 'satisfactionCount');
  const satisfactionSum = live.reduce((n, d) => n + d.satisfactionSum, 0);
  return {
    conversations,
    answered,
    clarified,
    fellBack,
    likes,
    dislikes,
    handoffs,
    handoffReasons: {
      'user-request': rows.reduce((n, r) => n + r.handoffReasons['user-request'], 0),
      fallback: rows.reduce((n, r) => n + r.handoffReasons.fallback, 0),
      dislike: rows.reduce((n, r) => n + r.handoffReasons.dislike, 0),
      other: rows.reduce((n, r) => n + r.handoffReasons.other, 0),
    },
    handoffsTaken: sum(rows, 'handoffsTaken'),
    // The period's median over every chat, not a median of the days' medians.
    medianWaitMs: median(live.flatMap((d) => d.waitsMs)),
    medianHandlingMs: median(live.flatMap((d) => d.handlingsMs)),
    satisfactionCount,
    satisfactionMean: satisfactionCount ? satisfactionSum / satisfactionCount : null,
    ticketsOpened: sum(rows, 'ticketsOpened'),
    ticketsClosed: sum(rows, 'ticketsClosed'),
    backlog: rows.at(-1)?.backlog ?? 0,
    dislikeRate: rate(dislikes, likes + dislikes),
    handoffRate: rate(handoffs, conversations),
    answerRate: rate(answered, answered + clarified + fellBack),
  };
}

/** The days as CSV (semicolons and a BOM, as French spreadsheets open them; durations in seconds). */
export function dashboardCsv(report: DashboardReport): string {
  const cell = (v: unknown) => {
    const s = v === null || v === undefined ? '' : typeof v === 'number' ? String(Math.round(v * 100) / 100).replace('.', ',') : String(v);
    const quote = '"';
    return s.includes(quote) || /[;\r\n]/.test(s) ? quote + s.split(quote).join(quote + quote) + quote : s;
  };
  const value = (d: DashboardDay, key: (typeof DASHBOARD_CSV_COLUMNS)[number][0]) => {
    if (key.startsWith('reason:')) return d.handoffReasons[key.slice(7) as keyof DashboardDay['handoffReasons']];
    const v = d[key as keyof DashboardDay];
    return (key === 'medianWaitMs' || key === 'medianHandlingMs') && typeof v === 'number' ? Math.round(v / 1000) : v;
  };
  const lines = [DASHBOARD_CSV_COLUMNS.map(([, label]) => cell(label)).join(';'), ...report.days.map((d) => DASHBOARD_CSV_COLUMNS.map(([key]) => cell(value(d, key))).join(';'))];
  return `\ufeff${lines.join('\r\n')}\r\n`;
}

/**
 * `GET /api/agent/dashboard?from=YYYY-MM-DD&to=YYYY-MM-DD[&format=csv]` for supervisors: the
 * report as JSON, or its days as a CSV download. Without dates, the last 30 days.
 */
export function dashboardRouter(d: { db: Db; reports: Reports; clock: Clock; requireSupervisor: RequestHandler; timeZone?: string }): express.Router {
  const timeZone = d.timeZone ?? DEFAULT_TIME_ZONE;
  const router = express.Router();
  router.get('/', d.requireSupervisor, async (req, res) => {
    const parsed = parseRange(req.query, d.clock.now(), timeZone);
    if (!parsed.ok) return sendError(res, 'INVALID_INPUT', parsed.message);
    const span = daysBetween(startOfDay(parsed.days.from, timeZone), startOfDay(parsed.days.to, timeZone), timeZone) + 1;
    if (span > DASHBOARD_MAX_DAYS) return sendError(res, 'INVALID_INPUT', `Période trop longue : ${DASHBOARD_MAX_DAYS} jours au plus.`);
    const report = await dashboardReport(d.db, d.reports, parsed.days, timeZone);
    res.set('Cache-Control', 'no-store');
    if (req.query.format === 'csv') {
      res
        .type('text/csv; charset=utf-8')
        .attachment(`pilotage-${report.range.from}-${report.range.to}.csv`)
        .send(dashboardCsv(report));
      return;
    }
    res.json(report);
  });
  return router;
}
