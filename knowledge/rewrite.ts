import { EN_PHRASES, EN_WORDS } from './lexicon-en';
import { FOREIGN_PHRASES, FOREIGN_REQUEST_PHRASES, FOREIGN_REQUEST_WORDS, FOREIGN_WORDS } from './lexicon-foreign';
import { IDIOM_PHRASES } from './lexicon-idioms';
import { POLITE_PHRASES } from './lexicon-polite';
import { SMS_PHRASES, SMS_WORDS, splitGluedPronoun } from './lexicon-sms';

/** Rewrites normalised words: phrases of two or three words first, then single words. */
export interface WordRewriter {
  apply(words: readonly string[]): string[];
}

export interface RewriteTables {
  phrases: Readonly<Record<string, string>>;
  words: ReadonlyArray<Readonly<Record<string, string>>>;
  /** A word no table holds, cut into words when it is two glued together («jdepose»), else null. */
  split?: (word: string) => string[] | null;
}

export const DEFAULT_REWRITES: RewriteTables = Object.freeze({
  phrases: Object.freeze({ ...SMS_PHRASES, ...POLITE_PHRASES, ...IDIOM_PHRASES, ...EN_PHRASES, ...FOREIGN_PHRASES }),
  // SMS spellings first: an English entry never shadows a French chat form, nor another language's.
  words: Object.freeze([SMS_WORDS, EN_WORDS, FOREIGN_WORDS]),
  split: splitGluedPronoun,
});

/** The message reader's: chat spellings, and a request for a person in a neighbour's language read as the French one. */
export const READER_REWRITES: RewriteTables = Object.freeze({
  phrases: Object.freeze({ ...SMS_PHRASES, ...POLITE_PHRASES, ...FOREIGN_REQUEST_PHRASES }),
  words: Object.freeze([SMS_WORDS, FOREIGN_REQUEST_WORDS]),
  split: splitGluedPronoun,
});

/**
 * The tables as a tree of words: the node of a word holds its own rewriting, if any, and leads
 * to the phrases that start with it; a node reached by a whole phrase holds the phrase's.
 */
interface WordNode {
  next: Map<string, WordNode>;
  word?: string[];
  phrase?: string[];
}

function wordTree(tables: RewriteTables): WordNode {
  const root: WordNode = { next: new Map() };
  const nodeOf = (words: readonly string[]): WordNode => {
    let node = root;
    for (const w of words) {
      let next = node.next.get(w);
      if (!next) node.next.set(w, (next = { next: new Map() }));
      node = next;
    }
    return node;
  };
  for (const [phrase, to] of Object.entries(tables.phrases)) nodeOf(phrase.split(' ')).phrase = to.split(' ');
  // The first table wins: an English entry never shadows a French chat form.
  for (const table of [...tables.words].reverse()) for (const [w, to] of Object.entries(table)) nodeOf([w]).word = to.split(' ');
  return root;
}

/** The longest phrase of two words or more that starts with `first`'s word at `i`, and its length in words. */
function longestPhrase(first: WordNode, input: readonly string[], i: number): { to: string[]; length: number } | null {
  let found: { to: string[]; length: number } | null = null;
  let node: WordNode | undefined = first;
  for (let j = i + 1; j < input.length; j++) {
    node = node.next.get(input[j]!);
    if (!node) break;
    if (node.phrase) found = { to: node.phrase, length: j - i + 1 };
  }
  return found;
}

/**
 * Word-for-word rewriting of chat and English forms into the French words the articles use
 * (knowledge/README.md, "Analyser"). Lookups are plain map reads, one per word unless it starts
 * a phrase: a message is rewritten in one pass, whatever the size of the tables.
 */
export function createRewriter(tables: RewriteTables = DEFAULT_REWRITES): WordRewriter {
  const root = wordTree(tables);
  return {
    apply(input: readonly string[]): string[] {
      const out: string[] = [];
      for (let i = 0; i < input.length; ) {
        const w = input[i]!;
        const node = root.next.get(w);
        const phrase = node ? longestPhrase(node, input, i) : null;
        if (phrase) {
          out.push(...phrase.to);
          i += phrase.length;
        } else {
          if (node?.word) out.push(...node.word);
          else out.push(...(tables.split?.(w) ?? [w]));
          i += 1;
        }
      }
      return out;
    },
  };
}
