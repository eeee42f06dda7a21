import { MONTH_NAMES, wallTime } from '../../protocol/french-dates';

/**
 * French numbers, rates, durations and days for the reports («Pilotage», «Qualité des réponses»),
 * written here rather than by Intl's French locale, which a browser with small ICU may lack
 * (as protocol/french-dates.ts does for dates). Days are `YYYY-MM-DD` strings of the support's
 * calendar (Europe/Paris), handled as UTC dates so that no local zone shifts them.
 */

const SHORT_MONTHS = ['janv.', 'févr.', 'mars', 'avr.', 'mai', 'juin', 'juil.', 'août', 'sept.', 'oct.', 'nov.', 'déc.'] as const;
const DAY_MS = 24 * 60 * 60 * 1000;

/** «1 234», «4,2» (at most `decimals` digits after the comma; narrow no-break space between thousands). */
export function numberLabel(n: number, decimals = 0): string {
  const factor = 10 ** decimals;
  const rounded = Math.round(Math.abs(n) * factor) / factor;
  const [int = '0', frac] = String(rounded).split('.');
  const grouped = int.replace(/\B(?=(\d{3})+(?!\d))/g, '\u202f');
  return `${n < 0 && rounded !== 0 ? '−' : ''}${grouped}${frac ? `,${frac}` : ''}`;
}

/** «12,5 %» of a ratio (0.125); «—» for null. */
export const percentLabel = (ratio: number | null): string => (ratio === null ? '—' : `${numberLabel(ratio * 100, 1)}\u00a0%`);

/** «42 s», «1 min 05 s», «1 h 05 min»; «—» for null. */
export function msDurationLabel(ms: number | null): string {
  if (ms === null) return '—';
  const seconds = Math.round(Math.max(0, ms) / 1000);
  if (seconds < 60) return `${seconds}\u00a0s`;
  const minutes = Math.floor(seconds / 60);
  if (minutes < 60) return `${minutes}\u00a0min\u00a0${String(seconds % 60).padStart(2, '0')}\u00a0s`;
  return `${Math.floor(minutes / 60)}\u00a0h\u00a0${String(minutes % 60).padStart(2, '0')}\u00a0min`;
}

const parts = (day: string): [number, number, number] => {
  const [y, m, d] = day.split('-').map(Number);
  return [y ?? 1970, m ?? 1, d ?? 1];
};

/** «3 déc.» (chart axes). */
export function shortDayLabel(day: string): string {
  const [, m, d] = parts(day);
  return `${d === 1 ? '1er' : d}\u00a0${SHORT_MONTHS[m - 1] ?? ''}`;
}

/** «3 décembre 2026» (tables, sentences). */
export function longDayLabel(day: string): string {
  const [y, m, d] = parts(day);
  return `${d === 1 ? '1er' : d}\u00a0${MONTH_NAMES[m - 1] ?? ''} ${y}`;
}

/** Today in the support's calendar, `YYYY-MM-DD`. */
export function supportToday(now: Date = new Date()): string {
  const t = wallTime(now);
  return `${t.year}-${String(t.month).padStart(2, '0')}-${String(t.day).padStart(2, '0')}`;
}

/** `day` plus `n` days (n may be negative). */
export function addDays(day: string, n: number): string {
  const [y, m, d] = parts(day);
  return new Date(Date.UTC(y, m - 1, d) + n * DAY_MS).toISOString().slice(0, 10);
}

/** Days from `from` to `to`, both included (0 when `to` is before `from`). */
export function daysBetween(from: string, to: string): number {
  const [y1, m1, d1] = parts(from);
  const [y2, m2, d2] = parts(to);
  return Math.max(0, Math.round((Date.UTC(y2, m2 - 1, d2) - Date.UTC(y1, m1 - 1, d1)) / DAY_MS) + 1);
}

/** The Monday of `day`'s week. */
export function mondayOf(day: string): string {
  const [y, m, d] = parts(day);
  const weekday = new Date(Date.UTC(y, m - 1, d)).getUTCDay();
  return addDays(day, -((weekday + 6) % 7));
}

/** A well-formed calendar day (`2026-02-30` is not). */
export function isDay(s: string): boolean {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(s)) return false;
  const [y, m, d] = parts(s);
  const date = new Date(Date.UTC(y, m - 1, d));
  return date.getUTCFullYear() === y && date.getUTCMonth() === m - 1 && date.getUTCDate() === d;
}
