/**
 * French public holidays (jours fériés), computed for any Gregorian year so the calendar never
 * needs a yearly data update: the eleven national days, and with `alsaceMoselle` the two local
 * ones of Bas-Rhin, Haut-Rhin and Moselle (Good Friday, 26 December). "Ponts" go in the
 * `closures` option.
 *
 * Dates here are civil days with no zone: 'YYYY-MM-DD', or a day number (days since 1970-01-01)
 * for arithmetic. `Date.UTC` is used only as a calendar calculator, never as a clock.
 */
export const DAY_MS = 86_400_000;

/** 'YYYY-MM-DD' → day number. */
export function dayNumber(iso: string): number {
  const [y, m, d] = iso.split('-').map(Number) as [number, number, number];
  return Date.UTC(y, m - 1, d) / DAY_MS;
}

/** Day number → 'YYYY-MM-DD'. */
export function isoDate(day: number): string {
  return new Date(day * DAY_MS).toISOString().slice(0, 10);
}

/** 'YYYY-MM-DD' naming a day of the calendar (not 2025-02-30, not 2025-13-01). */
export function isCalendarDay(s: string): boolean {
  return /^\d{4}-\d{2}-\d{2}$/.test(s) && isoDate(dayNumber(s)) === s;
}

function checkYear(year: number): void {
  // Before 1583 the Gregorian computus is meaningless; past 9999 ISO strings change shape.
  if (!Number.isInteger(year) || year < 1583 || year > 9999) {
    throw new Error(`hours: year must be an integer between 1583 and 9999, got ${year}`);
  }
}

/** Easter Sunday, anonymous Gregorian algorithm (Meeus/Jones/Butcher). */
export function easterSunday(year: number): string {
  checkYear(year);
  const a = year % 19;
  const b = Math.floor(year / 100);
  const c = year % 100;
  const d = Math.floor(b / 4);
  const e = b % 4;
  const f = Math.floor((b + 8) / 25);
  const g = Math.floor((b - f + 1) / 3);
  const h = (19 * a + b - d - g + 15) % 30;
  const i = Math.floor(c / 4);
  const k = c % 4;
  const l = (32 + 2 * e + 2 * i - h - k) % 7;
  const m = Math.floor((a + 11 * h + 22 * l) / 451);
  const month = Math.floor((h + l - 7 * m + 114) / 31);
  const day = ((h + l - 7 * m + 114) % 31) + 1;
  return isoDate(Date.UTC(year, month - 1, day) / DAY_MS);
}

/** The eleven national holidays of `year` (thirteen with Alsace-Moselle's), sorted, as 'YYYY-MM-DD'. */
export function frenchPublicHolidays(year: number, options: { alsaceMoselle?: boolean } = {}): string[] {
  const easter = dayNumber(easterSunday(year));
  const fixed = ['01-01', '05-01', '05-08', '07-14', '08-15', '11-01', '11-11', '12-25', ...(options.alsaceMoselle ? ['12-26'] : [])].map(
    (md) => `${year}-${md}`,
  );
  // Easter Monday, Ascension, Whit Monday (and Good Friday in Alsace-Moselle).
  const movable = [...(options.alsaceMoselle ? [-2] : []), 1, 39, 50].map((offset) => isoDate(easter + offset));
  // Ascension can fall on 1 or 8 May (2008, 2285…): one closed day, listed once.
  return [...new Set([...fixed, ...movable])].sort();
}
