import type { Db } from '../../platform/db';
import { daysTable, type DayBucket } from '../../platform/db/day-buckets';
import type { ArticleWeek } from '../../protocol/dashboard';

/** The bot's side of a support day: what it did with the questions, and the thumbs it got. */
export interface BotDay {
  answered: number;
  clarified: number;
  fellBack: number;
  likes: number;
  dislikes: number;
}

const EMPTY: BotDay = Object.freeze({ answered: 0, clarified: 0, fellBack: 0, likes: 0, dislikes: 0 });
const FIELD: Readonly<Record<string, keyof BotDay>> = Object.freeze({ answer: 'answered', clarify: 'clarified', fallback: 'fellBack', like: 'likes', dislike: 'dislikes' });

/** Per day: outcomes of `bot_outcomes` and reactions of `bot_ratings`, counted in SQL. */
export async function botDaily(db: Db, days: readonly DayBucket[]): Promise<Map<string, BotDay>> {
  const { sql, params } = daysTable(days);
  const rows = await db.query<{ day: string; kind: string; n: number }>(
    `${sql}
     SELECT d.day AS day, o.outcome AS kind, COUNT(*) AS n FROM days d
       JOIN bot_outcomes o ON o.created_at >= d.start_at AND o.created_at < d.end_at
      WHERE o.outcome IN ('answer', 'clarify', 'fallback') GROUP BY d.day, o.outcome
     UNION ALL
     SELECT d.day AS day, r.reaction AS kind, COUNT(*) AS n FROM days d
       JOIN bot_ratings r ON r.created_at >= d.start_at AND r.created_at < d.end_at
      GROUP BY d.day, r.reaction`,
    params,
  );
  const out = new Map(days.map((d) => [d.day, { ...EMPTY }]));
  for (const r of rows) {
    const field = FIELD[r.kind];
    const day = out.get(r.day);
    if (field && day) day[field] += Number(r.n);
  }
  return out;
}

/**
 * Per week (each bucket a week, labelled by its Monday) and article: the answers given with it
 * (directly or picked among choices) and the dislikes it got.
 */
export async function articlesWeekly(db: Db, weeks: readonly DayBucket[]): Promise<ArticleWeek[]> {
  const { sql, params } = daysTable(weeks);
  const rows = await db.query<{ week: string; article_id: string; kind: string; n: number }>(
    `${sql}
     SELECT d.day AS week, o.article_id AS article_id, 'answer' AS kind, COUNT(*) AS n FROM days d
       JOIN bot_outcomes o ON o.created_at >= d.start_at AND o.created_at < d.end_at
      WHERE o.outcome IN ('answer', 'choice') AND o.article_id IS NOT NULL GROUP BY d.day, o.article_id
     UNION ALL
     SELECT d.day AS week, r.article_id AS article_id, 'dislike' AS kind, COUNT(*) AS n FROM days d
       JOIN bot_ratings r ON r.created_at >= d.start_at AND r.created_at < d.end_at
      WHERE r.reaction = 'dislike' AND r.article_id IS NOT NULL GROUP BY d.day, r.article_id`,
    params,
  );
  const byKey = new Map<string, ArticleWeek>();
  for (const r of rows) {
    const key = `${r.week}\u0000${r.article_id}`;
    const row = byKey.get(key) ?? { week: r.week, articleId: r.article_id, answers: 0, dislikes: 0 };
    if (r.kind === 'answer') row.answers += Number(r.n);
    else row.dislikes += Number(r.n);
    byKey.set(key, row);
  }
  return [...byKey.values()].sort((a, b) => a.week.localeCompare(b.week) || a.articleId.localeCompare(b.articleId));
}
