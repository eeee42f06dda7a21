import type { Activity } from 'botbuilder';
import type { Article, AskResult } from '../knowledge';
import { escalationActions, escalationDecision, offerOf } from './escalation-offer';
import { rememberAnswer, rememberTopic } from './state';
import { TEXTS, TEXTS_EN } from './texts';
import { say, type Turn } from './turn';

/** At most this many related articles are proposed as follow-up buttons under an answer. */
const MAX_RELATED = 2;

/**
 * The article as a Markdown message: body, links, then the source title. `feedbackLoopEnabled`
 * is the Teams feedback-loop flag: the widget shows thumbs under messages that carry it.
 */
export function answerActivity(
  article: Article,
  meta: { question: string; score: number | null; helpUrl?: string },
  language: AskResult['language'] = 'fr',
): Partial<Activity> {
  const links = article.links.map((l) => `- [${l.label}](${l.url})`);
  const more = meta.helpUrl ? TEXTS.readMore(meta.helpUrl) : '';
  const english = language === 'en' ? (article.en ? TEXTS_EN.inFrench(article.en.title, article.en.summary) : TEXTS_EN.inFrenchNoGist) : '';
  const text = [english, article.body, links.length ? `${TEXTS.seeAlso}\n${links.join('\n')}` : '', more, TEXTS.source(article.title)]
    .filter(Boolean)
    .join('\n\n');
  const relais = { articleId: article.id, title: article.title, score: meta.score, question: meta.question };
  return {
    text,
    channelData: { feedbackLoopEnabled: true, relais },
    // schema.org citation, the shape Teams and Web Chat use to show an answer's source.
    entities: [
      {
        type: 'https://schema.org/Message',
        '@type': 'Message',
        '@context': 'https://schema.org',
        citation: [
          { '@type': 'Claim', position: 1, appearance: { '@type': 'DigitalDocument', name: article.title, abstract: article.summary ?? '', ...(meta.helpUrl ? { url: meta.helpUrl } : {}) } },
        ],
        relais,
      },
    ],
  };
}

export async function answerWith(
  turn: Turn,
  article: Article,
  question: string,
  score: number | null,
  language: AskResult['language'] = 'fr',
  topic?: string,
): Promise<void> {
  const { data } = turn;
  data.fallbacks = 0;
  data.clarify = null;
  // A follow-up's topic («facture en brouillon» then «une fenêtre s'ouvre, je fais quoi ?»): the
  // next follow-up («et si le bouton est grisé ?») borrows both.
  rememberTopic(data, question, topic, article.id);
  data.escalationReason = 'user-request'; // an earlier fallback no longer explains a later request
  const related = article.related
    .map((id) => turn.deps.knowledge.article(id)?.title)
    .filter((t): t is string => !!t)
    .slice(0, MAX_RELATED);
  const helpUrl = turn.deps.helpUrl?.(article.id);
  const { text = '', ...extra } = answerActivity(article, { question, score, ...(helpUrl ? { helpUrl } : {}) }, language);
  const id = await say(turn, text, related, extra);
  if (id) rememberAnswer(data, id, { question, articleId: article.id, score });
}

/** « Vouliez-vous dire… » with up to three titles; the titles come back as imBack text. */
export async function clarify(turn: Turn, question: string, result: AskResult): Promise<void> {
  const choices = result.candidates
    .slice(0, 3)
    .map((c) => ({ articleId: c.articleId, score: c.score, title: turn.deps.knowledge.article(c.articleId)?.title }))
    .filter((c): c is { articleId: string; score: number; title: string } => !!c.title);
  turn.data.fallbacks = 0;
  rememberTopic(turn.data, question, result.topic, null);
  turn.data.clarify = { question, choices };
  await say(turn, result.language === 'en' ? TEXTS_EN.clarify : TEXTS.clarify, choices.map((c) => c.title));
}

/**
 * Honest « je n’ai pas compris »: the first in a row asks to rephrase, the next ones lead with
 * what is really available (escalation.ts). Wordings rotate over the conversation's fallbacks.
 */
export async function fallback(
  turn: Turn,
  question: string,
  score: number,
  language: AskResult['language'] = 'fr',
  topic?: string,
  unsaid?: AskResult['unsaid'],
): Promise<void> {
  const { data, deps, conversationId } = turn;
  data.fallbacks += 1;
  // Runs of misses in this conversation: each run starts its wording where the last one left off.
  if (data.fallbacks === 1) data.missRuns = (data.missRuns ?? 0) + 1;
  const run = (data.missRuns ?? 1) - 1;
  data.clarify = null;
  // The conversation's subject outlives a message not understood («c'est gratuit ?» after a training).
  rememberTopic(data, question, topic, null);
  data.escalationReason = 'fallback';
  try {
    await deps.feedback.recordUnanswered({ conversationId, question, score, at: deps.clock.now() });
  } catch (err) {
    // The report loses one line; the user still deserves the fallback and the way to a human.
    deps.logger.error({ err, conversationId }, 'bot: could not record an unanswered question');
  }
  const d = await escalationDecision(turn);
  // A first miss asks to rephrase; the next ones in a row lead with the offer. Either list is
  // walked through over the conversation, so the same sentence does not come back at once.
  const pick = <T>(list: readonly T[], n: number): T => list[n % list.length]!;
  const again = data.fallbacks >= 2;
  // Only the reply that leads with the offer makes it what a bare «oui» accepts.
  if (again) data.lastOffer = offerOf(d);
  // Understood, but not said by the articles («c'est gratuit ?»): the reply says so rather than «not understood».
  const texts = language === 'en' ? TEXTS_EN : TEXTS;
  const first = unsaid === 'self' ? texts.aboutMe(deps.branding.assistantName, deps.branding.portalName) : unsaid ? texts.unsaid : pick(texts.fallback, run);
  const text = !again ? first : language === 'en' ? TEXTS_EN.fallbackAgain(d.message) : pick(TEXTS.fallbackAgain, run + data.fallbacks - 2)(d.message);
  await say(turn, text, escalationActions(d));
}
