import fs from 'node:fs';
import path from 'node:path';
import { loadConfig } from '../../platform/config';
import { loadArticles } from '../article';
import { balancedOf, byQuestion, fit, outOfFoldExamples, type GroupOf } from '../calibration';
import { countTerms } from '../classifier';
import { FEATURE_NAMES, type DecisionModel, type Logistic } from '../decision';
import { evaluate, parseEvalFile, trainingFiles } from '../evaluate';
import { createKnowledge, DECISION_MODEL_FILE, loadDecisionModel } from '../index';

/**
 * `npm run calibrate [-- --write] [--by-question] [FILE.jsonl ...]`: trains the answer decision (decision.ts) on
 * labelled files (default: every set under knowledge/calibration and knowledge/eval), prints its
 * 5-fold cross-validated figures per file, and with --write saves it to decision-model.json.
 */
const args = process.argv.slice(2).filter((a) => a !== '--');
const write = args.includes('--write');
const given = args.filter((a) => !a.startsWith('--'));
const files = given.length ? given : trainingFiles();
/** A model of an earlier feature list, completed with neutral inputs, so that it can pick follow-ups while the new one is trained. */
function withEveryFeature(m: DecisionModel): DecisionModel {
  const pad = (l: Logistic): Logistic => {
    const w = FEATURE_NAMES.map((f) => m.features.indexOf(f));
    return { mean: w.map((i) => l.mean[i] ?? 0), scale: w.map((i) => l.scale[i] ?? 1), weights: w.map((i) => l.weights[i] ?? 0), bias: l.bias };
  };
  return { ...m, ...pad(m), inDomain: pad(m.inDomain), features: [...FEATURE_NAMES], learned: m.learned ?? countTerms([]), answerFollowUp: m.answerFollowUp ?? m.answer };
}
const articles = loadArticles(loadConfig().knowledgeDir);
const shipped = withEveryFeature(loadDecisionModel({ check: false }));
const sets = files.map((file) => ({ file, items: parseEvalFile(fs.readFileSync(file, 'utf8')) }));
const fileOf = new Map(sets.flatMap((s) => s.items.map((item) => [item, s.file] as const)));
/** `--by-question`: the folds of iterations 1–22 (a question's siblings from the same set may be learned). */
const groupOf: GroupOf = args.includes('--by-question') ? byQuestion : (item) => fileOf.get(item)!;
const cross = outOfFoldExamples(
  (learned) => createKnowledge({ articlesDir: '', articles, model: { ...shipped, learned } }),
  sets.flatMap((s) => s.items),
  5,
  groupOf,
);
const examples = cross.examples.map((e) => ({ ...e, file: fileOf.get(e.item)! }));
const { model, outOfFold } = fit(examples, cross.learned, { groupOf });

const pct = (x: number) => `${(x * 100).toFixed(1).padStart(5)} %`;
const rel = (f: string) => path.relative(process.cwd(), f);
process.stdout.write(`${examples.length} examples from ${files.length} files; thresholds answer ${model.answer} (follow-ups ${model.answerFollowUp}), clarify ${model.clarify}\n`);
process.stdout.write('weights (standardised inputs):\n');
model.features.forEach((f, i) => process.stdout.write(`  ${f.padEnd(18)} ${model.weights[i]!.toFixed(3)}\n`));
process.stdout.write(`  ${'bias'.padEnd(18)} ${model.bias.toFixed(3)}\n`);
process.stdout.write('\n                                            cross-validated (articles only)   full eval, model fitted on all\n');
process.stdout.write('file                                          in scope  rejected  balanced     in scope  rejected  balanced\n');
const fitted = createKnowledge({ articlesDir: '', articles, model });
/** Cross-validated figures of the examples that `keep` selects. */
const crossValidated = (keep: (e: (typeof examples)[number]) => boolean) => {
  const idx = examples.map((e, i) => (keep(e) ? i : -1)).filter((i) => i >= 0);
  return { n: idx.length, ...balancedOf(idx.map((i) => examples[i]!), idx.map((i) => outOfFold[i]!), model) };
};
for (const s of sets) {
  const cv = crossValidated((e) => e.file === s.file);
  const full = evaluate(fitted.ask, s.items);
  process.stdout.write(
    `${rel(s.file).padEnd(44)} ${pct(cv.inScopeAccuracy)} ${pct(cv.rejection)} ${pct(cv.balanced)}    ${pct(full.inScopeAccuracy)} ${pct(full.outOfScopeRejection)} ${pct(full.balancedAccuracy)}\n`,
  );
}
const all = balancedOf(examples, outOfFold, model);
process.stdout.write(`${'all files'.padEnd(44)} ${pct(all.inScopeAccuracy)} ${pct(all.rejection)} ${pct(all.balanced)}\n`);
process.stdout.write('\ncross-validated by style (every file)\n');
const styles = [...new Set(examples.map((e) => e.item.style ?? '-'))].sort();
for (const style of styles) {
  const r = crossValidated((e) => (e.item.style ?? '-') === style);
  process.stdout.write(`  ${`${style} (${r.n})`.padEnd(42)} ${pct(r.inScopeAccuracy)} ${pct(r.rejection)} ${pct(r.balanced)}\n`);
}
if (write) {
  fs.writeFileSync(DECISION_MODEL_FILE, `${JSON.stringify(model, null, 1)}\n`);
  process.stdout.write(`\nwritten: ${rel(DECISION_MODEL_FILE)}\n`);
}
