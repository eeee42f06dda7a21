/**
 * Dates and times as French users read them, in the support's zone (Europe/Paris) whatever the
 * machine's: one way to write a time («8h30», «9h»), a day («lundi 1er mai 2026») and a moment.
 * Intl supplies only the zone's wall-clock numbers (en-US, numeric: present in every ICU build);
 * the French words come from here, so a Node or a browser with small ICU still writes French.
 * Shared by the server and the browser; zone arithmetic (the instant of a wall time) is hours/'s.
 */
export const SUPPORT_TIME_ZONE = 'Europe/Paris';

export const DAY_NAMES = ['dimanche', 'lundi', 'mardi', 'mercredi', 'jeudi', 'vendredi', 'samedi'] as const;
export const MONTH_NAMES = [
  'janvier', 'février', 'mars', 'avril', 'mai', 'juin',
  'juillet', 'août', 'septembre', 'octobre', 'novembre', 'décembre',
] as const;

/** A wall-clock reading: month 1–12, weekday 0 = Sunday. */
export interface WallTime {
  year: number;
  month: number;
  day: number;
  hour: number;
  minute: number;
  weekday: number;
}

const readers = new Map<string, Intl.DateTimeFormat>();

/** The wall-clock reading of `d` in `timeZone`. */
export function wallTime(d: Date, timeZone: string = SUPPORT_TIME_ZONE): WallTime {
  if (Number.isNaN(d.getTime())) throw new Error('dates: invalid date');
  let reader = readers.get(timeZone);
  if (!reader) {
    reader = new Intl.DateTimeFormat('en-US', { timeZone, hourCycle: 'h23', year: 'numeric', month: 'numeric', day: 'numeric', hour: 'numeric', minute: 'numeric' });
    readers.set(timeZone, reader);
  }
  const p: Record<string, number> = {};
  for (const { type, value } of reader.formatToParts(d)) p[type] = Number(value);
  const { year, month, day, hour, minute } = p as Record<'year' | 'month' | 'day' | 'hour' | 'minute', number>;
  // The weekday of a calendar date does not depend on any zone: computed in UTC.
  return { year, month, day, hour, minute, weekday: new Date(Date.UTC(year, month - 1, day)).getUTCDay() };
}

/** «8h30», «9h», «14h». */
export function clockText(hour: number, minute: number): string {
  return minute === 0 ? `${hour}h` : `${hour}h${String(minute).padStart(2, '0')}`;
}

/** «lundi 30 novembre 2026», «vendredi 1er mai» (without the year). */
export function dayText(t: Pick<WallTime, 'year' | 'month' | 'day' | 'weekday'>, options: { year: boolean } = { year: true }): string {
  const dom = t.day === 1 ? '1er' : String(t.day);
  return `${DAY_NAMES[t.weekday]} ${dom} ${MONTH_NAMES[t.month - 1]}${options.year ? ` ${t.year}` : ''}`;
}

/** `lundi 30 novembre 2026 à 10h30`, `vendredi 1er mai 2026 à 9h`, in Paris time. */
export function formatParisDateTime(d: Date): string {
  const t = wallTime(d);
  return `${dayText(t)} à ${clockText(t.hour, t.minute)}`;
}

/** «10h05», «9h», in Paris time. */
export function formatParisClock(d: Date): string {
  const t = wallTime(d);
  return clockText(t.hour, t.minute);
}

/** «01/12/2026» (tables and lists), the day in Paris time. */
export function formatParisShortDate(d: Date): string {
  const t = wallTime(d);
  return `${String(t.day).padStart(2, '0')}/${String(t.month).padStart(2, '0')}/${t.year}`;
}

/** «01/12/2026 à 10h05» (tables and lists), in Paris time unless told another zone. */
export function formatParisShortDateTime(d: Date, timeZone: string = SUPPORT_TIME_ZONE): string {
  const t = wallTime(d, timeZone);
  const two = (n: number) => String(n).padStart(2, '0');
  return `${two(t.day)}/${two(t.month)}/${t.year} à ${clockText(t.hour, t.minute)}`;
}
