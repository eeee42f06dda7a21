import type { FeedbackStore, Rating } from '../ports';
import type { Clock } from '../../platform/clock';
import type { Db } from '../../platform/db';
import { normalizeQuestion } from './normalize';

/**
 * Users type what they want into the widget; the reports need the gist, not a novel. Longer
 * texts are cut rather than refused, so a rating is never lost over its comment.
 */
export const MAX_TEXT_LENGTH = 4000;

const text = (s: string | null | undefined): string | null => {
  const t = s?.trim();
  return t ? Array.from(t).slice(0, MAX_TEXT_LENGTH).join('') : null;
};
const finite = (n: number | null | undefined): number | null => (typeof n === 'number' && Number.isFinite(n) ? n : null);

const INSERT_RATING = `
  INSERT INTO bot_ratings (conversation_id, message_id, reaction, question, article_id, score, comment, created_at)
  VALUES ($1, $2, $3, $4, $5, $6, $7, $8)`;

// "Latest" is by rating time, then by insertion order for ratings of the same millisecond.
const COMMENT_LATEST_DISLIKE = `
  UPDATE bot_ratings SET comment = $3
  WHERE id = (
    SELECT id FROM bot_ratings
    WHERE conversation_id = $1 AND message_id = $2 AND reaction = 'dislike'
    ORDER BY created_at DESC, id DESC LIMIT 1
  )`;
const LATEST_RATING = `
  SELECT question, article_id, score FROM bot_ratings
  WHERE conversation_id = $1 AND message_id = $2
  ORDER BY created_at DESC, id DESC LIMIT 1`;

/** The bot's ratings, unanswered questions and outcomes in `bot_ratings` / `bot_unanswered` / `bot_outcomes`. */
export function createFeedbackStore(db: Db, clock: Clock): FeedbackStore {
  return {
    async recordRating(r: Rating): Promise<void> {
      await db.execute(INSERT_RATING, [
        r.conversationId,
        r.messageId,
        r.reaction,
        text(r.question),
        r.articleId || null,
        finite(r.score),
        text(r.comment),
        r.at.getTime(),
      ]);
    },

    async addComment(conversationId: string, messageId: string, comment: string): Promise<void> {
      const body = text(comment);
      if (!body) return; // nothing said: the rating, if any, stays as it was
      await db.transaction(async (tx) => {
        if ((await tx.execute(COMMENT_LATEST_DISLIKE, [conversationId, messageId, body])) > 0) return;
        // A comment always means "this answer was wrong". Without a recorded dislike (lost
        // invoke, or the user only liked it), keep it as one, with what is known of the message.
        const [known] = await tx.query<{ question: string | null; article_id: string | null; score: number | null }>(
          LATEST_RATING,
          [conversationId, messageId],
        );
        await tx.execute(INSERT_RATING, [
          conversationId,
          messageId,
          'dislike',
          known?.question ?? null,
          known?.article_id ?? null,
          known?.score ?? null,
          body,
          clock.now().getTime(),
        ]);
      });
    },

    async recordUnanswered(u): Promise<void> {
      const question = text(u.question) ?? '';
      await db.execute(
        'INSERT INTO bot_unanswered (conversation_id, question, normalized_question, score, created_at) VALUES ($1, $2, $3, $4, $5)',
        [u.conversationId, question, normalizeQuestion(question), finite(u.score) ?? 0, u.at.getTime()],
      );
    },

    async recordOutcome(o): Promise<void> {
      await db.execute('INSERT INTO bot_outcomes (conversation_id, outcome, article_id, created_at) VALUES ($1, $2, $3, $4)', [
        o.conversationId,
        o.outcome,
        o.articleId || null,
        o.at.getTime(),
      ]);
    },
  };
}
