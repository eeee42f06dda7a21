import { EN_PHRASES, EN_WORDS } from './lexicon-en';
import { FOREIGN_WORDS } from './lexicon-foreign';
import { IDIOM_PHRASES } from './lexicon-idioms';
import { SMS_PHRASES, SMS_WORDS } from './lexicon-sms';

/** Rewrites normalised words: phrases of two or three words first, then single words. */
export interface WordRewriter {
  apply(words: readonly string[]): string[];
}

export interface RewriteTables {
  phrases: Readonly<Record<string, string>>;
  words: ReadonlyArray<Readonly<Record<string, string>>>;
}

export const DEFAULT_REWRITES: RewriteTables = Object.freeze({
  phrases: Object.freeze({ ...SMS_PHRASES, ...IDIOM_PHRASES, ...EN_PHRASES }),
  // SMS spellings first: an English entry never shadows a French chat form, nor another language's.
  words: Object.freeze([SMS_WORDS, EN_WORDS, FOREIGN_WORDS]),
});

export const SMS_REWRITES: RewriteTables = Object.freeze({ phrases: SMS_PHRASES, words: Object.freeze([SMS_WORDS]) });

/**
 * Word-for-word rewriting of chat and English forms into the French words the articles use
 * (knowledge/README.md, "Analyser"). Lookups are plain map reads: a message is rewritten in one
 * pass, whatever the size of the tables.
 */
export function createRewriter(tables: RewriteTables = DEFAULT_REWRITES): WordRewriter {
  const phrases = new Map(Object.entries(tables.phrases).map(([k, v]) => [k, v.split(' ')]));
  const words = new Map<string, string[]>();
  for (const table of [...tables.words].reverse()) for (const [k, v] of Object.entries(table)) words.set(k, v.split(' '));
  const longest = Math.max(1, ...[...phrases.keys()].map((p) => p.split(' ').length));
  // Only words that start a phrase are looked up as phrases (most words start none).
  const starts = new Set([...phrases.keys()].map((p) => p.split(' ')[0]!));
  return {
    apply(input: readonly string[]): string[] {
      const out: string[] = [];
      for (let i = 0; i < input.length; ) {
        let taken = 0;
        const longestHere = starts.has(input[i]!) ? Math.min(longest, input.length - i) : 0;
        for (let n = longestHere; n >= 2 && taken === 0; n--) {
          const hit = phrases.get(input.slice(i, i + n).join(' '));
          if (hit) {
            out.push(...hit);
            taken = n;
          }
        }
        if (taken === 0) {
          const w = input[i]!;
          const hit = words.get(w);
          if (hit) out.push(...hit);
          else out.push(w);
          taken = 1;
        }
        i += taken;
      }
      return out;
    },
  };
}
