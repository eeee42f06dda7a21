/**
 * How a synonym table (synonyms.ts) is applied: every rule's variants as one alternation, tried
 * at each word of normalised text, with only the rules that can start with its first character.
 */
import { firstChars } from './first-chars';

export interface SynonymRule {
  canonical: string;
  variants: readonly string[];
  /** Phrases keep their words and gain one phrase token (a bigram feature); abbreviations are replaced. */
  keepWords?: boolean;
}
export type SynonymTable = ReadonlyArray<SynonymRule>;

export interface CompiledSynonyms {
  apply(spacedWords: string): string;
  /** Every canonical token the rules write (kept as they are, never stemmed). */
  readonly canonicals: ReadonlySet<string>;
}

/** One sticky regular expression over some of the table's rules (one capture group each, in table order). */
interface Matcher {
  pattern: RegExp;
  rules: readonly SynonymRule[];
}

/**
 * A leading space is consumed (not looked behind, which defeats the engine's fast scan) and
 * written back; the trailing one is only looked ahead, so adjacent phrases both match.
 */
function matcherOf(rules: readonly { rule: SynonymRule; variants: readonly string[] }[]): Matcher {
  const pattern = new RegExp(` (?:${rules.map((r) => `(${r.variants.join('|')})`).join('|')})(?= )`, 'y');
  return { pattern, rules: rules.map((r) => r.rule) };
}

/** The characters a word can start with in normalised text; any other one is matched by the whole table. */
const DISPATCHED = 'abcdefghijklmnopqrstuvwxyz0123456789';

/**
 * Per first character of the word after a space, the rules (and of them the variants) whose match
 * can start with it (first-chars.ts): a text is scanned once, and at each word only those are tried.
 */
function matchersByFirstChar(table: SynonymTable): Map<string, Matcher> {
  const firsts = table.map((r) => r.variants.map(firstChars));
  const byChar = new Map<string, Matcher>();
  for (const c of DISPATCHED) {
    const rules = table
      .map((rule, i) => ({ rule, variants: rule.variants.filter((_, j) => firsts[i]![j] === null || firsts[i]![j]!.has(c)) }))
      .filter((r) => r.variants.length > 0);
    byChar.set(c, matcherOf(rules));
  }
  return byChar;
}

/**
 * The table as one alternation (one capture group per rule, tried in table order), applied as
 * `String.replace` with a global expression would, but trying at each word only the rules that
 * can match there: the same matches, found without trying every rule at every space.
 */
export function compileSynonyms(table: SynonymTable): CompiledSynonyms {
  const all = matcherOf(table.map((rule) => ({ rule, variants: rule.variants })));
  const byChar = matchersByFirstChar(table);
  const replacement = (m: RegExpExecArray, rules: readonly SynonymRule[]): string => {
    const r = rules[m.findIndex((g, k) => k > 0 && g !== undefined) - 1]!;
    return r.keepWords ? ` ${r.canonical}${m[0]}` : ` ${r.canonical}`;
  };
  return {
    canonicals: new Set(table.flatMap((r) => r.canonical.split(' '))),
    apply(spacedWords: string): string {
      const text = ` ${spacedWords} `;
      let out = '';
      let copied = 0;
      // The last space ends the text: nothing can match after it (and the whole table tried there
      // would only run its lookbehinds over the text for nothing).
      for (let at = 0; at >= 0 && at < text.length - 1; ) {
        const { pattern, rules } = byChar.get(text[at + 1] ?? '') ?? all;
        pattern.lastIndex = at;
        const m = pattern.exec(text);
        if (m) {
          out += text.slice(copied, at) + replacement(m, rules);
          copied = at + m[0].length;
        }
        at = text.indexOf(' ', m ? copied : at + 1);
      }
      return (out + text.slice(copied)).trim();
    },
  };
}
