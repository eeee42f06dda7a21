import { dayBuckets, weekBuckets } from '../../hours';

const hours = (b: { start: number; end: number }) => (b.end - b.start) / 3_600_000;

describe('the days and weeks of a report, on the Paris calendar', () => {
  it('gives each day its own length: 23 hours on the spring change, 25 on the autumn one', () => {
    const spring = dayBuckets('2026-03-28', '2026-03-30', 'Europe/Paris');
    expect(spring.map((d) => [d.day, hours(d)])).toEqual([['2026-03-28', 24], ['2026-03-29', 23], ['2026-03-30', 24]]);
    expect(new Date(spring[0]!.start).toISOString()).toBe('2026-03-27T23:00:00.000Z');
    expect(dayBuckets('2026-10-25', '2026-10-25', 'Europe/Paris').map(hours)).toEqual([25]);
    for (let i = 1; i < spring.length; i++) expect(spring[i]!.start).toBe(spring[i - 1]!.end);
  });

  it('labels weeks by their Monday and cuts the first and last to the period', () => {
    const weeks = weekBuckets('2026-03-28', '2026-04-07', 'Europe/Paris');
    expect(weeks.map((w) => w.day)).toEqual(['2026-03-23', '2026-03-30', '2026-04-06']);
    expect(weeks.map(hours)).toEqual([47, 7 * 24, 48]);
  });
});
