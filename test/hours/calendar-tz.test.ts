import { execFile } from 'node:child_process';
import path from 'node:path';
import { promisify } from 'node:util';

/**
 * The calendar must not depend on the server's own zone. `TZ` is read when a process starts, so
 * the key assertions of hours.test.ts run in child processes started with another `TZ`.
 */
const run = promisify(execFile);
const root = path.join(__dirname, '..', '..');

const script = `
const { createBusinessHours, easterSunday, frenchPublicHolidays } = require(${JSON.stringify(path.join(root, 'hours'))});
const at = (s) => new Date(s);
const iso = (d) => (d ? d.toISOString() : null);
const day = [{ start: '08:30', end: '18:30' }];
const hours = createBusinessHours();
const everyDay = createBusinessHours({ weekly: { 0: day, 1: day, 2: day, 3: day, 4: day, 5: day, 6: day }, holidays: false });
const bridge = createBusinessHours({ closures: ['2026-05-15'] });
const lunch = [{ start: '08:30', end: '12:00' }, { start: '14:00', end: '18:30' }];
const lunchHours = createBusinessHours({ weekly: { 0: [], 1: lunch, 2: lunch, 3: lunch, 4: lunch, 5: lunch, 6: [] } });
process.stdout.write(JSON.stringify({
  zone: Intl.DateTimeFormat().resolvedOptions().timeZone,
  easter: [2024, 2025, 2026, 2038].map(easterSunday),
  holidays2026: frenchPublicHolidays(2026),
  friday1829: hours.isOpen(at('2026-01-09T17:29:00Z')),
  friday1831: hours.isOpen(at('2026-01-09T17:31:00Z')),
  afterFriday: iso(hours.nextOpening(at('2026-01-09T17:31:00Z'))),
  afterFridayText: hours.formatNextOpening(at('2026-01-09T17:31:00Z')),
  holidayEve: iso(hours.nextOpening(at('2026-05-13T17:00:00Z'))),
  beforeOpening: hours.formatNextOpening(at('2026-01-12T06:00:00Z')),
  longWeekend: iso(bridge.nextOpening(at('2026-05-13T16:31:00Z'))),
  springOpen: [everyDay.isOpen(at('2026-03-29T06:29:00Z')), everyDay.isOpen(at('2026-03-29T06:30:00Z'))],
  autumnOpen: [everyDay.isOpen(at('2026-10-25T07:29:00Z')), everyDay.isOpen(at('2026-10-25T07:30:00Z'))],
  afterLunch: lunchHours.formatNextOpening(at('2026-01-12T11:30:00Z')),
  describe: lunchHours.describe(),
}));
`;

const expected = {
  easter: ['2024-03-31', '2025-04-20', '2026-04-05', '2038-04-25'],
  holidays2026: [
    '2026-01-01', '2026-04-06', '2026-05-01', '2026-05-08', '2026-05-14', '2026-05-25',
    '2026-07-14', '2026-08-15', '2026-11-01', '2026-11-11', '2026-12-25',
  ],
  friday1829: true,
  friday1831: false,
  afterFriday: '2026-01-12T07:30:00.000Z',
  afterFridayText: 'lundi à 8h30',
  holidayEve: '2026-05-15T06:30:00.000Z',
  beforeOpening: 'aujourd’hui à 8h30',
  longWeekend: '2026-05-18T06:30:00.000Z',
  springOpen: [false, true],
  autumnOpen: [false, true],
  afterLunch: 'aujourd’hui à 14h',
  describe: 'du lundi au vendredi de 8h30 à 12h et de 14h à 18h30, hors jours fériés',
};

describe.each(['America/New_York', 'Asia/Tokyo'])('business hours in a server running with TZ=%s', (tz) => {
  it('gives the same Paris answers', async () => {
    const { stdout } = await run(process.execPath, ['--import', 'tsx', '-e', script], {
      cwd: root,
      env: { ...process.env, TZ: tz },
    });
    // The zone really is the server's, otherwise this test would prove nothing.
    expect(JSON.parse(stdout)).toEqual({ zone: tz, ...expected });
  });
});
