import fs from 'node:fs';
import path from 'node:path';
import { parseEvalFile } from '../evaluate';
import type { GuardSet } from './guard';

/**
 * The labelled sets the project keeps beside its articles (`knowledge/eval`): the public dev and
 * realistic sets and the blind sets already read (`blind/`); the held-out sets stay unseen. None
 * when the folder is not there (a base of other articles).
 */
export function loadGuardSets(evalDir: string): GuardSet[] {
  if (!fs.existsSync(evalDir)) return [];
  const files = ['dev-questions.jsonl', 'realistic-questions.jsonl'].map((f) => path.join(evalDir, f)).filter((f) => fs.existsSync(f));
  const blind = path.join(evalDir, 'blind');
  if (fs.existsSync(blind)) files.push(...fs.readdirSync(blind).filter((f) => f.endsWith('.jsonl')).sort(naturally).map((f) => path.join(blind, f)));
  return files.map((f) => ({ name: path.relative(evalDir, f).replace(/\.jsonl$/, ''), items: parseEvalFile(fs.readFileSync(f, 'utf8')) }));
}

const naturally = (a: string, b: string) => a.localeCompare(b, 'en', { numeric: true });
