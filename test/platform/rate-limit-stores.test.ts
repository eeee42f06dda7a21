import { MemoryRateLimitStore } from '../../platform/http/memory-rate-limit-store';
import { createSocketRateLimiter } from '../../platform/http/socket-rate-limit';

const manualClock = (iso: string) => {
  let t = Date.parse(iso);
  return { now: () => new Date(t), advance: (ms: number) => void (t += ms) };
};

describe('rate limits in memory: the database store’s fixed windows', () => {
  it('counts hits per key in a window that the first hit opens', async () => {
    const clock = manualClock('2026-12-01T10:00:00Z');
    const store = new MemoryRateLimitStore(clock, 10_000);
    expect(store.hit('a')).toEqual({ totalHits: 1, resetTime: new Date('2026-12-01T10:00:10Z') });
    clock.advance(4_000);
    expect(store.hit('a').totalHits).toBe(2);
    expect((await store.increment('b')).totalHits).toBe(1);
    clock.advance(6_000);
    // The window of «a» ended: a new one opens.
    expect(store.hit('a')).toEqual({ totalHits: 1, resetTime: new Date('2026-12-01T10:00:20Z') });
    expect(await store.get('b')).toEqual({ totalHits: 1, resetTime: new Date('2026-12-01T10:00:14Z') });
    clock.advance(4_000);
    expect(await store.get('b')).toBeUndefined();
    await store.decrement('a');
    expect((await store.get('a'))?.totalHits).toBe(0);
    await store.resetKey('a');
    expect(await store.get('a')).toBeUndefined();
  });

  it('gives a socket its budget per window, refused events included', () => {
    const clock = manualClock('2026-12-01T10:00:00Z');
    const limiter = createSocketRateLimiter({ max: 3, windowMs: 10_000 }, clock);
    expect([limiter.take(), limiter.take(), limiter.take(), limiter.take()]).toEqual([true, true, true, false]);
    clock.advance(9_999);
    expect(limiter.take()).toBe(false);
    clock.advance(1);
    expect(limiter.take()).toBe(true);
  });
});
