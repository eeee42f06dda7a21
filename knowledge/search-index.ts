import MiniSearch, { type SearchResult } from 'minisearch';
import type { Analyzer } from './analyzer';
import type { Article } from './article';
import { oneSlip } from './spelling';

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
  /** Query terms matched only as the prefix of a longer term, each with the term it met. */
  approximate: Map<string, string>;
}

export interface TermStats {
  /** Inverse document frequency (an unknown term gets the highest value, `maxIdf`). */
  idf: number;
  /** Present in at least one article. */
  known: boolean;
  /** Number of articles it appears in. */
  df: number;
  /** Present in so many articles of a large base that it is only scored on candidates (see below). */
  common: boolean;
}

export interface KnowledgeIndex {
  /** Searches already-analysed, de-duplicated query terms. */
  search(terms: readonly string[], limit: number): IndexHit[];
  /** The known term one edit away from an unknown term of 5+ letters (the most frequent), or null. */
  correct(term: string): string | null;
  stats(term: string): TermStats;
  readonly maxIdf: number;
  readonly documentCount: number;
}

interface IndexedArticle {
  id: string;
  title: string;
  questions: string;
  tags: string;
  body: string;
}

const FIELDS = ['title', 'questions', 'tags', 'body'] as const;

/**
 * In a large base, a term found in more than this share of the articles (and in at least
 * COMMON_MIN_DOCS of them) is common: looking it up across the whole base would walk a posting
 * list of thousands of articles. Common terms are therefore only checked on the candidates that
 * the other terms found, in their own posting lists (two-phase search): they count for the
 * candidates' coverage, not for BM25, where their weight is next to nothing anyway. A small base
 * never has a common term.
 */
const COMMON_SHARE = 0.05;
const COMMON_MIN_DOCS = 200;
/** Candidates kept from the first phase for the second. */
const PHASE_ONE_POOL = 64;

/** Typo correction, for terms the base does not know: one edit (insertion, deletion, substitution) from 5 letters. */
const CORRECTION_MIN = 5;
const CORRECTION_CACHE = 10_000;
/** Terms whose own results are kept (every term of the real base; the most recent ones of a large base). */
const TERM_CACHE = 4_000;
const deletionsOf = (t: string): string[] => Array.from(t, (_, i) => t.slice(0, i) + t.slice(i + 1));

/**
 * One typing slip apart: a letter missing, one too many, one replaced or two neighbours swapped,
 * the first letter kept (people rarely miss it; «laisser» is not a slip of «baisser»). The
 * deletion index also pairs words two edits apart («parent»/«parven»): this check drops them.
 */
export function oneSlipApart(a: string, b: string): boolean {
  return a[0] === b[0] && oneSlip(a, b);
}

/**
 * MiniSearch over title, questions, tags and body, with the French analyser plugged in through
 * `tokenize` / `processTerm`. Document frequencies (per article, all fields together) are
 * gathered in the same pass: `extractField` is called for the id first, then each field, one
 * document at a time, which tells `processTerm` which article a word belongs to, because the retriever weighs terms by how specific they are.
 */
