import { offerEscalation } from './escalation-offer';
import { TEXTS } from './texts';
import { say, type Turn } from './turn';

/** The Teams feedback-loop payload: `value` of an invoke named `message/submitAction`. */
export interface FeedbackAction {
  reaction: 'like' | 'dislike';
  comment: string | null;
}

const MAX_COMMENT = 2000;

/**
 * Reads `{ actionName: 'feedback', actionValue: { reaction, feedback? } }`. Teams sends
 * `feedback` as a JSON string `{"feedbackText": "…"}`; the widget may send plain text. Both work.
 */
export function parseFeedback(value: unknown): FeedbackAction | null {
  const v = value as { actionName?: unknown; actionValue?: { reaction?: unknown; feedback?: unknown } } | null;
  if (v?.actionName !== 'feedback') return null;
  const reaction = v.actionValue?.reaction;
  if (reaction !== 'like' && reaction !== 'dislike') return null;
  let text = v.actionValue?.feedback;
  if (typeof text === 'string' && text.trim().startsWith('{')) {
    try {
      text = (JSON.parse(text) as { feedbackText?: unknown }).feedbackText;
    } catch {
      // not JSON after all: keep the raw text
    }
  }
  const comment = typeof text === 'string' && text.trim() ? text.trim().slice(0, MAX_COMMENT) : null;
  return { reaction, comment };
}

/** Stores the rating with what was answered (looked up by the rated message id). */
export async function onFeedback(turn: Turn, action: FeedbackAction, messageId: string): Promise<void> {
  const { data, deps, conversationId } = turn;
  const memo = data.answers[messageId];
  deps.observe?.rating(action.reaction);
  await deps.feedback.recordRating({
    conversationId,
    messageId,
    reaction: action.reaction,
    question: memo?.question ?? null,
    articleId: memo?.articleId ?? null,
    score: memo?.score ?? null,
    comment: action.comment,
    at: deps.clock.now(),
  });
  if (action.reaction === 'like') {
    await say(turn, TEXTS.liked);
  } else if (action.comment) {
    data.lastComment = action.comment;
    await offerEscalation(turn, 'dislike', TEXTS.commentThanks);
  } else {
    // The next message is the comment, not a new question (see bot.ts).
    data.awaitingComment = { messageId };
    await say(turn, TEXTS.askComment);
  }
}

/** The message after a comment-less thumbs-down: attach it to that rating, then offer a human. */
export async function takeComment(turn: Turn, text: string): Promise<void> {
  const { data, deps, conversationId } = turn;
  const pending = data.awaitingComment;
  data.awaitingComment = null;
  if (!pending) return;
  const comment = text.slice(0, MAX_COMMENT);
  await deps.feedback.addComment(conversationId, pending.messageId, comment);
  data.lastComment = comment;
  await offerEscalation(turn, 'dislike', TEXTS.commentThanks);
}
