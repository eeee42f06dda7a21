/**
 * Everything ClaudIA says, in one place, so tone and typography (vouvoiement, « », ’) can be
 * reviewed and changed without touching the turn logic. Plain spaces are used inside « » and
 * before « : ? ! » on purpose: the same strings are matched by channels and tests.
 */
import { APOLOGY } from '../protocol/apology';

export const LABELS = Object.freeze({
  askAgent: 'Parler à un conseiller',
  agent: 'Discuter avec un conseiller',
  ticket: 'Créer un ticket',
  technique: 'Technique',
  metier: 'Métier',
  confirm: 'Confirmer',
  edit: 'Modifier',
  cancel: 'Annuler',
  leaveQueue: 'Quitter la file et créer un ticket',
  editEmail: 'Adresse e-mail',
  editCategory: 'Catégorie',
  editSubject: 'Objet',
  editDescription: 'Description',
  followUp: 'Suivre ma demande',
});

const firstLine = (name: string | null) => (name ? `Bonjour ${name}` : 'Bonjour');

export const TEXTS = Object.freeze({
  /** The configured opening hours (hours/ describes them). */
  hours: (described: string) => `Nos conseillers sont disponibles ${described}.`,
  welcome: (name: string | null, returning: boolean, assistant: string) =>
    `${firstLine(name)}, ${returning ? 'ravie de vous retrouver !' : `je suis ${assistant}, votre assistante virtuelle.`} ` +
    'Posez-moi votre question en quelques mots, ou choisissez un sujet :',
  greeting: (name: string | null) => `${firstLine(name)} ! Quelle est votre question ?`,
  thanks: 'Avec plaisir ! N’hésitez pas si vous avez une autre question.',
  goodbye: 'Au revoir, et bonne continuation sur le portail !',
  nothingToCancel: 'Entendu. Posez-moi votre question quand vous le souhaitez.',
  textOnly: 'Je ne sais lire que les messages écrits : posez-moi votre question en quelques mots.',

  source: (title: string) => `_Source : ${title}_`,
  seeAlso: 'Pour aller plus loin :',
  readMore: (url: string) => `[Lire la fiche complète](${url})`,
  clarify: 'Vouliez-vous dire…',
  /** First fallback in a row: ask to rephrase (varied, so a second episode does not repeat the first). */
  fallback: [
    'Je n’ai pas compris votre question, désolée. Soyez précis : privilégiez des phrases courtes, par exemple « facture restée en brouillon ». ' +
      'Vous pouvez aussi vous adresser au support :',
    'Je ne suis pas sûre de bien comprendre. Pouvez-vous reformuler en une phrase courte, avec le nom de l’écran ou du document concerné ? ' +
      'Sinon, le support peut vous aider :',
    'Désolée, je ne trouve pas de réponse à votre question ainsi formulée. Essayez avec d’autres mots, par exemple « suivre ma facture » ou « mot de passe oublié ». ' +
      'Le support reste à votre disposition :',
  ] as readonly string[],
  /** The question was understood, but the articles on its topic do not say what it asks («c'est gratuit ?»): no guess. */
  unsaid: 'Mes fiches ne précisent pas ce point, désolée, et je préfère ne pas vous répondre au hasard. Le support peut vous renseigner :',
  /** «tu es un robot ?», «t'es qui ?»: what the assistant is, said plainly, and the way to a person. */
  aboutMe: (assistant: string, portal: string) =>
    `Je suis ${assistant}, l’assistante virtuelle de ${portal} : un programme qui répond à partir des fiches d’aide du portail, pas une personne. ` +
    'Posez-moi votre question sur le portail, ou adressez-vous au support :',
  /** Fallbacks after the first in a row: what is really available comes first. */
  fallbackAgain: [
    (decision: string) => `Je ne parviens toujours pas à vous répondre. ${decision}`,
    (decision: string) => `Je n’ai toujours pas de réponse à vous proposer, désolée. ${decision}`,
    (decision: string) => `Cette question dépasse ce que je sais faire. ${decision}`,
  ] as readonly ((decision: string) => string)[],

  liked: 'Merci pour votre retour !',
  askComment: 'Pouvez-vous préciser le dysfonctionnement rencontré ?',
  /** The same article answered again to a follow-up: it did not solve it, a person can. */
  stillStuck: 'Si ces étapes ne suffisent toujours pas, le support peut prendre le relais.',
  commentThanks: 'Merci, votre remarque est bien notée : elle nous aidera à améliorer mes réponses.',

  agentOrTicket: 'Un conseiller peut prendre le relais, ou vous pouvez créer un ticket.',
  agentNow: 'Je vous mets en relation avec un conseiller.',
  agentsBusy: 'Nos conseillers sont tous occupés pour le moment.',
  nobodyOnDuty: 'Aucun conseiller n’est en ligne pour le moment.',
  nextOpening: (when: string) => `Prochaine ouverture : ${when}.`,
  ticketHint: (loggedIn: boolean) =>
    loggedIn
      ? 'Vous pouvez créer un ticket : les coordonnées de votre compte seront reprises automatiquement.'
      : 'Vous pouvez créer un ticket : il vous suffira d’indiquer votre adresse e-mail.',
  ticketChosen: 'Créons ensemble votre ticket.',

  queued: (position: number, minutes: number) =>
    `Vous êtes en position ${position} dans la file d’attente, attente estimée : ${minutes} minute${minutes > 1 ? 's' : ''}.`,
  handoffRefused: 'Aucun conseiller ne peut prendre votre demande pour le moment, désolée.',
  handoffEnded: 'La conversation avec le conseiller est terminée. Je reste à votre disposition pour toute autre question.',
  rateChat: 'Comment s’est passé cet échange avec le conseiller ? Votre avis nous aide à améliorer le support.',
  chatRated: 'Merci pour votre avis, il a bien été transmis à l’équipe du support.',
  chatAlreadyRated: 'Votre avis sur cet échange est déjà enregistré, merci.',
  transcriptSent: (email: string) => `C’est envoyé : la transcription de l’échange part à ${email}.`,
  transcriptAlreadySent: 'La transcription de cet échange vous a déjà été envoyée.',
  transcriptNeedsEmail: 'Indiquez l’adresse e-mail à laquelle envoyer la transcription.',
  endOfChatUnknown: 'Cet échange n’est plus disponible pour un avis ou une transcription.',
  endOfChatInvalid: 'Je n’ai pas pu lire votre avis : choisissez une note de 1 à 5 (commentaire de 1 000 caractères au plus) et une adresse e-mail valide.',
  handoffFailed: 'La mise en relation avec un conseiller n’a pas pu aboutir, désolée.',
  leftQueue: 'Vous avez quitté la file d’attente : créons ensemble votre ticket, il reprendra notre échange.',
  supportClosed: 'Le support vient de fermer avant qu’un conseiller ne puisse vous répondre, désolée.',
  noAgentLeft: 'Plus aucun conseiller n’est disponible pour le moment, désolée.',
  closedWithTicket: (number: string) =>
    `Votre conseiller a créé le ticket n° ${number} : la suite de votre demande vous parviendra par e-mail.`,

  ticketIntro: 'Je vous aide à créer un ticket pour le support.',
  askEmail: 'Quelle est votre adresse e-mail ? Le numéro du ticket et la réponse du support vous y seront envoyés.',
  badEmail: 'Cette adresse e-mail ne semble pas valide (exemple : nom@domaine.fr). Pouvez-vous la saisir à nouveau ?',
  askCategory: 'Votre demande est-elle plutôt technique (connexion, anomalie) ou métier (facturation, procédure) ?',
  badCategory: 'Je n’ai pas compris : répondez « Technique » ou « Métier ».',
  askSubject: 'En une ligne, quel est l’objet de votre demande ?',
  emptySubject: 'L’objet ne peut pas être vide.',
  longSubject: (max: number, length: number) =>
    `L’objet doit tenir en ${max} caractères au maximum (le vôtre en compte ${length}) : pouvez-vous le raccourcir ?`,
  askDescription: 'Décrivez votre demande en quelques phrases : ce que vous cherchiez à faire et ce qui s’est passé.',
  badDescription: (max: number) => `La description doit faire entre 1 et ${max} caractères.`,
  askEdit: 'Que souhaitez-vous modifier ?',
  askConfirm: 'Je transmets cette demande au support ?',
  badConfirm: 'Répondez « Confirmer », « Modifier » ou « Annuler ».',
  summary: (fields: [string, string][]) =>
    ['Voici votre demande :', ...fields.map(([k, v]) => `- **${k}** : ${v}`)].join('\n'),
  ticketCancelled: 'C’est noté, j’annule la création du ticket. Je reste à votre disposition.',
  ticketCreated: (number: string, email: string) =>
    `C’est fait : votre ticket n° ${number} est créé. Un e-mail de confirmation vous a été envoyé à ${email}.`,
  ticketFailed:
    'Désolée, je n’ai pas pu créer votre ticket pour le moment. Vos informations sont conservées : ' +
    'réessayez dans un instant avec « Confirmer ».',
  ticketLimited: (reason: string) => `${reason} Vos informations sont conservées : « Confirmer » les enverra quand ce sera possible.`,

  ticketFormInvalid: 'Certains champs du formulaire sont à corriger.',
  ticketFormIntro: (intro: string) => `${intro} Remplissez le formulaire ci-dessous.`,
  formErrors: Object.freeze({
    email: 'Indiquez une adresse e-mail valide (exemple : nom@domaine.fr).',
    category: 'Choisissez une catégorie : technique ou métier.',
    subject: 'Indiquez l’objet de votre demande.',
    longSubject: (max: number) => `L’objet doit tenir en ${max} caractères au maximum.`,
    bidiSubject: 'L’objet contient des caractères qui inversent le sens d’écriture : retapez-le simplement.',
    description: (max: number) => `Décrivez votre demande (${max} caractères au maximum).`,
  }),
  formLine: (subject: string) => `Formulaire de ticket — objet : ${subject}`,

  turnError: APOLOGY,
});

