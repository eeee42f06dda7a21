import stemmer from 'natural/lib/natural/stemmers/porter_stemmer_fr';
import { MAX_QUESTION_CHARS, normalizeSurface, splitWords } from './normalize';
import { createRewriter, DEFAULT_REWRITES, type RewriteTables } from './rewrite';
import { compileSynonyms, type CompiledSynonyms } from './synonym-matcher';
import { DEFAULT_SYNONYMS } from './synonyms';
import { searchStopWords } from './stopwords';

export interface AnalyzerOptions {
  stopWords: ReadonlySet<string>;
  /** The synonym rules, compiled once (one expression per first letter) and shared by the analysers of one knowledge base. */
  synonyms: CompiledSynonyms;
  /** Chat spellings and the English glossary, rewritten word for word before the synonyms. */
  rewrites: RewriteTables;
  maxChars: number;
}

export interface Analyzer {
  /** Normalised words (accents folded, elisions stripped, synonyms canonical), stop words kept; a message is cut at `maxChars`. */
  tokenize(text: string): string[];
  /** The same for a document (an article's field): never cut. */
  tokenizeDocument(text: string): string[];
  /** One word to its index term, or null for a stop word. */
  processTerm(word: string): string | null;
  /** tokenize + processTerm: the terms a text contributes, in order, duplicates kept. */
  analyze(text: string): string[];
}

const CANONICAL_TOKEN = /^[a-z0-9]+$/;
const TERM_CACHE_SIZE = 100_000;

/**
 * Irregular verbs the stemmer leaves in pieces («je vois», «on voit», «vu» → voir): the forms of
 * the verbs users ask with, mapped to one stem. «suis» is left out (it is «être» far more often).
 */
const IRREGULAR_STEMS: ReadonlyMap<string, string> = new Map(
  Object.entries({
    voir: ['vois', 'voit', 'voient', 'voyons', 'voyez', 'voyait', 'voyais', 'vu', 'vue', 'vus', 'vues', 'verrai', 'verra', 'verrons', 'verrez'],
    recevoir: ['recois', 'recoit', 'recoivent', 'recevons', 'recevez', 'recu', 'recue', 'recus', 'recues', 'recevrai', 'recevra', 'recevront'],
    envoi: ['envoient', 'envoyons', 'enverrai', 'enverra', 'enverrons', 'enverrez', 'enverront'],
    suiv: ['suit', 'suivent', 'suivons', 'suivre'],
    lir: ['lu', 'lue', 'lus', 'lues', 'lis', 'lit', 'lise', 'lisait', 'lisent', 'lisons', 'lisez', 'lirai', 'lira', 'liront'],
    transm: ['transmet', 'transmets', 'transmettre', 'transmettez', 'transmettons', 'transmettent', 'transmettrai', 'transmettra', 'transmis', 'transmise', 'transmises'],
  }).flatMap(([stem, forms]) => forms.map((f) => [f, stem] as const)),
);

function stemWord(word: string): string {
  const irregular = IRREGULAR_STEMS.get(word);
  if (irregular) return irregular;
  let stem = stemmer.stem(word);
  if (stem.length > 3 && stem.endsWith('e')) stem = stem.slice(0, -1);
  if (stem.length >= 3 && stem.endsWith('y')) stem = `${stem.slice(0, -1)}i`;
  return stem;
}

/**
 * French analyser: natural's Porter stemmer runs on accent-folded words, so that "envoyée" and
 * "envoyee" give the same stem; two light rules then merge the stems the stemmer leaves apart
 * when accents are missing ("envoye"/"envoi"). Words that are not Latin letters are kept as
 * they are (so a question in another script counts as unknown words, not as nothing).
 */
export function createAnalyzer(options: Partial<AnalyzerOptions> = {}): Analyzer {
  const stopWords = options.stopWords ?? searchStopWords();
  const synonyms = options.synonyms ?? compileSynonyms(DEFAULT_SYNONYMS);
  const maxChars = options.maxChars ?? MAX_QUESTION_CHARS;
  const rewriter = createRewriter(options.rewrites ?? DEFAULT_REWRITES);
  const canonicals = synonyms.canonicals;

  const tokenizeUpTo = (text: string, limit: number): string[] => {
    const words = splitWords(normalizeSurface(text, limit));
    return words.length === 0 ? [] : synonyms.apply(rewriter.apply(words).join(' ')).split(' ');
  };
  const tokenize = (text: string): string[] => tokenizeUpTo(text, maxChars);
  const tokenizeDocument = (text: string): string[] => tokenizeUpTo(text, Number.POSITIVE_INFINITY);

  const termOf = (word: string): string | null => {
    if (stopWords.has(word)) return null;
    if (canonicals.has(word)) return word;
    if (!CANONICAL_TOKEN.test(word)) return word.length > 1 ? word : null;
    if (word.length === 1) return /\d/.test(word) ? word : null;
    if (/^\d+$/.test(word)) return word;
    return stemWord(word);
  };

  // Stemming is the costly step and the vocabulary is small: memoise per analyser (bounded).
  const terms = new Map<string, string | null>();
  const processTerm = (word: string): string | null => {
    let term = terms.get(word);
    if (term === undefined) {
      term = termOf(word);
      if (terms.size >= TERM_CACHE_SIZE) terms.clear();
      terms.set(word, term);
    }
    return term;
  };

  const analyze = (text: string): string[] => {
    const terms: string[] = [];
    for (const word of tokenize(text)) {
      const term = processTerm(word);
      if (term) terms.push(term);
    }
    return terms;
  };

  return Object.freeze({ tokenize, tokenizeDocument, processTerm, analyze });
}
