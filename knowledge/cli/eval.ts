import fs from 'node:fs';
import { evaluate, formatReport, parseEvalFile } from '../evaluate';
import { knowledgeFromConfig } from './load';

/**
 * `npm run eval -- [--figures-only] FILE.jsonl [FILE.jsonl ...]`: accuracy, balanced accuracy,
 * per-style figures, confusion and misses. `--figures-only` hides the misses, for the first run
 * of a blind set (its figure is recorded before anyone reads what it missed).
 */
const args = process.argv.slice(2).filter((a) => a !== '--');
const figuresOnly = args.includes('--figures-only');
const files = args.filter((a) => !a.startsWith('--'));
if (files.length === 0) {
  process.stderr.write('usage: npm run eval -- [--figures-only] FILE.jsonl [FILE.jsonl ...]\n');
  process.exit(2);
}
const knowledge = knowledgeFromConfig();
for (const file of files) {
  const report = evaluate(knowledge.ask, parseEvalFile(fs.readFileSync(file, 'utf8')));
  process.stdout.write(`${formatReport(file, report, { showMisses: !figuresOnly })}\n\n`);
}
