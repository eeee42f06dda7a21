import type { Analyzer } from './analyzer';
import { cueOf } from './cues';
import type { MessageTerms } from './features';
import type { MessageReading } from './message';
import type { KnowledgeIndex } from './search-index';
import { EN_WORDS } from './lexicon-en';
import { createEnglishSlips, createSurfaceCorrector, soundsLike, SURFACE_CORRECTION_MIN } from './spelling';

/** Distinct terms looked up per question (a question is cut at MAX_QUESTION_CHARS anyway). */
const MAX_TERMS = 48;
/** Numbers and quantities («15j», «3000», «12h»): part of the story, never the topic, unless the base knows them. */
const QUANTITY = /^\d+[a-z]{0,3}$/;
/** Elided words written without their apostrophe: «jarrive», «lenvoyer», «sabonner», «jlannule» (two pronouns). */
const GLUED_ELISION = /^(?:qu|j[lmt]|[jldmnst]|c(?=e))(?=[a-z]{3,}$)/;

/**
 * The terms a read message is searched with, clause by clause: the search analyser's terms of the
 * clauses that are not negated, done or a closing formula, with glued elisions repaired, numbers
 * the base does not know left out, and slips corrected to a known term; plus the cues of the
 * clauses that carry a topic.
 */
export function createMessageTerms(index: KnowledgeIndex, searchAnalyzer: Analyzer): (reading: MessageReading) => MessageTerms {
  // Slips in the word itself, when the stem has no known neighbour (spelling.ts).
  const correctWord = createSurfaceCorrector(searchAnalyzer.processTerm, (t) => index.stats(t).df);
  // …or a word written as it sounds («brouyon», «wébinère»).
  const sounded = (word: string): string | null => soundsLike(word, searchAnalyzer.processTerm, (t) => index.stats(t).df);
  // …and slips in an English word of the glossary («invoises»), read as its translation.
  const englishSlip = createEnglishSlips(EN_WORDS);
  const translated = (word: string): string | null => {
    const meaning = englishSlip(word);
    const term = meaning ? searchAnalyzer.processTerm(meaning.split(' ').at(-1)!) : null;
    return term && index.stats(term).known ? term : null;
  };

  // «daffranchisement»: a glued elision and a slip in the rest of the word.
  const elidedSlip = (word: string): string | null => {
    const rest = word.replace(GLUED_ELISION, '');
    // Long words only, as for slips in the word itself: a short rest has too many neighbours.
    if (rest === word || word.startsWith('c') || rest.length < SURFACE_CORRECTION_MIN) return null;
    const term = searchAnalyzer.processTerm(rest);
    return term ? index.correct(term) ?? correctWord(rest) : null;
  };

  /**
   * Analysed terms: glued elisions repaired when only the rest of the word is known, typos
   * corrected to the known term one edit away, slips of the English glossary's words translated
   * (those go into `corrected`); the text's cues (cues.ts) go into `cues`, from the same pass.
   */
  const termsOf = (text: string, corrected: Set<string>, cues: Set<string>): string[] => {
    const out: string[] = [];
    for (const word of searchAnalyzer.tokenize(text)) {
      let term = searchAnalyzer.processTerm(word);
      const cue = cueOf(word, term);
      if (cue) cues.add(cue);
      if (term && !index.stats(term).known && GLUED_ELISION.test(word)) {
        const rest = searchAnalyzer.processTerm(word.replace(GLUED_ELISION, ''));
        if (rest && index.stats(rest).known) term = rest;
      }
      if (term && QUANTITY.test(term) && !index.stats(term).known) continue;
      if (term && !index.stats(term).known) {
        const fixed = index.correct(term) ?? correctWord(word) ?? sounded(word) ?? translated(word) ?? elidedSlip(word);
        if (fixed) {
          term = fixed;
          corrected.add(fixed);
        }
      }
      if (term) out.push(term);
    }
    return out;
  };

  const messageTerms = (reading: MessageReading): MessageTerms => {
    const corrected = new Set<string>();
    const cues = new Set<string>();
    const parts = reading.clauses
      .filter((c) => !c.negated && !c.done && !c.closing)
      .map((c) => {
        const own = new Set<string>();
        const terms = [...new Set(termsOf(c.text, corrected, own))];
        // Cues of the clauses that carry a topic: «et après ?» borrows the previous question's.
        if (terms.length > 0) for (const cue of own) cues.add(cue);
        return { terms, question: c.question };
      });
    return { terms: [...new Set(parts.flatMap((p) => p.terms))].slice(0, MAX_TERMS), parts, corrected, cues: [...cues] };
  };

  return messageTerms;
}
