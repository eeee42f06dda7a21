import { FALLBACK_LABEL, type TermCounts } from './classifier';
import type { CandidateFeatures, ExampleFit } from './features';

/**
 * The answer decision: a logistic model of "the best-ranked article is the right answer",
 * trained by `npm run calibrate` with cross-validation on labelled questions (knowledge/README.md,
 * "Decision"). Its inputs describe the best candidate, its lead over the runner-up and the
 * message; none of them names an article or a word, so it applies to any base.
 */
export const FEATURE_NAMES = [
  'score',
  'coverage',
  'knownCoverage',
  'clauseCoverage',
  'questionCoverage',
  'questionUnknown',
  'evidence',
  'specific',
  'runnerUpBm25',
  'scoreLead',
  'knownCoverageLead',
  'terms',
  'english',
  'followUp',
  'exampleContainment',
  'exampleSimilarity',
  'questionUnknownWords',
  'coverageEvidence',
  'englishUnknown',
  'boundaryLead',
  'boundaryBm25',
  'boundaryExample',
  'classifierBest',
  'classifierFallback',
  'classifierChoices',
  'sameTopic',
  'outsideShare',
  'fallbackTerm',
  'ownLean',
] as const;


/** One logistic regression: standardisation of each input (training mean and deviation), weights, bias. */
export interface Logistic {
  mean: number[];
  scale: number[];
  weights: number[];
  bias: number;
}

/**
 * Two logistic models over the same inputs: «the best-ranked article is right» decides answers;
 * «an article among the close runners-up is right» (the question is in the domain) decides
 * whether a « Vouliez-vous dire » is worth offering rather than a fallback.
 */
export interface DecisionModel extends Logistic {
  features: readonly string[];
  inDomain: Logistic;
  /** Probability from which the best article is answered directly. */
  answer: number;
  /** The same for a message read with the previous question's topic (a follow-up): a regime of its own. */
  answerFollowUp: number;
  /** In-domain probability from which close runners-up are offered as choices. */
  clarify: number;
  /** Labelled questions' terms, counted per label, that the classifier learns besides the base (classifier.ts). */
  learned: TermCounts;
}

export interface MessageFacts {
  terms: number;
  english: boolean;
  followUp: boolean;
  /** How the best article's example questions fit the message. */
  fit: ExampleFit;
  /** The best-ranked topic the base does not answer (boundaries.yaml), if any matched, and its fit. */
  boundary?: CandidateFeatures;
  boundaryFit?: ExampleFit;
  /** The term classifier's view: its posterior, and the articles a « Vouliez-vous dire » would offer. */
  posterior: ReadonlyMap<string, number>;
  choices: readonly string[];
  /** The article the conversation's previous answer gave, if any. */
  lastArticle?: string | null;
  /** The share of the asking clauses' terms that only topics the base does not answer hold. */
  outsideShare?: number;
  /** How strongly the asking clauses' most telling term points to «not answered» rather than the best article (log-likelihood ratio). */
  fallbackTerm?: number;
  /** A follow-up read with the previous question: the classifier's belief in «not answered» against the best article, from its own words alone. */
  ownFallback?: number;
}

/** A probability as bounded log-odds. */
const logOdds = (p: number) => Math.max(-6, Math.min(6, Math.log((p + 1e-6) / (1 - p + 1e-6)))) / 6;

/** The classifier's inputs: its belief in the best-ranked article, in «not answered», in the best of the choices. */
export function classifierFeatures(posterior: ReadonlyMap<string, number>, best: string, choices: readonly string[]): number[] {
  const of = (label: string) => posterior.get(label) ?? 0;
  return [logOdds(of(best)), logOdds(of(FALLBACK_LABEL)), logOdds(Math.max(of(best), ...choices.map(of)))];
}

