/** Grouping keys are cut here: two questions alike over 300 characters are the same question. */
export const MAX_NORMALIZED_LENGTH = 300;

// Letters NFKD does not decompose, spelled out as a French reader would.
const LIGATURES: Readonly<Record<string, string>> = Object.freeze({ œ: 'oe', æ: 'ae', ß: 'ss' });

/**
 * The grouping key of an unanswered question: lower case, accents folded, punctuation turned
 * into spaces (so « mot-de-passe » and « mot de passe », or ' and ’, group together), runs of
 * spaces collapsed, cut to 300 characters.
 */
export function normalizeQuestion(text: string): string {
  const folded = text
    .normalize('NFKD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase()
    .replace(/[œæß]/g, (c) => LIGATURES[c] ?? c)
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
  return Array.from(folded).slice(0, MAX_NORMALIZED_LENGTH).join('').trimEnd();
}
