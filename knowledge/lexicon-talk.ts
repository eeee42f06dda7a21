/**
 * Everyday phrases about the support's own channels whose words a portal topic's stem would catch,
 * rewritten for search only and spread into the idioms (lexicon-idioms.ts): a training session
 * held live or watched again later, talking to the bot or to a person, a request carried up.
 */

/** A session held live, or watched again later: the training's own matter, no live contact and no goodbye. */
export const SESSION_PHRASES: Readonly<Record<string, string>> = Object.freeze({
  // «ils sont enregistrés pour revoir plus tard ?», «en différé»: watching a session again, or later, is its replay.
  'en differe': 'en replay',
  ...Object.fromEntries(
    ['', 'les ', 'le ', 'la '].flatMap((it) =>
      ['revoir plus tard', 'revoir apres', 'revoir apres coup', 'revoir ensuite', 'regarder plus tard'].map((said) => [`${it}${said}`, `${it}voir en replay`]),
    ),
  ),
  // «on pourra les revoir ?»: seeing them again, no goodbye («au revoir»).
  'les revoir': 'les voir a nouveau', 'le revoir': 'le voir a nouveau', 'la revoir': 'la voir a nouveau',
  // «je préfère un séminaire en direct»: a session held live is online, no live contact with the support.
  ...Object.fromEntries(
    ['seminaire', 'webinaire', 'formation', 'session', 'atelier', 'conference', 'demonstration', 'demo', 'presentation'].flatMap((w) =>
      [w, `${w}s`].flatMap((n) => [`${n} en direct`, `${n} en live`].map((live) => [live, `${n} en ligne`])),
    ),
  ),
  // «vous avez des webinaires gratuits ?»: the sessions themselves asked for, «gratuit» qualifying them
  // (whether they are free, asked of them, «ils sont gratuits ?», stays a price).
  ...Object.fromEntries(
    ['webinaire', 'webinar', 'tutoriel', 'tuto', 'replay'].flatMap((w) =>
      [w, `${w}s`].flatMap((n) => ['gratuit', 'gratuits', 'gratuite', 'gratuites'].map((free) => [`${n} ${free}`, n])),
    ),
  ),
});

/** «porte» → «remonte», «portons» → «remontons»: a form of «porter» as the same form of «remonter». */
const carriedUp = (carry: string): string => `re${carry.replace('port', 'mont')}`;

/** Talking to the bot or to a person: a chat cut off, a real person, a question put to someone, a request carried up, a courtesy to the bot. */
export const TALK_PHRASES: Readonly<Record<string, string>> = Object.freeze({
  // «mon chat avec un agent a été coupé»: cut off, no invoices sent «d'un coup» (whose stem it shares); «le rouvrir» opens it again.
  ...Object.fromEntries(
    ['a ete', 'ont ete', 'est', 'sont', 's est', 'se sont', 'ete', 'ca a', 'ca s est', 'il a', 'elle a', 'ils ont'].flatMap((aux) =>
      ['coupe', 'coupee', 'coupes', 'coupees'].map((cut) => [`${aux} ${cut}`, `${aux} interrompu`]),
    ),
  ),
  'le rouvrir': 'l ouvrir a nouveau', 'la rouvrir': 'l ouvrir a nouveau', 'rouvrir le chat': 'ouvrir le chat a nouveau', 'rouvrir la conversation': 'ouvrir la conversation a nouveau', 'rouvrir le tchat': 'ouvrir le tchat a nouveau',
  // «quelqu'un de réel», «une personne réelle», «quelqu'un en chair et en os»: a human, no «réel» of its own.
  'quelqu un de reel': 'un humain', 'quelqu un de vrai': 'un humain', 'quelqu un de vivant': 'un humain', 'une personne reelle': 'un humain', 'des personnes reelles': 'des humains', 'un etre humain reel': 'un humain',
  'un interlocuteur reel': 'un humain', 'un conseiller reel': 'un conseiller', 'en chair et en os': 'humain',
  // «je suis de retour», «me revoilà»: back in the conversation, a greeting; «retours invendus» alone are goods sent back.
  'je suis de retour': 'me revoila', 'suis de retour': 'me revoila', 'me voila de retour': 'me revoila', 'de retour parmi vous': 'me revoila',
  // «comment je pose une question à ClaudIA ?»: asking someone is talking to them, no invoice «déposée» (whose stem «pos» it shares).
  ...Object.fromEntries(
    ['pose', 'poser', 'posez', 'poses', 'posons'].flatMap((verb) =>
      ['une question', 'ma question', 'mes questions', 'des questions', 'ces questions', 'la question'].map((what) => [`${verb} ${what} a`, verb === 'poser' ? 'parler a' : 'parle a']),
    ),
  ),
  // «personne ne lit vos tickets ?», «vous lisez les demandes ?»: whether the support answers what was written to it, no reading of anything.
  ...Object.fromEntries(
    ['lit', 'lisez', 'lisent', 'lire', 'lu', 'lus'].flatMap((read) =>
      ['vos', 'les', 'mes', 'nos', 'ses', 'leurs'].flatMap((their) =>
        ['tickets', 'demandes', 'messages', 'mails'].map((what) => [`${read} ${their} ${what}`, `repond aux ${what}`]),
      ),
    ),
  ),
  // «on la porte où, cette demande ?», «porter une demande d'évolution»: a request carried up to those who decide, as «remonter»
  // says it; no network port nor door, whose stem «port» they share.
  ...Object.fromEntries(
    ['on la', 'on les', 'je la', 'je les', 'nous la', 'nous les', 'vous la', 'vous les', 'la', 'les'].flatMap((it) =>
      // «la porte», «les portes» alone are doors.
      ['porte', 'portons', 'portez', 'porter'].filter((carry) => it.includes(' ') || carry !== 'porte').map((carry) => [`${it} ${carry}`, `${it} ${carriedUp(carry)}`]),
    ),
  ),
  ...Object.fromEntries(
    ['porter', 'porte', 'portons', 'portez', 'portent'].flatMap((carry) =>
      ['une', 'la', 'cette', 'notre', 'nos', 'ma', 'mes', 'des', 'les', 'ces'].flatMap((the) =>
        ['demande', 'demandes', 'proposition', 'propositions', 'idee', 'idees', 'suggestion', 'suggestions'].map((what) => [`${carry} ${the} ${what}`, `${carriedUp(carry)} ${the} ${what}`]),
      ),
    ),
  ),
  // «merci le robot», «a+ bonne soirée le robot»: the bot addressed after a courtesy, as by its name («merci ClaudIA»); no question about the assistant.
  ...Object.fromEntries(
    ['merci', 'bonjour', 'bonsoir', 'salut', 'coucou', 'hello', 'au revoir', 'bonne journee', 'bonne soiree', 'bonne nuit', 'a bientot', 'a plus', 'aplus', 'bye', 'thanks', 'thank you'].flatMap((courtesy) =>
      ['le robot', 'mon robot', 'petit robot', 'robot', 'le bot', 'la machine', 'le chatbot', 'chatbot'].map((bot) => [`${courtesy} ${bot}`, courtesy]),
    ),
  ),
});