/**
 * What ClaudIA says to someone who writes in English: the help and the conversation stay in
 * French (the support team is French-speaking), which the user is told in English.
 */
export const TEXTS_EN = Object.freeze({
  inFrench: (title: string, summary: string) =>
    `_Our help is written in French. In short — **${title}**: ${summary}_\n\n_The full article (in French) follows._`,
  inFrenchNoGist: '_Our help is written in French; here is the article that answers your question._',
  clarify: 'Did you mean… (our articles are in French)',
  fallback: [
    'Sorry, I did not understand your question. Our help is written in French: please rephrase it in a few words (in English or French), or contact support:',
    'Sorry, I could not find an answer. Try a short sentence naming the screen or document (our help is in French), or contact support:',
  ] as readonly string[],
  unsaid: 'Our articles do not say this, sorry, and I would rather not guess. The support team (in French) can tell you:',
  aboutMe: (assistant: string, portal: string) =>
    `I am ${assistant}, the ${portal} virtual assistant: a program that answers from the portal's help articles (in French), not a person. Ask me about the portal, or contact support:`,
  fallbackAgain: (decision: string) => `I still cannot answer, sorry. The support team answers in French. ${decision}`,
  greeting: (assistant: string, portal: string) =>
    `Hello! I am ${assistant}, the ${portal} assistant. Our help is written in French, but you may ask your question in English.`,
  thanks: 'You are welcome! Feel free to ask another question.',
  goodbye: 'Goodbye, and good luck with the portal!',
});

export const CATEGORY_LABELS = Object.freeze({ technique: LABELS.technique, metier: LABELS.metier });
