import { formatParisDateTime } from '../protocol/french-dates';
import { PROFILE_LABELS } from '../protocol/profile';
import { TRAINING_KIND_LABELS, type TrainingSession } from '../protocol/training';
import { answerWith } from './answer';
import type { TrainingPort } from './ports';
import type { TrainingMemo } from './state';
import { say, type Turn } from './turn';
import { fold } from './words';

/** «je veux m'inscrire à un webinaire», «formation pour les nouveaux fournisseurs», «les prochains webinaires». */
const SESSIONS = /\b(?:webinaires?|webinars?|formations?|sessions?|ateliers?|trainings?|accompagnements?)\b/;
const WANTS = /\b(?:m inscri\w*|inscri(?:re|ption|s|t|vez)|register|sign up|enrol\w*|participer|prochaine?s?|calendrier|planning|dates?|pour les (?:nouveaux|debutants|fournisseurs|entites|prestataires|maitres))\b/;
const CANCEL = /\b(?:annul\w*|desinscri\w*|desister|cancel)\b/;
const MINE = /\bmes inscriptions?\b|\bmon inscription\b|\bmy registrations?\b/;
const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;
const ARTICLE = 'accompagnement-webinaires';

export type TrainingRequest = 'list' | 'mine';

/** What the message asks of the sessions, if anything: the list to register, or one's registrations (to cancel). */
export function trainingRequestOf(text: string): TrainingRequest | null {
  const words = fold(text);
  if (MINE.test(words) || (CANCEL.test(words) && /\binscri\w*|\bwebinaire|\bformation|\bsession/.test(words))) return 'mine';
  return SESSIONS.test(words) && WANTS.test(words) ? 'list' : null;
}

const memo = (turn: Turn): TrainingMemo => (turn.data.training ??= { offers: [], cancels: [], awaitingEmail: null });
const when = (s: TrainingSession) => formatParisDateTime(new Date(s.startsAt));
const label = (s: TrainingSession) => `S’inscrire : ${s.title} (${when(s)})`;
const verifiedId = (turn: Turn) => (turn.data.requester?.verified ? turn.data.requester.portalUserId : null);

function sessionLine(s: TrainingSession): string {
  const left = s.capacity - s.seatsTaken;
  const audience = s.audience.length ? s.audience.map((p) => PROFILE_LABELS[p]).join(', ') : 'tous les publics';
  return `- **${s.title}** — ${TRAINING_KIND_LABELS[s.kind].toLowerCase()} le ${when(s)}, ${s.durationMinutes} min, pour ${audience} (${left} place${left > 1 ? 's' : ''} restante${left > 1 ? 's' : ''})`;
}

/**
 * Registration for an accompaniment session in the conversation (issue 15, part 3): the sessions
 * that fit the user's profile as buttons; a verified user is registered at once (the invitation
 * goes to their e-mail), anyone else gives an e-mail address and confirms by the link sent to it.
 */
export async function startTraining(turn: Turn, port: TrainingPort, request: TrainingRequest, question: string): Promise<void> {
  const m = memo(turn);
  m.awaitingEmail = null;
  if (request === 'mine') return listMine(turn, port, m);
  const profile = turn.data.requester?.verified ? (turn.data.requester.profile ?? null) : null;
  const sessions = await port.upcoming(profile);
  if (sessions.length === 0) {
    await say(turn, 'Aucune session d’accompagnement n’est ouverte aux inscriptions pour le moment. Voici les ressources disponibles en attendant :');
    const article = turn.deps.knowledge.article(ARTICLE);
    if (article) await answerWith(turn, article, question, null);
    return;
  }
  m.offers = sessions.map((s) => ({ label: label(s), sessionId: s.id }));
  await say(turn, ['Voici les prochaines sessions ouvertes aux inscriptions :', ...sessions.map(sessionLine), 'Choisissez celle qui vous intéresse.'].join('\n'), m.offers.map((o) => o.label));
}

