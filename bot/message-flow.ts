import type { Article } from '../knowledge';
import { answerWith, clarify, fallback } from './answer';
import { offerEscalation, requestAgent } from './escalation-offer';
import { takeComment } from './feedback-flow';
import { endOfChatValue, onEndOfChat } from './end-of-chat';
import { LABELS, TEXTS, TEXTS_EN } from './texts';
import { continueTicket, startTicket, submitTicketForm } from './ticket-flow';
import { ticketFormValue } from './ticket-form';
import { leaveToLiveChat, say, type Turn } from './turn';
import { recordLine } from './transcript';
import { fold } from './words';
import { pageContextOf } from '../protocol/page-context';
import type { BotOutcome } from './ports';
import { followInvoice } from './invoice-flow';
import { invoiceRequestOf } from './invoice-request';
import { continueTraining, startTraining, trainingRequestOf } from './training-flow';

/** Button labels that act directly, whatever state the conversation is in (except a form). */
/** The menu's labels as `fold` gives them: a message is folded once and compared with these. */
const FOLDED = Object.freeze({ askAgent: fold(LABELS.askAgent), agent: fold(LABELS.agent), ticket: fold(LABELS.ticket), cancel: fold(LABELS.cancel) });
const MENU: readonly string[] = Object.values(FOLDED);

/**
 * One user message. Order matters: a human agent has the conversation → stay quiet; a pending
 * thumbs-down comment → this message is the comment; an open ticket form → this is the answer
 * to its question (or the widget's whole form); only then is the text a question for the knowledge base.
 */
export async function onUserMessage(turn: Turn): Promise<void> {
  const { ctx, data, deps } = turn;
  const text = (ctx.activity.text ?? '').trim();
  const chosen = chosenArticle(turn, ctx.activity.value);
  const page = pageContextOf((ctx.activity.channelData as { page?: unknown } | undefined)?.page);
  if (page) data.page = page;
  // A choice sent without text (a button's value) is not in the channel's history: the bot notes its title.
  if (text || chosen) recordLine(turn, 'user', text || chosen?.title || '', text !== '');

  if (data.handoff) {
    // A handed-off conversation's messages are the live chat's: the channel relays them once the
    // bot has left them (the state read every turn says so; no live-chat lookup per bot turn).
    // A hand-off that ended without telling the bot: answer again.
    const active = (await deps.handoff.isActive?.(turn.conversationId)) ?? true;
    if (active) return leaveToLiveChat(turn);
    data.handoff = null;
  }
  // An offer (a person, a ticket) holds for the message that answers it only.
  const offer = data.lastOffer ?? null;
  data.lastOffer = null;
  // The end-of-chat form (a rating, the transcript by e-mail): after a chat, whatever else is going on.
  const ended = endOfChatValue(ctx.activity.value);
  if (ended) return onEndOfChat(turn, ended);
  // The widget's ticket form, sent in one message: whatever the step-by-step form was asking.
  const form = ticketFormValue(ctx.activity.value);
  if (form) {
    data.awaitingComment = null;
    return submitTicketForm(turn, form);
  }
  const folded = fold(text);
  if (data.awaitingComment && text && !MENU.includes(folded)) return takeComment(turn, text);
  data.awaitingComment = null;
  if (data.ticket) return continueTicket(turn, text);
  // A session's button, a cancel button, or the e-mail the registration asked for.
  if (deps.training && text && (await continueTraining(turn, deps.training, text))) return;

  if (chosen) return answerChoice(turn, chosen, chosen.title);
  if (!text) return void (await say(turn, TEXTS.textOnly));
  if (folded === FOLDED.askAgent || folded === FOLDED.agent) return requestAgent(turn);
  if (folded === FOLDED.ticket) return startTicket(turn);
  if (folded === FOLDED.cancel) return void (await say(turn, TEXTS.nothingToCancel));

  const titled = deps.articleByTitle(folded);
  if (titled) return answerChoice(turn, titled, text);

  // «où en est ma facture F-2026-00123 ?»: the user's own invoice, looked up (verified users only).
  const invoice = deps.invoices ? invoiceRequestOf(text) : null;
  if (invoice && deps.invoices) {
    await recordOutcome(turn, 'intent', null);
    return followInvoice(turn, deps.invoices, invoice, text);
  }
  // «je veux m'inscrire à un webinaire», «annuler mon inscription».
  const training = deps.training ? trainingRequestOf(text) : null;
  if (training && deps.training) {
    await recordOutcome(turn, 'intent', null);
    return startTraining(turn, deps.training, training, text);
  }

  // The previous question gives follow-ups («et pour les travaux ?») their topic.
  const profile = data.requester?.verified ? (data.requester.profile ?? null) : null;
  const first = { firstQuestion: data.firstQuestion ?? null, firstArticle: data.firstArticle ?? null };
  const result = deps.knowledge.ask(text, { lastQuestion: data.lastTopic ?? data.lastQuestion, lastArticle: data.lastArticle ?? null, lastOffer: offer, profile, ...first });
  deps.observe?.outcome(result.kind);
  await recordOutcome(turn, result.kind, result.kind === 'answer' ? result.articleId : null);
  switch (result.kind) {
    case 'answer': {
      const article = result.articleId ? deps.knowledge.article(result.articleId) : undefined;
      if (!article) return fallback(turn, text, result.score, result.language);
      // «et si ça ne marche toujours pas ?» after the draft's procedure: the same article again, to
      // a message that says it did not work, did not solve it: the way to a person follows it.
      const again = result.failure === true && article.id === turn.data.lastArticle;
      await answerWith(turn, article, text, result.score, result.language, result.topic);
      if (again) await offerEscalation(turn, 'fallback', TEXTS.stillStuck);
      return;
    }
    case 'clarify':
      return clarify(turn, text, result);
    case 'fallback':
      return fallback(turn, text, result.score, result.language, result.topic, result.unsaid);
    case 'intent':
      return onIntent(turn, result.intent, text, result.score, result.language);
  }
}

