import fs from 'node:fs';
import path from 'node:path';
import { firstChars, prefixes } from '../../knowledge/first-chars';
import { normalizeSurface, spaceWords } from '../../knowledge/normalize';
import { createRewriter, DEFAULT_REWRITES, READER_REWRITES, type RewriteTables } from '../../knowledge/rewrite';
import { compileSynonyms, type SynonymTable } from '../../knowledge/synonym-matcher';
import { DEFAULT_SYNONYMS } from '../../knowledge/synonyms';
import { parseEvalFile } from '../../knowledge/evaluate';

const sorted = (s: ReadonlySet<string> | null) => (s === null ? null : [...s].sort().join(''));

/** The synonyms as one global expression over the whole table, applied by `String.replace`. */
function plainSynonyms(table: SynonymTable): (text: string) => string {
  const pattern = new RegExp(` (?:${table.map((r) => `(${r.variants.join('|')})`).join('|')})(?= )`, 'g');
  return (text) =>
    ` ${text} `
      .replace(pattern, (match: string, ...groups: unknown[]) => {
        const r = table[groups.findIndex((g, k) => k < table.length && typeof g === 'string')]!;
        return r.keepWords ? ` ${r.canonical}${match}` : ` ${r.canonical}`;
      })
      .trim();
}

/** Phrases tried from the longest down, then single words. */
function plainRewriter(tables: RewriteTables): (words: string[]) => string[] {
  const phrases = new Map(Object.entries(tables.phrases));
  const words = new Map<string, string>();
  for (const table of [...tables.words].reverse()) for (const [k, v] of Object.entries(table)) words.set(k, v);
  return (input) => {
    const out: string[] = [];
    for (let i = 0; i < input.length; i++) {
      let n = input.length - i;
      while (n >= 2 && !phrases.has(input.slice(i, i + n).join(' '))) n--;
      if (n >= 2) {
        out.push(...phrases.get(input.slice(i, i + n).join(' '))!.split(' '));
        i += n - 1;
      } else out.push(...(words.get(input[i]!) ?? input[i]!).split(' '));
    }
    return out;
  };
}

const questions = ['calibration/questions.jsonl', 'eval/dev-questions.jsonl', 'eval/realistic-questions.jsonl']
  .map((f) => path.join(__dirname, '../../knowledge', f))
  .flatMap((f) => parseEvalFile(fs.readFileSync(f, 'utf8')).map((i) => spaceWords(normalizeSurface(i.q))))
  .filter((t) => t.length > 0);
/** Every tenth question of the blind sets besides: SMS, English, long stories (the plain expression is slow on them). */
const blindDir = path.join(__dirname, '../../knowledge/eval/blind');
const blindQuestions = fs
  .readdirSync(blindDir)
  .filter((f) => f.endsWith('.jsonl'))
  .flatMap((f) => parseEvalFile(fs.readFileSync(path.join(blindDir, f), 'utf8')).map((i) => spaceWords(normalizeSurface(i.q))))
  .filter((t, i) => t.length > 0 && i % 10 === 0);

describe('first characters of a regular expression', () => {
  it.each([
    ['factures?', 'f'],
    ['(?:un|des) avoirs?', 'du'],
    ['(?<=\\bse )regle', 'r'],
    ['(?<!\\b(?:la|les) )bloquee?', 'b'],
    ['(?:r)?entrer', 'er'],
    ['(?:on |je )?vous', 'jov'],
    ['a*b|c{0,2}d', 'abcd'],
    ['\\d+ h', '0123456789'],
    ['[a-c]x', 'abc'],
    ['\\bidees?(?= pour)', 'i'],
  ])('%s starts with one of «%s»', (source, expected) => {
    expect(sorted(firstChars(source))).toBe(expected);
  });

  it.each(['.x', '(?:a|)', 'a?', '[^a]b', '\\sx', '(?<name>a)'])('%s may start with anything', (source) => {
    expect(firstChars(source)).toBeNull();
  });
});

describe('first characters of a regular expression, three at a time', () => {
  it.each([
    ['connexion', 'con'],
    ['a|bc', 'a bc'],
    ['ab*c', 'abb abc ac'],
    ['e ?mail', 'e m ema'],
    ['x{0,3}yz', 'xxx xxy xyz yz'],
    ['(?:r)?entr(?:er|e)', 'ent ren'],
    ['(?<=\\b(?:plus|pas) )authentifier', 'aut'],
    ['\\d h', '0 h 1 h 2 h 3 h 4 h 5 h 6 h 7 h 8 h 9 h'],
  ])('%s begins with one of «%s»', (source, expected) => {
    expect([...prefixes(source, 3)!].sort().join(' ')).toBe(expected);
  });

  it.each(['.x', '\\w+ing', '[^a]bc', '(?<name>a)'])('%s may begin with anything', (source) => {
    expect(prefixes(source, 3)).toBeNull();
  });

  it('gives up past its limit rather than list every way', () => {
    expect(prefixes('[a-z][a-z][a-z]', 3, 100)).toBeNull();
  });
});

describe('synonyms tried by the first characters of the text after a space', () => {
  it('rewrite every labelled question as the whole table in one expression does', () => {
    const fast = compileSynonyms(DEFAULT_SYNONYMS);
    const plain = plainSynonyms(DEFAULT_SYNONYMS);
    const differ = questions.filter((t) => fast.apply(t) !== plain(t));
    expect(differ).toEqual([]);
  });

  it('rewrite a tenth of the blind sets’ questions as the whole table in one expression does', () => {
    const fast = compileSynonyms(DEFAULT_SYNONYMS);
    const plain = plainSynonyms(DEFAULT_SYNONYMS);
    expect(blindQuestions.length).toBeGreaterThan(5000);
    expect(blindQuestions.filter((t) => fast.apply(t) !== plain(t))).toEqual([]);
  });

  it('keep the table order when several rules match at one word', () => {
    const table: SynonymTable = [
      { canonical: 'one', variants: ['a b'] },
      { canonical: 'two', variants: ['a', '(?<=x )a b c'], keepWords: true },
    ];
    const fast = compileSynonyms(table);
    const plain = plainSynonyms(table);
    for (const t of ['a b c', 'x a b c', 'x a', 'a a b', '1 a', 'é a b']) expect(fast.apply(t)).toBe(plain(t));
  });
});

describe('rewriting by a tree of words', () => {
  it.each([
    ['default', DEFAULT_REWRITES],
    ['chat', READER_REWRITES],
  ])('rewrites every labelled question as trying the longest phrase first does (%s tables)', (_, tables) => {
    const tree = createRewriter(tables);
    const plain = plainRewriter(tables);
    const differ = questions.filter((t) => tree.apply(t.split(' ')).join(' ') !== plain(t.split(' ')).join(' '));
    expect(differ).toEqual([]);
  });
});
