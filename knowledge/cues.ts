import type { Analyzer } from './analyzer';

export const CUE_PREFIX = '?';

const WORD = /^[a-z]{2,}$/;

/**
 * The words the search leaves out as stop words (question words, negation, time, politeness),
 * prefixed so they never meet an index term: the term classifier weighs them, the search never
 * sees them. They tell asking apart where the topic words are the same: «comment savoir si ma
 * facture est payée» follows an invoice, «combien de temps pour être payé» asks a payment delay
 * the base does not answer. Each cue is counted once.
 */
export function cueTerms(analyzer: Analyzer, text: string): string[] {
  const out = new Set<string>();
  for (const word of analyzer.tokenize(text)) {
    if (WORD.test(word) && analyzer.processTerm(word) === null) out.add(`${CUE_PREFIX}${word}`);
  }
  return [...out];
}
