import type { HoursPort } from '../ports';

const MINUTE = 60_000;
const STEP = 30 * MINUTE;
/** Same horizon as a proposal accepts (see propose-appointment.ts). */
const MAX_AHEAD = 60 * 24 * 60 * MINUTE;

/**
 * The next `count` slots an agent can propose: on the half hour (Paris is a whole number of hours
 * from UTC, so a UTC half hour is a Paris half hour), at least 30 minutes ahead, and open from the
 * start to the last minute of `durationMinutes` — the same rule the proposal is checked with.
 */
export function suggestAppointmentSlots(hours: HoursPort, now: Date, durationMinutes: number, count: number): Date[] {
  const slots: Date[] = [];
  const last = now.getTime() + MAX_AHEAD;
  for (let t = Math.ceil((now.getTime() + 30 * MINUTE) / STEP) * STEP; t <= last && slots.length < count; t += STEP) {
    if (hours.isOpen(new Date(t)) && hours.isOpen(new Date(t + (durationMinutes - 1) * MINUTE))) slots.push(new Date(t));
  }
  return slots;
}
