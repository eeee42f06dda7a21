import { createSerial, createTurnQueue } from '../../platform/keyed-queue';

const tick = () => new Promise((r) => setTimeout(r, 5));

describe('one at a time', () => {
  it('runs a serial chain in order, a failure not stopping the next task', async () => {
    const serial = createSerial();
    const seen: string[] = [];
    const slow = serial(async () => {
      await tick();
      seen.push('slow');
      throw new Error('boom');
    });
    const fast = serial(async () => {
      seen.push('fast');
      return 2;
    });
    await expect(slow).rejects.toThrow('boom');
    await expect(fast).resolves.toBe(2);
    expect(seen).toEqual(['slow', 'fast']);
  });

  it('keeps each key in order, runs keys in parallel, forgets idle keys and waits for all', async () => {
    const q = createTurnQueue();
    const seen: string[] = [];
    const task = (name: string, ms: number) => async () => {
      await new Promise((r) => setTimeout(r, ms));
      seen.push(name);
    };
    const a1 = q.run('a', task('a1', 20));
    const a2 = q.run('a', task('a2', 1));
    const b1 = q.run('b', task('b1', 1));
    await Promise.all([a1, a2, b1]);
    expect(seen.indexOf('a1')).toBeLessThan(seen.indexOf('a2'));
    expect(seen.indexOf('b1')).toBeLessThan(seen.indexOf('a1'));
    void q.run('c', task('c1', 10));
    await q.idle();
    expect(seen).toContain('c1');
  });
});
