import { clockText, DAY_NAMES, dayText, SUPPORT_TIME_ZONE, wallTime } from '../protocol/french-dates';
import { daysBetween } from './zone';

/**
 * When support opens next, as the bot and the widget say it: «aujourd’hui à 14h», «demain à 8h30»,
 * «lundi à 8h30» within the week, else «le mardi 2 janvier à 8h30» (with the year when it is not
 * `now`'s, or without `now`).
 */
export function formatOpening(at: Date, now?: Date, timeZone: string = SUPPORT_TIME_ZONE): string {
  const t = wallTime(at, timeZone);
  const time = `à ${clockText(t.hour, t.minute)}`;
  if (now) {
    const days = daysBetween(now, at, timeZone);
    if (days === 0) return `aujourd’hui ${time}`;
    if (days === 1) return `demain ${time}`;
    if (days > 1 && days < 7) return `${DAY_NAMES[t.weekday]} ${time}`;
  }
  const sameYear = now !== undefined && wallTime(now, timeZone).year === t.year;
  return `le ${dayText(t, { year: !sameYear })} ${time}`;
}
