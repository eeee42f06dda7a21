/**
 * Surface normalisation of French text, before tokenisation: the steps that must run on the
 * whole string (accents, apostrophes, elisions, multi-word synonyms) rather than per token.
 */

/** Longest question the analyser looks at; longer input is cut (documented in knowledge/README.md). */
export const MAX_QUESTION_CHARS = 1000;

const APOSTROPHES = /['’‘`´ʼ′]/g;
const CONTROL_CHARS = /[\u0000-\u001f\u007f-\u009f\u200b-\u200f\u2028-\u202e\u2060-\u206f\ufeff]/g;
// French elided forms: l', d', j', qu', n', s', c', m', t' and the conjunctions built on qu'.
const ELISION = /(^|[^\p{L}])(?:l|d|j|n|s|c|m|t|qu|jusqu|lorsqu|puisqu|quoiqu|presqu)'(?=\p{L})/gu;

/** Lower case, strip diacritics, spell out ligatures. "Maîtrise d'Œuvre" → "maitrise d'oeuvre". */
export function foldAccents(text: string): string {
  return text
    .toLowerCase()
    .replace(/œ/g, 'oe')
    .replace(/æ/g, 'ae')
    .replace(/ß/g, 'ss')
    .normalize('NFD')
    .replace(/\p{M}+/gu, '');
}

/** Removes elided articles and pronouns; accepts every apostrophe variant. */
export function stripElisions(folded: string): string {
  return folded.replace(APOSTROPHES, "'").replace(ELISION, '$1');
}

/** Cuts, removes control characters, folds accents and strips elisions. */
export function normalizeSurface(text: string, maxChars = MAX_QUESTION_CHARS): string {
  const cut = text.length > maxChars ? text.slice(0, maxChars) : text;
  return stripElisions(foldAccents(cut.replace(CONTROL_CHARS, ' ').normalize('NFKC')));
}

/** Splits on anything that is not a letter or digit of any script (hyphens and apostrophes included). */
export function splitWords(normalized: string): string[] {
  return normalized.split(/[^\p{L}\p{N}]+/u).filter((w) => w.length > 0);
}
