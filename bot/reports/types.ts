import type { DayBucket } from '../../platform/db/day-buckets';
import type { ArticleWeek } from '../../protocol/dashboard';
import type { BotDay } from './daily';

/** A period of time, both ends inclusive. */
export interface DateRange {
  from: Date;
  to: Date;
}

export interface FeedbackComment {
  comment: string;
  reaction: 'like' | 'dislike';
  question: string | null;
  at: Date;
  /** The widget conversation it was given in (null: the help centre's page). */
  conversationId: string | null;
}

/** The conversation id the help centre's ratings are stored under. */
export const HELP_CENTRE_CONVERSATION = 'aide';

/** Ratings of one article (null: answers given without an article, e.g. fallbacks). */
export interface FeedbackRow {
  articleId: string | null;
  likes: number;
  dislikes: number;
  total: number;
  /** dislikes / total, between 0 and 1. */
  dislikeRate: number;
  /** Latest first, at most 20. */
  comments: FeedbackComment[];
}

/** Unanswered questions that normalize to the same text. */
export interface UnansweredRow {
  normalizedQuestion: string;
  /** The latest original wording in the period. */
  example: string;
  count: number;
  lastSeen: Date;
  /** The conversations it was asked in, latest first (at most MAX_CONVERSATIONS_PER_GROUP). */
  conversations: string[];
}

export interface Reports {
  /** Per article, worst first: dislike rate, then number of dislikes. */
  feedback(range: DateRange): Promise<FeedbackRow[]>;
  /** Most frequent first, at most 200 groups. */
  unanswered(range: DateRange): Promise<UnansweredRow[]>;
  /** Per week and article, answers and dislikes (bot/reports/daily.ts). */
  articlesWeekly(weeks: readonly DayBucket[]): Promise<ArticleWeek[]>;
  /** Per support day, the bot's outcomes and thumbs (for the dashboard). */
  daily(days: readonly DayBucket[]): Promise<Map<string, BotDay>>;
}
