import { normalizeSurface } from './normalize';
import type { AskContext } from './types';

/**
 * «revenons au premier point : qui y siège ?», «et pour mon souci de départ, je fais quoi ?»,
 * «back to my original question»: a message that points back past the last answer to the
 * conversation's first subject. The words that point back name nothing of the topic; they are
 * set aside and the rest is read as a follow-up of the first question.
 */
const FIRST = '(?:premiere?s?|1ere?|1er|initiale?s?|d origine|originale?s?|de depart|du debut)';
/** What the first message was (not «ma première facture», «ma première demande de paiement»: those are the subject). */
const THING = '(?:questions?|points?|soucis?|problemes?|sujets?|messages?|choses?)(?: que (?:je vous ai|j ai|on a|nous avons|je t ai) (?:demandee?s?|posee?s?|dite?s?|evoquee?s?))?';
const OWN = '(?:ma|mon|mes|notre|nos|la|le|les|l|au|aux)';
const FROM_THE_START = '(?:de depart|du debut|d origine|initiale?s?|originale?s?)';
const BACK_TO_FIRST = new RegExp(
  '\\b(?:(?:je |j |on |nous )?(?:reviens|revenons|revenir|retourne|retournons|repars|repartons) (?:a |au |aux |sur |vers )?|pour |concernant |quant |sur )?' +
    `\\b(?:${OWN} (?:toute )?${FIRST} ${THING}|(?<=\\b(?:pour|sur|concernant|quant au|quant a) )(?:le|la) (?:tout )?(?:premier|premiere)(?= *[,:;.?!])|${OWN} (?:${THING}|factures?|demandes?) ${FROM_THE_START}|` +
    '(?:(?:going |get |getting |coming )?back to |returning to |about |regarding |on |for )?(?:my|our|the) (?:first|original|initial|earlier) (?:question|point|issue|problem|topic|message|request)s?)\\b',
  'g',
);

/** A thanks that opens the message («ok merci.», «merci beaucoup,»). */
const THANKS_FIRST = /^\s*(?:(?:ok|okay|bon|super|parfait|d accord)\s+)*(?:merci|thanks|thank you)(?:\s+(?:beaucoup|bien))?\b[\s.,;:!]*/;

/**
 * The message and the context it is read in: pointing back to the first subject, the first
 * question (and its answer) stand for the last one, and the pointing words are set aside.
 */
export function backToFirst(text: string, context?: AskContext): { text: string; context?: AskContext } {
  const first = context?.firstQuestion;
  if (!first) return { text, ...(context ? { context } : {}) };
  const normalized = normalizeSurface(text);
  const pointed = normalized.replace(BACK_TO_FIRST, ' ');
  if (pointed === normalized) return { text, context };
  // «ok merci. pour revenir à ma première question, …»: the thanks is for the last answer, the question goes on.
  const rest = pointed.replace(THANKS_FIRST, '');
  if (first === context.lastQuestion) return { text: rest, context };
  return { text: rest, context: { ...context, lastQuestion: first, lastArticle: context.firstArticle ?? null } };
}
