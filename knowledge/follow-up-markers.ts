/**
 * Whether a sentence continues the conversation or turns away from it (message.ts): «et pour…»,
 * «je fais quoi ?», «… aussi ?», «pour faire suite à mon précédent message», «…, donc ?» point back
 * to what was said before; «et sinon, …» turns to another topic. Normalised text.
 */
import type { Clause } from './clauses';
import { ALSO_APPLIES, alternation, LETTER_FOLLOW_UP } from './shared-phrases';

/** «ok, et pour les avoirs ?», «du coup», «what about…»: a sentence that opens on what was said before. */
const FOLLOW_UP =
  /^(?:(?:ok|okay|(?:d )?accord|bon|super|merci|parfait|alors|ah|oui|non|mais|attendez|attends|pardon|oups|wait|sorry|oops|c\s+est\s+pas\s+ca|ce\s+n\s+est\s+pas\s+ca|pas\s+ca)\s+)*(?:et|and|(?:ca|cela)\s+change\s+(?:quoi|quelque chose|qqch|koi)(?=\s+(?:pour|si|avec)\b)|qu\s+est\s+ce\s+que\s+(?:ca|cela)\s+change(?=\s+(?:pour|si|avec)\b)|what\s+(?:does|would)\s+(?:it|that|this)\s+change(?=\s+(?:for|if|with)\b)|donc|(?:je|j) (?:parlais|parle|voulais dire|veux dire)|i meant|i mean|what about|how about|sauf que|except that|ensuite|puis|apres|sinon|pareil|idem|meme chose|aussi|and then|then|concretement|du coup|en pratique|dans ce cas|precision|precisions|je precise|pour preciser|pour info|pour information|in practice|so how|(?:c\s+)?est (?:pareil|la meme chose|idem)|(?:is it|it s) the same|same (?:for|with)|c\s+est\s+pour\s+(?:de\s+la|du|des|un|une|de|d)\b|it s for|meme(?=\s+(?:pour|si|quand|avec|sans|les|le|la|l|un|une|des|nous|moi)\b)|even(?=\s+(?:for|if|when|with|without|the|a|an|small)\b)|(?:est ce qu\s+)?(?:il\s+)?y\s+en\s+(?:a|aurait)(?:\s+t\s+il)?\s+(?:un|une|1)|is there one|(?:lequel|laquelle|lesquels|lesquelles|which ones?)$)\b/;
/** «Pour faire suite à mon précédent message, …», «il en va de même pour…», «further to my last e-mail»: a letter that continues the conversation. */
const CONTINUES_LETTER = new RegExp(
  `\\b(?:il en (?:va|est|irait|serait) de meme|(?:pour |comme )?(?:faire )?suite a (?:${alternation(LETTER_FOLLOW_UP.determiners)}) (?:(?:${alternation(LETTER_FOLLOW_UP.adjectives)}) )?(?:${alternation(LETTER_FOLLOW_UP.nouns)})s?|je reviens vers vous|(?:${alternation(LETTER_FOLLOW_UP.english)}) (?:(?:${alternation(LETTER_FOLLOW_UP.englishAdjectives)}) )?(?:${alternation(LETTER_FOLLOW_UP.englishNouns)}))\\b`,
);
/** «… rien. je fais quoi ?», «il a mis 12 000 au lieu de 10 500, on fait quoi ?», «…, qu'est-ce que je fais ?» (its «qu'» elided): what to do now, about what was just said. */
const WHAT_NOW =
  /\b(?:(?:je|j|on|nous)\s+(?:fais|fait|faisons|dois faire|doit faire|devons faire)\s+quoi|que (?:dois je|faut il|puis je|doit on|peut on) faire|qu est ce que (?:je|j|on) (?:fais|fait|dois faire|doit faire|peux faire|peut faire)|est ce que (?:je|j|on) (?:fais|fait|dois faire|doit faire|peux faire|peut faire)(?= *$| (?:maintenant|alors|du coup|dans ce cas|ensuite|la)$)|quoi faire|what (?:now|should i do|do i do|do we do|can i do|should we do))\b/;
/** «on est une TPE, on est concernés aussi ?», «ça vaut pour les avoirs aussi ?»: the previous topic, applied to one more case. */
const ALSO_AT_END = /\b(?:aussi|egalement|too|as well)$/;
const ALSO_WORDS = 12;
/**
 * «moi je fais de la maintenance pour une mairie, je vais dans laquelle ?», «c'est lequel pour
 * nous ?», «laquelle je prends ?»: which of the things just named, asked in a clause of its own.
 */
const WHICH_ONE =
  /^(?:(?:et|mais|donc|alors|du coup|bon|ok)\s+)*(?:(?:je|j|on|nous)\s+(?:\w+\s+){0,2}?(?:(?:dans|sur|par|avec|pour|a|en)\s+)?(?:lequel|laquelle|lesquels|lesquelles)|(?:(?:dans|sur|par|avec|pour|a|en)\s+)?(?:lequel|laquelle|lesquels|lesquelles)\s+(?:je|j|on|nous)\s+\w+(?:\s+\w+)?|(?:c\s+est|ce\s+serait|ca\s+serait|ca\s+sera)\s+(?:(?:dans|sur|par|avec|pour|a|en)\s+)?(?:lequel|laquelle|lesquels|lesquelles)(?:\s+pour\s+(?:moi|nous))?)$/;
const WHICH_ONE_WORDS = 24;
/** A sentence of at most this many words that asks what to do now points back. */
const WHAT_NOW_WORDS = 16;
/**
 * «et sinon, l'OPCO rembourse-t-il une formation ?»: «sinon» before a question of its own turns to
 * another topic; «et sinon je fais quoi jusqu'à lundi ?» asks what to do otherwise, about what was said.
 */
