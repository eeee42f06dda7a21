// The live chat's public surface. For now only the business-hours calendar; the queue, agents and
// appointments will be exported from here too.
export { createBusinessHours, DEFAULT_HOURS_OPTIONS } from './hours';
export type { BusinessHours, HoursOptions, Period, Weekday } from './hours';
export { easterSunday, frenchPublicHolidays } from './holidays';
