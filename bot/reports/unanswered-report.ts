import type { Db } from '../../platform/db';
import type { DateRange, UnansweredRow } from './types';

export const MAX_UNANSWERED_GROUPS = 200;
export const MAX_CONVERSATIONS_PER_GROUP = 5;

// Each group's conversations, latest first.
const CONVERSATIONS = `
  SELECT normalized_question, conversation_id, MAX(created_at) AS at FROM bot_unanswered
  WHERE created_at BETWEEN $1 AND $2
  GROUP BY normalized_question, conversation_id
  ORDER BY at DESC, conversation_id`;

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
  const params = [range.from.getTime(), range.to.getTime()];
  const [rows, seen] = await Promise.all([
    db.query<GroupRow>(GROUPS, params),
    db.query<{ normalized_question: string; conversation_id: string }>(CONVERSATIONS, params),
  ]);
  const conversations = new Map<string, string[]>();
  for (const s of seen) {
    const list = conversations.get(s.normalized_question) ?? [];
    if (list.length < MAX_CONVERSATIONS_PER_GROUP) list.push(s.conversation_id);
    conversations.set(s.normalized_question, list);
  }
  return rows.map((r) => ({
    conversations: conversations.get(r.normalized_question) ?? [],
    normalizedQuestion: r.normalized_question,
    example: r.example,
    count: Number(r.occurrences),
    lastSeen: new Date(Number(r.last_seen)),
  }));
}