async function onIntent(turn: Turn, intent: string | null, text: string, score: number, language: 'fr' | 'en'): Promise<void> {
  turn.data.fallbacks = 0;
  switch (intent) {
    case 'agent':
      return requestAgent(turn);
    case 'ticket':
      return startTicket(turn);
    case 'greeting':
      return void (await say(turn, language === 'en' ? TEXTS_EN.greeting(turn.deps.branding.assistantName, turn.deps.branding.portalName) : TEXTS.greeting(turn.data.requester?.name ?? null)));
    case 'thanks':
      return void (await say(turn, language === 'en' ? TEXTS_EN.thanks : TEXTS.thanks));
    case 'goodbye':
      return void (await say(turn, language === 'en' ? TEXTS_EN.goodbye : TEXTS.goodbye));
    default:
      return fallback(turn, text, score, language);
  }
}

/** A postBack `{ relaisChoice: articleId }` (a « Vouliez-vous dire » button sent as data). */
function chosenArticle(turn: Turn, value: unknown): Article | undefined {
  const id = (value as { relaisChoice?: unknown } | null)?.relaisChoice;
  return typeof id === 'string' ? turn.deps.knowledge.article(id) : undefined;
}

/**
 * An article picked by title or postBack. When it was one of the « Vouliez-vous dire » choices,
 * the rating will refer to the original question and its retrieval score; a plain topic button
 * has no retrieval score.
 */
/** What the bot did with the question, for the dashboard (bot_outcomes). */
function recordOutcome(turn: Turn, outcome: BotOutcome, articleId: string | null): Promise<void> {
  return turn.deps.feedback.recordOutcome({ conversationId: turn.conversationId, outcome, articleId, at: turn.deps.clock.now() });
}

async function answerChoice(turn: Turn, article: Article, text: string): Promise<void> {
  await recordOutcome(turn, 'choice', article.id);
  const clarified = turn.data.clarify;
  const offered = clarified?.choices.find((c) => c.articleId === article.id);
  return answerWith(turn, article, offered && clarified ? clarified.question : text, offered?.score ?? null);
}
