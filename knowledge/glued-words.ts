import { languageOf } from './language';
import { SMS_WORDS } from './lexicon-sms';
import { foldAccents, normalizeSurface, splitWords } from './normalize';
import { frenchStopWords } from './stopwords';

/**
 * Words typed without spaces («jarrivepasameconnecter», «mafactureestrestéeenbrouillon», «commentenvoyer»):
 * a long run of letters that the base does not know is cut into the fewest words it does know,
 * before anything else reads the message, so that the request reader, the facets and the search
 * all see «j'arrive pas à me connecter». A run that cannot be cut into known words is left as it is.
 */

/** Shorter unknown words are slips of one word (spelling.ts), not words glued together. */
const GLUED_MIN = 10;
/** A word typed in two pieces is joined only when the whole is this long (shorter pieces are slips of short words). */
const JOINED_MIN = 6;
/** Longer runs are pasted codes or keyboard runs (and the cut costs grow with the square of the length). */
const GLUED_MAX = 48;
/** The longest piece looked up: no word of the vocabulary is longer. */
const PIECE_MAX = 24;
/** Elided words («j'», «l'», «qu'»): a piece only before a word that starts with a vowel or «h». */
const ELIDED: ReadonlySet<string> = new Set(['j', 'l', 'd', 'm', 't', 's', 'n', 'qu']);
/**
 * The short words a cut may use: French function words only. Any other piece of fewer than four
 * letters («re», «in», «es», «ai») would cut a long word into its prefix and suffix.
 */
const FUNCTION_WORDS: ReadonlySet<string> = new Set(
  'a y ma ta sa me te se le la les en et de du des un une au aux ou on il je tu ne pas mon ton son mes tes ses nos vos est qui que sur par moi toi lui ca ce ces cet ici non oui'.split(' '),
);
/** Content pieces (four letters or more, or a short chat word such as «mdp»): a cut needs two, a word and its affix have one. */
const CONTENT_PIECES = 2;
const CONTENT_MIN = 4;
/** A word of the sample questions is a word, not a slip, when this many questions hold it. */
const QUESTIONS_MIN = 2;
const VOWEL_START = /^[aeiouyh]/;
/** Runs of letters (accented ones included), the candidates for a cut. */
const LETTER_RUN = /\p{L}+/gu;

/** The words a cut may use: `words` (folded, four letters or more) and the short chat words that stand for a content word («mdp», «tps»). */
export interface GluedVocabulary {
  words: ReadonlySet<string>;
  short: ReadonlySet<string>;
}

export interface GluedWordOptions {
  vocabulary: GluedVocabulary;
  /** Whether the base knows a word as it is (its stem): such a word is never cut. */
  known: (word: string) => boolean;
}

type Kind = 'elided' | 'function' | 'content';

/** The endings of a word's forms («bloqué», «bloquée», «bloquer», «bloquez»): the vocabulary also holds each word without them. */
const INFLECTION = /(?:ees|ee|es|er|ez|s|e)$/;
const inflectionOf = (word: string): string | null => {
  const bare = word.replace(INFLECTION, '');
  return bare !== word && bare.length >= CONTENT_MIN ? `${bare}~` : null;
};

function kindOf(piece: string, vocabulary: GluedVocabulary): Kind | null {
  if (ELIDED.has(piece)) return 'elided';
  if (FUNCTION_WORDS.has(piece)) return 'function';
  if (piece.length >= CONTENT_MIN ? vocabulary.words.has(piece) || vocabulary.words.has(inflectionOf(piece) ?? piece) : vocabulary.short.has(piece)) return 'content';
  return null;
}

interface Cut {
  pieces: string[];
  content: number;
  /** Sum of the pieces' squared lengths: of two cuts with as many pieces, the one with longer pieces. */
  spread: number;
}

/**
 * The fewest known pieces that make up `word` (folded), elided pieces joined to the next with an
 * apostrophe («j'arrive»). Null when there is none, or when fewer than two pieces carry content
 * («déconnecté» is not «de connecté», «artisanale» not «artisan à le»).
 */
function cutGlued(word: string, vocabulary: GluedVocabulary): string[] | null {
  const n = word.length;
  // The best cut of word[0..i), one ending on an elided piece and one not: what may follow differs.
  const best: { elided: Cut | null; whole: Cut | null }[] = Array.from({ length: n + 1 }, () => ({ elided: null, whole: null }));
  best[0]!.whole = { pieces: [], content: 0, spread: 0 };
  const better = (a: Cut, b: Cut | null) => !b || a.pieces.length < b.pieces.length || (a.pieces.length === b.pieces.length && a.spread > b.spread);
  for (let i = 1; i <= n; i++) {
    for (let j = Math.max(0, i - PIECE_MAX); j < i; j++) {
      const piece = word.slice(j, i);
      const kind = kindOf(piece, vocabulary);
      if (!kind) continue;
      // An elided piece needs a word after it that starts with a vowel: «j» before «arrive», never before «bloque».
      const afterElision = kind === 'content' && piece.length >= CONTENT_MIN && VOWEL_START.test(piece);
      for (const before of [best[j]!.whole, afterElision ? best[j]!.elided : null]) {
        if (!before) continue;
        const candidate = { pieces: [...before.pieces, piece], content: before.content + (kind === 'content' ? 1 : 0), spread: before.spread + piece.length * piece.length };
        const slot = kind === 'elided' ? 'elided' : 'whole';
        if (better(candidate, best[i]![slot])) best[i]![slot] = candidate;
      }
    }
  }
  const cut = best[n]!.whole;
  if (!cut || cut.content < CONTENT_PIECES) return null;
  const words: string[] = [];
  for (const piece of cut.pieces) {
    const previous = words.at(-1);
    if (previous !== undefined && ELIDED.has(previous)) words[words.length - 1] = `${previous}'${piece}`;
    else words.push(piece);
  }
  return words;
}

