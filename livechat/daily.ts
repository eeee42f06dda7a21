import type { Db } from '../platform/db';
import { daysTable, type DayBucket } from '../platform/db/day-buckets';
import type { HandoffReason } from '../protocol/dashboard';

/** The live chat's side of a support day. */
export interface LiveChatDay {
  handoffs: number;
  handoffReasons: Record<HandoffReason, number>;
  handoffsTaken: number;
  /** Waits of the chats taken that day, and handling times of the chats ended that day (ms). */
  waitsMs: number[];
  handlingsMs: number[];
  satisfactionCount: number;
  satisfactionSum: number;
}

const REASONS: readonly HandoffReason[] = ['user-request', 'fallback', 'dislike'];
const reasonOf = (r: string): HandoffReason => ((REASONS as readonly string[]).includes(r) ? (r as HandoffReason) : 'other');

/**
 * Per day: users queued (by the bot's reason) and how many of those an adviser took; the waits of
 * the chats taken that day and the handling times of the chats ended that day (durations selected
 * by SQL, their medians taken by the caller: SQLite has no percentile); end-of-chat ratings.
 */
export async function liveChatDaily(db: Db, days: readonly DayBucket[]): Promise<Map<string, LiveChatDay>> {
  const { sql, params } = daysTable(days);
  const counts = await db.query<{ day: string; kind: string; reason: string; n: number; total: number }>(
    `${sql}
     SELECT d.day AS day, 'queued' AS kind, c.reason AS reason, COUNT(*) AS n,
            SUM(CASE WHEN c.assigned_at IS NOT NULL THEN 1 ELSE 0 END) AS total
       FROM days d JOIN livechat_chats c ON c.queued_at >= d.start_at AND c.queued_at < d.end_at GROUP BY d.day, c.reason
     UNION ALL
     SELECT d.day AS day, 'rated' AS kind, '' AS reason, COUNT(*) AS n, SUM(c.satisfaction_score) AS total
       FROM days d JOIN livechat_chats c ON c.satisfaction_at >= d.start_at AND c.satisfaction_at < d.end_at GROUP BY d.day`,
    params,
  );
  const durations = await db.query<{ day: string; kind: string; ms: number }>(
    `${sql}
     SELECT d.day AS day, 'wait' AS kind, c.assigned_at - c.queued_at AS ms
       FROM days d JOIN livechat_chats c ON c.assigned_at >= d.start_at AND c.assigned_at < d.end_at
     UNION ALL
     SELECT d.day AS day, 'handling' AS kind, c.closed_at - c.assigned_at AS ms
       FROM days d JOIN livechat_chats c ON c.closed_at >= d.start_at AND c.closed_at < d.end_at WHERE c.assigned_at IS NOT NULL`,
    params,
  );
  const out = new Map<string, LiveChatDay>();
  for (const d of days) {
    out.set(d.day, {
      handoffs: 0,
      handoffReasons: { 'user-request': 0, fallback: 0, dislike: 0, other: 0 },
      handoffsTaken: 0,
      waitsMs: [],
      handlingsMs: [],
      satisfactionCount: 0,
      satisfactionSum: 0,
    });
  }
  for (const r of counts) {
    const day = out.get(r.day);
    if (!day) continue;
    if (r.kind === 'queued') {
      day.handoffs += Number(r.n);
      day.handoffReasons[reasonOf(r.reason)] += Number(r.n);
      day.handoffsTaken += Number(r.total);
    } else {
      day.satisfactionCount += Number(r.n);
      day.satisfactionSum += Number(r.total);
    }
  }
  for (const r of durations) {
    const day = out.get(r.day);
    (r.kind === 'wait' ? day?.waitsMs : day?.handlingsMs)?.push(Math.max(0, Number(r.ms)));
  }
  return out;
}
