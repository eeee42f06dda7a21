import { z } from 'zod';
import { clockText, DAY_NAMES, SUPPORT_TIME_ZONE } from '../protocol/french-dates';
import { DAY_MS, dayNumber, frenchPublicHolidays, isCalendarDay, isoDate } from './holidays';
import { formatOpening } from './opening-text';
import { dayOf, instantAt } from './zone';

/**
 * The support's business-hours calendar. Every wall-clock question ("is it 18:29 on a Friday in
 * Paris?") is answered in the configured zone (zone.ts), never with the process's local-time
 * getters, so a server running in UTC, New York or Tokyo gives the same answers.
 */

/** 0 = Sunday, as `Date#getUTCDay`. */
export type Weekday = 0 | 1 | 2 | 3 | 4 | 5 | 6;
/** One opening period of a day, 'HH:MM' wall-clock times in the zone, start < end. */
export type Period = Readonly<{ start: string; end: string }>;

export interface HoursOptions {
  timeZone: string;
  /** Periods per weekday; several allow a lunch break. Replaced as a whole when given. */
  weekly: Readonly<Record<Weekday, readonly Period[]>>;
  /** Extra closed days from config, 'YYYY-MM-DD'. */
  closures: readonly string[];
  /** Closed on French public holidays. */
  holidays: boolean;
  /** Also closed on Alsace-Moselle's two local holidays (Good Friday, 26 December). */
  alsaceMoselle: boolean;
}

export interface BusinessHours {
  isOpen(now: Date): boolean;
  /** Start of the first period starting strictly after `now` (so after the current one when open). */
  nextOpening(now: Date): Date | null;
  /** End of the period `now` is in, or null when closed. */
  currentPeriodEnd(now: Date): Date | null;
  /** « du lundi au vendredi de 8h30 à 18h30, hors jours fériés » */
  describe(): string;
  /** « aujourd’hui à 14h », « demain à 8h30 », « lundi à 8h30 », « le mardi 2 janvier à 8h30 » (formatOpening) */
  formatNextOpening(now: Date): string | null;
}

const weekdays: Period[] = [{ start: '08:30', end: '18:30' }];
export const DEFAULT_HOURS_OPTIONS: Readonly<HoursOptions> = Object.freeze({
  timeZone: SUPPORT_TIME_ZONE,
  weekly: Object.freeze({ 0: [], 1: weekdays, 2: weekdays, 3: weekdays, 4: weekdays, 5: weekdays, 6: [] }),
  closures: Object.freeze([]),
  holidays: true,
  alsaceMoselle: false,
});

/** A year and a month of horizon: enough for any real closure, bounded for a broken config. */
const HORIZON_DAYS = 400;

const time = z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/, 'expected HH:MM between 00:00 and 23:59');
const period = z.strictObject({ start: time, end: time }).refine((p) => p.start < p.end, 'start must be before end');
const day = z
  .array(period)
  .transform((ps) => [...ps].sort((a, b) => (a.start < b.start ? -1 : 1)))
  // Touching periods are rejected too: "open until 12:00" then "open from 12:00" is one period.
  .refine((ps) => ps.every((p, i) => i === 0 || ps[i - 1]!.end < p.start), 'periods overlap or touch')
  .default([]);
const isoDay = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, 'expected YYYY-MM-DD')
  .refine(isCalendarDay, 'not a calendar date');
const isTimeZone = (tz: string) => {
  try {
    new Intl.DateTimeFormat('en-US', { timeZone: tz });
    return true;
  } catch {
    return false;
  }
};
const OptionsSchema = z.strictObject({
  timeZone: z.string().refine(isTimeZone, 'unknown time zone'),
  weekly: z.strictObject({ 0: day, 1: day, 2: day, 3: day, 4: day, 5: day, 6: day }),
  closures: z.array(isoDay),
  holidays: z.boolean(),
  alsaceMoselle: z.boolean(),
});

