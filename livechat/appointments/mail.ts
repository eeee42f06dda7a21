import { renderLayout, type MailAddress, type MailMessage } from '../../platform/mail';
import { buildIcs } from '../../platform/ics';
import { formatParisDateTime } from '../../protocol/french-dates';

export interface AppointmentMailInput {
  to: { name: string | null; email: string };
  start: Date;
  durationMinutes: number;
  /** The number the user gave, shown as typed. */
  phone: string;
  agentName: string;
  supportEmail: string;
  /** The portal's name (a setting): «le support Chorus Pro». */
  portalName: string;
  /** Calendar UID, stable per appointment (e.g. `rdv_…@relais.example`). */
  uid: string;
  now: Date;
}

export const ICS_FILENAME = 'rendez-vous.ics';
const ICS_CONTENT_TYPE = 'text/calendar; charset=utf-8; method=REQUEST';
const NBSP = '\u00a0';

/** A display name fit for a header: control characters and line breaks become spaces. */
const cleanName = (name: string | null) => name?.replace(/[\p{Cc}\u2028\u2029]+/gu, ' ').trim().slice(0, 200) || null;

const plural = (n: number, word: string) => `${n}${NBSP}${word}${n > 1 ? 's' : ''}`;

/** `30 minutes`, `1 heure`, `1 h 30`. */
export function formatDuration(minutes: number): string {
  const h = Math.floor(minutes / 60);
  const m = minutes % 60;
  if (h === 0) return plural(m, 'minute');
  if (m === 0) return plural(h, 'heure');
  return `${h}${NBSP}h${NBSP}${String(m).padStart(2, '0')}`;
}

/**
 * Confirmation of a booked phone appointment, with the invitation attached. Every value is plain
 * text: the layout escapes the HTML and `buildIcs` the calendar. Replies go to the support address.
 */
export function appointmentConfirmationMail(input: AppointmentMailInput): MailMessage {
  const name = cleanName(input.to.name);
  const when = formatParisDateTime(input.start);
  const duration = formatDuration(input.durationMinutes);
  const to: MailAddress = name ? { name, address: input.to.email } : input.to.email;
  const support = `support ${cleanName(input.portalName) ?? ''}`.trim();
  const organizer = `Support ${cleanName(input.portalName) ?? ''}`.trim();

  const ics = buildIcs({
    uid: input.uid,
    start: input.start,
    durationMinutes: input.durationMinutes,
    summary: `Rendez-vous téléphonique avec le ${support}`,
    description: [
      `${input.agentName}, conseiller du ${support}, vous appellera au ${input.phone}.`,
      `Durée prévue${NBSP}: ${duration}.`,
      `Pour annuler ou modifier ce rendez-vous, écrivez à ${input.supportEmail}.`,
    ].join('\n'),
    organizer: { name: organizer, email: input.supportEmail },
    attendee: { name, email: input.to.email },
    now: input.now,
  });

  return {
    to: [to],
    replyTo: { name: organizer, address: input.supportEmail },
    subject: `Rendez-vous téléphonique confirmé le ${when}`,
    ...renderLayout({
      title: 'Votre rendez-vous téléphonique est confirmé',
      paragraphs: [
        name ? `Bonjour ${name},` : 'Bonjour,',
        `Votre rendez-vous téléphonique avec le ${support} est confirmé pour le ${when} (heure de Paris). Il durera environ ${duration}.`,
        `${input.agentName}, votre conseiller, vous appellera au numéro que vous nous avez indiqué${NBSP}: ${input.phone}.`,
        `Pour annuler ou changer de créneau, répondez simplement à ce message ou écrivez à ${input.supportEmail}.`,
        `Le fichier joint «${NBSP}${ICS_FILENAME}${NBSP}» vous permet d’ajouter le rendez-vous à votre agenda.`,
        `Bien cordialement,\nL’équipe du ${support}`,
      ],
    }),
    attachments: [{ filename: ICS_FILENAME, contentType: ICS_CONTENT_TYPE, content: ics }],
  };
}
