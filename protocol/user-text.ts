import { formatParisDateTime } from './french-dates';

/**
 * What a user message says, for the widget, the console and transcripts: its text, or what a
 * form sent (a ticket form, an appointment slot) when it has no text. Never the form's personal
 * fields (phone, e-mail): those stay in the structured value.
 */
export function userMessageText(a: { text?: unknown; value?: unknown }): string {
  if (typeof a.text === 'string' && a.text) return a.text;
  const v = (a.value ?? {}) as Record<string, { subject?: unknown; slot?: unknown } | undefined>;
  if (v.relaisTicketForm) return v.relaisTicketForm.subject ? `Demande de ticket\u00a0: ${String(v.relaisTicketForm.subject)}` : 'Demande de ticket';
  const rated = (a.value as { relaisSatisfaction?: { score?: unknown } } | null)?.relaisSatisfaction;
  if (rated) return `Mon avis\u00a0: ${String(rated.score)}/5`;
  if ((a.value as { relaisTranscript?: unknown } | null)?.relaisTranscript) return 'Recevoir la transcription par e-mail';
  if (v.relaisAppointment?.slot) {
    const at = new Date(String(v.relaisAppointment.slot));
    return Number.isNaN(at.getTime()) ? 'Créneau choisi' : `Créneau choisi\u00a0: ${formatParisDateTime(at)}`;
  }
  return '';
}
