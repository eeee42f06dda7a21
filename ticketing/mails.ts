import { renderLayout, type MailMessage } from '../platform/mail';
import { STATUS_LABELS } from '../protocol/ticket-status';
import type { Ticket, TicketStatus } from '../protocol/ticket';

const CATEGORY_LABELS = { technique: 'technique', metier: 'métier' } as const;

/** Subject line: the number first (threading), the user's subject cut so the line stays short. */
const subjectLine = (t: Ticket, prefix: string) => {
  const s = t.subject.length > 120 ? `${t.subject.slice(0, 119)}…` : t.subject;
  return `[${t.number}] ${prefix} : ${s}`;
};

export interface MailTexts {
  ackToRequester(t: Ticket, followUpUrl: string): MailMessage;
  notifySupport(t: Ticket, supportEmail: string, consoleUrl: string): MailMessage;
  agentReply(t: Ticket, agentName: string, body: string, followUpUrl: string, replyByMail?: boolean): MailMessage;
  statusChanged(t: Ticket, to: TicketStatus, followUpUrl: string): MailMessage;
  requesterReply(t: Ticket, body: string, supportEmail: string, consoleUrl: string): MailMessage;
}

/** French e-mails of the ticket lifecycle. Every value is escaped by the layout. */
export const mailTexts: MailTexts = Object.freeze<MailTexts>({
  ackToRequester: (t, followUpUrl) => ({
    to: [t.requester.email],
    subject: subjectLine(t, 'Votre demande a bien été enregistrée'),
    ...renderLayout({
      title: `Demande ${t.number} enregistrée`,
      paragraphs: [
        `Bonjour ${t.requester.name},`,
        `Nous avons bien reçu votre demande d’assistance ${CATEGORY_LABELS[t.category]} « ${t.subject} ». Elle porte le numéro ${t.number} : rappelez-le dans vos échanges avec le support.`,
        'Un conseiller du support vous répondra dans les meilleurs délais. Vous pouvez suivre votre demande et y répondre à tout moment grâce au lien ci-dessous, sans créer de compte.',
        `Votre message : ${t.description}`,
      ],
      action: { label: 'Suivre ma demande', url: followUpUrl },
      footer: 'Ce lien est personnel : ne le transférez pas.',
    }),
  }),

  notifySupport: (t, supportEmail, consoleUrl) => ({
    to: [supportEmail],
    replyTo: t.requester.email,
    subject: subjectLine(t, `Nouvelle demande ${CATEGORY_LABELS[t.category]}`),
    ...renderLayout({
      title: `Nouvelle demande ${t.number}`,
      paragraphs: [
        `Demandeur : ${t.requester.name} <${t.requester.email}>${t.requester.verified ? ' (identité vérifiée par le portail)' : ' (mode non connecté, identité non vérifiée)'}`,
        ...(t.requester.organisation ? [`Organisation : ${t.requester.organisation}`] : []),
        `Canal : ${t.channel} — catégorie : ${CATEGORY_LABELS[t.category]}`,
        `Objet : ${t.subject}`,
        t.description,
        ...(t.transcript?.length ? [`Une conversation de ${t.transcript.length} messages est jointe au ticket.`] : []),
      ],
      action: { label: 'Ouvrir dans la console', url: consoleUrl },
    }),
  }),

  agentReply: (t, agentName, body, followUpUrl, replyByMail = false) => ({
    to: [t.requester.email],
    subject: subjectLine(t, 'Réponse du support'),
    ...renderLayout({
      title: `Réponse à votre demande ${t.number}`,
      paragraphs: [`Bonjour ${t.requester.name},`, `${agentName} vous a répondu :`, body],
      action: { label: 'Voir et répondre', url: followUpUrl },
      ...(replyByMail ? { footer: 'Vous pouvez aussi répondre directement à cet e-mail : votre réponse sera ajoutée à la demande.' } : {}),
    }),
  }),

  statusChanged: (t, to, followUpUrl) => ({
    to: [t.requester.email],
    subject: subjectLine(t, `Statut : ${STATUS_LABELS[to]}`),
    ...renderLayout({
      title: `Votre demande ${t.number} : ${STATUS_LABELS[to]}`,
      paragraphs: [
        `Bonjour ${t.requester.name},`,
        `Le statut de votre demande « ${t.subject} » est maintenant : ${STATUS_LABELS[to]}.`,
        ...(to === 'resolu' ? ['Si le problème persiste, répondez simplement depuis la page de suivi : la demande sera rouverte.'] : []),
      ],
      action: { label: 'Suivre ma demande', url: followUpUrl },
    }),
  }),

  requesterReply: (t, body, supportEmail, consoleUrl) => ({
    to: [supportEmail],
    replyTo: t.requester.email,
    subject: subjectLine(t, 'Nouveau message du demandeur'),
    ...renderLayout({
      title: `Message sur ${t.number}`,
      paragraphs: [`${t.requester.name} <${t.requester.email}> a écrit :`, body],
      action: { label: 'Ouvrir dans la console', url: consoleUrl },
    }),
  }),
});
