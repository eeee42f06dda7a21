/**
 * Numbers written as identifiers or dates («n° 2024-0158», «facture FA/2023/112» keeps its
 * letters, «le 12/03/2024»): groups of digits joined by a hyphen, a slash or a dot are a reference,
 * never a topic, and a year inside one («2024») must not meet the article that names that year.
 * They are blanked out of the message before it is read.
 */
const DIGIT_GROUPS = /(?<![\p{L}\p{N}])\p{N}+(?:[-/.]\p{N}+)+(?![\p{L}\p{N}])/gu;

/** «24/7», «1.5»: short groups are a phrase or a quantity; a reference has a long group («2024-0158») or three groups («12/03/2024»). */
const isReference = (groups: string): boolean => {
  const parts = groups.split(/[-/.]/);
  return parts.length >= 3 || parts.some((p) => p.length >= 3);
};

/**
 * «n°SEC-2291», «réf. AB12», «numéro 887», «ref ticket INC0045872»: what follows a number sign is
 * a reference, letters and all (with the ticket or file a «réf.» names: a reference, no topic).
 */
const NUMBERED = /(?<![\p{L}\p{N}])(?:n\s?°|nº|no\.|num(?:é|e)ro|(?:réf\.?|ref\.?|référence|reference)(?:\s?(?:du\s|de la\s|de\s)?(?:ticket|dossier|demande|incident|cas)\b)?)\s?[\p{L}\p{N}\-/]*\p{N}[\p{L}\p{N}\-/.]*/giu;
/** «INC0045872», «SR12345»: letters glued to a long run of digits are a case or file number. */
const CODE = /(?<![\p{L}\p{N}])\p{L}{2,}\p{N}{4,}(?![\p{L}\p{N}])/gu;

/**
 * «6 390,15 € TTC», «2 360 €», «318,90 euros»: an invoice's exact total (with cents or a thousands
 * separator) is a detail of the story, like its number, never what the message is about (its
 * digits met an article's «1 ticket» or «7 jours»). A round sum stays: «le virement a 150 € de moins»,
 * «une pénalité de 50 €» may well be the question.
 */
const AMOUNT = /(?<![\p{L}\p{N}])(?:\p{N}{1,3}(?:[ \u00a0\u202f.]\p{N}{3})+(?:,\p{N}{1,2})?|\p{N}+,\p{N}{1,2})\s?(?:k€|€|euros?(?![\p{L}\p{N}])|eur(?![\p{L}\p{N}]))(?:\s?(?:ttc|ht|hors taxes?)(?![\p{L}\p{N}]))?/giu;

export function dropIdentifiers(text: string): string {
  return text.replace(AMOUNT, ' ').replace(NUMBERED, ' ').replace(CODE, ' ').replace(DIGIT_GROUPS, (groups) => (isReference(groups) ? ' ' : groups));
}
