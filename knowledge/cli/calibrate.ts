import fs from 'node:fs';
import path from 'node:path';
import { loadConfig } from '../../server/config';
import { loadArticles } from '../article';
import { balancedOf, examplesOf, fit } from '../calibration';
import { evaluate, parseEvalFile } from '../evaluate';
import { createKnowledge, DECISION_MODEL_FILE } from '../index';

/**
 * `npm run calibrate [-- --write] [FILE.jsonl ...]`: trains the answer decision (decision.ts) on
 * labelled files (default: every set under knowledge/calibration and knowledge/eval), prints its
 * 5-fold cross-validated figures per file, and with --write saves it to decision-model.json.
 */
const root = path.join(__dirname, '..');
const args = process.argv.slice(2).filter((a) => a !== '--');
const write = args.includes('--write');
const given = args.filter((a) => !a.startsWith('--'));
const files = given.length
  ? given
  : [
      path.join(root, 'calibration', 'questions.jsonl'),
      path.join(root, 'eval', 'dev-questions.jsonl'),
      path.join(root, 'eval', 'realistic-questions.jsonl'),
      ...fs
        .readdirSync(path.join(root, 'eval', 'blind'))
        .filter((f) => f.endsWith('.jsonl'))
        .map((f) => path.join(root, 'eval', 'blind', f)),
    ];
const articles = loadArticles(loadConfig().knowledgeDir);
const current = createKnowledge({ articlesDir: '', articles });
const sets = files.map((file) => ({ file, items: parseEvalFile(fs.readFileSync(file, 'utf8')) }));
const examples = sets.flatMap((s) => examplesOf(current, s.items).map((e) => ({ ...e, file: s.file })));
const { model, outOfFold } = fit(examples);

const pct = (x: number) => `${(x * 100).toFixed(1).padStart(5)} %`;
const rel = (f: string) => path.relative(process.cwd(), f);
process.stdout.write(`${examples.length} examples from ${files.length} files; thresholds answer ${model.answer}, clarify ${model.clarify}\n`);
process.stdout.write('weights (standardised inputs):\n');
model.features.forEach((f, i) => process.stdout.write(`  ${f.padEnd(18)} ${model.weights[i]!.toFixed(3)}\n`));
process.stdout.write(`  ${'bias'.padEnd(18)} ${model.bias.toFixed(3)}\n`);
process.stdout.write('\n                                            cross-validated (articles only)   full eval, model fitted on all\n');
process.stdout.write('file                                          in scope  rejected  balanced     in scope  rejected  balanced\n');
const fitted = createKnowledge({ articlesDir: '', articles, model });
for (const s of sets) {
  const idx = examples.map((e, i) => (e.file === s.file ? i : -1)).filter((i) => i >= 0);
  const cv = balancedOf(idx.map((i) => examples[i]!), idx.map((i) => outOfFold[i]!), model);
  const full = evaluate(fitted.ask, s.items);
  process.stdout.write(
    `${rel(s.file).padEnd(44)} ${pct(cv.inScopeAccuracy)} ${pct(cv.rejection)} ${pct(cv.balanced)}    ${pct(full.inScopeAccuracy)} ${pct(full.outOfScopeRejection)} ${pct(full.balancedAccuracy)}\n`,
  );
}
if (write) {
  fs.writeFileSync(DECISION_MODEL_FILE, `${JSON.stringify(model, null, 1)}\n`);
  process.stdout.write(`\nwritten: ${rel(DECISION_MODEL_FILE)}\n`);
}
