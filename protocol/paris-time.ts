/**
 * Appointment times as French users read them, always in Paris time whatever the server's zone.
 * Intl only supplies the Paris wall-clock numbers (en-US, numeric: present in every ICU build);
 * the French words come from here, so a Node built with small ICU still writes French.
 */
const PARIS = new Intl.DateTimeFormat('en-US', {
  timeZone: 'Europe/Paris',
  hourCycle: 'h23',
  year: 'numeric',
  month: 'numeric',
  day: 'numeric',
  hour: 'numeric',
  minute: 'numeric',
});

const DAY_NAMES = ['dimanche', 'lundi', 'mardi', 'mercredi', 'jeudi', 'vendredi', 'samedi'];
const MONTH_NAMES = [
  'janvier', 'février', 'mars', 'avril', 'mai', 'juin',
  'juillet', 'août', 'septembre', 'octobre', 'novembre', 'décembre',
];

/** `lundi 30 novembre 2026 à 10h30`, `vendredi 1er mai 2026 à 9h`, in Europe/Paris. */
export function formatParisDateTime(d: Date): string {
  if (Number.isNaN(d.getTime())) throw new Error('livechat: invalid date');
  const p: Record<string, number> = {};
  for (const { type, value } of PARIS.formatToParts(d)) p[type] = Number(value);
  const { year, month, day, hour, minute } = p as Record<'year' | 'month' | 'day' | 'hour' | 'minute', number>;
  // The weekday of a calendar date does not depend on any zone: compute it in UTC.
  const weekday = DAY_NAMES[new Date(Date.UTC(year, month - 1, day)).getUTCDay()];
  const dom = day === 1 ? '1er' : String(day);
  const time = minute === 0 ? `${hour}h` : `${hour}h${String(minute).padStart(2, '0')}`;
  return `${weekday} ${dom} ${MONTH_NAMES[month - 1]} ${year} à ${time}`;
}