/** A piece of a word typed in two: letters only. */
const LETTERS_ONLY = /^\p{L}+$/u;

/**
 * The message with its glued runs cut (see above), and a word typed in two pieces joined when
 * the whole is a word of the vocabulary and neither piece is one («webi naires», «electro nique»;
 * never «de taille» nor «live chat»); the rest of the text is kept as written.
 */
export function createGluedWordSplitter(options: GluedWordOptions): (text: string) => string {
  const { vocabulary, known } = options;
  const isWord = (folded: string) => FUNCTION_WORDS.has(folded) || ELIDED.has(folded) || vocabulary.words.has(folded) || vocabulary.short.has(folded);
  // The whole is looked up first: most pairs stop there, before their pieces are folded.
  const joins = (a: string, b: string): boolean =>
    a.length + b.length >= JOINED_MIN &&
    vocabulary.words.has(foldAccents(a + b)) &&
    LETTERS_ONLY.test(a) &&
    LETTERS_ONLY.test(b) &&
    !isWord(foldAccents(a)) &&
    !isWord(foldAccents(b));
  const joinPieces = (text: string): string => {
    // Words and the spaces between them, alternately: a pair is two words with one space between.
    const parts = text.split(/( +)/);
    for (let i = 0; i + 2 < parts.length; i += 2) {
      if (parts[i + 1] === ' ' && joins(parts[i]!, parts[i + 2]!)) parts.splice(i, 3, parts[i]! + parts[i + 2]!);
    }
    return parts.join('');
  };
  return (text) =>
    joinPieces(text).replace(LETTER_RUN, (run) => {
      if (run.length < GLUED_MIN || run.length > GLUED_MAX) return run;
      const folded = foldAccents(run);
      if (!/^[a-z]+$/.test(folded) || vocabulary.words.has(folded) || known(folded)) return run;
      return cutGlued(folded, vocabulary)?.join(' ') ?? run;
    });
}

/**
 * The words a cut may use: the articles' edited text, the French stop words (function words,
 * politeness, story words), what the chat spellings stand for, and the short chat words that
 * carry content («mdp»); the longer chat spellings are slips («commen»), no words to cut into.
 */
export function gluedVocabulary(articles: readonly { title: string; summary?: string; questions: readonly string[]; tags: readonly string[]; body: string }[]): GluedVocabulary {
  const stop = frenchStopWords();
  const words = new Set<string>();
  const add = (text: string) => {
    for (const w of splitWords(normalizeSurface(text, Number.MAX_SAFE_INTEGER))) {
      if (w.length < CONTENT_MIN || !/^[a-z]+$/.test(w)) continue;
      words.add(w);
      words.add(inflectionOf(w) ?? `${w}~`);
    }
  };
  // The articles' edited French text; of their sample questions, which keep users' slips
  // («jarrive», «inscripton») and English, the French words that come back in another question.
  for (const w of stop) add(w);
  for (const a of articles) for (const text of [a.title, a.summary ?? '', ...a.tags, a.body]) add(text);
  const seen = new Map<string, number>();
  for (const q of articles.flatMap((a) => a.questions)) {
    const qWords = splitWords(normalizeSurface(q, Number.MAX_SAFE_INTEGER));
    if (languageOf(qWords) !== 'fr') continue;
    for (const w of new Set(qWords)) seen.set(w, (seen.get(w) ?? 0) + 1);
  }
  for (const [w, count] of seen) if (count >= QUESTIONS_MIN) add(w);
  for (const meant of Object.values(SMS_WORDS)) add(meant);
  // «mdp» (mot de passe) carries content; «pa» (pas) and «tte» (toute) do not.
  const carries = (meant: string) => meant.split(' ').some((w) => w.length >= CONTENT_MIN && !stop.has(w));
  // «mdp» and «mot» (de passe) are the synonyms', not chat spellings.
  const short = new Set(['mdp', 'mot', ...Object.entries(SMS_WORDS).filter(([w, meant]) => /^[a-z]{2,3}$/.test(w) && !FUNCTION_WORDS.has(w) && carries(meant)).map(([w]) => w)]);
  return { words, short };
}
