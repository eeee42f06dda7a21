import type { PortalProfile } from '../protocol/profile';
import type { RegistrationStatus, TrainingKind, TrainingRegistration, TrainingSession } from '../protocol/training';

export interface SessionRow {
  id: string;
  kind: TrainingKind;
  title: string;
  description: string;
  audience_json: string;
  starts_at: number;
  duration_minutes: number;
  capacity: number;
  seats_taken: number;
  link: string;
  reminder_at: number;
  cancelled_at: number | null;
}

export interface RegistrationRow {
  id: string;
  session_id: string;
  name: string;
  email: string;
  portal_user_id: string | null;
  verified: number | boolean;
  status: RegistrationStatus;
  created_at: number;
}

export const SESSION_COLUMNS = 'id, kind, title, description, audience_json, starts_at, duration_minutes, capacity, seats_taken, link, reminder_at, cancelled_at';
export const REGISTRATION_COLUMNS = 'id, session_id, name, email, portal_user_id, verified, status, created_at';

const iso = (ms: number | string) => new Date(Number(ms)).toISOString();

export function toSession(r: SessionRow): TrainingSession {
  return {
    id: r.id,
    kind: r.kind,
    title: r.title,
    description: r.description,
    audience: JSON.parse(r.audience_json) as PortalProfile[],
    startsAt: iso(r.starts_at),
    durationMinutes: Number(r.duration_minutes),
    capacity: Number(r.capacity),
    seatsTaken: Number(r.seats_taken),
    link: r.link,
    cancelledAt: r.cancelled_at === null ? null : iso(r.cancelled_at),
  };
}

export function toRegistration(r: RegistrationRow): TrainingRegistration {
  return { id: r.id, sessionId: r.session_id, name: r.name, email: r.email, verified: Boolean(Number(r.verified)), status: r.status, createdAt: iso(r.created_at) };
}
