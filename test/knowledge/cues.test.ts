import { createAnalyzer } from '../../knowledge/analyzer';
import { countTerms, createTermClassifier, FALLBACK_LABEL } from '../../knowledge/classifier';
import { CUE_PREFIX, cueTerms } from '../../knowledge/cues';

const analyzer = createAnalyzer();

describe('cues: the words the search drops, for the term classifier', () => {
  it('keeps question, negation and time words, prefixed, once each, and no content word', () => {
    const cues = cueTerms(analyzer, 'Comment je sais si ma facture est payée ? Comment ?');
    expect(cues).toEqual(expect.arrayContaining([`${CUE_PREFIX}comment`, `${CUE_PREFIX}sais`, `${CUE_PREFIX}si`]));
    expect(cues.filter((c) => c === `${CUE_PREFIX}comment`)).toHaveLength(1);
    expect(cues.some((c) => c.includes('factur') || c.includes('pai'))).toBe(false);
    // The search's own terms never carry the prefix.
    expect(analyzer.analyze('Comment je sais si ma facture est payée ?').some((t) => t.startsWith(CUE_PREFIX))).toBe(false);
  });

  it('reads SMS spellings as their words', () => {
    expect(cueTerms(analyzer, 'cmt je sai si ma fact est payee')).toContain(`${CUE_PREFIX}comment`);
  });

  it('let the classifier tell two questions with the same topic words apart', () => {
    const labels = new Set(['suivre', FALLBACK_LABEL]);
    const doc = (label: string, text: string) => ({ label, terms: [...analyzer.analyze(text), ...cueTerms(analyzer, text)] });
    const learned = countTerms([
      doc('suivre', 'comment savoir si ma facture est payée'),
      doc('suivre', 'où voir si la mairie a payé ma facture'),
      doc(FALLBACK_LABEL, 'combien de temps la mairie a pour payer ma facture'),
      doc(FALLBACK_LABEL, 'quel est le délai de paiement de ma facture'),
    ]);
    const classifier = createTermClassifier([learned], labels);
    const ask = (text: string) => classifier.posterior([...analyzer.analyze(text), ...cueTerms(analyzer, text)], labels);
    const track = 'comment savoir si la facture est payée';
    const delay = 'combien de temps pour payer la facture';
    expect(ask(track).get('suivre')!).toBeGreaterThan(0.5);
    expect(ask(delay).get(FALLBACK_LABEL)!).toBeGreaterThan(0.5);
    // Without cues the two share every term and cannot be told apart that well.
    const bare = (text: string) => classifier.posterior(analyzer.analyze(text), labels);
    expect(ask(track).get('suivre')! - ask(delay).get('suivre')!).toBeGreaterThan(bare(track).get('suivre')! - bare(delay).get('suivre')!);
  });
});
