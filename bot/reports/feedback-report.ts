import type { Db } from '../../platform/db';
import { HELP_CENTRE_CONVERSATION, type DateRange, type FeedbackComment, type FeedbackRow } from './types';

export const MAX_COMMENTS_PER_ARTICLE = 20;

// A rated message counts once, with its latest reaction: a user who clicks 👍 then 👎 on the
// same answer changed their mind, they did not rate it twice.
const COUNTS = `
  WITH latest AS (
    SELECT article_id, reaction,
      ROW_NUMBER() OVER (PARTITION BY conversation_id, message_id ORDER BY created_at DESC, id DESC) AS rn
    FROM bot_ratings WHERE created_at BETWEEN $1 AND $2
  )
  SELECT article_id,
    SUM(CASE WHEN reaction = 'like' THEN 1 ELSE 0 END) AS likes,
    SUM(CASE WHEN reaction = 'dislike' THEN 1 ELSE 0 END) AS dislikes
  FROM latest WHERE rn = 1 GROUP BY article_id`;

// Every comment of the period, even on a superseded rating: what users wrote is the point.
const COMMENTS = `
  SELECT article_id, conversation_id, reaction, comment, question, created_at FROM (
    SELECT id, article_id, conversation_id, reaction, comment, question, created_at,
      ROW_NUMBER() OVER (PARTITION BY article_id ORDER BY created_at DESC, id DESC) AS rn
    FROM bot_ratings WHERE created_at BETWEEN $1 AND $2 AND comment IS NOT NULL
  ) c WHERE rn <= ${MAX_COMMENTS_PER_ARTICLE} ORDER BY created_at DESC, id DESC`;

interface CountRow {
  article_id: string | null;
  likes: number;
  dislikes: number;
}
interface CommentRow {
  article_id: string | null;
  conversation_id: string;
  reaction: 'like' | 'dislike';
  comment: string;
  question: string | null;
  created_at: number;
}

/** The help centre's ratings («Cette page vous a-t-elle aidé ?») belong to no conversation. */
const conversationOf = (id: string): string | null => (id === HELP_CENTRE_CONVERSATION ? null : id);

const worstFirst = (a: FeedbackRow, b: FeedbackRow) =>
  b.dislikeRate - a.dislikeRate ||
  b.dislikes - a.dislikes ||
  b.total - a.total ||
  (a.articleId ?? '\uffff').localeCompare(b.articleId ?? '\uffff');

export async function feedbackReport(db: Db, range: DateRange): Promise<FeedbackRow[]> {
  const params = [range.from.getTime(), range.to.getTime()];
  const [counts, comments] = await Promise.all([db.query<CountRow>(COUNTS, params), db.query<CommentRow>(COMMENTS, params)]);

  const byArticle = new Map<string | null, FeedbackComment[]>();
  for (const c of comments) {
    const list = byArticle.get(c.article_id) ?? [];
    list.push({ comment: c.comment, reaction: c.reaction, question: c.question, at: new Date(Number(c.created_at)), conversationId: conversationOf(c.conversation_id) });
    byArticle.set(c.article_id, list);
  }
  return counts
    .map((r) => {
      const likes = Number(r.likes);
      const dislikes = Number(r.dislikes);
      const total = likes + dislikes;
      return { articleId: r.article_id, likes, dislikes, total, dislikeRate: total ? dislikes / total : 0, comments: byArticle.get(r.article_id) ?? [] };
    })
    .sort(worstFirst);
}
