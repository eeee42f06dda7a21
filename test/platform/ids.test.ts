import { createIdSource } from '../../platform/ids';

describe('random ids from a pool of entropy', () => {
  it('gives ids of the asked size, never twice, across pool refills', () => {
    const id = createIdSource();
    const seen = new Set<string>();
    // 12 bytes each: a 4 KB pool holds 341 of them, so this crosses several refills.
    for (let i = 0; i < 2000; i++) {
      const a = id('a', 12);
      expect(a).toMatch(/^a_[A-Za-z0-9_-]{16}$/);
      seen.add(a);
    }
    expect(seen.size).toBe(2000);
    expect(id('c')).toMatch(/^c_[A-Za-z0-9_-]{22}$/);
  });

  it('keeps two sources apart', () => {
    const a = createIdSource();
    const b = createIdSource();
    expect(a('x', 12)).not.toBe(b('x', 12));
  });
});
