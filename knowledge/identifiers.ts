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

/**
 * «c'est dû le 24 ?», «depuis le 3», «jusqu'au 31»: a day of the month is a date, no topic
 * (a bare «24» met the support's «24 h/24»); «le 24/7», «le 15 h», «le 3e» are not days.
 */
const DAY_OF_MONTH = /(?<![\p{L}\p{N}])((?:le|du|au|avant le|après le|apres le|depuis le|jusqu['’]au|jusqu au|dès le|des le|vers le)\s)(?:[12]?\p{N}|3[01])(?![\p{L}\p{N}]|\s?(?:h\b|heures?|[/:.,]|€|%|e\b|er\b|ème)|\s(?:janv|f[ée]v|mars|avr|mai|juin|juil|ao[uû]|sept|oct|nov|d[ée]c))/giu;

/** «le 3 mars», «depuis le 12 juin»: a full date is its month («en mars»), the day no topic either. */
const DAY_AND_MONTH = /(?<![\p{L}\p{N}])(?:le\s)?(?:[12]?\p{N}|3[01])(?:er)?\s(?=(?:janvier|f[ée]vrier|mars|avril|mai|juin|juillet|ao[uû]t|septembre|octobre|novembre|d[ée]cembre)(?![\p{L}]))/giu;

/** «INV-5531», «FAC/2024/118», «CMD_00412»: a capitalised prefix joined to digits is an invoice's or an order's number. */
const PREFIXED = /(?<![\p{L}\p{N}])\p{Lu}{2,5}[-/_]\p{N}{3,}(?:[-/_.]\p{N}+)*(?![\p{L}\p{N}])/gu;

/**
 * «et celle du bon de livraison 4410 ?», «celle de la commande 5512»: an invoice pointed to by its
 * order's or delivery's number is a reference like its own number (the order form, a topic the
 * base does not answer, is not what is asked).
 */
const POINTED_BY_ORDER = /(?<=(?<![\p{L}\p{N}])(?:celle|celui|celles|ceux)\s(?:du|de la|de l['’]|des)\s?)(?:bons?\s(?:de\s)?(?:commande|livraison)|commandes?|devis|bat|bl|bdc)\s(?:n\s?°\s?)?\p{N}{2,}(?![\p{L}\p{N}])/giu;

export function dropIdentifiers(text: string): string {
  return text.replace(POINTED_BY_ORDER, ' ').replace(DAY_AND_MONTH, 'en ').replace(DAY_OF_MONTH, '$1').replace(AMOUNT, ' ').replace(NUMBERED, ' ').replace(CODE, ' ').replace(PREFIXED, ' ').replace(DIGIT_GROUPS, (groups) => (isReference(groups) ? ' ' : groups));
}
