import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { GUARD_BLIND_LINES, loadGuardSets } from '../../knowledge/base/guard-sets';

const line = (q: string) => JSON.stringify({ q, expect: ['fallback'] });

describe('the guard’s labelled sets', () => {
  it('takes the public sets and the most recent blind sets within its budget of questions', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'relais-guard-'));
    try {
      fs.mkdirSync(path.join(dir, 'blind'));
      fs.writeFileSync(path.join(dir, 'dev-questions.jsonl'), [line('a'), line('b')].join('\n'));
      fs.writeFileSync(path.join(dir, 'realistic-questions.jsonl'), line('c'));
      for (const name of ['train-1', 'final-2', 'final-10']) fs.writeFileSync(path.join(dir, 'blind', `${name}.jsonl`), [1, 2, 3].map((i) => line(`${name} ${i}`)).join('\n'));
      // Six questions of blind sets: final-10 and final-2 (the most recent), not train-1.
      expect(loadGuardSets(dir, 6).map((s) => [s.name, s.items.length])).toEqual([
        ['dev-questions', 2],
        ['realistic-questions', 1],
        ['blind/final-2', 3],
        ['blind/final-10', 3],
      ]);
      expect(loadGuardSets(dir, 100).map((s) => s.name)).toEqual(['dev-questions', 'realistic-questions', 'blind/final-2', 'blind/final-10', 'blind/train-1']);
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });

  it('keeps the project’s check within its budget, with the newest blind set in it', () => {
    const evalDir = path.join(__dirname, '..', '..', 'knowledge', 'eval');
    const sets = loadGuardSets(evalDir);
    const blind = sets.filter((s) => s.name.startsWith('blind/'));
    expect(blind.reduce((n, s) => n + s.items.length, 0)).toBeLessThanOrEqual(GUARD_BLIND_LINES);
    const newest = Math.max(...fs.readdirSync(path.join(evalDir, 'blind')).map((f) => Number(/^final-(\d+)/.exec(f)?.[1] ?? -1)));
    expect(blind.map((s) => s.name)).toContain(`blind/final-${newest}`);
    expect(sets.slice(0, 2).map((s) => s.name)).toEqual(['dev-questions', 'realistic-questions']);
  });
});
