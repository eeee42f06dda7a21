import type { Analyzer } from './analyzer';
import { isBoundary } from './boundaries';
import { presentsOneself } from './clauses';
import { facetAsked, unansweredFacet, unsaidIn, type Facet } from './facets';
import { FALLBACK_LABEL, type TermClassifier } from './classifier';
import { oneOfSeveral, problemsJoined, questionAlone } from './several-questions';
import { carriedTopic, createFollowUpReader, namedBefore, previousTopic } from './follow-up';
import { backToFirst } from './first-topic';
import { pickNumbered } from './numbered-choice';
import { FEATURE_NAMES, featureVector, outcomeOf, probability, type DecisionModel } from './decision';
import { createFeatureScorer, type Analysis, type CandidateFeatures, type ExampleTerms, type MessageTerms } from './features';
import type { IntentClassifier } from './intents';
import { readMessage, type MessageReading } from './message';
import { createMessageTerms } from './message-terms';
import { reportsSolved } from './steps';
import type { KnowledgeIndex } from './search-index';
import type { AskContext, AskResult, Candidate, ScoringOptions, Thresholds } from './types';

export const DEFAULT_THRESHOLDS: Readonly<Thresholds> = Object.freeze({
  intent: 0.66,
  intentAlone: 0.6,
});

export const DEFAULT_SCORING: Readonly<ScoringOptions> = Object.freeze({
  unknownWeight: 1,
  evidenceScale: 0.5,
  approximateCredit: 0.9,
});

/** Candidates re-ranked after the BM25 stage (articles and boundary topics together). */
const POOL = 10;
const MAX_CHOICES = 3;
/** A clarification offers the runners-up whose BM25 is at least this share of the best. */
export const CLARIFY_BM25 = 0.6;
/** A runner-up whose ranking score is at least this share of the best makes the answer a tie: choices are offered. */
export const TIE = 0.9;
/** The words of a direct question («qui», «où», «quand»…), not of a request. */
const INTERROGATIVE = /\b(?:qui|quoi|ou|quand|comment|combien|pourquoi|quel|quels|quelle|quelles|who|what|where|when|how|which|why)\b/;

/** A message whose terms are this similar to one of an article's phrasings is that phrasing. */
const OWN_PHRASING = 0.999;

/** The close runners-up a « Vouliez-vous dire » offers (the best first), and whether the best is only tied. */
export function choicesOf(ranked: readonly CandidateFeatures[]): { close: CandidateFeatures[]; tie: boolean } {
  const close = ranked.filter((c) => c.relativeBm25 >= CLARIFY_BM25).slice(0, MAX_CHOICES);
  const tie = ranked.length > 1 && ranked[1]!.score >= TIE * ranked[0]!.score && close.length > 1;
  return { close, tie };
}

export interface RetrieverDeps {
  index: KnowledgeIndex;
  searchAnalyzer: Analyzer;
  intents: IntentClassifier;
  thresholds: Thresholds;
  scoring: ScoringOptions;
  model: DecisionModel;
  /** Each article's example questions, analysed (the decision compares them with the message). */
  examples: ExampleTerms;
  /** Learned vocabulary of each article and of what the base does not answer (classifier.ts). */
  classifier: TermClassifier;
  /** The title of the article that comes after this one («c'est fait, et maintenant ?»), if any. */
  nextTopic?: (articleId: string) => string | undefined;
  /** The title of an article: the topic of the previous answer, for a follow-up. */
  topicOf?: (articleId: string) => string | undefined;
  /** Whether a term belongs only to topics the base does not answer («TVA», «RIB»): no article holds it. */
  outsideOnly?: (term: string) => boolean;
  /** Whether an article's text answers a facet of a question (its price, an address: facets.ts). */
  answersFacet?: (articleId: string, facet: Facet) => boolean;
  /** Whether a term is only a word of the screen («cliquer», «rubrique», «bouton»): no topic (general-words.ts). */
  screenWord?: (term: string) => boolean;
}

