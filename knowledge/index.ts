import fs from 'node:fs';
import path from 'node:path';
import { createAnalyzer } from './analyzer';
import { compileSynonyms } from './synonym-matcher';
import { DEFAULT_SYNONYMS } from './synonyms';
import { FEATURE_NAMES, type DecisionModel } from './decision';
import { MAX_QUESTION_CHARS } from './normalize';
import { loadArticles, type Article } from './article';
import { isBoundary, loadBoundaries } from './boundaries';
import { countTerms, createTermClassifier, FALLBACK_LABEL, type TermCounts } from './classifier';
import { termsAndCues } from './cues';
import { createFacetIndex } from './facets';
import { CAN_IT_BE_DONE_WORDS, GENERAL_EN, GENERAL_FR, INTERFACE_WORDS } from './general-words';
import { createGluedWordSplitter, gluedVocabulary } from './glued-words';
import { writtenPunctuation } from './dictation';
import { typedBack } from './keyboard-layout';
import { dropComparisons } from './comparisons';
import { dropInvoiceNature } from './invoice-nature';
import { participlesBack } from './participles';
import { dropWhomItIsFor } from './possible-for';
import { dropWhomItIsDoneFor } from './beneficiary';
import { dropWhatTheBotMissed } from './missed-question';
import { dropWhatIsSupplied } from './supplies';
import { dropTrainingAudience } from './training-audience';
import { dropIdentifiers } from './identifiers';
import { createIntentClassifier } from './intents';
import type { Analysis } from './features';
import { createRetriever, DEFAULT_SCORING, DEFAULT_THRESHOLDS } from './retriever';
import { createKnowledgeIndex, DEFAULT_BOOSTS, type FieldBoosts } from './search-index';
import { coreStopWords } from './stopwords';
import type { AskContext, AskResult, ScoringOptions, Thresholds } from './types';

export type { Article } from './article';
export type { AskContext, AskResult, AskKind, Candidate, Intent, ScoringOptions, Thresholds } from './types';
export type { DecisionModel } from './decision';
export { INTENTS } from './types';
export { MAX_QUESTION_CHARS } from './normalize';
export { DEFAULT_SCORING, DEFAULT_THRESHOLDS } from './retriever';

import { preferAudience } from './audience';

export interface KnowledgeOptions {
  articlesDir: string;
  /** Defaults to `intents.yaml` beside this file. */
  intentsFile?: string;
  /** Articles given directly (benchmarks, tests) instead of read from `articlesDir`. */
  articles?: readonly Article[];
  thresholds?: Partial<Thresholds>;
  scoring?: Partial<ScoringOptions>;
  boosts?: Partial<FieldBoosts>;
  /** Topics the base does not answer; defaults to `boundaries.yaml` beside this file. */
  boundariesFile?: string;
  /** The trained decision; defaults to `decision-model.json` beside this file (`npm run calibrate`). */
  model?: DecisionModel;
}

export interface Knowledge {
  /** The conversation's context lets follow-ups («et pour les travaux ?») borrow the last topic. */
  ask(text: string, context?: AskContext): AskResult;
  /** What the decision saw (calibration and diagnostics). */
  analyse(text: string, context?: AskContext): Analysis;
  readonly articles: readonly Article[];
  article(id: string): Article | undefined;
}

