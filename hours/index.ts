// One calendar for the whole support: opening hours, French public holidays, closures, and the
// zone's arithmetic; French wording of dates is protocol/french-dates.ts (the browser's too).
export { createBusinessHours, DEFAULT_HOURS_OPTIONS } from './calendar';
export type { BusinessHours, HoursOptions, Period, Weekday } from './calendar';
export { easterSunday, frenchPublicHolidays, isCalendarDay } from './holidays';
export { formatOpening } from './opening-text';
export { addDays, dayBuckets, dayOf, daysBetween, instantAt, startOfDay, weekBuckets } from './zone';
