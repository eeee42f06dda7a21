import type { Analyzer } from './analyzer';

export const CUE_PREFIX = '?';

const WORD = /^[a-z]{2,}$/;

/**
 * The words the search leaves out as stop words (question words, negation, time, politeness),
 * prefixed so they never meet an index term: the term classifier weighs them, the search never
 * sees them. They tell asking apart where the topic words are the same: «comment savoir si ma
 * facture est payée» follows an invoice, «combien de temps pour être payé» asks a payment delay
 * the base does not answer.
 */
export function cueOf(word: string, term: string | null): string | null {
  return term === null && WORD.test(word) ? `${CUE_PREFIX}${word}` : null;
}

/** A text's search terms (as `analyze` gives them) and its cues (each once), in one pass. */
export function termsAndCues(analyzer: Analyzer, text: string): { terms: string[]; cues: string[] } {
  const terms: string[] = [];
  const cues = new Set<string>();
  for (const word of analyzer.tokenize(text)) {
    const term = analyzer.processTerm(word);
    if (term) terms.push(term);
    const cue = cueOf(word, term);
    if (cue) cues.add(cue);
  }
  return { terms, cues: [...cues] };
}

/** The cues of a text, each once. */
export function cueTerms(analyzer: Analyzer, text: string): string[] {
  return termsAndCues(analyzer, text).cues;
}