/** Loads the articles once, builds the analyser, the index and the intent classifier. */
export function createKnowledge(options: KnowledgeOptions): Knowledge {
  const articles = Object.freeze([...(options.articles ?? loadArticles(options.articlesDir))]);
  const byId = new Map(articles.map((a) => [a.id, a]));
  const synonyms = compileSynonyms(DEFAULT_SYNONYMS);
  const searchAnalyzer = createAnalyzer({ synonyms });
  const chatAnalyzer = createAnalyzer({ stopWords: coreStopWords(), synonyms });
  const boundaries = loadBoundaries(options.boundariesFile ?? path.join(__dirname, 'boundaries.yaml'));
  const indexed = [...articles, ...boundaries];
  const index = createKnowledgeIndex(indexed, searchAnalyzer, { ...DEFAULT_BOOSTS, ...options.boosts });
  // Story words and words the base has never seen say nothing against a greeting, thanks or goodbye.
  const general = new Set(`${GENERAL_FR} ${GENERAL_EN}`.split(/\s+/).flatMap((w) => chatAnalyzer.analyze(w)));
  const intents = createIntentClassifier(options.intentsFile ?? path.join(__dirname, 'intents.yaml'), chatAnalyzer, {
    neutral: (t, asks) => general.has(t) || (!asks && !index.stats(t).known),
  });
  const model = options.model ?? loadDecisionModel();
  const analysed = indexed.map((a) => ({ id: a.id, title: termsAndCues(searchAnalyzer, a.title), questions: a.questions.map((q) => termsAndCues(searchAnalyzer, q)) }));
  const examples = new Map(analysed.map((a) => [a.id, a.questions.map((q) => new Set(q.terms))]));
  // Terms of the boundaries' phrases that no article holds anywhere: every document holding one is
  // a boundary (the index's document frequency counts them all), so no article text is read again.
  const inBoundaries = new Map<string, number>();
  for (const a of analysed) {
    if (!isBoundary(a.id)) continue;
    for (const t of new Set([...a.title.terms, ...a.questions.flatMap((q) => q.terms)])) inBoundaries.set(t, (inBoundaries.get(t) ?? 0) + 1);
  }
  const outsideOnly = (t: string) => inBoundaries.get(t) === index.stats(t).df;
  const screenTerms = new Set(`${INTERFACE_WORDS} ${CAN_IT_BE_DONE_WORDS}`.split(/\s+/).flatMap((w) => searchAnalyzer.analyze(w)));
  const labelOf = (id: string) => (isBoundary(id) ? FALLBACK_LABEL : id);
  const baseTerms = countTerms(analysed.flatMap((a) => [a.title, ...a.questions].map((t) => ({ label: labelOf(a.id), terms: [...t.terms, ...t.cues] }))));
  const labels = new Set([...articles.map((a) => a.id), FALLBACK_LABEL]);
  const retriever = createRetriever({
    index,
    searchAnalyzer,
    intents,
    thresholds: { ...DEFAULT_THRESHOLDS, ...options.thresholds },
    scoring: { ...DEFAULT_SCORING, ...options.scoring },
    model,
    examples,
    nextTopic: (id) => {
      const next = byId.get(id)?.next;
      return next ? byId.get(next)?.title : undefined;
    },
    topicOf: (id) => byId.get(id)?.title,
    outsideOnly,
    screenWord: (t) => screenTerms.has(t),
    answersFacet: createFacetIndex(articles),
    classifier: createTermClassifier([baseTerms, ...(learnedFits(model.learned, labels) ? [model.learned] : [])], labels),
  });
  // References and services compared with («comme sur Doctolib») are blanked, and words typed without spaces cut into the words the base knows, before anything reads them.
  const unglue = createGluedWordSplitter({ vocabulary: gluedVocabulary(articles), known: (w) => index.stats(searchAnalyzer.processTerm(w) ?? w).known });
  // Only the first MAX_QUESTION_CHARS characters are ever read: the repairs look no further. Spoken
  // punctuation («virgule», «point d'interrogation») is written as marks first (dictation.ts), after a
  // message typed on the other keyboard layout is typed back (keyboard-layout.ts); the steps run in this order.
  const beforeReading: readonly ((text: string) => string)[] = [typedBack, writtenPunctuation, participlesBack, dropIdentifiers, dropComparisons, dropWhomItIsFor, dropWhomItIsDoneFor, dropWhatIsSupplied, dropWhatTheBotMissed, dropTrainingAudience, dropInvoiceNature, unglue];
  const asText = (text: unknown) => (typeof text === 'string' ? beforeReading.reduce((t, step) => step(t), text.slice(0, MAX_QUESTION_CHARS)) : '');

  return Object.freeze({
    articles,
    article: (id: string) => byId.get(id),
    ask: (text: string, context?: AskContext) => preferAudience(retriever.ask(asText(text), context), context?.profile, (id) => byId.get(id)?.audience),
    analyse: (text: string, context?: AskContext) => retriever.analyse(asText(text), context),
  });
}

/**
 * Learned counts describe the base they were learned on: on a base that has none of their
 * articles (tests' fixtures, benchmarks) their «not answered» vocabulary alone would outweigh
 * every article, so they are left out there.
 */
function learnedFits(learned: TermCounts, labels: ReadonlySet<string>): boolean {
  return Object.keys(learned.terms).some((label) => label !== FALLBACK_LABEL && labels.has(label));
}

export const DECISION_MODEL_FILE = path.join(__dirname, 'decision-model.json');

/** The trained decision; refuses a model trained on another feature list (`npm run calibrate -- --write` makes a new one). */
export function loadDecisionModel(options: { file?: string; check?: boolean } = {}): DecisionModel {
  const { file = DECISION_MODEL_FILE, check = true } = options;
  const model = JSON.parse(fs.readFileSync(file, 'utf8')) as DecisionModel;
  if (check && (model.features.join() !== FEATURE_NAMES.join() || !model.learned || model.answerFollowUp === undefined)) {
    throw new Error(`${file}: trained on other inputs than the decision's (${FEATURE_NAMES.length}); run npm run calibrate -- --write`);
  }
  return model;
}
