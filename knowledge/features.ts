import type { IndexHit, KnowledgeIndex } from './search-index';
import type { ScoringOptions } from './types';

/** A message cut into parts, each with its analysed terms (see message.ts). */
export interface MessageTerms {
  /** Every searched term of the message (negated clauses left out), de-duplicated. */
  terms: string[];
  /** Terms per clause; `question` marks the clauses that ask. */
  parts: { terms: string[]; question: boolean }[];
}

/**
 * What the decision looks at, for one candidate article. Every value is a ratio or a bounded
 * count, so that none grows with the message's length (knowledge/README.md, "Decision").
 */
export interface CandidateFeatures {
  articleId: string;
  /** Ranking score: coverage × evidence strength × relative BM25 (the former single score). */
  score: number;
  /** Share of the message's term weight the article contains; unknown words count against it. */
  coverage: number;
  /** The same over the words the base knows: a story's unknown words do not count. */
  knownCoverage: number;
  /** Best coverage of a single clause that has at least one matched term. */
  clauseCoverage: number;
  /** Coverage of the asking clauses alone (the whole message when none asks). */
  questionCoverage: number;
  /** Share of the asking clauses' weight made of words the base has never seen. */
  questionUnknown: number;
  /** Matched idf mass, in units of the highest idf, capped at 4. */
  evidence: number;
  /** Matched words specific to few articles (≤ 15 % of the base), capped at 4. */
  specific: number;
  /** Relative BM25 (ranking strength against the best candidate). */
  relativeBm25: number;
  /** Best share of one of the article's example questions found in the message. */
  exampleContainment: number;
  /** Best Dice similarity between one example question and one clause of the message. */
  exampleSimilarity: number;
  /** Unknown words in the asking clauses, capped at 4. */
  questionUnknownWords: number;
}

interface Weighted {
  weight: number;
  known: boolean;
  specific: boolean;
}

/** Each article's example questions as analysed term sets. */
export type ExampleTerms = ReadonlyMap<string, ReadonlyArray<ReadonlySet<string>>>;

export function createFeatureScorer(index: KnowledgeIndex, scoring: ScoringOptions, examples: ExampleTerms) {
  const idfMax = index.maxIdf;
  const specificDf = Math.max(2, Math.round(0.15 * index.documentCount));
  const weigh = (term: string): Weighted => {
    const s = index.stats(term);
    return {
      weight: s.known ? s.idf : idfMax * scoring.unknownWeight,
      known: s.known,
      specific: s.known && s.df <= specificDf,
    };
  };

  return function score(message: MessageTerms, hits: IndexHit[]): CandidateFeatures[] {
    // A word the base does not know but that met a known term by typo tolerance weighs as that
    // term («brouilon» as «brouillon»): a typo is not an unknown topic.
    const corrected = new Map<string, string>();
    for (const h of hits) for (const [q, t] of h.approximate) if (!corrected.has(q)) corrected.set(q, t);
    const w = new Map(message.terms.map((t) => [t, weigh(corrected.get(t) ?? t)]));
    const best = hits[0]?.bm25 ?? 0;
    if (best === 0 || w.size === 0) return [];
    const asking = message.parts.filter((p) => p.question && p.terms.length > 0);
    const questionTerms = asking.length ? [...new Set(asking.flatMap((p) => p.terms))] : message.terms;
    const mass = (terms: readonly string[], known = false) =>
      terms.reduce((a, t) => a + (known && !w.get(t)!.known ? 0 : w.get(t)!.weight), 0);
    const unknownQ = mass(questionTerms) === 0 ? 0 : 1 - mass(questionTerms, true) / mass(questionTerms);
    const unknownQWords = Math.min(4, questionTerms.filter((t) => !w.get(t)!.known).length);
    const spelt = (t: string) => corrected.get(t) ?? t;
    const all = new Set(message.terms.map(spelt));
    const clauses = message.parts.filter((p) => p.terms.length > 0).map((p) => new Set(p.terms.map(spelt)));
    const exampleFit = (articleId: string) => {
      let containment = 0;
      let dice = 0;
      for (const q of examples.get(articleId) ?? []) {
        if (q.size === 0) continue;
        let inAll = 0;
        for (const t of q) if (all.has(t)) inAll++;
        containment = Math.max(containment, inAll / q.size);
        for (const c of clauses) {
          let common = 0;
          for (const t of q) if (c.has(t)) common++;
          dice = Math.max(dice, (2 * common) / (q.size + c.size));
        }
      }
      return { containment, dice };
    };

    return hits
      .map((hit) => {
        const credit = (t: string) => (hit.exact.has(t) ? 1 : hit.approximate.has(t) ? scoring.approximateCredit : 0);
        const covered = (terms: readonly string[], known = false) =>
          terms.reduce((a, t) => a + (known && !w.get(t)!.known ? 0 : credit(t) * w.get(t)!.weight), 0);
        const ratio = (terms: readonly string[], known = false) => {
          const m = mass(terms, known);
          return m === 0 ? 0 : covered(terms, known) / m;
        };
        const evidenceMass = covered(message.terms, true);
        let clauseCoverage = 0;
        for (const p of message.parts) if (p.terms.some((t) => credit(t) > 0)) clauseCoverage = Math.max(clauseCoverage, ratio(p.terms));
        let specific = 0;
        for (const t of message.terms) if (w.get(t)!.specific && credit(t) > 0) specific++;
        const coverage = ratio(message.terms);
        const relativeBm25 = hit.bm25 / best;
        const strength = Math.min(1, evidenceMass / (scoring.evidenceScale * idfMax));
        const fit = exampleFit(hit.articleId);
        return {
          articleId: hit.articleId,
          exampleContainment: fit.containment,
          exampleSimilarity: fit.dice,
          questionUnknownWords: unknownQWords,
          score: coverage * strength * relativeBm25,
          coverage,
          knownCoverage: ratio(message.terms, true),
          clauseCoverage,
          questionCoverage: ratio(questionTerms),
          questionUnknown: unknownQ,
          evidence: Math.min(4, evidenceMass / idfMax),
          specific: Math.min(4, specific),
          relativeBm25,
        };
      })
      .sort((a, b) => b.score - a.score);
  };
}
