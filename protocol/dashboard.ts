/**
 * «Pilotage» (the supervisors' dashboard): what `GET /api/agent/dashboard?from=&to=` answers.
 * Every figure is per support day (Paris calendar day, `YYYY-MM-DD`), summed over the period in
 * `totals`. Durations are milliseconds; a median over no value is null.
 */

/** Why the bot handed a user to a person (the live chat's `reason`). */
export type HandoffReason = 'user-request' | 'fallback' | 'dislike' | 'other';

export interface DashboardDay {
  day: string;
  /** Conversations opened in the widget that day. */
  conversations: number;
  /** The bot's outcomes on the users' questions. */
  answered: number;
  clarified: number;
  fellBack: number;
  /** Thumbs on the bot's answers (and the help centre's «Cette page vous a-t-elle aidé ?»). */
  likes: number;
  dislikes: number;
  /** Users queued for an adviser, by the reason the bot gave. */
  handoffs: number;
  handoffReasons: Record<HandoffReason, number>;
  /** Of those queued that day, taken by an adviser. */
  handoffsTaken: number;
  /** Median time from the queue to an adviser, of the chats taken that day. */
  medianWaitMs: number | null;
  /** Median time from an adviser taking a chat to its end, of the chats ended that day. */
  medianHandlingMs: number | null;
  /** End-of-chat ratings given that day (1–5) and their mean. */
  satisfactionCount: number;
  satisfactionMean: number | null;
  /** Tickets created, and moved to «résolu» or «clos», that day. */
  ticketsOpened: number;
  ticketsClosed: number;
  /** Tickets neither resolved nor closed at the end of the day. */
  backlog: number;
}

export interface DashboardTotals extends Omit<DashboardDay, 'day' | 'backlog'> {
  /** dislikes / (likes + dislikes); null without a rating. */
  dislikeRate: number | null;
  /** handoffs / conversations; null without a conversation. */
  handoffRate: number | null;
  /** answered / (answered + clarified + fellBack); null without a question. */
  answerRate: number | null;
  /** Backlog at the end of the period. */
  backlog: number;
}

export interface DashboardReport {
  range: { from: string; to: string };
  days: DashboardDay[];
  totals: DashboardTotals;
}

/** One article's answers and dislikes in one week (`week`: the Monday, `YYYY-MM-DD`). */
export interface ArticleWeek {
  week: string;
  articleId: string;
  answers: number;
  dislikes: number;
}

/** The longest period the dashboard reads at once, in days. */
export const DASHBOARD_MAX_DAYS = 366;

/** CSV column headers of the dashboard's export, in order (French, as the console shows them). */
export const DASHBOARD_CSV_COLUMNS: readonly (readonly [keyof DashboardDay | `reason:${HandoffReason}`, string])[] = Object.freeze([
  ['day', 'jour'],
  ['conversations', 'conversations'],
  ['answered', 'réponses'],
  ['clarified', 'choix proposés'],
  ['fellBack', 'incompris'],
  ['likes', 'avis positifs'],
  ['dislikes', 'avis négatifs'],
  ['handoffs', 'transferts vers un conseiller'],
  ['reason:user-request', 'transferts demandés'],
  ['reason:fallback', 'transferts après incompréhension'],
  ['reason:dislike', 'transferts après avis négatif'],
  ['reason:other', 'autres transferts'],
  ['handoffsTaken', 'pris en charge'],
  ['medianWaitMs', 'attente médiane (s)'],
  ['medianHandlingMs', 'durée médiane (s)'],
  ['satisfactionCount', 'notes de satisfaction'],
  ['satisfactionMean', 'satisfaction moyenne'],
  ['ticketsOpened', 'tickets ouverts'],
  ['ticketsClosed', 'tickets résolus ou clos'],
  ['backlog', 'tickets en attente'],
] as const);
