import type { IndexHit, KnowledgeIndex } from './search-index';
import type { MessageReading } from './message';
import type { ScoringOptions } from './types';

/** A message cut into parts, each with its analysed terms (see message.ts). */
export interface MessageTerms {
  /** Every searched term of the message (negated clauses left out), de-duplicated. */
  terms: string[];
  /** Terms per clause; `question` marks the clauses that ask. */
  parts: { terms: string[]; question: boolean }[];
  /** Terms that stand for a misspelt word (typo corrected): they count `approximateCredit`. */
  corrected: ReadonlySet<string>;
  /** Question and time words of the same clauses (cues.ts): the term classifier's, never searched. */
  cues: string[];
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
  /** Unknown words in the asking clauses, capped at 4. */
  questionUnknownWords: number;
}

/** How well the article's own example questions fit the message (computed for the few candidates the decision reads). */
export interface ExampleFit {
  /** Best share of one of the article's example questions found in the message. */
  containment: number;
  /** Best Dice similarity between one example question and one clause of the message. */
  similarity: number;
}

export interface Described {
  candidates: CandidateFeatures[];
  exampleFit(articleId: string): ExampleFit;
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

  return function describe(message: MessageTerms, hits: IndexHit[]): Described {
    // A truncated word that met a longer known term weighs as that term: it is not an unknown topic.
    const completed = new Map<string, string>();
    for (const h of hits) for (const [q, t] of h.approximate) if (!completed.has(q)) completed.set(q, t);
    const w = new Map(message.terms.map((t) => [t, weigh(completed.get(t) ?? t)]));
    const best = hits[0]?.bm25 ?? 0;
    const spelt = (t: string) => completed.get(t) ?? t;
    const spelling = new Set(message.terms.map(spelt));
    const clauses = message.parts.filter((p) => p.terms.length > 0).map((p) => new Set(p.terms.map(spelt)));
    const inClauses = new Set(clauses.flatMap((c) => [...c]));
    const exampleFit = (articleId: string): ExampleFit => {
      let containment = 0;
      let similarity = 0;
      for (const q of examples.get(articleId) ?? []) {
        if (q.size === 0) continue;
        let inAll = 0;
        for (const t of q) if (spelling.has(t)) inAll++;
        containment = Math.max(containment, inAll / q.size);
        if (inAll === 0) continue;
        // Only the example's terms that some clause holds can count in a clause.
        const shared = [...q].filter((t) => inClauses.has(t));
        for (const c of clauses) {
          let common = 0;
          for (const t of shared) if (c.has(t)) common++;
          similarity = Math.max(similarity, (2 * common) / (q.size + c.size));
        }
      }
      return { containment, similarity };
    };
    if (best === 0 || w.size === 0) return { candidates: [], exampleFit };

    // Everything that does not depend on the candidate is computed once, over term positions.
    const terms = message.terms;
    const pos = new Map(terms.map((t, i) => [t, i]));
    const weight = terms.map((t) => w.get(t)!.weight);
    const known = terms.map((t) => w.get(t)!.known);
    const specificTerm = terms.map((t) => w.get(t)!.specific);
    const indices = (ts: readonly string[]) => [...new Set(ts)].map((t) => pos.get(t)).filter((i): i is number => i !== undefined);
    const all = indices(terms);
    const asking = message.parts.filter((p) => p.question && p.terms.length > 0);
    const question = asking.length ? indices(asking.flatMap((p) => p.terms)) : all;
    const parts = message.parts.map((p) => indices(p.terms)).filter((ix) => ix.length > 0);
    const mass = (ix: readonly number[], knownOnly = false) => {
      let m = 0;
      for (const i of ix) if (!knownOnly || known[i]) m += weight[i]!;
      return m;
    };
    const allMass = mass(all);
    const knownMass = mass(all, true);
    const questionMass = mass(question);
    const partMass = parts.map((ix) => mass(ix));
    const unknownQ = questionMass === 0 ? 0 : 1 - mass(question, true) / questionMass;
    const unknownQWords = Math.min(4, question.filter((i) => !known[i]).length);
    const credit = new Array<number>(terms.length);

    const candidates = hits
      .map((hit) => {
        for (let i = 0; i < terms.length; i++) {
          const t = terms[i]!;
          credit[i] = hit.exact.has(t) ? (message.corrected.has(t) ? scoring.approximateCredit : 1) : hit.approximate.has(t) ? scoring.approximateCredit : 0;
        }
        const covered = (ix: readonly number[], knownOnly = false) => {
          let c = 0;
          for (const i of ix) if (!knownOnly || known[i]) c += credit[i]! * weight[i]!;
          return c;
        };
        const evidenceMass = covered(all, true);
        let clauseCoverage = 0;
        parts.forEach((ix, k) => {
          if (partMass[k]! > 0 && ix.some((i) => credit[i]! > 0)) clauseCoverage = Math.max(clauseCoverage, covered(ix) / partMass[k]!);
        });
        let specific = 0;
        for (const i of all) if (specificTerm[i] && credit[i]! > 0) specific++;
        const coverage = allMass === 0 ? 0 : covered(all) / allMass;
        const relativeBm25 = hit.bm25 / best;
        const strength = Math.min(1, evidenceMass / (scoring.evidenceScale * idfMax));
        return {
          articleId: hit.articleId,
          score: coverage * strength * relativeBm25,
          coverage,
          knownCoverage: knownMass === 0 ? 0 : evidenceMass / knownMass,
          clauseCoverage,
          questionCoverage: questionMass === 0 ? 0 : covered(question) / questionMass,
          questionUnknown: unknownQ,
          questionUnknownWords: unknownQWords,
          evidence: Math.min(4, evidenceMass / idfMax),
          specific: Math.min(4, specific),
          relativeBm25,
        };
      })
      .sort((a, b) => b.score - a.score);
    return { candidates, exampleFit };
  };
}

/** Everything the decision saw for one message: what `npm run calibrate` trains on. */
export interface Analysis {
  reading: MessageReading;
  message: MessageTerms;
  ranked: CandidateFeatures[];
  /** Inputs of the decision model (empty when no article matched at all). */
  vector: number[];
  /** Probability that the best-ranked article is right. */
  p: number;
  /** Probability that an article among the close runners-up is right (the question is in the domain). */
  pDomain: number;
  /** A topic the base does not answer (boundaries.yaml) ranks above every article. */
  outside: boolean;
  /** Read with the previous question's topic (a follow-up). */
  joined: boolean;
}