function resolveOptions(options: Partial<HoursOptions>): HoursOptions {
  // Explicit `undefined` means "use the default", as a config loader may well produce it.
  const given = Object.fromEntries(Object.entries(options).filter(([, v]) => v !== undefined));
  const parsed = OptionsSchema.safeParse({ ...DEFAULT_HOURS_OPTIONS, ...given });
  if (!parsed.success) {
    const issues = parsed.error.issues.map((i) => `${i.path.join('.') || 'options'}: ${i.message}`);
    throw new Error(`hours: invalid business hours (${issues.join('; ')})`);
  }
  return parsed.data;
}

const minutes = (hhmm: string) => Number(hhmm.slice(0, 2)) * 60 + Number(hhmm.slice(3));

export function createBusinessHours(options: Partial<HoursOptions> = {}): BusinessHours {
  const o = resolveOptions(options);
  const today = (t: number) => dayNumber(dayOf(new Date(t), o.timeZone));
  const closures = new Set(o.closures);
  const holidayCache = new Map<number, Set<string>>();

  const isClosedDay = (d: number): boolean => {
    const iso = isoDate(d);
    if (closures.has(iso)) return true;
    if (!o.holidays) return false;
    const year = Number(iso.slice(0, 4));
    let set = holidayCache.get(year);
    if (!set) holidayCache.set(year, (set = new Set(frenchPublicHolidays(year, { alsaceMoselle: o.alsaceMoselle }))));
    return set.has(iso);
  };

  /** The day's periods as instants, in order; empty when closed. */
  const periodsOn = (d: number): Array<{ start: number; end: number }> => {
    const ps = o.weekly[new Date(d * DAY_MS).getUTCDay() as Weekday];
    if (ps.length === 0 || isClosedDay(d)) return [];
    const at = (hhmm: string) => instantAt(isoDate(d), minutes(hhmm), o.timeZone).getTime();
    return ps.map((p) => ({ start: at(p.start), end: at(p.end) }));
  };

  const ms = (now: Date) => {
    const t = now.getTime();
    if (Number.isNaN(t)) throw new Error('hours: invalid date');
    return t;
  };

  const currentPeriodEnd = (now: Date): Date | null => {
    const t = ms(now);
    const p = periodsOn(today(t)).find((q) => q.start <= t && t < q.end);
    return p ? new Date(p.end) : null;
  };

  const nextOpening = (now: Date): Date | null => {
    const t = ms(now);
    const first = today(t);
    for (let d = first; d <= first + HORIZON_DAYS; d++) {
      const p = periodsOn(d).find((q) => q.start > t);
      if (p) return p.start - t <= HORIZON_DAYS * DAY_MS ? new Date(p.start) : null;
    }
    return null;
  };

  return Object.freeze({
    isOpen: (now: Date) => currentPeriodEnd(now) !== null,
    nextOpening,
    currentPeriodEnd,
    describe: () => describeWeek(o),
    formatNextOpening(now: Date): string | null {
      const next = nextOpening(now);
      return next ? formatOpening(next, now, o.timeZone) : null;
    },
  });
}

const clock = (min: number) => clockText(Math.floor(min / 60), min % 60);

/** Consecutive days (Monday first) with the same periods are grouped: « du lundi au vendredi ». */
function describeWeek(o: HoursOptions): string {
  const groups: Array<{ days: Weekday[]; key: string }> = [];
  let previousOpen = false;
  for (const d of [1, 2, 3, 4, 5, 6, 0] as const) {
    const key = o.weekly[d].map((p) => `de ${clock(minutes(p.start))} à ${clock(minutes(p.end))}`).join(' et ');
    const last = groups[groups.length - 1];
    if (key && previousOpen && last?.key === key) last.days.push(d);
    else if (key) groups.push({ days: [d], key });
    previousOpen = key !== '';
  }
  const text = groups.map(({ days, key }) => {
    const [a, b] = [DAY_NAMES[days[0]!], DAY_NAMES[days[days.length - 1]!]];
    const span = days.length === 1 ? `le ${a}` : days.length === 2 ? `le ${a} et le ${b}` : `du ${a} au ${b}`;
    return `${span} ${key}`;
  });
  const except = [o.holidays && 'jours fériés', o.closures.length > 0 && 'fermetures exceptionnelles'].filter(Boolean);
  return (text.join(', ') || 'aucune plage d’ouverture') + (except.length ? `, hors ${except.join(' et ')}` : '');
}
