import { setImmediate as yieldToLoop } from 'node:timers/promises';
import type { Knowledge } from '../index';
import type { KbGuardReport, KbSetScore } from '../../protocol/knowledge-base';
import { askInConversation, judge, labelOf, type EvalItem } from '../evaluate';

/** A labelled set the guard runs: the project's (dev, realistic, blind sets) and the questions taught. */
export interface GuardSet {
  name: string;
  items: readonly EvalItem[];
}

export type SetScore = KbSetScore;
export type GuardReport = KbGuardReport;
export type GuardLine = KbGuardReport['changed'][number];

type Answer = { label: string; ok: boolean; outOfScope: boolean };
/** Questions asked between two yields: the server keeps answering users while a guard runs. */
const SLICE = 100;
const MAX_LINES = 200;

const empty = (): SetScore => ({ inScope: 0, inScopeRight: 0, outOfScope: 0, outOfScopeRefused: 0 });
const add = (s: SetScore, a: Answer) => {
  if (a.outOfScope) {
    s.outOfScope++;
    if (a.ok) s.outOfScopeRefused++;
  } else {
    s.inScope++;
    if (a.ok) s.inScopeRight++;
  }
};

/** Every line's answer, a slice at a time (the event loop is given back between slices). */
export async function answersOf(knowledge: Knowledge, sets: readonly GuardSet[]): Promise<Answer[][]> {
  const out: Answer[][] = [];
  let n = 0;
  for (const set of sets) {
    const answers: Answer[] = [];
    for (const item of set.items) {
      const r = askInConversation(knowledge.ask, item);
      const j = judge(item, r);
      answers.push({ label: r.kind === 'clarify' ? `clarify(${r.candidates.map((c) => c.articleId).join('|')})` : labelOf(r), ok: j.ok, outOfScope: j.outOfScope });
      if (++n % SLICE === 0) await yieldToLoop();
    }
    out.push(answers);
  }
  return out;
}

/** Compares the published base's answers with a draft's on the same lines. */
export function compare(sets: readonly GuardSet[], before: Answer[][], after: Answer[][]): GuardReport {
  const report: GuardReport = { sets: [], total: { before: empty(), after: empty() }, changed: [], changedCount: 0, drops: false };
  let lost = 0;
  let won = 0;
  sets.forEach((set, i) => {
    const b = empty();
    const a = empty();
    set.items.forEach((item, k) => {
      const x = before[i]![k]!;
      const y = after[i]![k]!;
      add(b, x);
      add(a, y);
      add(report.total.before, x);
      add(report.total.after, y);
      if (x.label === y.label) return;
      const change = x.ok && !y.ok ? 'lost' : !x.ok && y.ok ? 'won' : 'moved';
      if (change === 'lost') lost++;
      if (change === 'won') won++;
      report.changedCount++;
      report.changed.push({ set: set.name, q: item.q, expect: item.expect, before: x.label, after: y.label, change });
    });
    report.sets.push({ name: set.name, before: b, after: a });
  });
  const order = { lost: 0, moved: 1, won: 2 } as const;
  report.changed.sort((p, q) => order[p.change] - order[q.change]);
  report.changed = report.changed.slice(0, MAX_LINES);
  report.drops = lost > won;
  return report;
}
