import type { SupportHours } from '../../bot/ports';
import { createBusinessHours, DEFAULT_HOURS_OPTIONS, easterSunday, frenchPublicHolidays, type HoursOptions } from '../../hours';

// Every instant below is written in UTC; the comment gives the Paris wall-clock time.
const at = (iso: string) => new Date(iso);
const iso = (d: Date | null) => d?.toISOString() ?? null;

const allWeek = (start: string, end: string): HoursOptions['weekly'] => {
  const ps = [{ start, end }];
  return { 0: ps, 1: ps, 2: ps, 3: ps, 4: ps, 5: ps, 6: ps };
};

describe('French public holidays', () => {
  it.each([
    [2024, '2024-03-31'],
    [2025, '2025-04-20'],
    [2026, '2026-04-05'],
    [2038, '2038-04-25'], // the latest possible Easter
  ])('Easter %i is %s', (year, expected) => {
    expect(easterSunday(year)).toBe(expected);
  });

  it('places the movable holidays', () => {
    expect(frenchPublicHolidays(2027)).toContain('2027-03-29'); // Easter Monday
    expect(frenchPublicHolidays(2026)).toContain('2026-05-14'); // Ascension
    expect(frenchPublicHolidays(2028)).toContain('2028-06-05'); // Whit Monday
  });

  it('lists all eleven 2026 holidays, in order', () => {
    expect(frenchPublicHolidays(2026)).toEqual([
      '2026-01-01', '2026-04-06', '2026-05-01', '2026-05-08', '2026-05-14', '2026-05-25',
      '2026-07-14', '2026-08-15', '2026-11-01', '2026-11-11', '2026-12-25',
    ]);
  });

  it('adds Good Friday and 26 December for Alsace-Moselle, as a setting of the calendar', () => {
    const local = frenchPublicHolidays(2026, { alsaceMoselle: true });
    expect(local).toHaveLength(13);
    expect(local).toEqual(expect.arrayContaining(['2026-04-03', '2026-12-26']));
    // Good Friday 2026 (3 April, 10:00 in Paris): open for the nation, closed in Strasbourg.
    const goodFriday = new Date('2026-04-03T08:00:00Z');
    expect(createBusinessHours().isOpen(goodFriday)).toBe(true);
    const strasbourg = createBusinessHours({ alsaceMoselle: true });
    expect(strasbourg.isOpen(goodFriday)).toBe(false);
    expect(strasbourg.nextOpening(goodFriday)?.toISOString()).toBe('2026-04-07T06:30:00.000Z');
  });

  it('lists a day once when Ascension falls on 1 May (2008), and rejects non-Gregorian years', () => {
    const list = frenchPublicHolidays(2008);
    expect(list).toHaveLength(10);
    expect(list.slice(0, 3)).toEqual(['2008-01-01', '2008-03-24', '2008-05-01']);
    expect(() => frenchPublicHolidays(1500)).toThrow(/^hours: year/);
    expect(() => frenchPublicHolidays(2026.5)).toThrow(/^hours: year/);
  });
});

