/**
 * A naive Bayes classifier of a message's analysed terms into the article it asks about, or
 * `fallback` when it sits on a topic the base does not answer (knowledge/README.md, "Learned
 * vocabulary"). It learns from the articles' own questions and the boundary topics' phrases
 * (read at start, so an edited base is learned at once) and from labelled questions (counted by
 * `npm run calibrate` and stored in the decision model). Its posteriors are inputs of the decision,
 * never an answer on their own.
 */

/** The label of everything the base does not answer. */
export const FALLBACK_LABEL = 'fallback';

/** Per label, how many documents contain each term, and how many documents there are. */
export interface TermCounts {
  documents: Record<string, number>;
  terms: Record<string, Record<string, number>>;
}

export interface LabelledTerms {
  label: string;
  terms: readonly string[];
}

export interface TermClassifier {
  /**
   * Probability of each of `labels` (flat prior, normalised over those labels: the candidates the
   * ranking proposes and «not answered», so the cost does not grow with the base); empty when no
   * term of the message was ever seen.
   */
  posterior(terms: readonly string[], labels: Iterable<string>): ReadonlyMap<string, number>;
  /**
   * The log-likelihood ratio of the one term that points most to `label` rather than `against`
   * (0 when no term was ever seen): «TVA» in a question otherwise about a mémoire, which the
   * posterior, a sum over every term, drowns in the topic's words.
   */
  strongest(terms: readonly string[], label: string, against: string): number;
}

/** Additive (Laplace) smoothing of the term likelihoods. */
const ALPHA = 1;

/** Document counts of labelled term sets (each term counted once per document). */
export function countTerms(docs: readonly LabelledTerms[]): TermCounts {
  const counts: TermCounts = { documents: {}, terms: {} };
  for (const d of docs) {
    counts.documents[d.label] = (counts.documents[d.label] ?? 0) + 1;
    const row = (counts.terms[d.label] ??= {});
    for (const t of new Set(d.terms)) row[t] = (row[t] ?? 0) + 1;
  }
  return counts;
}

/**
 * Multinomial naive Bayes over term presence: each label's likelihood of a term is
 * its document frequency in that label, smoothed; the prior is flat so that a label with many
 * examples is not favoured for that alone. `labels` limits the classes (labels of learned counts
 * whose article no longer exists are dropped).
 */
export function createTermClassifier(sources: readonly TermCounts[], labels: ReadonlySet<string>): TermClassifier {
  const rows = new Map<string, Map<string, number>>();
  const totals = new Map<string, number>();
  const vocabulary = new Set<string>();
  for (const source of sources) {
    for (const [label, row] of Object.entries(source.terms)) {
      if (!labels.has(label)) continue;
      const into = rows.get(label) ?? new Map<string, number>();
      rows.set(label, into);
      for (const [term, n] of Object.entries(row)) {
        into.set(term, (into.get(term) ?? 0) + n);
        totals.set(label, (totals.get(label) ?? 0) + n);
        vocabulary.add(term);
      }
    }
  }
  // Log-likelihoods are computed once, grouped by term: a question then costs one lookup per term,
  // and the labels' values of a term are read together.
  const v = vocabulary.size;
  const unseen = new Map<string, number>();
  const byTerm = new Map<string, Map<string, number>>();
  for (const [label, row] of rows) {
    const denominator = Math.log(totals.get(label)! + ALPHA * v);
    unseen.set(label, Math.log(ALPHA) - denominator);
    for (const [term, n] of row) {
      const logs = byTerm.get(term) ?? new Map<string, number>();
      byTerm.set(term, logs);
      logs.set(label, Math.log(n + ALPHA) - denominator);
    }
  }
  rows.clear();
  return {
    posterior(terms, among) {
      const seen: ReadonlyMap<string, number>[] = [];
      for (const t of new Set(terms)) {
        const logs = byTerm.get(t);
        if (logs) seen.push(logs);
      }
      const known = [...new Set(among)].filter((label) => unseen.has(label));
      if (seen.length === 0 || known.length === 0) return new Map();
      const unseenOf = known.map((label) => unseen.get(label)!);
      const scores = known.map(() => 0);
      // Each label's sum runs over the terms in the message's order.
      for (const logs of seen) {
        for (let k = 0; k < known.length; k++) scores[k]! += logs.get(known[k]!) ?? unseenOf[k]!;
      }
      const top = Math.max(...scores);
      const exps = scores.map((l) => Math.exp(l - top));
      const sum = exps.reduce((a, b) => a + b, 0);
      return new Map(known.map((label, i) => [label, exps[i]! / sum]));
    },
    strongest(terms, label, against) {
      const a = unseen.get(label);
      const b = unseen.get(against);
      if (a === undefined || b === undefined) return 0;
      let best = 0;
      for (const t of terms) {
        const logs = byTerm.get(t);
        if (!logs) continue;
        best = Math.max(best, (logs.get(label) ?? a) - (logs.get(against) ?? b));
      }
      return best;
    },
  };
}
