import type { AskResult } from './types';

export type AskLineResult = AskResult & { error?: string };

/** One JSONL input line to one result; never throws (a bad line yields a fallback with `error`). */
export function askLine(ask: (q: string) => AskResult, line: string): AskLineResult {
  let parsed: unknown;
  try {
    parsed = JSON.parse(line);
  } catch {
    return { ...emptyFallback(), error: 'ask: line is not valid JSON' };
  }
  if (typeof parsed !== 'object' || parsed === null || typeof (parsed as { q?: unknown }).q !== 'string') {
    return { ...emptyFallback(), error: 'ask: expected an object with a string field "q"' };
  }
  return ask((parsed as { q: string }).q);
}

function emptyFallback(): AskResult {
  return { kind: 'fallback', articleId: null, intent: null, score: 0, candidates: [], language: 'fr' };
}
