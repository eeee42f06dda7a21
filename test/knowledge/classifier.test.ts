import { countTerms, createTermClassifier, FALLBACK_LABEL } from '../../knowledge/classifier';

const labels = new Set(['brouillon', 'mdp', FALLBACK_LABEL]);
const base = countTerms([
  { label: 'brouillon', terms: ['factur', 'brouillon', 'envoi'] },
  { label: 'brouillon', terms: ['factur', 'brouillon', 'valid'] },
  { label: 'mdp', terms: ['mot', 'pass', 'oubli'] },
  { label: FALLBACK_LABEL, terms: ['rib', 'banqu', 'factur'] },
]);

describe('term classifier', () => {
  it('gives a probability per label that sums to one, the label whose words the message uses first', () => {
    const p = createTermClassifier([base], labels).posterior(['factur', 'brouillon'], labels);
    expect([...p.values()].reduce((a, b) => a + b, 0)).toBeCloseTo(1, 9);
    expect(p.get('brouillon')!).toBeGreaterThan(p.get(FALLBACK_LABEL)!);
    expect(p.get('brouillon')!).toBeGreaterThan(p.get('mdp')!);
  });

  it('says nothing about a message none of whose words it has seen', () => {
    expect(createTermClassifier([base], labels).posterior(['meteo', 'demain'], labels).size).toBe(0);
  });

  it('learns from labelled questions counted apart from the base', () => {
    const before = createTermClassifier([base], labels).posterior(['factur', 'avoir'], labels);
    const learned = countTerms([
      { label: FALLBACK_LABEL, terms: ['avoir', 'factur', 'annul'] },
      { label: FALLBACK_LABEL, terms: ['avoir', 'rembours'] },
    ]);
    const after = createTermClassifier([base, learned], labels).posterior(['factur', 'avoir'], labels);
    expect(after.get(FALLBACK_LABEL)!).toBeGreaterThan(before.get(FALLBACK_LABEL)!);
  });

  it('drops labels that are not articles of this base', () => {
    const stale = countTerms([{ label: 'old-article', terms: ['factur', 'brouillon'] }]);
    const p = createTermClassifier([base, stale], labels).posterior(['factur', 'brouillon'], labels);
    expect(p.has('old-article')).toBe(false);
  });

  it('names how strongly the most telling term points to a label rather than another, which the posterior drowns', () => {
    const classifier = createTermClassifier([base], labels);
    // «rib» is only ever «not answered»; «factur» is shared; «brouillon» points the other way.
    const withRib = classifier.strongest(['factur', 'brouillon', 'envoi', 'rib'], FALLBACK_LABEL, 'brouillon');
    const without = classifier.strongest(['factur', 'brouillon', 'envoi'], FALLBACK_LABEL, 'brouillon');
    expect(withRib).toBeGreaterThan(0);
    expect(without).toBe(0);
    expect(classifier.posterior(['factur', 'brouillon', 'envoi', 'rib'], labels).get('brouillon')!).toBeGreaterThan(0.5);
    expect(classifier.strongest(['meteo'], FALLBACK_LABEL, 'brouillon')).toBe(0);
    expect(classifier.strongest(['rib'], FALLBACK_LABEL, 'old-article')).toBe(0);
  });
});
