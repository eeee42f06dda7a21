import type { Db } from '../platform/db';

const stateKeys = (conversationIds: readonly string[], userIds: readonly string[]) => [
  ...conversationIds.map((id) => `%/conversations/${id}/%`),
  ...userIds.map((id) => `%/users/${id}/%`),
];

/** The bot's state, ratings (with comments), unanswered questions and outcomes of these conversations. */
export async function exportBotData(db: Db, conversationIds: readonly string[], userIds: readonly string[]): Promise<unknown> {
  const ratings: unknown[] = [];
  const unanswered: unknown[] = [];
  const outcomes: unknown[] = [];
  const state: unknown[] = [];
  for (const id of conversationIds) {
    for (const r of await db.query<{ reaction: string; comment: string | null; question: string | null; created_at: number }>(
      'SELECT reaction, comment, question, created_at FROM bot_ratings WHERE conversation_id = $1 ORDER BY id',
      [id],
    )) {
      ratings.push({ conversationId: id, at: new Date(Number(r.created_at)).toISOString(), reaction: r.reaction, question: r.question, comment: r.comment });
    }
    for (const u of await db.query<{ question: string; created_at: number }>('SELECT question, created_at FROM bot_unanswered WHERE conversation_id = $1 ORDER BY id', [id])) {
      unanswered.push({ conversationId: id, at: new Date(Number(u.created_at)).toISOString(), question: u.question });
    }
    for (const o of await db.query<{ outcome: string; article_id: string | null; created_at: number }>('SELECT outcome, article_id, created_at FROM bot_outcomes WHERE conversation_id = $1 ORDER BY id', [id])) {
      outcomes.push({ conversationId: id, at: new Date(Number(o.created_at)).toISOString(), outcome: o.outcome, articleId: o.article_id });
    }
  }
  for (const key of stateKeys(conversationIds, userIds)) {
    for (const s of await db.query<{ data: string }>('SELECT data FROM bot_state WHERE key LIKE $1', [key])) state.push(JSON.parse(s.data));
  }
  return { ratings, unanswered, outcomes, state };
}

export async function eraseBotData(db: Db, conversationIds: readonly string[], userIds: readonly string[]): Promise<number> {
  let n = 0;
  for (const id of conversationIds) {
    n += await db.execute('DELETE FROM bot_ratings WHERE conversation_id = $1', [id]);
    n += await db.execute('DELETE FROM bot_unanswered WHERE conversation_id = $1', [id]);
    n += await db.execute('DELETE FROM bot_outcomes WHERE conversation_id = $1', [id]);
  }
  for (const key of stateKeys(conversationIds, userIds)) n += await db.execute('DELETE FROM bot_state WHERE key LIKE $1', [key]);
  return n;
}
