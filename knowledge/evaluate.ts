import fs from 'node:fs';
import path from 'node:path';
import { z } from 'zod';
import type { AskContext, AskResult } from './types';

export const EvalItem = z.object({
  q: z.string(),
  expect: z.array(z.string().min(1)).min(1),
  /** How the question is written (long, sms, english…): reported separately. */
  style: z.string().min(1).optional(),
  /** Earlier user messages of the same conversation, asked first (follow-ups). */
  context: z.array(z.string()).optional(),
});
export type EvalItem = z.infer<typeof EvalItem>;

export type Ask = (q: string, context?: AskContext) => AskResult;

export interface EvalMiss {
  q: string;
  expect: string[];
  got: string;
  score: number;
  style?: string;
}

export interface Tally {
  inScope: number;
  inScopeCorrect: number;
  outOfScope: number;
  outOfScopeRejected: number;
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
  /** Mean of in-scope accuracy and out-of-scope rejection: neither can be bought with the other. */
  balancedAccuracy: number;
  /** Per `style` (lines without one count under "-"). */
  byStyle: Record<string, Tally>;
  /** "expected → got" for every miss, most frequent first. */
  confusion: { expected: string; got: string; count: number }[];
  misses: EvalMiss[];
}

const KNOWLEDGE_DIR = __dirname;
const jsonlIn = (dir: string): string[] =>
  fs.existsSync(dir) ? fs.readdirSync(dir).filter((f) => f.endsWith('.jsonl')).sort().map((f) => path.join(dir, f)) : [];

/**
 * The labelled files the decision and the classifier learn from (`npm run calibrate`): the older
 * calibration set, the public dev and realistic sets, and the blind sets once their first figure
 * is recorded (eval/README.md).
 */
export function trainingFiles(): string[] {
  return [
    path.join(KNOWLEDGE_DIR, 'calibration', 'questions.jsonl'),
    path.join(KNOWLEDGE_DIR, 'eval', 'dev-questions.jsonl'),
    path.join(KNOWLEDGE_DIR, 'eval', 'realistic-questions.jsonl'),
    ...jsonlIn(path.join(KNOWLEDGE_DIR, 'eval', 'blind')),
  ];
}

/** The freshest blind sets, measured once on the shipped model and never learned from. */
export function heldOutFiles(): string[] {
  return jsonlIn(path.join(KNOWLEDGE_DIR, 'eval', 'held-out'));
}

/** Parses a JSONL evaluation file (`{"q": ..., "expect": [...], "style"?, "context"?}` per line). */
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

/**
 * Asks an item the way a conversation would: its context messages first, each one's answer
 * becoming the context of the next, then the question itself.
 */
export function askInConversation(ask: Ask, item: Pick<EvalItem, 'q' | 'context'>): AskResult {
  let context: AskContext | undefined;
  for (const earlier of item.context ?? []) context = contextAfter(ask(earlier, context), earlier, context);
  return ask(item.q, context);
}

/**
 * The context a conversation carries after a message and its result, as the bot keeps it: the
 * last question that was answered, clarified or not understood, with the earlier topic when it was
 * a follow-up (intents leave it as it was); after
 * a request for a person or a ticket, the bot's reply offers it (a hand-off, a ticket form, or the
 * other when the first cannot happen), which a bare «oui» then takes.
 */
export function contextAfter(r: AskResult, question: string, before?: AskContext): AskContext {
  if (r.kind === 'intent') {
    const { lastOffer: _previousOffer, ...kept } = before ?? {};
    return r.intent === 'agent' || r.intent === 'ticket' ? { ...kept, lastOffer: r.intent } : kept;
  }
  const lastQuestion = r.topic ?? question;
  const lastArticle = r.kind === 'answer' ? r.articleId : null;
  const first = before?.firstQuestion ? { firstQuestion: before.firstQuestion, firstArticle: before.firstArticle ?? null } : { firstQuestion: lastQuestion, firstArticle: lastArticle };
  return { lastQuestion, lastArticle, ...first };
}

const emptyTally = (): Tally => ({ inScope: 0, inScopeCorrect: 0, outOfScope: 0, outOfScopeRejected: 0 });

/**
 * Whether a result is right for a labelled line: a line expecting `fallback` must fall back; any
 * other is right when answered with an expected label (`direct`) or clarified with one among the choices.
 */
