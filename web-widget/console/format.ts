import type { AgentStatus, EndReason } from '../../protocol/agent-events';
import { formatParisClock, formatParisShortDateTime } from '../../protocol/french-dates';

/** Display helpers: French labels, times in Europe/Paris whatever the agent's computer says («10h05»). */

const valid = (iso: string): Date | null => {
  const d = new Date(iso);
  return Number.isNaN(d.getTime()) ? null : d;
};
/** «10h05». */
export const timeLabel = (iso: string): string => {
  const d = valid(iso);
  return d ? formatParisClock(d) : iso;
};
/** «01/12/2026 à 10h05». */
export const dateTimeLabel = (iso: string): string => {
  const d = valid(iso);
  return d ? formatParisShortDateTime(d) : iso;
};

/** « depuis moins d’une minute », « depuis 3 min », « depuis 1 h 05 ». */
export function waitLabel(seconds: number): string {
  const minutes = Math.floor(Math.max(0, seconds) / 60);
  if (minutes < 1) return 'depuis moins d’une minute';
  if (minutes < 60) return `depuis ${minutes}\u00a0min`;
  return `depuis ${Math.floor(minutes / 60)}\u00a0h\u00a0${String(minutes % 60).padStart(2, '0')}`;
}

/** « 3 min », « 1 h 05 », « < 1 min » (supervision figures and tables). */
export const durationLabel = (seconds: number): string => (seconds < 60 ? '<\u00a01\u00a0min' : waitLabel(seconds).replace(/^depuis /, ''));

export const REASON_LABELS: Readonly<Record<string, string>> = Object.freeze({
  dislike: 'Réponse jugée insatisfaisante',
  'user-request': 'Demande d’un conseiller',
  fallback: 'Question restée sans réponse',
});
export const reasonLabel = (reason: string): string => REASON_LABELS[reason] ?? 'Autre demande';

export const STATUS_LABELS: Readonly<Record<AgentStatus, string>> = Object.freeze({
  available: 'Disponible',
  busy: 'Occupé·e',
  away: 'Absent·e',
  offline: 'Hors ligne',
});

export const END_LABELS: Readonly<Record<EndReason, string>> = Object.freeze({
  closed: 'close par un conseiller',
  'handed-back': 'rendue à l’assistant',
  'user-left': 'l’usager a quitté la conversation',
  'user-ended': 'l’usager a terminé la conversation',
  'support-closed': 'le support a fermé',
  'no-agent': 'aucun conseiller disponible',
  transferred: 'transférée à un autre conseiller',
  requeued: 'remise dans la file (connexion perdue)',
});

export const TICKET_STATUS_LABELS: Readonly<Record<string, string>> = Object.freeze({
  nouveau: 'Nouveau',
  en_cours: 'En cours',
  en_attente_utilisateur: 'En attente de l’usager',
  resolu: 'Résolu',
  clos: 'Clos',
});
export const TICKET_CATEGORY_LABELS: Readonly<Record<string, string>> = Object.freeze({ technique: 'Technique', metier: 'Métier' });

export const FROM_LABELS: Readonly<Record<string, string>> = Object.freeze({
  user: 'Usager',
  bot: 'Assistant',
  agent: 'Conseiller',
  system: 'Information',
  note: 'Note interne — invisible pour l’usager',
});

/** Text cut at a word boundary near `max` characters, with an ellipsis. */
export function excerpt(text: string, max = 140): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  if (flat.length <= max) return flat;
  const cut = flat.slice(0, max);
  return `${cut.slice(0, cut.lastIndexOf(' ') > max * 0.6 ? cut.lastIndexOf(' ') : max)}…`;
}

/** Case- and accent-insensitive form for client-side search. */
export const fold = (s: string): string => s.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
