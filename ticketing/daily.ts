import type { Db } from '../platform/db';
import { daysTable, type DayBucket } from '../platform/db/day-buckets';
import type { TicketStatus } from '../protocol/ticket';

/** The tickets' side of a support day. */
export interface TicketDay {
  opened: number;
  /** Moved from an open status to «résolu» or «clos». */
  closed: number;
  /** Neither resolved nor closed at the end of the day. */
  backlog: number;
}

const DONE: readonly TicketStatus[] = ['resolu', 'clos'];
// Status events keep `{"from": …, "to": …}` as JSON text (store.ts): matched as text, which
// both databases read the same way.
const isDone = (side: 'from' | 'to') => `(${DONE.map((s) => `e.data_json LIKE '%"${side}":"${s}"%'`).join(' OR ')})`;
const CLOSES = `${isDone('to')} AND NOT ${isDone('from')}`;
const REOPENS = `${isDone('from')} AND NOT ${isDone('to')}`;

/**
 * Per day: tickets created, closed (an open ticket moved to «résolu» or «clos»), and the backlog at
 * the day's end — the backlog before the period plus each day's opened, less closed, plus reopened.
 */
export async function ticketsDaily(db: Db, days: readonly DayBucket[]): Promise<Map<string, TicketDay>> {
  const start = days[0]!.start;
  const { sql, params } = daysTable(days);
  const [before] = await db.query<{ created: number; closes: number; reopens: number }>(
    `SELECT (SELECT COUNT(*) FROM tickets WHERE created_at < $1) AS created,
            (SELECT COUNT(*) FROM ticket_events e WHERE e.type = 'status' AND e.created_at < $1 AND ${CLOSES}) AS closes,
            (SELECT COUNT(*) FROM ticket_events e WHERE e.type = 'status' AND e.created_at < $1 AND ${REOPENS}) AS reopens`,
    [start],
  );
  const rows = await db.query<{ day: string; opened: number; closes: number; reopens: number }>(
    `${sql}
     SELECT d.day AS day, COUNT(*) AS opened, 0 AS closes, 0 AS reopens FROM days d
       JOIN tickets t ON t.created_at >= d.start_at AND t.created_at < d.end_at GROUP BY d.day
     UNION ALL
     SELECT d.day AS day, 0 AS opened,
            SUM(CASE WHEN ${CLOSES} THEN 1 ELSE 0 END) AS closes,
            SUM(CASE WHEN ${REOPENS} THEN 1 ELSE 0 END) AS reopens
       FROM days d JOIN ticket_events e ON e.created_at >= d.start_at AND e.created_at < d.end_at
      WHERE e.type = 'status' GROUP BY d.day`,
    params,
  );
  const sums = new Map(days.map((d) => [d.day, { opened: 0, closes: 0, reopens: 0 }]));
  for (const r of rows) {
    const s = sums.get(r.day);
    if (!s) continue;
    s.opened += Number(r.opened);
    s.closes += Number(r.closes);
    s.reopens += Number(r.reopens);
  }
  let backlog = Number(before!.created) - Number(before!.closes) + Number(before!.reopens);
  const out = new Map<string, TicketDay>();
  for (const d of days) {
    const s = sums.get(d.day)!;
    backlog += s.opened - s.closes + s.reopens;
    out.set(d.day, { opened: s.opened, closed: s.closes, backlog });
  }
  return out;
}
