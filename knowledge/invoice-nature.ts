/**
 * «l'état de traitement d'une facture… pour des prestations de gardiennage», «ma facture pour le
 * transfert des archives est restée en brouillon»: when where an invoice stands, or its draft, is
 * asked, what the invoice was for (services, supplies, deliveries, a job named right after the
 * word «facture») says which invoice, not what is asked («prestations», «transfert» would draw
 * other articles). It is blanked out of the message before it is read, like an identifier
 * (identifiers.ts). Works stay («pour des travaux de voirie»: which application it goes through
 * may be the matter), and so does everything when neither is asked («quelle application pour une
 * facture de prestations de nettoyage ?»). A buyer named there («ma facture pour la mairie») stays:
 * it says whom, not what for.
 */
/** A status named («état», «statut», «où en est»), and a draft however spelt («brouilon», «brouiyon», «brouillion»). */
const STATUS = String.raw`[ée]tats?|statuts?|suivi|o[uù] en (?:est|sont)|avancement`;
const DRAFT = String.raw`brou(?:i|y)?(?:l|y){1,4}(?:i|y)?ons?`;
const word = (alternatives: string) => new RegExp(String.raw`(?<![\p{L}\p{N}])(?:${alternatives})(?![\p{L}\p{N}])`, 'iu');
const STATUS_ASKED = word(String.raw`${STATUS}|suivre|traitement|${DRAFT}`);

const NATURE = new RegExp(
  String.raw`(?<=(?<![\p{L}\p{N}])factures?(?![\p{L}\p{N}])[^.?!\n]{0,80}?)\s(?:pour|concernant)\s+(?:des|les|une|un|la|le|l['’]\s*|mes|nos|ces)\s*(?:prestations?|fournitures?|services?|livraisons?)\s+(?:de|du|des|d['’])\s*[\p{L}-]+(?:\s+(?:de|du|des|d['’])\s*[\p{L}-]+)?`,
  'giu',
);

/** «ma facture pour le transfert des archives du conseil…»: the job named right after the word. */
const JOB_NAMED = new RegExp(
  String.raw`(?<=(?<![\p{L}\p{N}])factures?\s+)(?:pour|concernant)\s+(?:(?:le|la|les)\s+|l['’]\s*)(?!(?:travaux|chantiers?|mairies?|communes?|villes?|d(?:é|e)partements?|r(?:é|e)gions?|h(?:ô|o)pital|h(?:ô|o)pitaux|lyc(?:é|e)es?|coll(?:è|e)ges?|(?:é|e)coles?|universit(?:é|e)s?|pr(?:é|e)fectures?|minist(?:è|e)res?|clients?|administrations?|collectivit(?:é|e)s?)(?![\p{L}\p{N}]))[\p{L}-]{3,}(?:\s+(?:de\s+la|de\s+l['’]|de|du|des|d['’])\s*[\p{L}-]+){0,3}`,
  'giu',
);

/**
 * «le statut de ma facture envoyée à la commune»: where an invoice went says which one when its
 * status is asked by name; «envoyée» would draw the draft's article (sending a draft). Not when a
 * draft is named: then the sending is the matter. («adressée», «transmise» read as deposited.)
 */
const STATUS_NAMED = word(STATUS);
const DRAFT_NAMED = word(DRAFT);
const SENT_TO = new RegExp(
  String.raw`(?<=(?<![\p{L}\p{N}])factures?(?![\p{L}\p{N}]))\s+envoy(?:é|e)e?s?\s+(?:(?:hier|r(?:é|e)cemment|ce matin|la semaine derni(?:è|e)re|le mois dernier)\s+)?(?:à|a|au|aux)\s+(?:(?:la|le|les)\s+|l['’]\s*)?[\p{L}-]+(?:\s+(?:de\s+la|de\s+l['’]|de|du|des|d['’])\s*[\p{L}-]+){0,2}`,
  'giu',
);

export function dropInvoiceNature(text: string): string {
  if (!STATUS_ASKED.test(text)) return text;
  const named = text.replace(NATURE, ' ').replace(JOB_NAMED, ' ');
  return STATUS_NAMED.test(named) && !DRAFT_NAMED.test(named) ? named.replace(SENT_TO, ' ') : named;
}
