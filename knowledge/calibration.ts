import { countTerms, FALLBACK_LABEL, type TermCounts } from './classifier';
import { FEATURE_NAMES, outcomeOf, probability, trainLogistic, type DecisionModel, type Thresholds } from './decision';
import { contextAfter, type EvalItem } from './evaluate';
import type { Knowledge } from './index';
import { choicesOf } from './retriever';
import type { AskContext } from './types';

/** One labelled message as the decision saw it. */
export interface Example {
  item: EvalItem;
  vector: number[];
  /** The best-ranked article is an expected answer. */
  right: boolean;
  /** An expected article is among the clarification choices the ranking would offer. */
  offered: boolean;
  /** The message expects an article (not an intent nor a fallback). */
  inScope: boolean;
  /** How many close articles a « Vouliez-vous dire » would offer. */
  choices: number;
  /** The best is tied with its runner-up (choices offered even when the answer is trusted). */
  tie: boolean;
  /** Read with the previous question's topic (a follow-up). */
  joined: boolean;
  /** The message's analysed terms and its label (first expected article, or fallback): what the classifier learns. */
  terms: string[];
  label: string;
}

const isArticle = (label: string) => label !== 'fallback' && !label.startsWith('intent:');

/** The decision's inputs for each labelled message (context messages asked first, as in eval). */
export function examplesOf(knowledge: Knowledge, items: readonly EvalItem[]): Example[] {
  const out: Example[] = [];
  for (const item of items) {
    let context: AskContext | undefined;
    for (const earlier of item.context ?? []) context = contextAfter(knowledge.ask(earlier, context), earlier, context);
    // Messages that expect an intent are the intents' business, not the article decision's.
    const expected = item.expect.filter(isArticle);
    if (expected.length === 0 && !item.expect.includes('fallback')) continue;
    const a = knowledge.analyse(item.q, context);
    if (a.vector.length === 0 || a.reading.request) continue;
    const { close, tie } = choicesOf(a.ranked);
    out.push({
      item,
      vector: a.vector,
      right: expected.includes(a.ranked[0]!.articleId),
      offered: close.some((c) => expected.includes(c.articleId)),
      choices: close.length,
      tie,
      joined: a.joined,
      inScope: expected.length > 0,
      terms: [...a.message.terms, ...a.message.cues],
      label: expected[0] ?? FALLBACK_LABEL,
    });
  }
  return out;
}

/**
 * The examples as the decision would see them on questions it never learned from: each fold's
 * examples are analysed by a base whose classifier learned only the other folds (stacking), so
 * the decision is trained on classifier inputs as honest as those of a new question.
 */
export function outOfFoldExamples(
  withLearned: (learned: TermCounts) => Knowledge,
  items: readonly EvalItem[],
  k = 5,
  groupOf: GroupOf = byQuestion,
): { examples: Example[]; learned: TermCounts } {
  const first = examplesOf(withLearned(countTerms([])), items);
  const out: Example[] = [];
  for (let f = 0; f < k; f++) {
    const knowledge = withLearned(countTerms(first.filter((e) => foldOf(groupOf(e.item), k) !== f)));
    out.push(...examplesOf(knowledge, items.filter((i) => foldOf(groupOf(i), k) === f)));
  }
  return { examples: out, learned: countTerms(first) };
}

export interface Fitted {
  model: DecisionModel;
  /** Out-of-fold probabilities of every example (k-fold cross-validation). */
  outOfFold: Probabilities[];
}

/**
 * What keeps examples together in one fold. By question, a topic that a set's writer asked in
 * several ways is learned from its siblings; by set (the file), every fold is a set its writers'
 * new topics come from, as a fresh blind set's do (knowledge/README.md, "Calibration").
 */
export type GroupOf = (item: EvalItem) => string;
export const byQuestion: GroupOf = (item) => item.q;

/** Deterministic fold of an example (its text's hash), so a re-run gives the same folds. */
export function foldOf(text: string, k: number): number {
  let h = 2166136261;
  for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 16777619);
  return (h >>> 0) % k;
}

/** Both probabilities of one example. */
export interface Probabilities {
  p: number;
  pDomain: number;
}

/** Whether the bot's rule (outcomeOf) gets one example right, given its probabilities and thresholds. */
export function judged(e: Example, q: Probabilities, t: Thresholds): boolean {
  const outcome = outcomeOf({ ...q, joined: e.joined }, t, e);
  if (!e.inScope) return outcome === 'fallback';
  return outcome === 'answer' ? e.right : outcome === 'clarify' && e.offered;
}

/** Balanced accuracy of thresholds over examples and their probabilities. */
export function balancedOf(examples: readonly Example[], ps: readonly Probabilities[], t: Thresholds) {
  let inScope = 0;
  let inOk = 0;
  let out = 0;
  let outOk = 0;
  examples.forEach((e, i) => {
    const ok = judged(e, ps[i]!, t);
    if (e.inScope) {
      inScope++;
      if (ok) inOk++;
    } else {
      out++;
      if (ok) outOk++;
    }
  });
  const inScopeAccuracy = inScope ? inOk / inScope : 1;
  const rejection = out ? outOk / out : 1;
  return { inScopeAccuracy, rejection, balanced: (inScopeAccuracy + rejection) / 2 };
}

