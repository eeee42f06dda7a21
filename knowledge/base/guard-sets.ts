import fs from 'node:fs';
import path from 'node:path';
import { parseEvalFile } from '../evaluate';
import type { GuardSet } from './guard';

/**
 * Questions of the blind sets the guard asks at most: a check asks them twice (published base and
 * draft), ~2 ms each, so a supervisor's «Vérifier» stays within seconds however many sets the
 * project keeps. The most recent blind sets are taken first.
 */
export const GUARD_BLIND_LINES = 3000;

/**
 * The labelled sets the project keeps beside its articles (`knowledge/eval`): the public dev and
 * realistic sets and the most recent blind sets already read (`blind/`, up to `maxBlindLines`
 * questions); the held-out sets stay unseen. None when the folder is not there (a base of other
 * articles).
 */
export function loadGuardSets(evalDir: string, maxBlindLines = GUARD_BLIND_LINES): GuardSet[] {
  if (!fs.existsSync(evalDir)) return [];
  const read = (f: string): GuardSet => ({ name: path.relative(evalDir, f).replace(/\.jsonl$/, ''), items: parseEvalFile(fs.readFileSync(f, 'utf8')) });
  const sets = ['dev-questions.jsonl', 'realistic-questions.jsonl'].map((f) => path.join(evalDir, f)).filter((f) => fs.existsSync(f)).map(read);
  const blind = path.join(evalDir, 'blind');
  if (!fs.existsSync(blind)) return sets;
  const recent: GuardSet[] = [];
  let lines = 0;
  for (const f of fs.readdirSync(blind).filter((f) => f.endsWith('.jsonl')).sort(newestFirst)) {
    const set = read(path.join(blind, f));
    if (lines + set.items.length > maxBlindLines) break;
    lines += set.items.length;
    recent.push(set);
  }
  return [...sets, ...recent.sort((a, b) => naturally(a.name, b.name))];
}

const naturally = (a: string, b: string) => a.localeCompare(b, 'en', { numeric: true });
/** `final-97` before `final-96`; the first sets (`train-*`) come last. */
const recency = (f: string) => Number(/^final-(\d+)/.exec(f)?.[1] ?? -1);
const newestFirst = (a: string, b: string) => recency(b) - recency(a) || naturally(a, b);
