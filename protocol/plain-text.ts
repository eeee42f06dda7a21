/**
 * The one rule for text people send (ticket forms, widget messages, `/api/messages`, replies):
 * control characters are removed rather than refused — nobody types them on purpose, and a NUL
 * or a C1 character would otherwise fail later, in the database or the mail layer. Line breaks
 * and tabs stay in multi-line text. Plain functions: the browser's forms use them too.
 */

/** C0 controls but tab and line breaks, DEL, C1 controls. */
const CONTROLS = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f]/g;
/** Line breaks, including the Unicode line and paragraph separators. */
const LINE_BREAKS = /[\n\r\u2028\u2029]/;
/** Direction overrides and isolates: they make a subject read differently from what it says. */
const BIDI_CONTROLS = /[\u202a-\u202e\u2066-\u2069]/;
/** Text that shows nothing: spaces and zero-width characters only. */
const INVISIBLE = /^[\s\u200b-\u200f\u2060\ufeff]*$/u;

/** Multi-line text without its control characters; CRLF and CR become LF. */
export function cleanText(s: string): string {
  return s.replace(/\r\n?/g, '\n').replace(CONTROLS, '');
}

/** One line of text: controls removed, tabs become spaces; line breaks are left for `lineProblem` to refuse. */
export function cleanLine(s: string): string {
  return s.replace(CONTROLS, '').replace(/\t/g, ' ');
}

/**
 * Why a one-line field (a subject, a name: they reach mail headers) cannot be taken as it is, or
 * null when it can: a line break (nobody types one in such a field; a header injection does), a
 * direction override, or nothing visible.
 */
export function lineProblem(s: string): 'line-break' | 'bidi' | 'invisible' | null {
  if (LINE_BREAKS.test(s)) return 'line-break';
  if (BIDI_CONTROLS.test(s)) return 'bidi';
  if (INVISIBLE.test(s)) return 'invisible';
  return null;
}

/** Every string of a JSON value cleaned as multi-line text (a form's fields sent as an activity's value). */
export function cleanStrings(value: unknown, depth = 0): unknown {
  if (typeof value === 'string') return cleanText(value);
  if (depth > 8 || value === null || typeof value !== 'object') return value;
  if (Array.isArray(value)) return value.map((v) => cleanStrings(v, depth + 1));
  return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, cleanStrings(v, depth + 1)]));
}
