import type { Db } from '../platform/db';
import { daysTable, type DayBucket } from '../platform/db/day-buckets';

/** Conversations opened in the widget per day (`chat_conversations.created_at`). */
export async function conversationsDaily(db: Db, days: readonly DayBucket[]): Promise<Map<string, number>> {
  const { sql, params } = daysTable(days);
  const rows = await db.query<{ day: string; n: number }>(
    `${sql}
     SELECT d.day AS day, COUNT(*) AS n FROM days d
       JOIN chat_conversations c ON c.created_at >= d.start_at AND c.created_at < d.end_at GROUP BY d.day`,
    params,
  );
  const out = new Map(days.map((d) => [d.day, 0]));
  for (const r of rows) if (out.has(r.day)) out.set(r.day, Number(r.n));
  return out;
}
