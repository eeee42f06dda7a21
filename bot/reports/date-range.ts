import { z } from 'zod';
import { addDays, dayOf, isCalendarDay, startOfDay } from '../../hours';
import { SUPPORT_TIME_ZONE } from '../../protocol/french-dates';
import type { DateRange } from './types';

/** Support works on Paris days: a report "du 10 au 12" means Paris midnights, not UTC ones. */
export const DEFAULT_TIME_ZONE = SUPPORT_TIME_ZONE;
/** Without dates: the last 30 days, today included. */
export const DEFAULT_DAYS = 30;

const day = (param: 'from' | 'to', label: string) => {
  const error = `Date ${label} invalide (${param}) : format attendu AAAA-MM-JJ, par exemple 2025-03-31.`;
  return z.string({ error }).refine(isCalendarDay, { error }).optional();
};

/** Query (or CLI options) `from` / `to` as calendar days; unknown keys are ignored. */
export const RangeQuery = z.object({ from: day('from', 'de début'), to: day('to', 'de fin') });

export type RangeResult = { ok: true; range: DateRange; days: { from: string; to: string } } | { ok: false; message: string };

/**
 * Validated `from` / `to` days to a range from the start of `from` to the end of `to` (inclusive),
 * in `timeZone`. Missing `to`: today; missing `from`: 29 days before `to`.
 */
export function parseRange(input: unknown, now: Date, timeZone = DEFAULT_TIME_ZONE): RangeResult {
  const parsed = RangeQuery.safeParse(input ?? {});
  if (!parsed.success) return { ok: false, message: [...new Set(parsed.error.issues.map((i) => i.message))].join(' ') };
  const to = parsed.data.to ?? dayOf(now, timeZone);
  const from = parsed.data.from ?? addDays(to, -(DEFAULT_DAYS - 1));
  if (from > to) return { ok: false, message: `La date de début (${from}) doit précéder la date de fin (${to}).` };
  const range = { from: startOfDay(from, timeZone), to: new Date(startOfDay(addDays(to, 1), timeZone).getTime() - 1) };
  return { ok: true, range, days: { from, to } };
}