export interface Retriever {
  ask(text: string, context?: AskContext): AskResult;
  analyse(text: string, context?: AskContext): Analysis;
}

const round = (x: number): number => Math.round(x * 1000) / 1000;
const rounded = (cs: readonly { articleId: string; score: number }[]): Candidate[] =>
  cs.map((c) => ({ articleId: c.articleId, score: round(c.score) }));

/**
 * Reads the message (message.ts), searches its non-negated terms, describes the candidates
 * (features.ts) and lets the calibrated model decide (decision.ts). The score of an answer is the
 * model's probability that it is right.
 */
/** A message as read in its conversation: the text read (a picked question stands for the pick), its reading and context. */
interface Read {
  text: string;
  reading: MessageReading;
  context?: AskContext;
  /** The numbered question of the previous message that the message picked («le 2e d'abord»). */
  picked?: string;
}

export function createRetriever(deps: RetrieverDeps): Retriever {
  const { index, searchAnalyzer, intents, thresholds, scoring, model } = deps;
  const describe = createFeatureScorer(index, scoring, deps.examples);
  const messageTerms = createMessageTerms(index, searchAnalyzer);

  /**
   * `own`: for a follow-up read with the previous question, the message's own terms and cues,
   * which tell whether it leaves the topic («et ils ont combien de temps pour me payer ?»).
   */
  const analyseReading = (reading: MessageReading, followUp: boolean, lastArticle?: string | null, own?: readonly string[]): Analysis => {
    const message = messageTerms(reading);
    if (message.terms.length === 0) return { reading, message, ranked: [], vector: [], p: 0, pDomain: 0, outside: false, joined: followUp };
    const described = describe(message, index.search(message.terms, POOL));
    const ranked = described.candidates.filter((c) => !isBoundary(c.articleId));
    const boundary = described.candidates.find((c) => isBoundary(c.articleId));
    const posterior = deps.classifier.posterior([...message.terms, ...message.cues], [FALLBACK_LABEL, ...ranked.map((c) => c.articleId)]);
    // Outside the base: a boundary topic ranks above every article and the classifier agrees.
    const outside =
      boundary !== undefined &&
      boundary.score > (ranked[0]?.score ?? 0) &&
      (ranked.length === 0 || (posterior.get(FALLBACK_LABEL) ?? 0) > (posterior.get(ranked[0]!.articleId) ?? 0));
    if (ranked.length === 0) return { reading, message, ranked, vector: [], p: 0, pDomain: 0, outside, joined: followUp };
    // What the asking clauses name that only the base's boundaries know («la TVA sur mon mémoire»).
    const asking = message.parts.some((p) => p.question) ? message.parts.filter((p) => p.question).flatMap((p) => p.terms) : message.terms;
    const outsideShare = asking.length && deps.outsideOnly ? asking.filter((t) => deps.outsideOnly!(t)).length / asking.length : 0;
    const vector = featureVector(ranked, {
      outsideShare,
      fallbackTerm: deps.classifier.strongest(asking, FALLBACK_LABEL, ranked[0]!.articleId),
      ...(own ? { ownFallback: deps.classifier.posterior(own, [FALLBACK_LABEL, ranked[0]!.articleId]).get(FALLBACK_LABEL) } : {}),
      terms: message.terms.length,
      english: reading.language === 'en',
      followUp,
      fit: described.exampleFit(ranked[0]!.articleId),
      boundary,
      ...(boundary ? { boundaryFit: described.exampleFit(boundary.articleId) } : {}),
      posterior,
      choices: choicesOf(ranked).close.map((c) => c.articleId),
      lastArticle,
    });
    return { reading, message, ranked, vector, p: probability(model, vector), pDomain: probability(model.inDomain, vector), outside, joined: followUp };
  };

  const SIMILARITY = FEATURE_NAMES.indexOf('exampleSimilarity');
  // The articles the decision model was calibrated with (their labels in its learned term counts).
  const calibrated = new Set(Object.keys(model.learned?.terms ?? {}));
  const decide = (a: Analysis, text: string, withoutContext = false, intentsRead = true): AskResult => {
    const language = a.reading.language;
    const base = { language, candidates: rounded(a.ranked.slice(0, MAX_CHOICES)) };
    if (a.reading.request && intentsRead) {
      return { kind: 'intent', articleId: null, intent: a.reading.request, score: 1, ...base };
    }
    const relevant = a.p >= (a.joined ? model.answerFollowUp : model.answer);
    // Asking how to reach a person or open a ticket is a question for the articles, not a request.
    // A letter's closing formula is no greeting («salutations») and no thanks: the intents read the rest.
    // Nor is what a negated clause sets aside («pas de question pour l'instant, juste merci…»).
    // Nor, in a message that asks nothing, who the writer is («Bonsoir ! Je suis le fils d'un plombier, je découvre le portail»).
    const asks = a.reading.clauses.some((c) => c.question);
    const spoken = a.reading.clauses.filter((c) => !c.closing && !c.negated && !(!asks && presentsOneself(c.text)));
    const said = spoken.length < a.reading.clauses.length ? spoken.map((c) => c.text).join(', ') : text;
    const classified = intentsRead ? intents.classify(said || text, { asks }) : null;
    const contact = classified !== null && (classified.intent === 'agent' || classified.intent === 'ticket');
    // «et ça passe devant qui ?», «il y en a en ligne ?»: a question word, a follow-up's «et» or a pronoun, with
    // no person nor ticket named, asks for neither; a follow-up's question is no goodbye («il y en a une bientôt ?»).
    const unnamed = contact && a.reading.names === null && ((asks && (a.reading.followUp || a.reading.anaphora)) || a.reading.clauses.some((c) => c.question && INTERROGATIVE.test(c.text)));
    // «re, toujours rien depuis hier, elle en est où ?» in a conversation: a greeting before a question that points back is that question;
    // «me revoilà, j'ai fait ce que vous disiez mais elle n'est toujours pas partie»: before a report that it still fails, that report.
    const pointsBack = (asks && (a.reading.followUp || (a.reading.anaphora && !withoutContext))) || a.reading.failure;
    const intent = (contact && (a.reading.asksHow || unnamed)) || (classified !== null && !contact && pointsBack) ? null : classified;
    const solved = intent?.intent === 'thanks' && !asks && reportsSolved(a.reading.clauses.map((c) => c.text).join(' '));
    const intentWins =
      intent !== null && (solved || (relevant ? intent.score >= thresholds.intent && intent.score >= a.p : intent.score >= thresholds.intentAlone));
    if (intent && intentWins) {
      return { kind: 'intent', articleId: null, intent: intent.intent, score: round(intent.score), ...base };
    }
    const { close, tie } = choicesOf(a.ranked);
    const outcome = a.ranked.length ? outcomeOf(a, model, { tie, choices: close.length }) : 'fallback';
    // «je le mets où ?» with nothing before it: a pronoun and one word guess the thing, so the
    // bot asks whether it is that article rather than answering it.
    const guess = withoutContext && a.reading.anaphora && a.message.terms.length <= 1;
    // «je clique où ?», «c'est quelle rubrique ?» with nothing before it: the screen's words name no topic.
    const noTopic = withoutContext && a.message.terms.length > 0 && deps.screenWord !== undefined && a.message.terms.every(deps.screenWord);
    if (noTopic) return { kind: 'fallback', articleId: null, intent: null, score: round(a.p), ...base };
    if (outcome === 'answer' && guess) {
      return { kind: 'clarify', articleId: null, intent: null, score: round(a.p), language, candidates: rounded(close.length ? close : a.ranked.slice(0, 1)) };
    }
    if (outcome === 'answer') {
      return { kind: 'answer', articleId: a.ranked[0]!.articleId, intent: null, score: round(a.p), ...base };
    }
    if (outcome === 'clarify') {
      return { kind: 'clarify', articleId: null, intent: null, score: round(a.p), language, candidates: rounded(close) };
    }
    // An article the calibration never saw (written in the console since) cannot be trusted by the
    // decision yet: a message that is one of its own phrasings is at least offered.
    if (!a.outside && a.ranked[0] && !calibrated.has(a.ranked[0].articleId) && (a.vector[SIMILARITY] ?? 0) >= OWN_PHRASING) {
      return { kind: 'clarify', articleId: null, intent: null, score: round(a.p), language, candidates: rounded(a.ranked.slice(0, 1)) };
    }
    return { kind: 'fallback', articleId: null, intent: null, score: round(a.p), ...base };
  };

  const withContext = createFollowUpReader({
    analyseReading,
    messageTerms,
    bestFor: (message) => describe(message, index.search(message.terms, POOL)).candidates[0],
    // The screen's words are words, not gibberish: «c'est dans quel menu ?» points back to the topic.
    known: (t) => index.stats(t).known || (deps.screenWord?.(t) ?? false),
    model,
    ...(deps.nextTopic ? { nextTopic: deps.nextTopic } : {}),
    ...(deps.topicOf ? { topicOf: deps.topicOf } : {}),
    ...(deps.outsideOnly ? { outsideOnly: deps.outsideOnly } : {}),
    ...(deps.screenWord ? { screenWord: deps.screenWord } : {}),
  });

  /**
   * A step reported done is set aside only after an answer. In a first message, the step it
   * reports is the previous answer it did not get from the bot: when those clauses alone are
   * answered, they are the context the rest is read in («c'est bon, j'ai cliqué sur confirmer et
   * envoyer. Et maintenant ?» asks the step after the draft's); otherwise they are what the user
   * is talking about and are searched («j'ai rempli le formulaire il y a 10 jours et aucune
   * réponse, je fais quoi maintenant ?»). «Revenons à ma première question : …» is read after the first question (first-topic.ts).
   */
  const readIn = (said: string, given?: AskContext): Read => {
    // «t'es un robot ?» then «pourquoi ?»: a question about the assistant itself is no topic to continue.
    const asked = given?.lastQuestion && facetAsked(readMessage(given.lastQuestion).clauses) === 'self' ? { ...given, lastQuestion: null, lastArticle: null } : given;
    // «le 2e d'abord» after «1) … 2) …»: that question, on its own.
    const picked = pickNumbered(said, asked);
    const { text, context } = picked ?? backToFirst(said, asked);
    return { ...readWithin(text, context), ...(picked ? { picked: picked.text } : {}) };
  };

  const readWithin = (text: string, context?: AskContext): Read => {
    const reading = readMessage(text);
    // «…, sinon c'est quoi le plafond… ?»: another subject, read without the conversation's.
    if (reading.changesTopic) return { text, reading };
    if (previousTopic(context) || !reading.clauses.some((c) => c.done)) return { text, reading, ...(context ? { context } : {}) };
    const done = reading.clauses.filter((c) => c.done).map((c) => c.text).join(', ');
    const before = decide(analyseReading(readMessage(done), false), done, true);
    if (before.kind === 'answer') return { text, reading, context: { ...context, lastQuestion: done, lastArticle: before.articleId } };
    return { text, reading: { ...reading, clauses: reading.clauses.map(({ done: _done, ...c }) => c) }, ...(context ? { context } : {}) };
  };

  /** The message read alone, then, for a follow-up, with the previous question's topic. */
  const analyse = (said: string, asked?: AskContext): Analysis => {
    const { reading, context } = readIn(said, asked);
    return withContext(analyseReading(reading, false, context?.lastArticle), context);
  };

  const answer = ({ text, reading, context }: Read): AskResult => {
    const alone = analyseReading(reading, false, context?.lastArticle);
    // «oui» after the bot offered a person or a ticket takes the offer; «faites-le pour moi» after
    // «comment ouvrir un ticket ?» (or the ticket article) is the request named before.
    const named = alone.reading.doIt ? namedBefore(alone.reading, context, deps.topicOf) : null;
    if (named) return { kind: 'intent', articleId: null, intent: named, score: 1, language: alone.reading.language, candidates: rounded(alone.ranked.slice(0, MAX_CHOICES)) };
    // Thanks, greetings and requests are read on the message alone, never joined to a topic (nor read again with it: «il y en a une bientôt ?»).
    const first = decide(alone, text, !context?.lastQuestion);
    // «bonjour, t'es qui toi ?»: past the greeting, the question is about the assistant itself.
    if (first.kind === 'intent' && first.intent !== 'agent' && first.intent !== 'ticket' && facetAsked(alone.reading.clauses) === 'self') {
      return { kind: 'fallback', articleId: null, intent: null, score: first.score, language: first.language, candidates: first.candidates, unsaid: 'self' };
    }
    if (first.kind === 'intent') return first;
    const a = previousTopic(context) ? withContext(alone, context) : alone;
    const result = a === alone ? first : decide(a, text, false, false);
    // «et ça coûte combien chez un opérateur ?» after the EDI article, «le barème des indemnités
    // kilométriques» of a court expert: articles that do not say the price, address or payment
    // delay asked are no answer, nor a choice (facets.ts).
    const offeredBy = (r: AskResult) => (r.kind === 'answer' ? [r.articleId!] : r.kind === 'clarify' ? r.candidates.map((c) => c.articleId) : []);
    const unsaidBy = (r: AskResult) => {
      const offered = offeredBy(r);
      return deps.answersFacet ? unansweredFacet(text, alone.reading, offered, offered.includes(context?.lastArticle ?? ''), deps.answersFacet) : null;
    };
    const unsaid = unsaidBy(result);
    if (unsaid) return { kind: 'fallback', articleId: null, intent: null, score: result.score, language: result.language, candidates: result.candidates, unsaid, ...carriedTopic(context, text) };
    if (result.kind === 'fallback') {
      // A follow-up's questions are each read with the conversation's topic, and one answered by the previous
      // answer's article needs no words of its own («c'est gratuit ? faut s'inscrire ?» after the webinars).
      const own = (reading: MessageReading) => analyseReading(reading, false, context?.lastArticle);
      const read = { analyse: a === alone ? own : (reading: MessageReading) => withContext(own(reading), context), decide, topic: context?.lastArticle };
      // Each question of a follow-up is read with the topic even when the whole message was not
      // («il y en a bientôt ? c'est gratuit ?» after the webinars: the price alone is outside).
      const each = previousTopic(context) ? { ...read, analyse: (reading: MessageReading) => withContext(own(reading), context) } : read;
      // One of the message's questions answered on its own is still checked for the facet the message asks
      // («… mon espace sur impots.gouv : je n'arrive pas à m'y connecter» is not the portal's login).
      const part = oneOfSeveral(text, each) ?? (a === alone ? (questionAlone(alone, text, read) ?? problemsJoined(text, read)) : null);
      return (part && !unsaidBy(part) ? part : null) ?? { ...result, ...unsaidIn(alone.reading), ...carriedTopic(context, text) };
    }
    // A follow-up read with the topic keeps it for the next message, answered or clarified.
    const topic = a !== alone ? carriedTopic(context, text) : {};
    if (result.kind === 'clarify') return { ...result, ...topic };
    if (result.kind !== 'answer') return result;
    const failure = alone.reading.failure ? { failure: true } : {};
    return { ...result, ...(a !== alone ? { followUp: true } : {}), ...topic, ...failure };
  };

  return {
    analyse,
    ask(said: string, asked?: AskContext): AskResult {
      const read = readIn(said, asked);
      const r = answer(read);
      // A question picked from a numbered list is the conversation's topic from then on.
      return read.picked && r.kind !== 'intent' ? { ...r, topic: r.topic ?? read.picked } : r;
    },
  };
}
