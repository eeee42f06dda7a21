import { z } from 'zod';
import type { AskResult } from './types';

export const EvalItem = z.object({ q: z.string(), expect: z.array(z.string().min(1)).min(1) });
export type EvalItem = z.infer<typeof EvalItem>;

export interface EvalMiss {
  q: string;
  expect: string[];
  got: string;
  score: number;
}

export interface EvalReport {
  inScope: number;
  outOfScope: number;
  /** In scope: answered with an expected label, or a clarification offering one. */
  inScopeAccuracy: number;
  /** In scope: answered directly (answer or intent) with an expected label. */
  strictTop1: number;
  /** Out of scope: share that fell back. */
  outOfScopeRejection: number;
  misses: EvalMiss[];
}

/** Parses a JSONL evaluation file (`{"q": ..., "expect": [...]}` per line). */
export function parseEvalFile(text: string): EvalItem[] {
  return text
    .split('\n')
    .map((l) => l.trim())
    .filter((l) => l.length > 0)
    .map((l, i) => {
      const item = EvalItem.safeParse(JSON.parse(l));
      if (!item.success) throw new Error(`eval: line ${i + 1}: ${item.error.issues[0]?.message}`);
      return item.data;
    });
}

/** The label a result stands for in the eval scheme (`article id`, `intent:NAME`, `fallback`). */
export function labelOf(r: AskResult): string {
  if (r.kind === 'intent') return `intent:${r.intent}`;
  if (r.kind === 'answer') return r.articleId ?? 'fallback';
  if (r.kind === 'clarify') return `clarify(${r.candidates.map((c) => c.articleId).join('|')})`;
  return 'fallback';
}

export function evaluate(ask: (q: string) => AskResult, items: readonly EvalItem[]): EvalReport {
  let inScope = 0;
  let outOfScope = 0;
  let correct = 0;
  let strict = 0;
  let rejected = 0;
  const misses: EvalMiss[] = [];
  for (const item of items) {
    const r = ask(item.q);
    const label = labelOf(r);
    const expectsFallback = item.expect.includes('fallback');
    let ok: boolean;
    if (expectsFallback) {
      outOfScope++;
      ok = r.kind === 'fallback';
      if (ok) rejected++;
    } else {
      inScope++;
      const direct = item.expect.includes(label);
      const offered = r.kind === 'clarify' && r.candidates.some((c) => item.expect.includes(c.articleId));
      ok = direct || offered;
      if (ok) correct++;
      if (direct) strict++;
    }
    if (!ok) misses.push({ q: item.q, expect: item.expect, got: label, score: r.score });
  }
  const ratio = (a: number, b: number) => (b === 0 ? 1 : a / b);
  return {
    inScope,
    outOfScope,
    inScopeAccuracy: ratio(correct, inScope),
    strictTop1: ratio(strict, inScope),
    outOfScopeRejection: ratio(rejected, outOfScope),
    misses,
  };
}

export function formatReport(file: string, r: EvalReport): string {
  const pct = (x: number) => `${(x * 100).toFixed(1)} %`;
  const lines = [
    `${file}: ${r.inScope} in scope, ${r.outOfScope} out of scope`,
    `in-scope accuracy      ${pct(r.inScopeAccuracy)}`,
    `strict top-1           ${pct(r.strictTop1)}`,
    `out-of-scope rejected  ${pct(r.outOfScopeRejection)}`,
    `misses: ${r.misses.length}`,
    ...r.misses.map((m) => `  ✗ ${JSON.stringify(m.q)} expected ${m.expect.join('|')} got ${m.got} (${m.score})`),
  ];
  return lines.join('\n');
}