async function listMine(turn: Turn, port: TrainingPort, m: TrainingMemo): Promise<void> {
  const userId = verifiedId(turn);
  if (!userId) return void (await say(turn, 'Pour annuler une inscription faite par e-mail, utilisez le lien « Annuler mon inscription » du message de confirmation. Connecté au portail, je peux aussi le faire pour vous.'));
  const mine = await port.registrationsOf(userId);
  if (mine.length === 0) return void (await say(turn, 'Vous n’avez aucune inscription à venir.'));
  m.cancels = mine.map((r) => ({ label: `Annuler : ${r.session.title} (${when(r.session)})`, registrationId: r.registration.id }));
  await say(turn, ['Vos inscriptions à venir :', ...mine.map((r) => `- **${r.session.title}** le ${when(r.session)}`), 'Laquelle voulez-vous annuler ?'].join('\n'), m.cancels.map((c) => c.label));
}

/** A message answering what the flow asked (a session's button, a cancel button, the e-mail); false: not for it. */
export async function continueTraining(turn: Turn, port: TrainingPort, text: string): Promise<boolean> {
  const m = turn.data.training;
  if (!m) return false;
  if (m.awaitingEmail) {
    const email = text.trim().toLowerCase();
    if (!EMAIL.test(email)) {
      m.awaitingEmail = null;
      return false; // another question: the registration waits no more
    }
    const sessionId = m.awaitingEmail;
    m.awaitingEmail = null;
    await register(turn, port, sessionId, { name: email.split('@')[0]!, email, portalUserId: null, verified: false });
    return true;
  }
  const offer = m.offers.find((o) => o.label === text.trim());
  if (offer) {
    const requester = turn.data.requester;
    if (requester?.verified && requester.portalUserId) {
      await register(turn, port, offer.sessionId, { name: requester.name, email: requester.email, portalUserId: requester.portalUserId, verified: true });
    } else {
      m.awaitingEmail = offer.sessionId;
      await say(turn, 'À quelle adresse e-mail envoyer la confirmation ? Vous y recevrez un lien pour confirmer votre inscription (votre place est réservée en attendant).');
    }
    return true;
  }
  const cancel = m.cancels.find((c) => c.label === text.trim());
  const userId = verifiedId(turn);
  if (cancel && userId) {
    m.cancels = [];
    const done = await port.cancelFor(userId, cancel.registrationId);
    await say(turn, done ? 'C’est fait : votre inscription est annulée et votre place libérée.' : 'Cette inscription était déjà annulée.');
    return true;
  }
  return false;
}

async function register(turn: Turn, port: TrainingPort, sessionId: string, who: { name: string; email: string; portalUserId: string | null; verified: boolean }): Promise<void> {
  const m = memo(turn);
  const r = await port.register({ sessionId, ...who });
  const what = r.session ? `« ${r.session.title} » du ${when(r.session)}` : 'cette session';
  if (r.status === 'confirmed' || r.status === 'pending') m.offers = [];
  const text = {
    confirmed: `C’est noté : vous êtes inscrit(e) à ${what}. L’invitation, avec le lien pour y participer, est envoyée à ${who.email} ; vous recevrez un rappel la veille.`,
    pending: `Votre place à ${what} est réservée. Un e-mail vient de partir à ${who.email} : cliquez sur « Confirmer mon inscription » dans les 48 heures pour la valider.`,
    already: `Vous êtes déjà inscrit(e) à ${what}.`,
    full: `Désolée, ${what} est complet. Demandez-moi les prochaines sessions pour en choisir une autre.`,
    closed: `Les inscriptions à ${what} sont closes. Demandez-moi les prochaines sessions pour en choisir une autre.`,
    limited: `Trop d’inscriptions ont été demandées pour l’adresse ${who.email} aujourd’hui : réessayez demain, ou connectez-vous au portail pour vous inscrire directement.`,
  }[r.status];
  await say(turn, text);
}