/** Share of in-scope examples answered directly with the right article (no « Vouliez-vous dire »). */
function directOf(examples: readonly Example[], ps: readonly Probabilities[], t: Thresholds): number {
  let inScope = 0;
  let direct = 0;
  examples.forEach((e, i) => {
    if (!e.inScope) return;
    inScope++;
    if (e.right && outcomeOf({ ...ps[i]!, joined: e.joined }, t, e) === 'answer') direct++;
  });
  return inScope ? direct / inScope : 1;
}

/**
 * The share of out-of-scope questions the thresholds must refuse (out of fold). Fresh blind sets
 * refuse less than the older sets they are pooled with (their writers aim next to the topics),
 * while their in-scope figure has room: 96 % (iteration 23; 95 % before) keeps the twelve most
 * recent sets at ≥ 95 % both ways in cross-validation and follow-ups above 90 % in scope (96.5 %
 * would cost those follow-ups and the public dev set one question each for no balanced gain).
 */
export const MIN_REJECTION = 0.96;

/** Balanced accuracy within this of the best counts as level: the optimum is flat. */
const LEVEL = 0.002;

/**
 * Fits the model on every example and measures it by k-fold cross-validation; the answer and
 * clarify thresholds are those that maximise balanced accuracy on the out-of-fold probabilities,
 * with out-of-scope rejection kept at or above `minRejection`.
 */
export function fit(
  examples: readonly Example[],
  learned: TermCounts,
  options: { k?: number; l2?: number; minRejection?: number; groupOf?: GroupOf } = {},
): Fitted {
  const { k = 5, l2 = 0.01, minRejection = MIN_REJECTION, groupOf = byQuestion } = options;
  const ys = examples.map((e) => (e.right ? 1 : 0));
  const inDomain = examples.map((e) => (e.inScope && (e.right || e.offered) ? 1 : 0));
  const outOfFold: Probabilities[] = examples.map(() => ({ p: 0, pDomain: 0 }));
  for (let f = 0; f < k; f++) {
    const train = examples.map((_, i) => i).filter((i) => foldOf(groupOf(examples[i]!.item), k) !== f);
    const xs = train.map((i) => examples[i]!.vector);
    const answerPart = trainLogistic(xs, train.map((i) => ys[i]!), { l2 });
    const domainPart = trainLogistic(xs, train.map((i) => inDomain[i]!), { l2 });
    examples.forEach((e, i) => {
      if (foldOf(groupOf(e.item), k) === f) outOfFold[i] = { p: probability(answerPart, e.vector), pDomain: probability(domainPart, e.vector) };
    });
  }
  // Thresholds: the best balanced accuracy with rejection kept; follow-ups get their own answer
  // threshold, searched once the other two are set (a joint search of three is needlessly slow).
  // Where the optimum is flat (within LEVEL), the thresholds that answer directly most often win:
  // a « Vouliez-vous dire » counts as right, but a direct answer serves the user better.
  const grid = (from: number, to: number) => Array.from({ length: Math.round((to - from) / 0.025) + 1 }, (_, i) => from + i * 0.025);
  // `among`: the examples whose balanced accuracy is maximised (the follow-up threshold is judged
  // on the follow-ups it governs; refusal is kept over every example).
  const search = (candidates: Thresholds[], among?: (e: Example) => boolean): Thresholds => {
    const idx = examples.map((e, i) => (!among || among(e) ? i : -1)).filter((i) => i >= 0);
    const subset = idx.map((i) => examples[i]!);
    const subsetP = idx.map((i) => outOfFold[i]!);
    const scored = candidates
      .map((t) => {
        const r = balancedOf(subset, subsetP, t);
        return { t, r, all: among ? balancedOf(examples, outOfFold, t) : r };
      })
      .filter((c) => c.all.rejection >= minRejection);
    if (scored.length === 0) return candidates[candidates.length - 1]!;
    const top = Math.max(...scored.map((c) => c.r.balanced));
    let best: { t: Thresholds; direct: number } | null = null;
    for (const c of scored) {
      if (c.r.balanced < top - LEVEL) continue;
      const direct = directOf(subset, subsetP, c.t);
      if (!best || direct > best.direct + 1e-9) best = { t: c.t, direct };
    }
    return best!.t;
  };
  const { answer, clarify } = search(grid(0.2, 0.95).flatMap((a) => grid(0.3, 0.99).map((c) => ({ answer: a, answerFollowUp: a, clarify: c }))));
  const best = search(
    grid(0.2, 0.95).map((answerFollowUp) => ({ answer, answerFollowUp, clarify })),
    (e) => e.joined,
  );
  const xs = examples.map((e) => e.vector);
  const whole = trainLogistic(xs, ys, { l2 });
  const r3 = (x: number) => Math.round(x * 1000) / 1000;
  return {
    model: {
      features: [...FEATURE_NAMES],
      ...whole,
      inDomain: trainLogistic(xs, inDomain, { l2 }),
      answer: r3(best.answer),
      answerFollowUp: r3(best.answerFollowUp),
      clarify: r3(best.clarify),
      learned,
    },
    outOfFold,
  };
}
