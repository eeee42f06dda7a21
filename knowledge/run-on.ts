/**
 * Messages typed as one run, with little or no punctuation («madame monsieur je souhaiterais …
 * je vous prie d'agréer …», «je veux pas de webinaire je veux savoir …»): where the reader
 * (message.ts) would have had a sentence or a clause break, one is put back. Normalised text.
 */

/**
 * «… au rectorat je vous prie d'agréer …», «… dans un mémoire en vous remerciant bien
 * cordialement» typed as one run: a letter's closing formula, after a word, starts a sentence
 * of its own (else the whole letter would be read as its closing).
 */
const FORMULA_IN_A_RUN =
  /(?<=\p{L})\s+(?=(?:je vous prie(?: de)? (?:agreer|recevoir|croire|accepter)|nous vous prions(?: de)? (?:agreer|recevoir|croire|accepter)|veuillez (?:agreer|recevoir|croire|accepter)|dans l attente de (?:votre|vos)|dans attente de (?:votre|vos)|en vous remerciant|avec mes remerciements|avec nos remerciements|recevez (?:mes|nos|madame|monsieur)|bien cordialement|cordialement)\b)/gu;
/**
 * «… mais je suis pas connecté comment on fait»: a how-to question ending a run is a clause of its
 * own (not after a verb it completes: «je ne sais pas comment faire», «dites-moi comment faire»).
 */
const NOT_AFTER_A_VERB_OF_KNOWING =
  '(?<!\\b(?:sais|sait|savons|savez|savoir|sachant|vois|voit|voyons|voir|idee|dire|dites|dis|expliquer|expliquez|explique|indiquer|indiquez|indique|montrer|montrez|montre|demande|demandais|demandons|comprends|comprend|comprendre|ignore|ignorons|trouve|trouver|cherche|cherchons|pas|plus|savais|compris|sur|et|ou|mais|donc|alors))';
const HOW_AT_THE_END = new RegExp(
  `(?<=\\p{L})${NOT_AFTER_A_VERB_OF_KNOWING}\\s+(?=comment (?:on fait|on doit faire|on procede|faire|je fais|je dois faire|je procede|proceder)\\s*[?!.]*\\s*$)`,
  'u',
);
/** «pas un ticket en mode connecté puisque j'arrive pas à me connecter comment j'envoie une demande…»: after a negation, a how-to starts a clause. */
const HOW_AFTER = new RegExp(`(?<=\\p{L})${NOT_AFTER_A_VERB_OF_KNOWING}\\s+(?=comment\\s)`, 'gu');
export const formulasOnTheirOwn = (normalized: string): string => normalized.replace(FORMULA_IN_A_RUN, '. ').replace(HOW_AT_THE_END, ', ');

/** «je veux pas de webinaire je veux savoir où en est ma facture», «c'est pas la connexion j'arrive à entrer c'est mon brouillon», «pas le chat je veux…», «ne me renvoyez pas vers la FAQ je veux…»: a sentence that opens on a negation. */
const OPENS_NEGATED = /^\s*(?:(?:et|mais|non)\s+)?(?:ne\s+(?:me\s+|nous\s+)?\w+ez\s+pas\b|(?:(?:je|j|on|nous)\s+(?:ne\s+|n\s+)?\w+|(?:c|ce)\s+(?:n\s+)?est|ces|ses)\s+(?:\w+\s+)?pas\b|pas(?=\s+(?:de|d|du|des|un|une|le|la|les|l|ce|cette|ces|mon|ma|mes|notre|nos|votre|vos)\s))/;
/** Where a new clause starts in a run with no comma: a subject (dictated «ces un…» is «c'est un…»), not after a word that subordinates it nor in «le problème c'est…». */
const SUBJECT_AFTER = /(?<!\b(?:que|qu|si|et|ou|quand|pour|comme|parce|lorsque|puisque|dont|ni|probleme|souci|soucis|question|sujet|blocage|bug|truc))\s+(?=(?:je|j|c est|ce est|on|nous|(?:ces|ses)\s+(?:un|une|pas|pour))\s)/g;

/**
 * Typed as one run, without a comma, a sentence that opens on a negation is cut where each new
 * subject starts, so that what is rejected and what is asked are separate clauses («je veux pas de
 * webinaire je veux savoir où en est ma facture»).
 */
export function cutAfterNegation(sentence: string): string {
  const negation = OPENS_NEGATED.exec(sentence);
  if (!negation || /[,;]/.test(sentence)) return sentence;
  const from = negation.index + negation[0].length;
  // «je ne veux pas qu'on me rappelle» (the «qu'» is gone): a subject right after the negation is
  // the clause it rejects, not a new one.
  if (/^\s+(?:je|j|on|nous|vous|tu|il|elle|ils|elles|c|ce)\s/.test(sentence.slice(from))) return sentence;
  return sentence.slice(0, from) + sentence.slice(from).replace(SUBJECT_AFTER, ', ').replace(HOW_AFTER, ', ');
}

/** A run this long, without a comma, is a story: a wish inside it starts a clause of its own. */
const LONG_RUN_WORDS = 30;
const WISH_AFTER = /(?<=\p{L})\s+(?=(?:je|nous|on)\s+(?:veux|voudrais|voudrions|souhaite|souhaiterais|souhaitons|aimerais|demande|exige)\s)/gu;

/**
 * A sentence typed as one run: cut after its negation (above), or, in a long story with no comma
 * («… mon collègue est en congé donc je suis bloqué je veux ouvrir un ticket tout de suite…»), before
 * each wish, so that a how-to word of the story («la procédure de réinitialisation») does not make the
 * request a question.
 */
export function cutRun(sentence: string): string {
  const cut = cutAfterNegation(sentence);
  if (cut !== sentence || /[,;]/.test(sentence) || sentence.trim().split(/\s+/).length < LONG_RUN_WORDS) return cut;
  return sentence.replace(WISH_AFTER, ', ');
}
