import { byQuestion, fit, foldOf, type Example } from '../../knowledge/calibration';
import { countTerms } from '../../knowledge/classifier';

/** A labelled message of a given set, with a one-input vector: only the label differs between sets. */
const example = (file: string, i: number, right: boolean): Example & { file: string } => ({
  item: { q: `${file} question ${i}`, expect: [right ? 'facture-brouillon' : 'fallback'] },
  vector: [1, i % 2],
  right,
  offered: right,
  inScope: right,
  choices: 1,
  tie: false,
  joined: false,
  terms: [],
  label: right ? 'facture-brouillon' : 'fallback',
  file,
});

describe('calibration folds (iteration 23)', () => {
  it('by set, keeps a set out of the model that judges it, as a fresh blind set is', () => {
    // One set where the vector is always right; sets in other folds where the same vector never is.
    const fresh = 'fresh';
    const others = ['a', 'b', 'c', 'd', 'e', 'f', 'g', 'h', 'i', 'j'].filter((f) => foldOf(f, 5) !== foldOf(fresh, 5)).slice(0, 3);
    const examples = [
      ...Array.from({ length: 40 }, (_, i) => example(fresh, i, true)),
      ...others.flatMap((f) => Array.from({ length: 40 }, (_, i) => example(f, i, false))),
    ];
    const pFresh = (groupOf: (item: Example['item']) => string) => {
      const { outOfFold } = fit(examples, countTerms([]), { groupOf, minRejection: 0 });
      const ps = examples.map((e, i) => (e.file === fresh ? outOfFold[i]!.p : null)).filter((p): p is number => p !== null);
      return ps.reduce((a, b) => a + b, 0) / ps.length;
    };
    const fileOf = new Map(examples.map((e) => [e.item, e.file] as const));
    const bySet = pFresh((item) => fileOf.get(item as Example['item'])!);
    const byQ = pFresh(byQuestion);
    // By question, the set's own siblings teach the model it is right; by set, nothing does.
    expect(byQ).toBeGreaterThan(0.1);
    expect(bySet).toBeLessThan(0.05);
  });
});
