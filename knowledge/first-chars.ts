/**
 * The characters a match of a regular-expression source can start with, so that a large
 * alternation only tries, at a given position, the alternatives that can match there (synonyms.ts).
 * Reads the syntax the lexicons use: literals, escapes, character classes, groups, lookarounds
 * (they consume nothing) and quantifiers, in one reader (`prefixes`; `firstChars` is its ways to
 * begin cut to one character). Whatever it does not know counts as «any character», which only
 * makes the set larger, never wrong.
 */

/** A set of first characters; `null` stands for any character. */
export type FirstChars = ReadonlySet<string> | null;

/** A source being read: `at` is the position of the next character. */
interface Cursor {
  readonly source: string;
  at: number;
}

const DIGITS = '0123456789';
const WORD_CHARS = `${DIGITS}abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ_`;
const peek = (c: Cursor): string | undefined => c.source[c.at];
const ended = (c: Cursor): boolean => c.at >= c.source.length;

/** After «(»: what kind of group it is («?:», «?=», «?<!»…, «» for a capturing one, «?» for another extension), not consumed. */
function groupKind(c: Cursor): string {
  return /^\?(?:=|!|<=|<!|:)?/.exec(c.source.slice(c.at, c.at + 3))?.[0] ?? '';
}

/** After «[», consumed up to its «]»: the class's plain characters and ranges; `null` for a negated class or one with escapes. */
function classChars(c: Cursor): Set<string> | null {
  let close = c.at;
  while (close < c.source.length && c.source[close] !== ']') close += c.source[close] === '\\' ? 2 : 1;
  const body = c.source.slice(c.at, close);
  c.at = close + 1;
  if (body === '' || body.startsWith('^') || body.includes('\\')) return null;
  const out = new Set<string>();
  for (let i = 0; i < body.length; i++) {
    if (body[i + 1] === '-' && i + 2 < body.length) {
      for (let code = body.charCodeAt(i); code <= body.charCodeAt(i + 2); code++) out.add(String.fromCharCode(code));
      i += 2;
    } else {
      out.add(body[i]!);
    }
  }
  return out;
}

/** The characters a match of `source` can start with; `null` when it may start with any (or match empty): its ways to begin, cut to one character. */
export function firstChars(source: string): FirstChars {
  const starts = prefixes(source, 1, Number.POSITIVE_INFINITY);
  return starts === null || starts.has('') ? null : starts;
}

/**
 * Every way a match of `source` can begin, cut to `k` characters (a match shorter than `k` is
 * there whole), or `null` when there would be more than `limit` of them or the syntax is not
 * known. A finer dispatch than `firstChars`: at a position whose next `k` characters start with
 * none of them, the source cannot match.
 */
export function prefixes(source: string, k: number, limit = 256): ReadonlySet<string> | null {
  type P = Set<string> | null;
  const cap = (s: Set<string>): P => (s.size > limit ? null : s);
  const concat = (a: P, b: P): P => {
    if (a === null) return null;
    const out = new Set<string>();
    for (const x of a) {
      if (x.length >= k) {
        out.add(x);
        continue;
      }
      if (b === null) return null;
      for (const y of b) out.add((x + y).slice(0, k));
      if (out.size > limit) return null;
    }
    return cap(out);
  };
  const or = (a: P, b: P): P => (a === null || b === null ? null : cap(new Set([...a, ...b])));
  const star = (p: P): P => {
    let s: P = new Set(['']);
    for (;;) {
      const next = or(s, concat(s, p));
      if (next === null) return null;
      if (next.size === s!.size) return s;
      s = next;
    }
  };
  const EMPTY = (): P => new Set(['']);
  const c: Cursor = { source, at: 0 };

  const alternation = (): P => {
    let p = sequence();
    while (peek(c) === '|') {
      c.at++;
      p = or(p, sequence());
    }
    return p;
  };
  const sequence = (): P => {
    let p: P = EMPTY();
    while (!ended(c) && peek(c) !== '|' && peek(c) !== ')') p = concat(p, quantified());
    return p;
  };
  const quantified = (): P => {
    const p = atom();
    const q = peek(c);
    let out: P;
    if (q === '?') {
      c.at++;
      out = or(p, EMPTY());
    } else if (q === '*') {
      c.at++;
      out = star(p);
    } else if (q === '+') {
      c.at++;
      out = concat(p, star(p));
    } else if (q === '{') {
      const close = c.source.indexOf('}', c.at);
      if (close < 0) return null;
      const min = /^\{0*(?:,|\})/.test(c.source.slice(c.at, close + 1)) ? 0 : 1;
      c.at = close + 1;
      // At least once or not at all, then any number of times: a superset of {m,n}.
      out = min === 0 ? star(p) : concat(p, star(p));
    } else {
      return p;
    }
    if (peek(c) === '?') c.at++;
    return out;
  };
  const set = (s: string): P => new Set(s);
  const atom = (): P => {
    const ch = c.source[c.at++]!;
    if (ch === '(') {
      const kind = groupKind(c);
      // A named group or another extension: skipped to its end, any character.
      if (kind === '?') {
        alternation();
        c.at++;
        return null;
      }
      c.at += kind.length;
      const inner = alternation();
      if (c.source[c.at++] !== ')') return null;
      return kind === '' || kind === '?:' ? inner : EMPTY();
    }
    if (ch === '[') {
      const inClass = classChars(c);
      return inClass && cap(inClass);
    }
    if (ch === '\\') {
      const e = c.source[c.at++] ?? '';
      if (e === 'd') return set(DIGITS);
      if (e === 'w') return cap(new Set(WORD_CHARS));
      if (e === 'b' || e === 'B') return EMPTY();
      return /[a-zA-Z0-9]/.test(e) || e === '' ? null : set(e);
    }
    if (ch === '^' || ch === '$') return EMPTY();
    if (ch === '.') return null;
    return set(ch);
  };

  const p = alternation();
  return ended(c) ? p : null;
}
