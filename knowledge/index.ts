import path from 'node:path';
import { createAnalyzer } from './analyzer';
import { loadArticles, type Article } from './article';
import { createIntentClassifier } from './intents';
import { createRetriever, DEFAULT_SCORING, DEFAULT_THRESHOLDS } from './retriever';
import { createKnowledgeIndex, DEFAULT_BOOSTS, type FieldBoosts } from './search-index';
import { coreStopWords } from './stopwords';
import type { AskResult, ScoringOptions, Thresholds } from './types';

export type { Article } from './article';
export type { AskResult, AskKind, Candidate, Intent, ScoringOptions, Thresholds } from './types';
export { INTENTS } from './types';
export { MAX_QUESTION_CHARS } from './normalize';
export { DEFAULT_SCORING, DEFAULT_THRESHOLDS } from './retriever';

export interface KnowledgeOptions {
  articlesDir: string;
  /** Defaults to `intents.yaml` beside this file. */
  intentsFile?: string;
  /** Articles given directly (benchmarks, tests) instead of read from `articlesDir`. */
  articles?: readonly Article[];
  thresholds?: Partial<Thresholds>;
  scoring?: Partial<ScoringOptions>;
  boosts?: Partial<FieldBoosts>;
}

export interface Knowledge {
  ask(text: string): AskResult;
  readonly articles: readonly Article[];
  article(id: string): Article | undefined;
}

/** Loads the articles once, builds the analyser, the index and the intent classifier. */
export function createKnowledge(options: KnowledgeOptions): Knowledge {
  const articles = Object.freeze([...(options.articles ?? loadArticles(options.articlesDir))]);
  const byId = new Map(articles.map((a) => [a.id, a]));
  const searchAnalyzer = createAnalyzer();
  const chatAnalyzer = createAnalyzer({ stopWords: coreStopWords() });
  const index = createKnowledgeIndex(articles, searchAnalyzer, { ...DEFAULT_BOOSTS, ...options.boosts });
  const intents = createIntentClassifier(
    options.intentsFile ?? path.join(__dirname, 'intents.yaml'),
    chatAnalyzer,
  );
  const retriever = createRetriever({
    index,
    searchAnalyzer,
    intents,
    thresholds: { ...DEFAULT_THRESHOLDS, ...options.thresholds },
    scoring: { ...DEFAULT_SCORING, ...options.scoring },
  });

  return Object.freeze({
    articles,
    article: (id: string) => byId.get(id),
    ask: (text: string) => retriever.ask(typeof text === 'string' ? text : ''),
  });
}
