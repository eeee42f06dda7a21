import { formatParisDateTime, wallTime } from '../../protocol/french-dates';
import { PROFILE_LABELS, type PortalProfile } from '../../protocol/profile';
import type { RegistrationStatus, TrainingSession } from '../../protocol/training';

/** The French words of «Formations» (trainings-view.ts and its parts). */

const NB = '\u00a0';

/** A supervisor's title between guillemets, the title itself left as typed. */
export const quoted = (text: string): string => `«${NB}${text}${NB}»`;
const two = (n: number) => String(n).padStart(2, '0');

/** «mardi 8 décembre 2026 à 10h», in Paris time whatever the supervisor's computer says. */
export const sessionWhen = (s: Pick<TrainingSession, 'startsAt'>): string => {
  const d = new Date(s.startsAt);
  return Number.isNaN(d.getTime()) ? s.startsAt : formatParisDateTime(d);
};

/** The form's `day` and `time` (Paris wall-clock time) of a session's start. */
export function parisDayAndTime(startsAt: string): { day: string; time: string } {
  const d = new Date(startsAt);
  if (Number.isNaN(d.getTime())) return { day: '', time: '' };
  const t = wallTime(d);
  return { day: `${t.year}-${two(t.month)}-${two(t.day)}`, time: `${two(t.hour)}:${two(t.minute)}` };
}

/** «45 min», «1 h», «1 h 30». */
export function durationText(minutes: number): string {
  if (minutes < 60) return `${minutes}${NB}min`;
  const rest = minutes % 60;
  return `${Math.floor(minutes / 60)}${NB}h${rest ? `${NB}${two(rest)}` : ''}`;
}

/** The audience's labels, or «Tous les publics» when none is named. */
export const audienceText = (audience: readonly PortalProfile[]): string =>
  audience.length === 0 ? 'Tous les publics' : audience.map((p) => PROFILE_LABELS[p] ?? p).join(', ');

export const isFull = (s: Pick<TrainingSession, 'seatsTaken' | 'capacity'>): boolean => s.seatsTaken >= s.capacity;

/** «12 places sur 30 prises», «1 place sur 30 prise», «Aucune place prise sur 30», «Complet». */
export function seatsText(s: Pick<TrainingSession, 'seatsTaken' | 'capacity'>): string {
  if (isFull(s)) return 'Complet';
  if (s.seatsTaken === 0) return `Aucune place prise sur ${s.capacity}`;
  const many = s.seatsTaken > 1;
  return `${s.seatsTaken} ${many ? 'places' : 'place'} sur ${s.capacity} ${many ? 'prises' : 'prise'}`;
}

/** Whether it has ended, by this computer's clock (a hint on the list only; the server decides). */
export const isPast = (s: Pick<TrainingSession, 'startsAt' | 'durationMinutes'>, now = Date.now()): boolean =>
  new Date(s.startsAt).getTime() + s.durationMinutes * 60_000 < now;

export const REGISTRATION_STATUS_LABELS: Readonly<Record<RegistrationStatus, string>> = Object.freeze({
  pending: 'En attente de confirmation',
  confirmed: 'Confirmée',
  cancelled: 'Annulée',
});

/** «3 sessions, dont 1 annulée.» */
export function sessionsSummary(sessions: readonly TrainingSession[]): string {
  const n = sessions.length;
  if (n === 0) return 'Aucune session pour le moment : créez la première.';
  const cancelled = sessions.filter((s) => s.cancelledAt).length;
  const total = `${n} ${n > 1 ? 'sessions' : 'session'}`;
  return cancelled ? `${total}, dont ${cancelled} ${cancelled > 1 ? 'annulées' : 'annulée'}.` : `${total}.`;
}

/** A supervisor's link shown as a link only when it is a web address (never `javascript:`). */
export const isWebLink = (link: string): boolean => /^https?:\/\/\S+$/i.test(link.trim());