export function featureVector(ranked: readonly CandidateFeatures[], facts: MessageFacts): number[] {
  const a = ranked[0]!;
  const b = ranked[1];
  return [
    a.score,
    a.coverage,
    a.knownCoverage,
    a.clauseCoverage,
    a.questionCoverage,
    a.questionUnknown,
    a.evidence / 4,
    a.specific / 4,
    b?.relativeBm25 ?? 0,
    a.score - (b?.score ?? 0),
    a.knownCoverage - (b?.knownCoverage ?? 0),
    Math.log1p(facts.terms) / 4,
    facts.english ? 1 : 0,
    facts.followUp ? 1 : 0,
    facts.fit.containment,
    facts.fit.similarity,
    a.questionUnknownWords / 4,
    a.coverage * (a.evidence / 4),
    facts.english ? a.questionUnknown : 0,
    (facts.boundary?.score ?? 0) - a.score,
    Math.min(2, (facts.boundary?.relativeBm25 ?? 0) / a.relativeBm25),
    (facts.boundaryFit?.similarity ?? 0) - facts.fit.similarity,
    ...classifierFeatures(facts.posterior, a.articleId, facts.choices),
    facts.lastArticle ? (facts.lastArticle === a.articleId ? 1 : -1) : 0,
    facts.outsideShare ?? 0,
    Math.min(6, facts.fallbackTerm ?? 0) / 6,
    facts.ownFallback === undefined ? 0 : logOdds(facts.ownFallback),
  ];
}

const sigmoid = (z: number) => 1 / (1 + Math.exp(-z));

export function probability(model: Logistic, x: readonly number[]): number {
  let z = model.bias;
  for (let i = 0; i < x.length; i++) z += model.weights[i]! * ((x[i]! - model.mean[i]!) / model.scale[i]!);
  return sigmoid(z);
}

/**
 * L2-regularised logistic regression by full-batch gradient descent on standardised inputs:
 * a few hundred examples and fourteen inputs need nothing more.
 */
export function trainLogistic(
  xs: readonly number[][],
  ys: readonly number[],
  options: { l2?: number; epochs?: number; rate?: number } = {},
): Logistic {
  const { l2 = 0.01, epochs = 3000, rate = 0.5 } = options;
  const n = xs.length;
  const d = xs[0]?.length ?? 0;
  const mean = Array.from({ length: d }, (_, j) => xs.reduce((a, x) => a + x[j]!, 0) / n);
  const scale = Array.from({ length: d }, (_, j) => {
    const v = xs.reduce((a, x) => a + (x[j]! - mean[j]!) ** 2, 0) / n;
    return Math.sqrt(v) || 1;
  });
  const zs = xs.map((x) => x.map((v, j) => (v - mean[j]!) / scale[j]!));
  const weights = new Array<number>(d).fill(0);
  let bias = 0;
  for (let e = 0; e < epochs; e++) {
    const grad = new Array<number>(d).fill(0);
    let gb = 0;
    for (let i = 0; i < n; i++) {
      let z = bias;
      for (let j = 0; j < d; j++) z += weights[j]! * zs[i]![j]!;
      const err = sigmoid(z) - ys[i]!;
      gb += err;
      for (let j = 0; j < d; j++) grad[j]! += err * zs[i]![j]!;
    }
    for (let j = 0; j < d; j++) weights[j]! -= rate * (grad[j]! / n + l2 * weights[j]!);
    bias -= rate * (gb / n);
  }
  return { mean, scale, weights, bias };
}

export type Outcome = 'answer' | 'clarify' | 'fallback';

/** The decision's thresholds (chosen by calibration). */
export type Thresholds = Pick<DecisionModel, 'answer' | 'answerFollowUp' | 'clarify'>;

/**
 * The rule both the bot and the calibration apply: the best article is answered when trusted and
 * not tied with its runner-up; when it is tied, the close articles are offered; when it is not
 * trusted but the question is in the domain, the close articles are offered too — a single one
 * as «Vouliez-vous dire… ?» to confirm — otherwise the bot falls back.
 */
export function outcomeOf(
  q: { p: number; pDomain: number; joined: boolean },
  t: Thresholds,
  ranking: { tie: boolean; choices: number },
): Outcome {
  const trusted = q.p >= (q.joined ? t.answerFollowUp : t.answer);
  if (trusted && !ranking.tie) return 'answer';
  if (trusted && ranking.choices > 1) return 'clarify';
  if (q.pDomain >= t.clarify && ranking.choices > 0) return 'clarify';
  return 'fallback';
}
