import { formatParisDateTime } from '../../../protocol/french-dates';
import { STATUS_LABELS } from '../../../protocol/ticket-status';
import type { TicketCategory, TicketStatus } from '../../../protocol/ticket';

/** French labels shown to requesters; the status labels are ticketing's own (one source). */
export const CATEGORY_LABELS: Readonly<Record<TicketCategory, string>> = Object.freeze({
  technique: 'Problème technique',
  metier: 'Question métier',
});

export const statusLabel = (status: string): string => STATUS_LABELS[status as TicketStatus] ?? status;

/** « mardi 1er décembre 2026 à 10h » in Paris time, whatever the visitor's time zone. */
export function formatDateTime(iso: string): string {
  const d = new Date(iso);
  return Number.isNaN(d.getTime()) ? iso : formatParisDateTime(d);
}
