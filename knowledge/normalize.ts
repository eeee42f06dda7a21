/**
 * Surface normalisation of French text, before tokenisation: the steps that must run on the
 * whole string (accents, apostrophes, elisions, multi-word synonyms) rather than per token.
 */

/** Longest question the analyser looks at; longer input is cut (documented in knowledge/README.md). */
export const MAX_QUESTION_CHARS = 1000;

const APOSTROPHES = /['’‘`´ʼ′]/g;
const CONTROL_CHARS = /[\u0000-\u001f\u007f-\u009f\u200b-\u200f\u2028-\u202e\u2060-\u206f\ufeff]/g;
// French elided forms: l', d', j', qu', n', s', c', m', t' and the conjunctions built on qu'.
// Runs after folding, so ASCII word boundaries are enough (and much faster than \p{L}).
const ELISION = /\b(?:l|d|j|n|s|m|t|qu|jusqu|lorsqu|puisqu|quoiqu|presqu)'(?=[a-z])/g;
// «l'avoir» is a credit note, unless a participle follows («après l'avoir envoyée», «l'avoir
// bien reçu»): its «l» then stays a word, as «c'» does below, for the synonyms to see the noun. A verb
// in «-e» with what it bears on after it («si l'avoir porte sur une facture», «l'avoir concerne un
// marché») is the noun's verb, not a participle.
const L_AVOIR = /\bl'(?=avoirs?\b(?!\s+(?:(?:bien|deja|pas|jamais|encore|toujours|vraiment)\s+)?(?!(?:que|qui|une|elle|cette|notre|votre|leur|comme|entre|contre)\b)[a-z]{2,}(?:e|es|i|is|ie|ies|u|us|ue|ues|it|its|ite|ites|ert|erts|erte|ertes)\b(?!\s+(?:sur|une|un|des|ma|mon|mes|nos|notre|votre|vos|quoi|quelle|quel)\b)))/g;
// «c'est» keeps its «c» (a word no search keeps): the reader's «c'est fait», «c'est pas…» are read as written.
const C_ELISION = /\bc'(?=[a-z])/g;
// Combining marks left by NFD (Latin, extended and symbol ranges).
const COMBINING_MARKS = /[\u0300-\u036f\u1ab0-\u1aff\u1dc0-\u1dff\u20d0-\u20ff\ufe20-\ufe2f]+/g;
const NON_ASCII = /[^\u0000-\u007f]/;

/** Lower case, strip diacritics, spell out ligatures. "Maîtrise d'Œuvre" → "maitrise d'oeuvre". */
export function foldAccents(text: string): string {
  const lower = text.toLowerCase();
  if (!NON_ASCII.test(lower)) return lower;
  return lower.replace(/œ/g, 'oe').replace(/æ/g, 'ae').replace(/ß/g, 'ss').normalize('NFD').replace(COMBINING_MARKS, '');
}

/** Removes elided articles and pronouns; accepts every apostrophe variant. */
export function stripElisions(folded: string): string {
  const straight = folded.replace(APOSTROPHES, "'");
  return straight.includes("'") ? straight.replace(L_AVOIR, 'l ').replace(ELISION, '').replace(C_ELISION, 'c ') : straight;
}

/** Cuts, removes control characters, folds accents and strips elisions. */
export function normalizeSurface(text: string, maxChars = MAX_QUESTION_CHARS): string {
  const cut = text.length > maxChars ? text.slice(0, maxChars) : text;
  // «👋» alone waves hello.
  const clean = cut.replace(CONTROL_CHARS, ' ').replace(WAVE_ONLY, 'salut');
  // «merciiii», «svppp», «urgenttt»: French writes no letter three times in a row, a chat does.
  // «mercii», «ouii»: no French (nor English) word ends on a doubled «a», «i» or «u».
  return stripElisions(foldAccents(NON_ASCII.test(clean) ? clean.normalize('NFKC') : clean))
    .replace(REPEATED_LETTERS, '$1')
    .replace(DOUBLED_FINAL_LETTER, '$1')
    .replace(SEE_YOU, 'a plus');
}

/** A message that is only a waving hand (and spaces). */
const WAVE_ONLY = /^\s*(?:\u{1F44B}(?:\u{1F3FB}|\u{1F3FC}|\u{1F3FD}|\u{1F3FE}|\u{1F3FF})?\s*)+$/u;

/** «a+», «@+»: «à plus» in a chat, whose «+» the word separators would drop. */
const SEE_YOU = /(?<![\w@])[a@]\+(?![\w+])/g;
const REPEATED_LETTERS = /([a-z])\1{2,}/g;
/** «mercii», «bonjourr»: a key held a little long at the word's end (hardly a French or English word ends in «aa», «ii», «uu» or «rr»). */
const DOUBLED_FINAL_LETTER = /([aiur])\1\b/g;

/**
 * Replaces every run of separators by one space. ASCII separators go in one fast pass; the rare
 * chunks with other characters (« », other scripts, emoji) are split on Unicode letters/digits.
 */
export function spaceWords(normalized: string): string {
  const spaced = normalized.replace(/[^a-z0-9\u0080-\uffff]+/g, ' ').trim();
  if (!NON_ASCII.test(spaced)) return spaced;
  return spaced
    .split(' ')
    .map((chunk) => (NON_ASCII.test(chunk) ? chunk.split(/[^\p{L}\p{N}]+/u).filter((w) => w.length > 0).join(' ') : chunk))
    .filter((chunk) => chunk.length > 0)
    .join(' ');
}

/** The words `spaceWords` separates, as a list; ASCII text (the usual case) is split in one pass. */
export function splitWords(normalized: string): string[] {
  if (NON_ASCII.test(normalized)) {
    const spaced = spaceWords(normalized);
    return spaced.length === 0 ? [] : spaced.split(' ');
  }
  return normalized.match(/[a-z0-9]+/g) ?? [];
}
