import { buildIcs } from '../platform/ics';
import { renderLayout, type MailMessage } from '../platform/mail';
import { formatParisDateTime } from '../protocol/french-dates';
import { TRAINING_KIND_LABELS, type TrainingSession } from '../protocol/training';

export interface TrainingMailContext {
  supportEmail: string;
  portalName: string;
  now: Date;
}

const ICS_FILENAME = 'session.ics';
const when = (s: TrainingSession) => `${formatParisDateTime(new Date(s.startsAt))} (heure de Paris)`;
const kind = (s: TrainingSession) => TRAINING_KIND_LABELS[s.kind].toLowerCase();

function invitation(s: TrainingSession, to: { name: string; email: string }, c: TrainingMailContext) {
  const content = buildIcs({
    uid: `${s.id}.${to.email}@relais`,
    start: new Date(s.startsAt),
    durationMinutes: s.durationMinutes,
    summary: s.title,
    description: `${s.description}\n${s.link}`,
    organizer: { name: `Support ${c.portalName}`, email: c.supportEmail },
    attendee: to,
    url: s.link,
    product: 'Sessions d’accompagnement',
    now: c.now,
  });
  return { filename: ICS_FILENAME, contentType: 'text/calendar; charset=utf-8; method=REQUEST', content };
}

/** The registration holds: the date, the link, the invitation, and how to cancel. */
export function confirmedMail(s: TrainingSession, to: { name: string; email: string }, cancelUrl: string, c: TrainingMailContext): MailMessage {
  return {
    to: [{ name: to.name, address: to.email }],
    subject: `Inscription confirmée : ${s.title}`,
    ...renderLayout({
      title: 'Votre inscription est confirmée',
      paragraphs: [
        `Bonjour ${to.name},`,
        `Votre inscription au ${kind(s)} « ${s.title} » est confirmée. Il aura lieu le ${when(s)} et durera ${s.durationMinutes} minutes.`,
        `Pour y participer : ${s.link}`,
        `Le fichier joint « ${ICS_FILENAME} » l’ajoute à votre agenda. Vous recevrez un rappel la veille.`,
        `Si vous ne pouvez plus venir, annulez votre inscription pour libérer votre place.`,
      ],
      action: { label: 'Annuler mon inscription', url: cancelUrl },
    }),
    attachments: [invitation(s, to, c)],
  };
}

/** An anonymous registration waits for the address to be confirmed (its seat is held meanwhile). */
export function confirmAddressMail(s: TrainingSession, to: { name: string; email: string }, confirmUrl: string): MailMessage {
  return {
    to: [{ name: to.name, address: to.email }],
    subject: `Confirmez votre inscription : ${s.title}`,
    ...renderLayout({
      title: 'Confirmez votre inscription',
      paragraphs: [
        `Bonjour ${to.name},`,
        `Vous avez demandé à vous inscrire au ${kind(s)} « ${s.title} » du ${when(s)}. Votre place vous est réservée pendant 48 heures : confirmez votre inscription avec le bouton ci-dessous.`,
        `Si vous n’êtes pas à l’origine de cette demande, ignorez ce message.`,
      ],
      action: { label: 'Confirmer mon inscription', url: confirmUrl },
    }),
  };
}

/** The day before: the date and the link (cancelling stays with the confirmation's link, or the assistant). */
export function reminderMail(s: TrainingSession, to: { name: string; email: string }): MailMessage {
  return {
    to: [{ name: to.name, address: to.email }],
    subject: `Rappel : ${s.title}, ${formatParisDateTime(new Date(s.startsAt))}`,
    ...renderLayout({
      title: `Rappel : votre ${kind(s)} a lieu demain`,
      paragraphs: [
        `Bonjour ${to.name},`,
        `Le ${kind(s)} « ${s.title} » a lieu le ${when(s)}.`,
        `Pour y participer : ${s.link}`,
        `Un empêchement ? Annulez votre inscription avec le lien de votre e-mail de confirmation, ou en le demandant à l’assistant.`,
      ],
    }),
  };
}

export function sessionCancelledMail(s: TrainingSession, to: { name: string; email: string }): MailMessage {
  return {
    to: [{ name: to.name, address: to.email }],
    subject: `Session annulée : ${s.title}`,
    ...renderLayout({
      title: 'Session annulée',
      paragraphs: [`Bonjour ${to.name},`, `Le ${kind(s)} « ${s.title} » prévu le ${when(s)} est annulé. Nous vous prions de nous en excuser.`, `Demandez à l’assistant les prochaines sessions pour vous réinscrire.`],
    }),
  };
}
