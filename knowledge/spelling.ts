/**
 * A slip in the word itself, found before stemming: «deplacemnt» stems to nothing the base
 * knows, but with its missing vowel back it is «deplacement» (stem «deplac»). Only the cheap
 * variants are tried — a letter dropped, two neighbours swapped, a vowel put back — so a long
 * message's unknown words cost a few dozen stem lookups each (memoised by the analyser).
 */
const VOWELS = ['a', 'e', 'i', 'o', 'u'];
/** Shorter words have too many neighbours to guess from. */
export const SURFACE_CORRECTION_MIN = 8;
/** Longer «words» are pasted codes or keyboard runs, not slips (and would cost thousands of lookups). */
export const SURFACE_CORRECTION_MAX = 20;

export function surfaceVariants(word: string): string[] {
  const out = new Set<string>();
  for (let i = 1; i < word.length; i++) out.add(word.slice(0, i) + word.slice(i + 1));
  for (let i = 1; i < word.length - 1; i++) out.add(word.slice(0, i) + word[i + 1] + word[i] + word.slice(i + 2));
  for (let i = 1; i <= word.length; i++) for (const v of VOWELS) out.add(word.slice(0, i) + v + word.slice(i));
  out.delete(word);
  return [...out];
}

/**
 * Among candidate spellings, the known term the base holds most often (ties by name, so the
 * choice never depends on the candidates' order); null when none is known.
 */
function mostFrequentTerm(candidates: Iterable<string>, termOf: (w: string) => string | null, frequency: (term: string) => number): string | null {
  let best: string | null = null;
  let bestDf = 0;
  for (const v of candidates) {
    const t = termOf(v);
    if (!t) continue;
    const df = frequency(t);
    if (df > bestDf || (df > 0 && df === bestDf && best !== null && t < best)) {
      best = t;
      bestDf = df;
    }
  }
  return best;
}

/**
 * The known term a slipped word stands for: among its variants' terms the base knows, the most
 * frequent one (ties by name, so the choice never depends on the order of the variants).
 */
export function correctSurface(word: string, termOf: (w: string) => string | null, frequency: (term: string) => number): string | null {
  if (word.length < SURFACE_CORRECTION_MIN || word.length > SURFACE_CORRECTION_MAX || !/^[a-z]+$/.test(word)) return null;
  return mostFrequentTerm(surfaceVariants(word), termOf, frequency);
}

/** Shorter words are never read as they sound: too many short words sound alike. */
export const SOUND_MIN = 5;
/**
 * How French spells one sound in several ways: «brouyon» is «brouillon», «wébinère» is
 * «webinaire», «tiket» is «ticket». Each rule rewrites a spelling into the usual one.
 */
const SOUNDS: ReadonlyArray<readonly [RegExp, string]> = [
  [/(?<=[aeiou])y(?=[aeiou])/g, 'ill'],
  [/ere(s?)$/g, 'aire$1'],
  [/airs$/g, 'aires'],
  [/air$/g, 'aire'],
  [/(?<=[aeiou])k(?=[aeiou]|$)/g, 'ck'],
  [/(?<=[aeiou])qu(?=[aeiou])/g, 'ck'],
  // «acéder», «aprendre», «anuler»: the consonant French doubles after a first «a», written once.
  [/^a([cflmnprt])(?=[aeiouylr])/g, 'a$1$1'],
  // «justisse», «déplassement»: the soft «c» written «ss».
  [/ss(?=[ei])/g, 'c'],
];

/**
 * The known term an unknown word stands for when read as it sounds (one rule, or all of them
 * together), the most frequent one when several are known; null when none is.
 */
export function soundsLike(word: string, termOf: (w: string) => string | null, frequency: (term: string) => number): string | null {
  if (word.length < SOUND_MIN || !/^[a-z]+$/.test(word)) return null;
  const variants = new Set<string>();
  let all = word;
  for (const [pattern, spelling] of SOUNDS) {
    const one = word.replace(pattern, spelling);
    if (one !== word) variants.add(one);
    all = all.replace(pattern, spelling);
  }
  if (all !== word) variants.add(all);
  return mostFrequentTerm(variants, termOf, frequency);
}

/** Words whose correction is remembered, per base (then the memory starts over). */
const SURFACE_CACHE = 10_000;

/**
 * `correctSurface` for one base, memoised per word like the index's own typo correction: the
 * same unknown word in the next message («traductrice», «indépendante») costs one map read, not
 * its few dozen variants' stems again.
 */
export function createSurfaceCorrector(termOf: (w: string) => string | null, frequency: (term: string) => number): (word: string) => string | null {
  const fixes = new Map<string, string | null>();
  return (word) => {
    let fix = fixes.get(word);
    if (fix === undefined) {
      fix = correctSurface(word, termOf, frequency);
      if (fixes.size >= SURFACE_CACHE) fixes.clear();
      fixes.set(word, fix);
    }
    return fix;
  };
}

/** English glossary words shorter than this are too close to other words to guess from. */
export const ENGLISH_SLIP_MIN = 6;

/** Two words one slip apart: a letter missing, added or replaced, or two neighbours swapped. */
export function oneSlip(a: string, b: string): boolean {
  if (a === b || Math.abs(a.length - b.length) > 1) return false;
  let i = 0;
  while (i < a.length && i < b.length && a[i] === b[i]) i++;
  if (a.length === b.length) return a.slice(i + 1) === b.slice(i + 1) || (a[i] === b[i + 1] && a[i + 1] === b[i] && a.slice(i + 2) === b.slice(i + 2));
  return a.length > b.length ? a.slice(i + 1) === b.slice(i) : a.slice(i) === b.slice(i + 1);
}

/**
 * A slip in an English word of the glossary («invoises», «expences», «interpretter»): the English
 * word it stands for, when exactly one translation lies one slip away. Found through the
 * glossary's deletions, built once.
 */
export function createEnglishSlips(glossary: Readonly<Record<string, string>>): (word: string) => string | null {
  const byDeletion = new Map<string, string[]>();
  const add = (key: string, word: string) => byDeletion.set(key, [...(byDeletion.get(key) ?? []), word]);
  for (const word of Object.keys(glossary)) {
    if (word.length < ENGLISH_SLIP_MIN || !/^[a-z]+$/.test(word)) continue;
    add(word, word);
    for (let i = 0; i < word.length; i++) add(word.slice(0, i) + word.slice(i + 1), word);
  }
  return (word) => {
    if (word.length < ENGLISH_SLIP_MIN || word.length > SURFACE_CORRECTION_MAX || glossary[word] !== undefined || !/^[a-z]+$/.test(word)) return null;
    const near = new Set(byDeletion.get(word) ?? []);
    for (let i = 0; i < word.length; i++) for (const w of byDeletion.get(word.slice(0, i) + word.slice(i + 1)) ?? []) near.add(w);
    // A letter more or less at the end is another form of the word («handle», «answers»), not a slip of it.
    const meanings = new Set([...near].filter((w) => oneSlip(word, w) && !w.startsWith(word) && !word.startsWith(w)).map((w) => glossary[w]!));
    return meanings.size === 1 ? [...meanings][0]! : null;
  };
}
