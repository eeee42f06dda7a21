import fs from 'node:fs';
import path from 'node:path';
import { loadConfig } from '../../server/config';
import { loadArticles } from '../article';
import { evaluate, parseEvalFile } from '../evaluate';
import { createKnowledge, DEFAULT_SCORING, DEFAULT_THRESHOLDS } from '../index';

/**
 * Grid search of the decision thresholds and scoring constants on a labelled file (by default
 * the held-out calibration set). Objective: balanced accuracy, the mean of in-scope accuracy and
 * out-of-scope rejection, so that neither class can be bought with the other; ties go to the
 * higher strict top-1. Prints the best settings and the neighbourhood of the current defaults.
 */
const file = process.argv.slice(2).find((a) => a !== '--') ?? path.join(__dirname, '..', 'calibration', 'questions.jsonl');
const items = parseEvalFile(fs.readFileSync(file, 'utf8'));
const articles = loadArticles(loadConfig().knowledgeDir);

const grid = {
  unknownWeight: [0.5, 0.75, 1],
  evidenceScale: [0.3, 0.5, 0.8],
  answer: [0.4, 0.45, 0.5, 0.55, 0.6],
  clarifyRatio: [0.8, 0.9],
};

type Row = { params: string; balanced: number; inScope: number; oos: number; strict: number };
const rows: Row[] = [];
for (const unknownWeight of grid.unknownWeight) {
  for (const evidenceScale of grid.evidenceScale) {
    for (const answer of grid.answer) {
      for (const clarifyRatio of grid.clarifyRatio) {
        const k = createKnowledge({
          articlesDir: '',
          articles,
          scoring: { ...DEFAULT_SCORING, unknownWeight, evidenceScale },
          thresholds: { ...DEFAULT_THRESHOLDS, answer, clarifyRatio },
        });
        const r = evaluate(k.ask, items);
        rows.push({
          params: `unknownWeight=${unknownWeight} evidenceScale=${evidenceScale} answer=${answer} clarifyRatio=${clarifyRatio}`,
          balanced: (r.inScopeAccuracy + r.outOfScopeRejection) / 2,
          inScope: r.inScopeAccuracy,
          oos: r.outOfScopeRejection,
          strict: r.strictTop1,
        });
      }
    }
  }
}
rows.sort((a, b) => b.balanced - a.balanced || b.strict - a.strict);
const pct = (x: number) => `${(x * 100).toFixed(1).padStart(5)} %`;
const show = (r: Row) => `${pct(r.balanced)} balanced  ${pct(r.inScope)} in-scope  ${pct(r.oos)} rejected  ${pct(r.strict)} strict  ${r.params}`;
process.stdout.write(`${file}: ${items.length} questions, ${rows.length} settings\nbest:\n`);
for (const r of rows.slice(0, 15)) process.stdout.write(`  ${show(r)}\n`);
const current = `unknownWeight=${DEFAULT_SCORING.unknownWeight} evidenceScale=${DEFAULT_SCORING.evidenceScale} answer=${DEFAULT_THRESHOLDS.answer} clarifyRatio=${DEFAULT_THRESHOLDS.clarifyRatio}`;
const cur = rows.find((r) => r.params === current);
process.stdout.write(`current defaults:\n  ${cur ? show(cur) : current + ' (not on the grid)'}\n`);
