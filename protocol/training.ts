import type { PortalProfile } from './profile';

/**
 * Accompaniment sessions (webinars and trainings) users register for in the conversation
 * (issue 15, part 3), managed by supervisors in the console (`/api/agent/formations`).
 */
export type TrainingKind = 'webinaire' | 'formation';

export interface TrainingSession {
  id: string;
  kind: TrainingKind;
  title: string;
  description: string;
  /** The portal profiles it is for; empty: everyone. */
  audience: PortalProfile[];
  /** When it starts (ISO 8601 instant); shown in Paris time. */
  startsAt: string;
  durationMinutes: number;
  capacity: number;
  /** Seats held by confirmed registrations and those waiting for their e-mail confirmation. */
  seatsTaken: number;
  /** Where it takes place (the webinar's address, the training's page). */
  link: string;
  /** Set when a supervisor cancelled it (its registrants were told). */
  cancelledAt: string | null;
}

/** What a supervisor writes: the date and time are Paris wall-clock time. */
export interface TrainingSessionInput {
  kind: TrainingKind;
  title: string;
  description: string;
  audience: PortalProfile[];
  /** `YYYY-MM-DD`, Paris. */
  day: string;
  /** `HH:MM`, Paris. */
  time: string;
  durationMinutes: number;
  capacity: number;
  link: string;
}

export type RegistrationStatus = 'pending' | 'confirmed' | 'cancelled';

export interface TrainingRegistration {
  id: string;
  sessionId: string;
  name: string;
  email: string;
  /** Verified portal identity (registered from the conversation while logged in). */
  verified: boolean;
  status: RegistrationStatus;
  createdAt: string;
}

export const TRAINING_KIND_LABELS: Readonly<Record<TrainingKind, string>> = Object.freeze({ webinaire: 'Webinaire', formation: 'Formation' });