describe('business hours, default Paris calendar', () => {
  const hours = createBusinessHours();

  it('implements the bot’s SupportHours port and describes itself in French', () => {
    const port: SupportHours = hours;
    expect(port.isOpen(at('2026-01-12T09:00:00Z'))).toBe(true);
    expect(hours.describe()).toBe('du lundi au vendredi de 8h30 à 18h30, hors jours fériés');
  });

  it('is open on Friday at 18:29 and closed at 18:31, in winter and in summer', () => {
    expect(hours.isOpen(at('2026-01-09T17:29:00Z'))).toBe(true); // Fri 18:29 CET
    expect(hours.isOpen(at('2026-01-09T17:31:00Z'))).toBe(false); // Fri 18:31 CET
    expect(hours.isOpen(at('2026-06-12T16:29:00Z'))).toBe(true); // Fri 18:29 CEST
    expect(hours.isOpen(at('2026-06-12T16:31:00Z'))).toBe(false); // Fri 18:31 CEST
    expect(iso(hours.currentPeriodEnd(at('2026-06-12T16:29:00Z')))).toBe('2026-06-12T16:30:00.000Z');
    expect(hours.currentPeriodEnd(at('2026-06-12T16:31:00Z'))).toBeNull();
  });

  it('opens again on Monday at 08:30 after a Friday evening', () => {
    const friday = at('2026-01-09T17:31:00Z'); // Fri 18:31 CET
    expect(iso(hours.nextOpening(friday))).toBe('2026-01-12T07:30:00.000Z');
    expect(hours.formatNextOpening(friday)).toBe('lundi à 8h30');
  });

  it('skips a public holiday from its eve', () => {
    const eve = at('2026-05-13T17:00:00Z'); // Wed 19:00 CEST, Ascension on Thursday
    expect(hours.isOpen(at('2026-05-14T08:00:00Z'))).toBe(false);
    expect(iso(hours.nextOpening(eve))).toBe('2026-05-15T06:30:00.000Z');
    expect(hours.formatNextOpening(eve)).toBe('vendredi à 8h30');
    expect(iso(hours.nextOpening(at('2026-07-13T17:00:00Z')))).toBe('2026-07-15T06:30:00.000Z'); // 14 July
  });

  it('opens later the same day when asked before opening', () => {
    const early = at('2026-01-12T06:00:00Z'); // Mon 07:00 CET
    expect(hours.isOpen(early)).toBe(false);
    expect(iso(hours.nextOpening(early))).toBe('2026-01-12T07:30:00.000Z');
    expect(hours.formatNextOpening(early)).toBe('aujourd’hui à 8h30');
  });

  it('when open, gives the next period after the current one; an opening instant counts as open', () => {
    const monday0830 = at('2026-01-12T07:30:00Z');
    expect(hours.isOpen(monday0830)).toBe(true);
    expect(iso(hours.nextOpening(monday0830))).toBe('2026-01-13T07:30:00.000Z');
    expect(hours.formatNextOpening(monday0830)).toBe('demain à 8h30');
  });

  it('opens on the Monday after the spring and autumn clock changes at the right UTC instant', () => {
    expect(iso(hours.nextOpening(at('2026-03-27T18:00:00Z')))).toBe('2026-03-30T06:30:00.000Z'); // now CEST
    expect(iso(hours.nextOpening(at('2026-10-23T17:00:00Z')))).toBe('2026-10-26T07:30:00.000Z'); // now CET
  });

  it('rejects an invalid date', () => {
    expect(() => hours.isOpen(new Date('nope'))).toThrow('hours: invalid date');
  });
});

describe('daylight-saving switch days (open every day)', () => {
  const hours = createBusinessHours({ weekly: allWeek('08:30', '18:30'), holidays: false });

  it('opens at 08:30 Paris = 06:30Z on 2026-03-29 (spring forward)', () => {
    expect(hours.isOpen(at('2026-03-29T06:29:00Z'))).toBe(false);
    expect(hours.isOpen(at('2026-03-29T06:30:00Z'))).toBe(true);
    expect(iso(hours.nextOpening(at('2026-03-28T20:00:00Z')))).toBe('2026-03-29T06:30:00.000Z');
  });

  it('opens at 08:30 Paris = 07:30Z on 2026-10-25 (fall back)', () => {
    expect(hours.isOpen(at('2026-10-25T07:29:00Z'))).toBe(false);
    expect(hours.isOpen(at('2026-10-25T07:30:00Z'))).toBe(true);
    expect(iso(hours.nextOpening(at('2026-10-24T20:00:00Z')))).toBe('2026-10-25T07:30:00.000Z');
  });

  it('measures a night period across the switch in real time, and moves a skipped time forward', () => {
    const night = createBusinessHours({ weekly: allWeek('01:00', '04:00'), holidays: false });
    expect(iso(night.currentPeriodEnd(at('2026-03-29T00:30:00Z')))).toBe('2026-03-29T02:00:00.000Z'); // 2 h
    expect(iso(night.currentPeriodEnd(at('2026-10-24T23:30:00Z')))).toBe('2026-10-25T03:00:00.000Z'); // 4 h
    const gap = createBusinessHours({ weekly: allWeek('02:30', '05:00'), holidays: false });
    // 02:30 does not exist on 29 March: it becomes 03:30 CEST; on 25 October the first 02:30 wins.
    expect(iso(gap.nextOpening(at('2026-03-28T23:00:00Z')))).toBe('2026-03-29T01:30:00.000Z');
    expect(iso(gap.nextOpening(at('2026-10-24T22:00:00Z')))).toBe('2026-10-25T00:30:00.000Z');
  });
});

