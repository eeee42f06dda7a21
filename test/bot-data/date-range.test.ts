import { parseRange } from '../../bot/reports';

const NOW = new Date('2025-03-31T22:30:00Z'); // already 1 April in Paris (UTC+2 since 30 March)

describe('report date ranges', () => {
  it('reads days as Paris calendar days, `to` included until its last millisecond', () => {
    const winter = parseRange({ from: '2025-01-10', to: '2025-01-12' }, NOW);
    expect(winter).toEqual({
      ok: true,
      range: { from: new Date('2025-01-09T23:00:00.000Z'), to: new Date('2025-01-12T22:59:59.999Z') },
      days: { from: '2025-01-10', to: '2025-01-12' },
    });
    // Across the switch to summer time (30 March 2025 at 02:00).
    const dst = parseRange({ from: '2025-03-30', to: '2025-03-30' }, NOW);
    expect(dst.ok && dst.range).toEqual({ from: new Date('2025-03-29T23:00:00.000Z'), to: new Date('2025-03-30T21:59:59.999Z') });
  });

  it('defaults to the last 30 days, today (in Paris) included', () => {
    expect(parseRange({}, NOW)).toMatchObject({ ok: true, days: { from: '2025-03-03', to: '2025-04-01' } });
    expect(parseRange({ to: '2025-02-28' }, NOW)).toMatchObject({ ok: true, days: { from: '2025-01-30', to: '2025-02-28' } });
    expect(parseRange({}, NOW, 'UTC')).toMatchObject({ ok: true, days: { to: '2025-03-31' } });
  });

  it('refuses malformed or impossible dates, and a reversed range, in French', () => {
    expect(parseRange({ from: '2025-02-30' }, NOW)).toEqual({ ok: false, message: expect.stringMatching(/^Date de début invalide \(from\) : format attendu AAAA-MM-JJ/) });
    expect(parseRange({ to: '31/03/2025' }, NOW)).toEqual({ ok: false, message: expect.stringMatching(/^Date de fin invalide \(to\)/) });
    expect(parseRange({ from: ['2025-01-01', '2025-01-02'] }, NOW)).toMatchObject({ ok: false });
    expect(parseRange({ from: '2025-03-10', to: '2025-03-01' }, NOW)).toEqual({
      ok: false,
      message: 'La date de début (2025-03-10) doit précéder la date de fin (2025-03-01).',
    });
  });
});