const OTHERWISE = String.raw`(?:sinon(?!\s+(?:(?:je|j|on|nous)\s+(?:fais|fait|faisons|dois|doit|devons|peux|peut|pouvons)\s+(?:faire\s+)?(?:quoi|comment)|(?:que|quoi|comment)\s+faire|comment\s+(?:je|on|nous)\s+(?:fais|fait|faisons))\b)|by the way|au fait|autre chose|autre question)`;
const CHANGES_TOPIC = new RegExp(String.raw`^(?:(?:ok|okay|(?:d )?accord|bon|super|merci|parfait|alors|ah|oui)\s+)*(?:et\s+)?${OTHERWISE}\s+(?:\w+\s+){3,}\w+`);
/** …or a clause after a thanks that does («merci pour les infos, sinon …»). */
const CHANGES_TOPIC_CLAUSE = new RegExp(String.raw`^(?:et\s+)?${OTHERWISE}\s+(?:\w+\s+){3,}\w+`);
/** «je fais de la maçonnerie pour le département, donc ?»: the situation told, then «so?» — it asks about what was said before. */
const SO_WHAT = /^(?:et |mais )?(?:donc|alors|du coup|dans ce cas|so|and so|then)$/;

/**
 * «ce serait sur les assos qui gèrent des crèches, ça peut intéresser ?» after a proposed article:
 * what the thing just spoken of would be about; whatever that subject draws, the topic stays.
 */
const WOULD_BE_ABOUT =
  /^(?:(?:et|mais|alors|donc|bon|ok)\s+)*(?:ce|ca|cela|il|elle|l article|le sujet|mon sujet|mon article|mon idee|l idee)\s+(?:serait|porterait|parlerait|traiterait)\s+(?:sur|de|du|des|d)\b/;
const wouldBeAbout = (clause: string): boolean => WOULD_BE_ABOUT.test(clause);
/**
 * «sur les petites assos qui facturent les mairies, ça vous intéresse ?», «un retour d'expérience
 * sur notre raccordement, ça peut intéresser ?»: a subject offered, then whether it interests.
 */
const OFFERED_SUBJECT = /^(?:(?:et|mais|alors|donc|bon|ok)\s+)*(?:(?:sur|au sujet de|a propos de)\s+)?(?:les|la|le|l|un|une|des|mes|nos|mon|ma|notre|ces|ce|cette)\s+\w+/;
const INTERESTS = /^(?:(?:et|mais|alors|donc|bon|ok)\s+)*(?:ca|cela)\s+(?:(?:vous|te)\s+)?(?:(?:peut|pourrait)\s+(?:vous\s+)?)?(?:interesse|interesserait|interesser|dit|dirait|tente|tenterait)\b/;
/** The clauses that only say what the thing just spoken of would be about: the rest asks about that thing. */
export const subjectClauses = (clauses: readonly Clause[]): Clause[] =>
  clauses.filter((c) => WOULD_BE_ABOUT.test(c.text) || (OFFERED_SUBJECT.test(c.text) && !INTERESTS.test(c.text) && clauses.some((o) => INTERESTS.test(o.text))));

/**
 * «et pour les repas des enfants ?», «pour un lycée ?»: the same question narrowed to one more
 * thing, a noun phrase with no verb of its own («et mon mdp ?» may name a topic of its own).
 */
const NARROWS = /^(?:(?:et|mais|ok|bon|alors|sinon)\s+)*(?:(?:pour|concernant|quid de|au sujet de|en ce qui concerne|dans le cas de)\s+)(?:les|la|le|l|un|une|des|du|mon|ma|mes|notre|nos|ces|cette|ce|cet)\s+\w+(?:\s+(?:de|des|du|d|pour|a|en|aux?)\s+(?:(?:les|la|le|l|un|une|mes|nos|ma|mon)\s+)?\w+)?$/;
export const narrowsTo = (clauses: readonly Clause[]): boolean => clauses.length === 1 && NARROWS.test(clauses[0]!.text);

/** Whether a clause asks which of the things just named («je vais dans laquelle ?»): the case told beside it is the writer's, the topic stays. */
export const asksWhichOne = (clauses: readonly Clause[]): boolean => clauses.some((c) => WHICH_ONE.test(c.text));

/** Whether a sentence turns to another topic («et sinon, …»), or one of its clauses does («merci pour les infos, sinon …»). */
export const changesTopicIn = (words: string, own: readonly Clause[]): boolean => CHANGES_TOPIC.test(words) || own.some((c) => CHANGES_TOPIC_CLAUSE.test(c.text));

/** Whether a sentence (its words, its clauses, whether it asks, whether a question mark closes it) points back to the conversation. */
export function continuesConversation(words: string, own: readonly Clause[], asks: boolean, marked: boolean): boolean {
  const length = words.split(' ').length;
  return (
    (FOLLOW_UP.test(words) && !CHANGES_TOPIC.test(words)) ||
    (WHAT_NOW.test(words) && length <= WHAT_NOW_WORDS) ||
    (asks && (ALSO_AT_END.test(words) || ALSO_APPLIES.test(words)) && length <= ALSO_WORDS) ||
    (asks && length <= WHICH_ONE_WORDS && asksWhichOne(own)) ||
    (asks && (wouldBeAbout(words) || subjectClauses(own).length > 0)) ||
    CONTINUES_LETTER.test(words) ||
    (own.length > 1 && marked && SO_WHAT.test(own.at(-1)!.text))
  );
}