describe('configured calendars', () => {
  it('skips a long weekend with an extra closure from config (Ascension bridge)', () => {
    const hours = createBusinessHours({ closures: ['2026-05-15'] });
    const wednesday = at('2026-05-13T16:31:00Z'); // Wed 18:31 CEST
    expect(iso(hours.nextOpening(wednesday))).toBe('2026-05-18T06:30:00.000Z');
    expect(hours.formatNextOpening(wednesday)).toBe('lundi à 8h30');
    expect(hours.describe()).toBe('du lundi au vendredi de 8h30 à 18h30, hors jours fériés et fermetures exceptionnelles');
  });

  it('skips an Easter weekend widened by a closure, across the spring clock change', () => {
    const hours = createBusinessHours({ closures: ['2027-03-26'] });
    expect(iso(hours.nextOpening(at('2027-03-25T18:00:00Z')))).toBe('2027-03-30T06:30:00.000Z'); // Tue 08:30 CEST
  });

  it('writes a far opening with its date', () => {
    const christmas = createBusinessHours({ closures: ['2023-12-26', '2023-12-27', '2023-12-28', '2023-12-29'] });
    expect(christmas.formatNextOpening(at('2023-12-22T18:00:00Z'))).toBe('le mardi 2 janvier 2024 à 8h30');
    const november = createBusinessHours({ closures: ['2025-11-24', '2025-11-25', '2025-11-26', '2025-11-27', '2025-11-28'] });
    expect(november.formatNextOpening(at('2025-11-21T18:00:00Z'))).toBe('le lundi 1er décembre à 8h30');
  });

  it('handles a lunch break', () => {
    const lunch = [{ start: '14:00', end: '18:30' }, { start: '08:30', end: '12:00' }]; // any order
    const hours = createBusinessHours({ weekly: { 0: [], 1: lunch, 2: lunch, 3: lunch, 4: lunch, 5: lunch, 6: [{ start: '09:00', end: '12:00' }] } });
    expect(hours.describe()).toBe(
      'du lundi au vendredi de 8h30 à 12h et de 14h à 18h30, le samedi de 9h à 12h, hors jours fériés',
    );
    expect(hours.isOpen(at('2026-01-12T10:59:00Z'))).toBe(true); // Mon 11:59
    expect(iso(hours.currentPeriodEnd(at('2026-01-12T10:59:00Z')))).toBe('2026-01-12T11:00:00.000Z');
    expect(iso(hours.nextOpening(at('2026-01-12T10:59:00Z')))).toBe('2026-01-12T13:00:00.000Z');
    const lunchTime = at('2026-01-12T11:30:00Z'); // Mon 12:30
    expect(hours.isOpen(lunchTime)).toBe(false);
    expect(hours.formatNextOpening(lunchTime)).toBe('aujourd’hui à 14h');
    expect(hours.formatNextOpening(at('2026-01-09T18:00:00Z'))).toBe('demain à 9h'); // Fri 19:00 → Sat
  });

  it('follows another configured zone', () => {
    const tokyo = createBusinessHours({ timeZone: 'Asia/Tokyo', holidays: false });
    expect(iso(tokyo.nextOpening(at('2026-01-09T12:00:00Z')))).toBe('2026-01-11T23:30:00.000Z'); // Mon 08:30 JST
  });

  it('merges options over frozen defaults, treating undefined as absent', () => {
    expect(Object.isFrozen(DEFAULT_HOURS_OPTIONS) && Object.isFrozen(DEFAULT_HOURS_OPTIONS.weekly)).toBe(true);
    const hours = createBusinessHours({ timeZone: undefined, holidays: false });
    expect(hours.describe()).toBe('du lundi au vendredi de 8h30 à 18h30');
    expect(hours.isOpen(at('2026-05-14T08:00:00Z'))).toBe(true); // Ascension, holidays off
  });

  it('returns null when it never opens', () => {
    const never = createBusinessHours({ weekly: { 0: [], 1: [], 2: [], 3: [], 4: [], 5: [], 6: [] }, holidays: false });
    expect(never.nextOpening(at('2026-01-12T10:00:00Z'))).toBeNull();
    expect(never.formatNextOpening(at('2026-01-12T10:00:00Z'))).toBeNull();
    expect(never.describe()).toBe('aucune plage d’ouverture');
  });

  it.each<[string, unknown, RegExp]>([
    ['start after end', { weekly: { ...allWeek('08:30', '18:30'), 1: [{ start: '18:00', end: '09:00' }] } }, /weekly\.1\.0: start must be before end/],
    ['overlapping periods', { weekly: { ...allWeek('08:30', '18:30'), 2: [{ start: '08:30', end: '12:00' }, { start: '11:00', end: '14:00' }] } }, /weekly\.2: periods overlap/],
    ['malformed time', { weekly: allWeek('8:30', '18:30') }, /start: expected HH:MM/],
    ['24:00', { weekly: allWeek('08:30', '24:00') }, /end: expected HH:MM/],
    ['unknown weekday', { weekly: { ...allWeek('08:30', '18:30'), 7: [] } }, /weekly/],
    ['impossible closure', { closures: ['2026-02-30'] }, /closures\.0: not a calendar date/],
    ['unknown zone', { timeZone: 'Europe/Atlantis' }, /timeZone: unknown time zone/],
    ['unknown option', { opensOnSunday: true }, /opensOnSunday/],
  ])('rejects an invalid config: %s', (_name, options, message) => {
    const create = () => createBusinessHours(options as Partial<HoursOptions>);
    expect(create).toThrow(/^hours: invalid business hours/);
    expect(create).toThrow(message);
  });
});
