import { formatParisClock, formatParisDateTime, formatParisShortDateTime } from '../../protocol/french-dates';

/** One way to write a time everywhere («10h05», «9h»), in Paris time whatever the machine's zone. */
describe('French dates in Paris time', () => {
  it.each([
    ['2026-12-01T09:00:00Z', '10h', '01/12/2026 à 10h', 'mardi 1er décembre 2026 à 10h'],
    ['2026-07-14T06:05:00Z', '8h05', '14/07/2026 à 8h05', 'mardi 14 juillet 2026 à 8h05'],
    // The night of the change to winter time: 00:30 UTC is 2h30 in Paris.
    ['2026-10-25T00:30:00Z', '2h30', '25/10/2026 à 2h30', 'dimanche 25 octobre 2026 à 2h30'],
  ])('%s', (iso, clock, short, long) => {
    const d = new Date(iso);
    expect(formatParisClock(d)).toBe(clock);
    expect(formatParisShortDateTime(d)).toBe(short);
    expect(formatParisDateTime(d)).toBe(long);
  });

  it('writes another zone when told', () => {
    expect(formatParisShortDateTime(new Date('2026-12-01T09:00:00Z'), 'America/Cayenne')).toBe('01/12/2026 à 6h');
  });
});
