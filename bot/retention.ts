import type { Db } from '../platform/db';
import { deleteInBatches } from '../platform/db/purge';

/** The bot's conversation and user state not written since before `before` (epoch ms). */
export function purgeBotState(db: Db, before: number): Promise<number> {
  return deleteInBatches(db, 'bot_state', 'key', 'updated_at < $1', [before]);
}

/** Ratings (with their comments), unanswered questions and the bot's outcomes older than `before`. */
export async function purgeFeedback(db: Db, before: number): Promise<number> {
  const ratings = await deleteInBatches(db, 'bot_ratings', 'id', 'created_at < $1', [before]);
  const unanswered = await deleteInBatches(db, 'bot_unanswered', 'id', 'created_at < $1', [before]);
  const outcomes = await deleteInBatches(db, 'bot_outcomes', 'id', 'created_at < $1', [before]);
  return ratings + unanswered + outcomes;
}
