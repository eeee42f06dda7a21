import type { Db } from '../../platform/db';
import type { DateRange, UnansweredRow } from './types';

export const MAX_UNANSWERED_GROUPS = 200;

// The example is the group's latest wording in the period: the one an editor is likeliest to
// see again.
const GROUPS = `
  SELECT u.normalized_question, COUNT(*) AS occurrences, MAX(u.created_at) AS last_seen,
    (SELECT e.question FROM bot_unanswered e
      WHERE e.normalized_question = u.normalized_question AND e.created_at BETWEEN $1 AND $2
      ORDER BY e.created_at DESC, e.id DESC LIMIT 1) AS example
  FROM bot_unanswered u
  WHERE u.created_at BETWEEN $1 AND $2
  GROUP BY u.normalized_question
  ORDER BY occurrences DESC, last_seen DESC, u.normalized_question
  LIMIT ${MAX_UNANSWERED_GROUPS}`;

interface GroupRow {
  normalized_question: string;
  occurrences: number;
  last_seen: number;
  example: string;
}

export async function unansweredReport(db: Db, range: DateRange): Promise<UnansweredRow[]> {
  const rows = await db.query<GroupRow>(GROUPS, [range.from.getTime(), range.to.getTime()]);
  return rows.map((r) => ({
    normalizedQuestion: r.normalized_question,
    example: r.example,
    count: Number(r.occurrences),
    lastSeen: new Date(Number(r.last_seen)),
  }));
}
