import type { Migration } from '../../platform/db';
import { outcomesMigration, ratingsMigration } from './migrations';

export { createFeedbackStore, MAX_TEXT_LENGTH } from './feedback-store';
export { normalizeQuestion, MAX_NORMALIZED_LENGTH } from './normalize';
export type { FeedbackStore, Rating } from '../ports';

/** Tables `bot_ratings`, `bot_unanswered` and `bot_outcomes`; run with `migrate` before recording or reporting. */
export const feedbackMigrations: readonly Migration[] = Object.freeze([ratingsMigration, outcomesMigration]);