export function createKnowledgeIndex(
  articles: readonly Article[],
  analyzer: Analyzer,
  boosts: FieldBoosts = DEFAULT_BOOSTS,
): KnowledgeIndex {
  // Document frequencies, counted while MiniSearch indexes: a term is counted once per article
  // (its record remembers the last article it was seen in). Words are memoised to their record.
  const df = new Map<string, number>();
  // Which articles hold each term (article numbers, ascending): kept for common terms only.
  const postings = new Map<string, number[]>();
  const records = new Map<string, { term: string; lastDoc: number; docs: number[] }>();
  const words = new Map<string, { term: string; lastDoc: number; docs: number[] } | null>();
  let docNo = -1;
  const processTerm = (word: string): string | null => {
    let rec = words.get(word);
    if (rec === undefined) {
      const term = analyzer.processTerm(word);
      rec = term ? (records.get(term) ?? { term, lastDoc: -1, docs: [] }) : null;
      if (rec) records.set(rec.term, rec);
      words.set(word, rec);
    }
    if (rec === null) return null;
    if (rec.lastDoc !== docNo) {
      rec.lastDoc = docNo;
      rec.docs.push(docNo);
      df.set(rec.term, (df.get(rec.term) ?? 0) + 1);
    }
    return rec.term;
  };

  const mini = new MiniSearch<IndexedArticle>({
    fields: [...FIELDS],
    storeFields: [],
    extractField: (doc, field) => {
      if (field === 'id') docNo++;
      return doc[field as keyof IndexedArticle];
    },
    // Every word of an article counts, however long its questions and body (a message is cut, a document never).
    tokenize: (text) => analyzer.tokenizeDocument(text),
    processTerm,
    searchOptions: { boost: { ...boosts }, fuzzy: false, prefix: false, combineWith: 'OR' },
  });

  mini.addAll(
    articles.map((a) => ({ id: a.id, title: a.title, questions: a.questions.join('\n'), tags: a.tags.join('\n'), body: a.body })),
  );
  const n = articles.length;
  const idfOf = (f: number) => Math.log(1 + (n - f + 0.5) / (f + 0.5));
  const maxIdf = idfOf(0);
  const commonLimit = Math.max(COMMON_MIN_DOCS, COMMON_SHARE * n);
  for (const rec of records.values()) if (rec.docs.length > commonLimit) postings.set(rec.term, rec.docs);
  words.clear();
  records.clear();
  const docNoOf = new Map(articles.map((a, i) => [a.id, i]));
  const holds = (term: string, doc: number): boolean => {
    const list = postings.get(term)!;
    let lo = 0;
    let hi = list.length - 1;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      if (list[mid] === doc) return true;
      if (list[mid]! < doc) lo = mid + 1;
      else hi = mid - 1;
    }
    return false;
  };
  const stats = (term: string): TermStats => {
    const f = df.get(term) ?? 0;
    return { idf: idfOf(f), known: f > 0, df: f, common: f > commonLimit };
  };

  const toHit = (r: SearchResult): IndexHit => {
    const exact = new Set<string>();
    const approximate = new Map<string, string>();
    for (const q of r.queryTerms) if (Object.hasOwn(r.match, q)) exact.add(q);
    for (const q of r.queryTerms) {
      if (!exact.has(q)) approximate.set(q, r.terms.find((t) => t.startsWith(q)) ?? q);
    }
    return { articleId: String(r.id), bm25: r.score, exact, approximate };
  };

  /** One MiniSearch query over already-analysed terms (no second tokenisation or stemming). */
  const run = (terms: readonly string[], limit: number): IndexHit[] => {
    const results = mini.search(terms.join(' '), {
      tokenize: (s) => s.split(' '),
      processTerm: (t) => t,
      // Only words the base does not know are looked up as prefixes (truncations); typos are
      // corrected before the search (correct()), which is much cheaper than fuzzy search.
      prefix: (t) => !df.has(t) && t.length >= CORRECTION_MIN,
      weights: { fuzzy: 0.5, prefix: 0.6 },
    });
    return results.slice(0, limit).map(toHit);
  };

  // One term's results, kept: MiniSearch scores an OR query as the sum of its terms' scores times
  // the number of terms matched, so a message's results are combined from its terms' own, in the
  // same order and arithmetic, instead of querying every term again for every message.
  const termResults = new Map<string, SearchResult[]>();
  const resultsOf = (term: string): SearchResult[] => {
    let results = termResults.get(term);
    if (!results) {
      results = mini.search(term, {
        tokenize: (s) => [s],
        processTerm: (t) => t,
        prefix: (t) => !df.has(t) && t.length >= CORRECTION_MIN,
        weights: { fuzzy: 0.5, prefix: 0.6 },
      });
      if (termResults.size >= TERM_CACHE) termResults.clear();
      termResults.set(term, results);
    }
    return results;
  };
  const combined = (terms: readonly string[], limit: number): IndexHit[] => {
    const docs = new Map<string, { sum: number; matched: number; hit: IndexHit }>();
    for (const q of terms) {
      for (const r of resultsOf(q)) {
        const id = String(r.id);
        let doc = docs.get(id);
        if (!doc) docs.set(id, (doc = { sum: 0, matched: 0, hit: { articleId: id, bm25: 0, exact: new Set(), approximate: new Map() } }));
        doc.sum += r.score;
        doc.matched++;
        if (Object.hasOwn(r.match, q)) doc.hit.exact.add(q);
        else doc.hit.approximate.set(q, r.terms.find((t) => t.startsWith(q)) ?? q);
      }
    }
    const hits = [...docs.values()].map((d) => ((d.hit.bm25 = d.sum * d.matched), d.hit));
    return hits.sort((a, b) => b.bm25 - a.bm25).slice(0, limit);
  };

  // Symmetric-deletion index of the vocabulary (deletion → terms), built on the first correction.
  let deletions: Map<string, string[]> | null = null;
  const corrections = new Map<string, string | null>();
  const correct = (q: string): string | null => {
    if (q.length < CORRECTION_MIN || df.has(q)) return null;
    const known = corrections.get(q);
    if (known !== undefined) return known;
    if (!deletions) {
      deletions = new Map();
      for (const t of df.keys()) {
        if (t.length < CORRECTION_MIN) continue;
        for (const d of new Set(deletionsOf(t))) {
          const list = deletions.get(d);
          if (list) list.push(t);
          else deletions.set(d, [t]);
        }
      }
    }
    const found = new Set<string>(deletions.get(q) ?? []); // q lacks a letter
    for (const d of deletionsOf(q)) {
      if (df.has(d) && d.length >= CORRECTION_MIN - 1) found.add(d); // q has a letter too many
      for (const t of deletions.get(d) ?? []) found.add(t); // one letter differs
    }
    let best: string | null = null;
    for (const t of found) if (oneSlipApart(q, t) && (best === null || (df.get(t) ?? 0) > (df.get(best) ?? 0) || ((df.get(t) ?? 0) === (df.get(best) ?? 0) && t < best))) best = t;
    if (corrections.size >= CORRECTION_CACHE) corrections.clear();
    corrections.set(q, best);
    return best;
  };

  // Champion lists: a common term alone finds its best articles once, at build time. A message
  // made only of common words («ticket», «statut de ma facture») is searched by its least common
  // word, which on a large base meant scoring thousands of articles per question; the list holds
  // exactly what that search returned (the same PHASE_ONE_POOL best by BM25).
  const champions = new Map<string, IndexHit[]>();
  for (const term of postings.keys()) champions.set(term, run([term], PHASE_ONE_POOL));
  const championsOf = (term: string): IndexHit[] =>
    champions.get(term)!.map((h) => ({ ...h, exact: new Set(h.exact), approximate: new Map(h.approximate) }));

  return {
    documentCount: n,
    maxIdf,
    stats,
    correct,
    search(query: readonly string[], limit: number): IndexHit[] {
      // An unknown term too short to be completed as a prefix cannot match: it is not looked up.
      const terms = query.filter((t) => df.has(t) || t.length >= CORRECTION_MIN);
      if (terms.length === 0) return [];
      let rare = terms.filter((t) => !stats(t).common);
      let common = terms.filter((t) => stats(t).common);
      if (rare.length === 0) {
        // Only common terms: the least common one finds the candidates.
        const least = common.reduce((a, b) => ((df.get(a) ?? 0) <= (df.get(b) ?? 0) ? a : b));
        rare = [least];
        common = common.filter((t) => t !== least);
      }
      const pool = common.length > 0 ? PHASE_ONE_POOL : limit;
      const hits = rare.length === 1 && champions.has(rare[0]!) && pool <= PHASE_ONE_POOL ? championsOf(rare[0]!).slice(0, pool) : combined(rare, pool);
      if (common.length === 0 || hits.length === 0) return hits;
      for (const hit of hits) {
        const doc = docNoOf.get(hit.articleId)!;
        for (const t of common) if (holds(t, doc)) hit.exact.add(t);
      }
      return hits.slice(0, limit);
    },
  };
}
