/** What the live chat says to users (French), in one place like the bot's texts. */
export const LIVE_TEXTS = Object.freeze({
  agentJoined: (name: string) => `${name} a rejoint la conversation.`,
  agentLeft: (name: string) => `${name} a quitté la conversation.`,
  transferred: (name: string) => `Votre conversation est transférée à ${name}.`,
  requeued:
    'Votre conseiller a été déconnecté. Vous repassez en tête de la file d’attente : un autre conseiller va vous répondre.',
  appointmentProposed: (slots: string[]) =>
    ['Votre conseiller vous propose un rendez-vous téléphonique. Choisissez un créneau (heure de Paris) :', ...slots.map((s) => `- ${s}`)].join(
      '\n',
    ),
  appointmentBooked: (when: string, phone: string) =>
    `Rendez-vous téléphonique confirmé le ${when} (heure de Paris) : votre conseiller vous appellera au ${phone}. ` +
    'Un e-mail de confirmation vous a été envoyé.',
  ticketCreated: (number: string) => `Votre conseiller a créé le ticket n° ${number}.`,
});

/** What agents see as system lines in the chat. */
export const AGENT_TEXTS = Object.freeze({
  userLeft: 'L’utilisateur a quitté la file d’attente pour créer un ticket.',
  userEnded: 'L’usager a terminé la conversation.',
  appointmentBooked: (when: string, phone: string) => `Rendez-vous choisi : ${when} (heure de Paris), au ${phone}.`,
  transferredFrom: (name: string) => `Conversation transférée par ${name}.`,
});
