import { TZDate, tzOffset } from '@date-fns/tz';
import { wallTime } from '../protocol/french-dates';
import { DAY_MS, dayNumber, isoDate } from './holidays';

/**
 * Calendar arithmetic in a zone, on `@date-fns/tz`: the instant a wall-clock time happens, the
 * zone's day of an instant. Days are 'YYYY-MM-DD' strings; `Date.UTC` serves only as a calendar
 * calculator on them, never as a clock.
 */
/** 'YYYY-MM-DD' of `at` in `timeZone`. */
export function dayOf(at: Date, timeZone: string): string {
  const t = wallTime(at, timeZone);
  return `${t.year}-${String(t.month).padStart(2, '0')}-${String(t.day).padStart(2, '0')}`;
}

/** The day `days` after `day` (negative: before). */
export function addDays(day: string, days: number): string {
  return isoDate(dayNumber(day) + days);
}

/** Whole days from the day of `from` to the day of `to`, on the zone's calendar (not 24-hour slices). */
export function daysBetween(from: Date, to: Date, timeZone: string): number {
  return dayNumber(dayOf(to, timeZone)) - dayNumber(dayOf(from, timeZone));
}

/**
 * The instant the wall-clock time `minutes` after midnight of `day` happens in `timeZone`. In the
 * autumn fold (the hour happens twice) the earlier; in the spring gap (it never happens) the time
 * moves forward by the gap — Temporal's «compatible» rule.
 */
export function instantAt(day: string, minutes: number, timeZone: string): Date {
  const [y, m, d] = day.split('-').map(Number) as [number, number, number];
  const t = new TZDate(y, m - 1, d, Math.floor(minutes / 60), minutes % 60, timeZone).getTime();
  // In a fold TZDate gives the later reading: the earlier one, when it exists, wins.
  const shift = tzOffset(timeZone, new Date(t - DAY_MS)) - tzOffset(timeZone, new Date(t));
  if (shift > 0) {
    const earlier = new Date(t - shift * 60_000);
    const w = wallTime(earlier, timeZone);
    if (dayOf(earlier, timeZone) === day && w.hour * 60 + w.minute === minutes) return earlier;
  }
  return new Date(t);
}

/** The instant `day` starts in `timeZone`. */
export function startOfDay(day: string, timeZone: string): Date {
  return instantAt(day, 0, timeZone);
}

/** Each day from `from` to `to` (both included) with the instants it starts and ends (epoch ms, end excluded). */
export function dayBuckets(from: string, to: string, timeZone: string): { day: string; start: number; end: number }[] {
  const out: { day: string; start: number; end: number }[] = [];
  for (let day = from; day <= to; day = addDays(day, 1)) {
    out.push({ day, start: startOfDay(day, timeZone).getTime(), end: startOfDay(addDays(day, 1), timeZone).getTime() });
  }
  return out;
}

/**
 * The weeks (Monday to Sunday) that hold the days from `from` to `to`, each labelled by its Monday,
 * cut to the period: the first and last may be shorter than seven days.
 */
export function weekBuckets(from: string, to: string, timeZone: string): { day: string; start: number; end: number }[] {
  const out: { day: string; start: number; end: number }[] = [];
  const weekday = (day: string) => (new Date(`${day}T00:00:00Z`).getUTCDay() + 6) % 7; // Monday 0
  for (let monday = addDays(from, -weekday(from)); monday <= to; monday = addDays(monday, 7)) {
    const first = monday < from ? from : monday;
    const last = addDays(monday, 6) > to ? to : addDays(monday, 6);
    out.push({ day: monday, start: startOfDay(first, timeZone).getTime(), end: startOfDay(addDays(last, 1), timeZone).getTime() });
  }
  return out;
}
