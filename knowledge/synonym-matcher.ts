/**
 * How a synonym table (synonyms.ts) is applied: every rule's variants as one alternation, tried
 * at each word of normalised text, with only the variants that can start with the text's next
 * three characters (first-chars.ts).
 */
import { firstChars, prefixes, type FirstChars } from './first-chars';

export interface SynonymRule {
  canonical: string;
  variants: readonly string[];
  /** Phrases keep their words and gain one phrase token (a bigram feature); abbreviations are replaced. */
  keepWords?: boolean;
}
export type SynonymTable = ReadonlyArray<SynonymRule>;

/** One rule of a table: a canonical token and the variants it stands for. */
export const rule = (canonical: string, variants: string[], keepWords = false): SynonymRule =>
  Object.freeze({ canonical, variants: Object.freeze(variants), keepWords });

/** Concept tokens of synonyms.ts («cptdemande»): they stand beside the words they group. */
export const isConcept = (term: string): boolean => term.startsWith('cpt');

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

/** How many characters of the text after a space choose the rules tried there. */
const KEY_CHARS = 3;
/** Matchers kept per key (the distinct keys of a language's words are a few thousand). */
const MAX_KEYS = 20_000;

/** Where a variant's matches can begin: its first `KEY_CHARS` characters, or else its first character (first-chars.ts). */
interface Shape {
  starts: ReadonlySet<string> | null;
  first: FirstChars;
}

/** Whether a variant can match where the text's next characters are `key`. */
function canStart(shape: Shape, key: string): boolean {
  if (shape.starts) {
    for (const s of shape.starts) if (key.startsWith(s)) return true;
    return false;
  }
  return shape.first === null || shape.first.has(key[0] ?? '');
}

/**
 * The table as one alternation (one capture group per rule, tried in table order), applied as
 * `String.replace` with a global expression would, but trying at each word only the rules that
 * can match there: the same matches, found without trying every rule at every space.
 */
export function compileSynonyms(table: SynonymTable): CompiledSynonyms {
  const shapes = table.map((r) => r.variants.map((v): Shape => ({ starts: prefixes(v, KEY_CHARS), first: firstChars(v) })));
  // Built on first use, per run of characters after a space: only the variants that can start with
  // them. Keys that allow the same variants share one expression: a few hundred in all, where one
  // per key would be thousands (and every expression compiled is code the engine must keep).
  const bySelection = new Map<string, Matcher>();
  const build = (key: string): Matcher | null => {
    const chosen = shapes.map((vs) => vs.map((s) => canStart(s, key)));
    if (!chosen.some((vs) => vs.includes(true))) return null;
    const selection = chosen.map((vs) => vs.map((ok) => (ok ? 1 : 0)).join('')).join(',');
    let m = bySelection.get(selection);
    if (!m) {
      m = matcherOf(table.map((rule, i) => ({ rule, variants: rule.variants.filter((_, j) => chosen[i]![j]) })).filter((r) => r.variants.length > 0));
      bySelection.set(selection, m);
    }
    return m;
  };
  // The matcher of each run of characters met after a space, built once (`null`: no variant can start there).
  const byKey = new Map<string, Matcher | null>();
  const matcherAt = (text: string, at: number): Matcher | null => {
    const key = text.slice(at, at + KEY_CHARS);
    let m = byKey.get(key);
    if (m === undefined) {
      if (byKey.size >= MAX_KEYS) byKey.clear();
      m = build(key);
      byKey.set(key, m);
    }
    return m;
  };
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
        const matcher = matcherAt(text, at + 1);
        let m: RegExpExecArray | null = null;
        if (matcher) {
          matcher.pattern.lastIndex = at;
          m = matcher.pattern.exec(text);
          if (m) {
            out += text.slice(copied, at) + replacement(m, matcher.rules);
            copied = at + m[0].length;
          }
        }
        at = text.indexOf(' ', m ? copied : at + 1);
      }
      return (out + text.slice(copied)).trim();
    },
  };
}
