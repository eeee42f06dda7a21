import type { Analyzer } from './analyzer';
import type { IntentClassifier } from './intents';
import type { KnowledgeIndex, IndexHit } from './search-index';
import type { AskResult, Candidate, ScoringOptions, Thresholds } from './types';

/** Calibrated on knowledge/calibration/questions.jsonl with `npm run calibrate` (see README). */
export const DEFAULT_THRESHOLDS: Readonly<Thresholds> = Object.freeze({
  answer: 0.5,
  clarifyRatio: 0.9,
  intent: 0.66,
  intentAlone: 0.6,
});

export const DEFAULT_SCORING: Readonly<ScoringOptions> = Object.freeze({
  unknownWeight: 1,
  evidenceScale: 0.5,
  approximateCredit: 0.6,
});

/** Candidates re-ranked after the BM25 stage. */
const POOL = 8;
const MAX_CHOICES = 3;
/** Distinct terms looked up per question (a question is cut at MAX_QUESTION_CHARS anyway). */
const MAX_TERMS = 48;

export interface RetrieverDeps {
  index: KnowledgeIndex;
  searchAnalyzer: Analyzer;
  intents: IntentClassifier;
  thresholds: Thresholds;
  scoring: ScoringOptions;
}

export interface Retriever {
  ask(text: string): AskResult;
}

const round = (x: number): number => Math.round(x * 1000) / 1000;
const rounded = (cs: Candidate[]): Candidate[] => cs.map((c) => ({ articleId: c.articleId, score: round(c.score) }));

/**
 * An article's score in [0, 1] is the product of three signals (knowledge/README.md):
 * - coverage: the idf-weighted share of the question's terms the article contains; words the
 *   base has never seen count too (at `unknownWeight`), which is what makes "le chat de ma
 *   voisine" fall back while long, wordy in-scope questions still pass;
 * - evidence: the matched idf mass, saturating at `evidenceScale` × the highest idf, so that a
 *   question made only of words found everywhere ("aide", "facture") is not a confident match;
 * - relative BM25: the article's BM25 over the best BM25 for this question (ranking strength).
 * None depends on the question's length, so one threshold serves short and long questions.
 */
export function createRetriever(deps: RetrieverDeps): Retriever {
  const { index, searchAnalyzer, intents, thresholds, scoring } = deps;
  const idfMax = index.maxIdf;

  /** Unknown words weigh `unknownWeight` × the highest idf. */
  const weightOf = (term: string): { weight: number; known: boolean } => {
    const s = index.stats(term);
    return { weight: s.known ? s.idf : idfMax * scoring.unknownWeight, known: s.known };
  };

  const score = (terms: string[], hits: IndexHit[]): Candidate[] => {
    const weights = terms.map(weightOf);
    const total = weights.reduce((a, w) => a + w.weight, 0);
    const best = hits[0]?.bm25 ?? 0;
    if (total === 0 || best === 0) return [];
    return hits
      .map((hit) => {
        let covered = 0;
        let evidence = 0;
        terms.forEach((t, i) => {
          const w = weights[i]!;
          const credit = hit.exact.has(t) ? 1 : hit.approximate.has(t) ? scoring.approximateCredit : 0;
          covered += credit * w.weight;
          if (w.known) evidence += credit * w.weight;
        });
        const strength = Math.min(1, evidence / (scoring.evidenceScale * idfMax));
        return { articleId: hit.articleId, score: (covered / total) * strength * (hit.bm25 / best) };
      })
      .sort((a, b) => b.score - a.score);
  };

  return {
    ask(text: string): AskResult {
      const terms = [...new Set(searchAnalyzer.analyze(text))].slice(0, MAX_TERMS);
      const ranked = terms.length ? score(terms, index.search(terms, POOL)) : [];
      const top = ranked[0];
      const kbScore = top?.score ?? 0;
      const relevant = kbScore >= thresholds.answer;

      const intent = intents.classify(text);
      const intentWins =
        intent !== null &&
        (relevant ? intent.score >= thresholds.intent && intent.score >= kbScore : intent.score >= thresholds.intentAlone);
      if (intent && intentWins) {
        return { kind: 'intent', articleId: null, intent: intent.intent, score: round(intent.score), candidates: rounded(ranked.slice(0, MAX_CHOICES)) };
      }

      if (!top || !relevant) {
        return { kind: 'fallback', articleId: null, intent: null, score: round(kbScore), candidates: rounded(ranked.slice(0, MAX_CHOICES)) };
      }
      const close = ranked.filter((c) => c.score >= thresholds.answer && c.score >= thresholds.clarifyRatio * kbScore);
      if (close.length > 1) {
        return { kind: 'clarify', articleId: null, intent: null, score: round(kbScore), candidates: rounded(close.slice(0, MAX_CHOICES)) };
      }
      return { kind: 'answer', articleId: top.articleId, intent: null, score: round(kbScore), candidates: rounded(ranked.slice(0, MAX_CHOICES)) };
    },
  };
}
