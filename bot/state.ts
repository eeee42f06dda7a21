import { isPortalProfile } from '../protocol/profile';
import type { PageContext } from '../protocol/page-context';
import type { Requester, TranscriptLine } from '../ticketing';
import type { TicketDraft } from './ticket-steps';

/**
 * What the bot remembers about one conversation. Plain JSON only (ISO strings, no Date, no class)
 * because it goes through botbuilder's `Storage`, which may be a database shared by several
 * processes: a restart or another process resumes the conversation where it was.
 */
export interface ConversationData {
  welcomed: boolean;
  /** Verified portal identity, copied from the channel's `channelData.relais.requester`. */
  requester: Requester | null;
  /** The portal page the user last wrote from (the widget's `channelData.page`), for the adviser. */
  page?: PageContext | null;
  /** The conversation's lines, on a channel that does not store its messages (transcript.ts). */
  transcript: TranscriptLine[];
  /** The bot's own lines (ratings, a form's summary) on a channel that stores its messages (absent in older states). */
  notes?: TranscriptLine[];
  /** Answers by bot message id, so a later rating knows the question, article and score. */
  answers: Record<string, AnswerMemo>;
  lastQuestion: string | null;
  /** After a follow-up, the topic it was read with and the follow-up together (AskResult.topic); absent in older states. */
  lastTopic?: string | null;
  /** The article last answered (null after a clarification or a fallback): the topic a follow-up continues (absent in older states). */
  lastArticle?: string | null;
  /** The conversation's first question the bot read (its topic) and the article that answered it: «revenons à ma première question» (absent in older states). */
  firstQuestion?: string | null;
  firstArticle?: string | null;
  /** Latest thumbs-down comment: ticket description and hand-off context. */
  lastComment: string | null;
  /** Fallbacks in a row; the second one leads with the escalation offer. */
  fallbacks: number;
  /** Runs of fallbacks in the conversation: picks the wording, so that it varies (absent in older states). */
  missRuns?: number;
  clarify: ClarifyMemo | null;
  /** Set after a comment-less thumbs-down: the next message is that comment, not a question. */
  awaitingComment: { messageId: string } | null;
  ticket: TicketDraft | null;
  /** Set while a human has the conversation; cleared by a `handoff.status` event. */
  handoff: { since: string } | null;
  /** What the bot's last message offered (a person, a ticket): a bare «oui» takes it (absent in older states). */
  lastOffer?: 'agent' | 'ticket' | null;
  /** Why the next hand-off would happen (`fallback`, `dislike`, `user-request`). */
  escalationReason: string;
  /** Sessions offered for registration or registrations offered for cancelling, by button label; an e-mail awaited for one (absent in older states). */
  training?: TrainingMemo | null;
}

export interface TrainingMemo {
  offers: { label: string; sessionId: string }[];
  cancels: { label: string; registrationId: string }[];
  /** An anonymous user chose this session: their next message is their e-mail address. */
  awaitingEmail: string | null;
}

export interface AnswerMemo {
  question: string;
  articleId: string;
  /** Retrieval confidence; null when the user picked the article from a list. */
  score: number | null;
}

export interface ClarifyMemo {
  question: string;
  choices: { articleId: string; title: string; score: number }[];
}

/** Per user (across conversations): only what is harmless if a channel reuses a user id. */
export interface UserData {
  firstSeenAt: string | null;
}

export const MAX_TRANSCRIPT_LINES = 100;
/**
 * The state is read, hashed and written on every turn and must stay under the storage's item
 * limit (256 KB) however long the conversation: user lines keep their full text (the channel
 * caps messages at 2,000 characters), bot lines only the gist (a full article answer is long and
 * the agent can open the article). 100 × 2,000 characters stays well under the limit.
 */
const MAX_LINE_CHARS = { user: 2000, agent: 2000, bot: 600, system: 600 } as const;
/** Ratings come shortly after an answer; older answers are forgotten to bound the state. */
const MAX_ANSWERS = 50;

export function emptyConversation(): ConversationData {
  return {
    welcomed: false,
    requester: null,
    transcript: [],
    answers: {},
    lastQuestion: null,
    lastComment: null,
    fallbacks: 0,
    clarify: null,
    awaitingComment: null,
    ticket: null,
    handoff: null,
    escalationReason: 'user-request',
  };
}

export function emptyUser(): UserData {
  return { firstSeenAt: null };
}

/** A transcript line within the size its sender is allowed. */
export function clipLine(from: TranscriptLine['from'], text: string, at: Date, max: number = MAX_LINE_CHARS[from]): TranscriptLine {
  return { from, text: text.length > max ? `${text.slice(0, max - 1)}…` : text, at: at.toISOString() };
}

export function addLine(data: ConversationData, from: TranscriptLine['from'], text: string, at: Date): void {
  data.transcript.push(clipLine(from, text, at));
  if (data.transcript.length > MAX_TRANSCRIPT_LINES) {
    data.transcript.splice(0, data.transcript.length - MAX_TRANSCRIPT_LINES);
  }
}

/**
 * What a question the bot answered, clarified or did not understand leaves for the next message:
 * the question, the topic a follow-up was read with (AskResult.topic), the article answered (null
 * after a clarification or a fallback); the first such question stays the subject a later «ma
 * première question» points back to.
 */
export function rememberTopic(data: ConversationData, question: string, topic: string | undefined, articleId: string | null): void {
  data.lastQuestion = question;
  data.lastTopic = topic ?? null;
  data.lastArticle = articleId;
  if (data.firstQuestion) return;
  data.firstQuestion = topic ?? question;
  data.firstArticle = articleId;
}

export function rememberAnswer(data: ConversationData, messageId: string, memo: AnswerMemo): void {
  // The question is kept for the ratings report; its first 500 characters identify it.
  data.answers[messageId] = { ...memo, question: memo.question.slice(0, 500) };
  const ids = Object.keys(data.answers);
  for (const id of ids.slice(0, Math.max(0, ids.length - MAX_ANSWERS))) delete data.answers[id];
}

/** The client's address a trusted channel put in `channelData.relais.clientIp`, if any. */
export function clientIpOf(channelData: unknown): string | null {
  const ip = (channelData as { relais?: { clientIp?: unknown } } | null)?.relais?.clientIp;
  return typeof ip === 'string' && ip.length > 0 && ip.length <= 100 ? ip : null;
}

/**
 * The verified requester a channel put in `channelData.relais.requester`. Only an object marked
 * `verified: true` with a usable e-mail counts: the channel is the one place that checks the
 * portal token, so anything else (a name typed by the user, `from.name`) is never trusted.
 */
export function verifiedRequester(channelData: unknown): Requester | null {
  const r = (channelData as { relais?: { requester?: Record<string, unknown> } } | null)?.relais?.requester;
  if (!r || r.verified !== true || typeof r.email !== 'string' || !/^[^\s@]+@[^\s@]+$/.test(r.email)) return null;
  const str = (v: unknown) => (typeof v === 'string' && v.trim() ? v.trim() : null);
  return {
    email: r.email.trim().toLowerCase(),
    name: str(r.name) ?? r.email.trim(),
    portalUserId: str(r.portalUserId),
    organisation: str(r.organisation),
    verified: true,
    ...(isPortalProfile(r.profile) ? { profile: r.profile } : {}),
  };
}
