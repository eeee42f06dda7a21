import MiniSearch, { type SearchResult } from 'minisearch';
import type { Analyzer } from './analyzer';
import type { Article } from './article';

export interface FieldBoosts {
  title: number;
  questions: number;
  tags: number;
  body: number;
}

export const DEFAULT_BOOSTS: Readonly<FieldBoosts> = Object.freeze({ title: 2, questions: 3, tags: 2, body: 1 });

export interface IndexHit {
  articleId: string;
  /** Raw BM25 score (MiniSearch), only comparable within one query. */
  bm25: number;
  /** Query terms matched exactly in this article. */
  exact: Set<string>;
  /** Query terms matched only through typo tolerance or prefix. */
  approximate: Set<string>;
}

export interface KnowledgeIndex {
  /** Searches already-analysed, de-duplicated query terms. */
  search(terms: readonly string[], limit: number): IndexHit[];
  /** Inverse document frequency of an index term (an unknown term gets the highest value). */
  idf(term: string): number;
  readonly documentCount: number;
}

interface IndexedArticle {
  id: string;
  title: string;
  questions: string;
  tags: string;
  body: string;
}

/** Typo tolerance: one edit from 5 letters, two from 10; short terms must match exactly. */
const fuzzyFor = (term: string): number | false => (term.length >= 10 ? 2 : term.length >= 5 ? 1 : false);
const prefixFor = (term: string): boolean => term.length >= 5;

/**
 * MiniSearch over title, questions, tags and body, with our French analyser plugged in through
 * `tokenize` / `processTerm`. Document frequencies are kept beside the index (per article, all
 * fields together) because the retriever weighs matched terms by how specific they are.
 */
export function createKnowledgeIndex(
  articles: readonly Article[],
  analyzer: Analyzer,
  boosts: FieldBoosts = DEFAULT_BOOSTS,
): KnowledgeIndex {
  // processTerm is called for every indexed word: memoise per index (the vocabulary is small).
  const termCache = new Map<string, string | null>();
  const processTerm = (word: string): string | null => {
    let term = termCache.get(word);
    if (term === undefined) {
      term = analyzer.processTerm(word);
      termCache.set(word, term);
    }
    return term;
  };
  const tokenize = (text: string): string[] => analyzer.tokenize(text);

  const mini = new MiniSearch<IndexedArticle>({
    fields: ['title', 'questions', 'tags', 'body'],
    storeFields: [],
    tokenize,
    processTerm,
    searchOptions: { boost: { ...boosts }, fuzzy: false, prefix: false, combineWith: 'OR' },
  });

  const df = new Map<string, number>();
  const docs: IndexedArticle[] = articles.map((a) => {
    const doc = {
      id: a.id,
      title: a.title,
      questions: a.questions.join('\n'),
      tags: a.tags.join('\n'),
      body: a.body,
    };
    const seen = new Set<string>();
    for (const text of [doc.title, doc.questions, doc.tags, doc.body]) {
      for (const word of tokenize(text)) {
        const term = processTerm(word);
        if (term) seen.add(term);
      }
    }
    for (const term of seen) df.set(term, (df.get(term) ?? 0) + 1);
    return doc;
  });
  mini.addAll(docs);

  const n = docs.length;
  const idf = (term: string): number => {
    const f = df.get(term) ?? 0;
    return Math.log(1 + (n - f + 0.5) / (f + 0.5));
  };

  const toHit = (r: SearchResult): IndexHit => {
    const exact = new Set<string>();
    const approximate = new Set<string>();
    for (const q of r.queryTerms) (Object.hasOwn(r.match, q) ? exact : approximate).add(q);
    return { articleId: String(r.id), bm25: r.score, exact, approximate };
  };

  return {
    documentCount: n,
    idf,
    search(terms: readonly string[], limit: number): IndexHit[] {
      // The terms are already analysed: MiniSearch must not tokenise or stem them a second time.
      const results = mini.search(terms.join(' '), {
        tokenize: (s) => s.split(' '),
        processTerm: (t) => t,
        fuzzy: (term) => fuzzyFor(term),
        prefix: (term) => prefixFor(term),
        weights: { fuzzy: 0.5, prefix: 0.6 },
      });
      return results.slice(0, limit).map(toHit);
    },
  };
}
