import fs from 'node:fs';
import path from 'node:path';
import { createKnowledge } from '../../knowledge';
import { evaluate, parseEvalFile } from '../../knowledge/evaluate';

const root = path.join(__dirname, '..', '..');
const knowledge = createKnowledge({ articlesDir: path.join(root, 'knowledge', 'articles') });
const load = (file: string) => parseEvalFile(fs.readFileSync(file, 'utf8'));

describe('retrieval accuracy', () => {
  const devFile = path.join(root, '..', 'shared', 'eval', 'dev-questions.jsonl');

  it('meets the targets on the public dev set', () => {
    const r = evaluate(knowledge.ask, load(devFile));
    expect(r.misses).toEqual([]);
    expect(r.inScopeAccuracy).toBeGreaterThanOrEqual(0.95);
    expect(r.outOfScopeRejection).toBe(1);
  });

  it('does not regress on the held-out calibration set', () => {
    const r = evaluate(knowledge.ask, load(path.join(root, 'knowledge', 'calibration', 'questions.jsonl')));
    // Floors a little under the figures in knowledge/README.md, to catch regressions.
    expect(r.inScopeAccuracy).toBeGreaterThanOrEqual(0.75);
    expect(r.outOfScopeRejection).toBeGreaterThanOrEqual(0.9);
  });
});
