import type { Db } from '../../platform/db';
import { articlesWeekly, botDaily } from './daily';
import { feedbackReport } from './feedback-report';
import type { DateRange, Reports } from './types';
import { unansweredReport } from './unanswered-report';

export type { DateRange, FeedbackComment, FeedbackRow, Reports, UnansweredRow } from './types';
export { HELP_CENTRE_CONVERSATION } from './types';
export type { BotDay } from './daily';
export { reportsRouter, type ReportsRouterDeps } from './router';
export { parseRange, DEFAULT_TIME_ZONE, type RangeResult } from './date-range';
export { MAX_COMMENTS_PER_ARTICLE } from './feedback-report';
export { MAX_CONVERSATIONS_PER_GROUP, MAX_UNANSWERED_GROUPS } from './unanswered-report';

function checked(range: DateRange): DateRange {
  if (Number.isNaN(range.from.getTime()) || Number.isNaN(range.to.getTime())) throw new RangeError('reports: invalid date in range');
  return range;
}

/**
 * Read-only reports over the feedback tables (bot/feedback's `feedbackMigrations`): the
 * worst-rated articles and the questions the bot could not answer.
 */
export function createReports(db: Db): Reports {
  return {
    feedback: async (range) => feedbackReport(db, checked(range)),
    unanswered: async (range) => unansweredReport(db, checked(range)),
    articlesWeekly: (weeks) => articlesWeekly(db, weeks),
    daily: (days) => botDaily(db, days),
  };
}
