import type { TicketStatus } from './ticket';

/**
 * Allowed status changes. `clos` is final; `resolu` can be reopened (the requester answers or an
 * agent takes it back); waiting for the requester goes back to `en_cours` when they reply.
 */
const TRANSITIONS: Readonly<Record<TicketStatus, readonly TicketStatus[]>> = Object.freeze({
  nouveau: ['en_cours', 'en_attente_utilisateur', 'resolu', 'clos'],
  en_cours: ['en_attente_utilisateur', 'resolu', 'clos'],
  en_attente_utilisateur: ['en_cours', 'resolu', 'clos'],
  resolu: ['en_cours', 'clos'],
  clos: [],
});

export function canTransition(from: TicketStatus, to: TicketStatus): boolean {
  return TRANSITIONS[from].includes(to);
}

export const STATUS_LABELS: Readonly<Record<TicketStatus, string>> = Object.freeze({
  nouveau: 'Nouveau',
  en_cours: 'En cours de traitement',
  en_attente_utilisateur: 'En attente de votre réponse',
  resolu: 'Résolu',
  clos: 'Clos',
});

/** Status a ticket moves to when its requester writes (null: unchanged). */
export function statusAfterRequesterReply(status: TicketStatus): TicketStatus | null {
  return status === 'en_attente_utilisateur' || status === 'resolu' ? 'en_cours' : null;
}
