import fs from 'node:fs';
import path from 'node:path';
import { createKnowledge } from '../../knowledge';
import { evaluate, parseEvalFile } from '../../knowledge/evaluate';

const root = path.join(__dirname, '..', '..');
const knowledge = createKnowledge({ articlesDir: path.join(root, 'knowledge', 'articles') });
const load = (...parts: string[]) => parseEvalFile(fs.readFileSync(path.join(root, 'knowledge', ...parts), 'utf8'));

/**
 * Regression floors a few points under the figures of knowledge/eval/README.md. These sets are
 * training data for the decision now: the honest figures are the blind sets' first runs.
 */
describe('retrieval accuracy', () => {
  it('meets the targets on the public dev set', () => {
    const r = evaluate(knowledge.ask, load('eval', 'dev-questions.jsonl'));
    expect(r.misses).toEqual([]);
    expect(r.inScopeAccuracy).toBe(1);
    expect(r.outOfScopeRejection).toBe(1);
  });

  it.each([
    [['calibration', 'questions.jsonl'], 0.95, 0.85],
    [['eval', 'realistic-questions.jsonl'], 0.97, 0.97],
    [['eval', 'blind', 'train-1.jsonl'], 0.96, 0.95],
    [['eval', 'blind', 'train-2.jsonl'], 0.94, 0.90],
    [['eval', 'blind', 'train-3.jsonl'], 0.95, 0.93],
    [['eval', 'blind', 'final-1.jsonl'], 0.93, 0.88],
    [['eval', 'blind', 'final-2.jsonl'], 0.93, 0.93],
    [['eval', 'blind', 'final-3.jsonl'], 0.93, 0.87],
    [['eval', 'blind', 'final-4.jsonl'], 0.92, 0.90],
    [['eval', 'blind', 'final-5.jsonl'], 0.96, 0.94],
    [['eval', 'blind', 'final-6.jsonl'], 0.95, 0.97],
    [['eval', 'blind', 'final-7.jsonl'], 0.93, 0.97],
    [['eval', 'blind', 'final-8.jsonl'], 0.97, 0.97],
    [['eval', 'blind', 'final-9.jsonl'], 0.96, 0.97],
    [['eval', 'blind', 'final-10.jsonl'], 0.96, 0.97],
    [['eval', 'blind', 'final-11.jsonl'], 0.96, 0.94],
    [['eval', 'blind', 'final-12.jsonl'], 0.96, 0.97],
    [['eval', 'blind', 'final-13.jsonl'], 0.97, 0.97],
    [['eval', 'blind', 'final-14.jsonl'], 0.93, 0.97],
    [['eval', 'blind', 'final-15.jsonl'], 0.97, 0.97],
    [['eval', 'blind', 'final-16.jsonl'], 0.96, 0.97],
    [['eval', 'blind', 'final-17.jsonl'], 0.97, 0.97],
    [['eval', 'blind', 'final-18.jsonl'], 0.95, 0.97],
    [['eval', 'blind', 'final-19.jsonl'], 0.95, 0.97],
    [['eval', 'blind', 'final-20.jsonl'], 0.96, 0.95],
    [['eval', 'blind', 'final-21.jsonl'], 0.95, 0.97],
    [['eval', 'blind', 'final-22.jsonl'], 0.96, 0.97],
    [['eval', 'blind', 'final-23.jsonl'], 0.96, 0.97],
    [['eval', 'blind', 'final-24.jsonl'], 0.97, 0.97],
    [['eval', 'blind', 'final-25.jsonl'], 0.95, 0.97],
    [['eval', 'blind', 'final-26.jsonl'], 0.95, 0.97],
    [['eval', 'blind', 'final-27.jsonl'], 0.96, 0.97],
    [['eval', 'blind', 'final-28.jsonl'], 0.96, 0.94],
    [['eval', 'blind', 'final-29.jsonl'], 0.96, 0.92],
    [['eval', 'blind', 'final-30.jsonl'], 0.94, 0.97],
    [['eval', 'blind', 'final-31.jsonl'], 0.96, 0.97],
    [['eval', 'blind', 'final-32.jsonl'], 0.95, 0.97],
    [['eval', 'blind', 'final-33.jsonl'], 0.96, 0.97],
    [['eval', 'blind', 'final-34.jsonl'], 0.96, 0.95],
    [['eval', 'blind', 'final-35.jsonl'], 0.96, 0.97],
    [['eval', 'blind', 'final-36.jsonl'], 0.94, 0.97],
    [['eval', 'blind', 'final-37.jsonl'], 0.96, 0.97],
    [['eval', 'blind', 'final-38.jsonl'], 0.96, 0.94],
    [['eval', 'blind', 'final-39.jsonl'], 0.96, 0.97],
    [['eval', 'blind', 'final-40.jsonl'], 0.96, 0.97],
    [['eval', 'blind', 'final-41.jsonl'], 0.95, 0.97],
    [['eval', 'blind', 'final-42.jsonl'], 0.95, 0.97],
    [['eval', 'blind', 'final-43.jsonl'], 0.95, 0.95],
    [['eval', 'blind', 'final-44.jsonl'], 0.96, 0.95],
    [['eval', 'blind', 'final-45.jsonl'], 0.96, 0.94],
    [['eval', 'blind', 'final-46.jsonl'], 0.96, 0.95],
    [['eval', 'blind', 'final-47.jsonl'], 0.95, 0.97],
    [['eval', 'blind', 'final-48.jsonl'], 0.95, 0.97],
    [['eval', 'blind', 'final-49.jsonl'], 0.94, 0.97],
    [['eval', 'blind', 'final-50.jsonl'], 0.95, 0.97],
    [['eval', 'blind', 'final-51.jsonl'], 0.96, 0.90],
    [['eval', 'blind', 'final-52.jsonl'], 0.96, 0.97],
    [['eval', 'blind', 'final-53.jsonl'], 0.94, 0.89],
    [['eval', 'blind', 'final-54.jsonl'], 0.94, 0.92],
    [['eval', 'blind', 'final-55.jsonl'], 0.94, 0.85],
    [['eval', 'blind', 'final-56.jsonl'], 0.97, 0.97],
    [['eval', 'blind', 'final-57.jsonl'], 0.97, 0.92],
    [['eval', 'blind', 'final-58.jsonl'], 0.96, 0.97],
    [['eval', 'blind', 'final-59.jsonl'], 0.96, 0.95],
    [['eval', 'blind', 'final-60.jsonl'], 0.96, 0.95],
    [['eval', 'blind', 'final-61.jsonl'], 0.97, 0.97],
    [['eval', 'blind', 'final-62.jsonl'], 0.96, 0.95],
    [['eval', 'blind', 'final-63.jsonl'], 0.96, 0.97],
    [['eval', 'blind', 'final-64.jsonl'], 0.97, 0.97],
    [['eval', 'blind', 'final-65.jsonl'], 0.92, 0.90],
    [['eval', 'blind', 'final-66.jsonl'], 0.94, 0.95],
    [['eval', 'blind', 'final-67.jsonl'], 0.96, 0.97],
    [['eval', 'blind', 'final-68.jsonl'], 0.96, 0.90],
    [['eval', 'blind', 'final-69.jsonl'], 0.95, 0.89],
    [['eval', 'blind', 'final-70.jsonl'], 0.96, 0.95],
    [['eval', 'blind', 'final-71.jsonl'], 0.92, 0.93],
    [['eval', 'blind', 'final-72.jsonl'], 0.96, 0.97],
    [['eval', 'blind', 'final-73.jsonl'], 0.97, 0.97],
    [['eval', 'blind', 'final-74.jsonl'], 0.97, 0.97],
    [['eval', 'blind', 'final-75.jsonl'], 0.97, 0.95],
    [['eval', 'blind', 'final-76.jsonl'], 0.97, 0.97],
    [['eval', 'blind', 'final-77.jsonl'], 0.96, 0.97],
    [['eval', 'blind', 'final-78.jsonl'], 0.96, 0.97],
    [['eval', 'blind', 'final-79.jsonl'], 0.96, 0.97],
    [['eval', 'blind', 'final-80.jsonl'], 0.95, 0.97],
    [['eval', 'blind', 'final-81.jsonl'], 0.95, 0.95],
    [['eval', 'blind', 'final-82.jsonl'], 0.97, 0.97],
    [['eval', 'blind', 'final-83.jsonl'], 0.94, 0.95],
    [['eval', 'blind', 'final-84.jsonl'], 0.97, 0.97],
    [['eval', 'blind', 'final-85.jsonl'], 0.96, 0.97],
    [['eval', 'blind', 'final-86.jsonl'], 0.97, 0.97],
    [['eval', 'blind', 'final-87.jsonl'], 0.96, 0.97],
    [['eval', 'blind', 'final-88.jsonl'], 0.96, 0.93],
    [['eval', 'blind', 'final-89.jsonl'], 0.97, 0.97],
    [['eval', 'blind', 'final-90.jsonl'], 0.96, 0.95],
    [['eval', 'blind', 'final-91.jsonl'], 0.96, 0.97],
    [['eval', 'blind', 'final-92.jsonl'], 0.95, 0.95],
    [['eval', 'blind', 'final-93.jsonl'], 0.96, 0.97],
    [['eval', 'blind', 'final-94.jsonl'], 0.95, 0.97],
    [['eval', 'blind', 'final-95.jsonl'], 0.97, 0.97],
    [['eval', 'blind', 'final-96.jsonl'], 0.96, 0.97],
    [['eval', 'blind', 'final-97.jsonl'], 0.97, 0.97],
    [['eval', 'blind', 'final-98.jsonl'], 0.96, 0.95],
    [['eval', 'blind', 'final-99.jsonl'], 0.96, 0.92],
    [['eval', 'blind', 'final-100.jsonl'], 0.96, 0.97],
    [['eval', 'blind', 'final-101.jsonl'], 0.94, 0.97],
    [['eval', 'blind', 'final-102.jsonl'], 0.96, 0.97],
    [['eval', 'blind', 'final-103.jsonl'], 0.96, 0.95],
    [['eval', 'blind', 'final-104.jsonl'], 0.94, 0.97],
    [['eval', 'blind', 'final-105.jsonl'], 0.92, 0.97],
    [['eval', 'blind', 'final-106.jsonl'], 0.97, 0.97],
    [['eval', 'blind', 'final-107.jsonl'], 0.95, 0.97],
    [['eval', 'blind', 'final-108.jsonl'], 0.97, 0.90],
    [['eval', 'blind', 'final-109.jsonl'], 0.93, 0.97],
    [['eval', 'blind', 'final-110.jsonl'], 0.96, 0.95],
  ])('does not regress on %j', (file, inScope, rejected) => {
    const r = evaluate(knowledge.ask, load(...file));
    expect(r.inScopeAccuracy).toBeGreaterThanOrEqual(inScope);
    expect(r.outOfScopeRejection).toBeGreaterThanOrEqual(rejected);
  });
});