export function judge(item: Pick<EvalItem, 'expect'>, r: AskResult): { ok: boolean; direct: boolean; outOfScope: boolean } {
  if (item.expect.includes('fallback')) return { ok: r.kind === 'fallback', direct: r.kind === 'fallback', outOfScope: true };
  const direct = item.expect.includes(labelOf(r));
  const offered = r.kind === 'clarify' && r.candidates.some((c) => item.expect.includes(c.articleId));
  return { ok: direct || offered, direct, outOfScope: false };
}

export function evaluate(ask: Ask, items: readonly EvalItem[]): EvalReport {
  let strict = 0;
  const total = emptyTally();
  const byStyle: Record<string, Tally> = {};
  const confusion = new Map<string, number>();
  const misses: EvalMiss[] = [];
  for (const item of items) {
    const r = askInConversation(ask, item);
    const label = labelOf(r);
    const style = (byStyle[item.style ?? '-'] ??= emptyTally());
    const { ok, direct, outOfScope } = judge(item, r);
    for (const t of [total, style]) {
      if (outOfScope) {
        t.outOfScope++;
        if (ok) t.outOfScopeRejected++;
      } else {
        t.inScope++;
        if (ok) t.inScopeCorrect++;
      }
    }
    if (!outOfScope && direct) strict++;
    if (!ok) {
      misses.push({ q: item.q, expect: item.expect, got: label, score: r.score, ...(item.style ? { style: item.style } : {}) });
      const key = `${item.expect[0]} → ${r.kind === 'clarify' ? 'clarify' : label}`;
      confusion.set(key, (confusion.get(key) ?? 0) + 1);
    }
  }
  const ratio = (a: number, b: number) => (b === 0 ? 1 : a / b);
  const inScopeAccuracy = ratio(total.inScopeCorrect, total.inScope);
  const outOfScopeRejection = ratio(total.outOfScopeRejected, total.outOfScope);
  return {
    inScope: total.inScope,
    outOfScope: total.outOfScope,
    inScopeAccuracy,
    strictTop1: ratio(strict, total.inScope),
    outOfScopeRejection,
    balancedAccuracy: (inScopeAccuracy + outOfScopeRejection) / 2,
    byStyle,
    confusion: [...confusion]
      .map(([k, count]) => {
        const [expected, got] = k.split(' → ') as [string, string];
        return { expected, got, count };
      })
      .sort((a, b) => b.count - a.count || a.expected.localeCompare(b.expected)),
    misses,
  };
}

const pct = (x: number) => `${(x * 100).toFixed(1)} %`;
const frac = (a: number, b: number) => (b === 0 ? '—' : `${a}/${b} (${pct(a / b)})`);

/** The report as text; `showMisses: false` prints the figures only (blind sets, first run). */
export function formatReport(file: string, r: EvalReport, options: { showMisses?: boolean } = {}): string {
  const showMisses = options.showMisses ?? true;
  const styles = Object.entries(r.byStyle).filter(([s]) => s !== '-');
  const lines = [
    `${file}: ${r.inScope} in scope, ${r.outOfScope} out of scope`,
    `in-scope accuracy      ${pct(r.inScopeAccuracy)}`,
    `strict top-1           ${pct(r.strictTop1)}`,
    `out-of-scope rejected  ${pct(r.outOfScopeRejection)}`,
    `balanced accuracy      ${pct(r.balancedAccuracy)}`,
    ...(styles.length
      ? [
          'by style               in scope            out of scope rejected',
          ...styles
            .sort(([a], [b]) => a.localeCompare(b))
            .map(([s, t]) => `  ${s.padEnd(20)} ${frac(t.inScopeCorrect, t.inScope).padEnd(19)} ${frac(t.outOfScopeRejected, t.outOfScope)}`),
        ]
      : []),
    `misses: ${r.misses.length}`,
  ];
  if (showMisses) {
    if (r.confusion.length) lines.push('confusion (expected → got):', ...r.confusion.map((c) => `  ${c.count} × ${c.expected} → ${c.got}`));
    lines.push(
      ...r.misses.map((m) => `  ✗ ${m.style ? `[${m.style}] ` : ''}${JSON.stringify(m.q)} expected ${m.expect.join('|')} got ${m.got} (${m.score})`),
    );
  }
  return lines.join('\n');
}
