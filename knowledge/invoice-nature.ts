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
/** «comment je suis ma facture…»: following it, in the first person («je suis ma facture» is never «être»). */
const FOLLOW_MINE = String.raw`(?:(?:je|j|on|nous)\s+sui(?:s|t|vons)|jsuis?|chuis?)\s+(?:ma|mes|notre|nos|la|les|une|cette)\s+fact(?:ures?|s)?`;
const STATUS_ASKED = word(String.raw`${STATUS}|suivre|traitement|${FOLLOW_MINE}|${DRAFT}`);

const NATURE = new RegExp(
  String.raw`(?<=(?<![\p{L}\p{N}])fact(?:ures?|s)?(?![\p{L}\p{N}])[^.?!\n]{0,80}?)\s(?:pour|pr|concernant)\s+(?:des|les|une|un|la|le|l['’]\s*|mes|nos|ces)\s*(?:prestations?|fournitures?|services?|livraisons?)\s+(?:de|du|des|d['’])\s*[\p{L}-]+(?:\s+(?:de|du|des|d['’])\s*[\p{L}-]+)?`,
  'giu',
);

/**
 * «si la commune a bien reçu ma facture de location de barrières», «si celle de la relève des
 * compteurs a été traitée», «si la fact de l'école est payée»: what it was for, named after «facture de» (or «celle de»). Works, court
 * costs and the invoice's own kinds (a deposit, a credit note, a statement) stay, and so does its month.
 */
const NATURE_OF = new RegExp(
  String.raw`(?<=(?<![\p{L}\p{N}])(?:fact(?:ures?|s)?|celles?))\s+(?:de\s+(?:la\s+|l['’]\s*)?|du\s+|des\s+|d['’]\s*)(?!(?:travaux|chantiers?|frais|acomptes?|avoirs?|situations?|soldes?|d(?:é|e)comptes?|r(?:é|e)gularisation|justice|ma(?:î|i)trise|moe|sous-?traitance|janvier|f(?:é|e)vrier|mars|avril|mai|juin|juillet|ao(?:û|u)t|septembre|octobre|novembre|d(?:é|e)cembre)(?![\p{L}\p{N}]))[\p{L}-]{4,}(?:\s+(?:des|du|de|d['’])(?:\s+|(?<=['’])\s*)[\p{L}-]+)?`,
  'giu',
);

/**
 * «ma facture pour le transfert des archives du conseil…», «ma fact pr la formation des agents»,
 * «une facture adressée à un établissement public pour l'hébergement d'un séminaire», «une facture
 * relative au déménagement des services»: the job named right after the word, or after whom it went to.
 */
const JOB_NAMED = new RegExp(
  String.raw`(?<=(?<![\p{L}\p{N}])fact(?:ures?|s)?\s+(?:(?:adress(?:é|e)|envoy(?:é|e)|transmis|d(?:é|e)pos(?:é|e))e?s?\s+(?:à|a|au|aux)\s+(?:[\p{L}'’-]+\s+){1,4}?)?)(?:(?:pour|pr|concernant)\s+(?:(?:le|la|les)\s+|l['’]\s*)|relatives?\s+(?:(?:au|aux)\s+|(?:à|a)\s+(?:la\s+|l['’]\s*)))(?!(?:travaux|chantiers?|mairies?|communes?|villes?|d(?:é|e)partements?|r(?:é|e)gions?|h(?:ô|o)pital|h(?:ô|o)pitaux|lyc(?:é|e)es?|coll(?:è|e)ges?|(?:é|e)coles?|universit(?:é|e)s?|pr(?:é|e)fectures?|minist(?:è|e)res?|clients?|administrations?|collectivit(?:é|e)s?)(?![\p{L}\p{N}]))[\p{L}-]{3,}(?:\s+(?:(?:de\s+la|des|du|de)\s+|de\s+l['’]\s*|d['’]\s*)(?:(?:un|une)\s+)?[\p{L}-]+){0,3}`,
  'giu',
);

/**
 * «le statut de ma facture envoyée à la commune», «voir si celle envoyée au lycée a été mise en
 * paiement»: where an invoice went says which one when its status is asked by name, or whether it
 * was paid, received or processed; «envoyée» would draw the draft's article (sending a draft), the
 * school or court named there other articles. Not when a draft is named: then the sending is the
 * matter. («adressée», «transmise» read as deposited.)
 */
const STATUS_NAMED = word(STATUS);
const DRAFT_NAMED = word(DRAFT);
/** «savoir si (elle, celle envoyée au lycée) a été payée», «si la commune a bien reçu ma facture», «je sai si…» typed in chat: whether something was done to it, asked. */
const WHETHER_DONE = new RegExp(
  String.raw`(?<![\p{L}\p{N}])(?:savoir|voir|v(?:é|e)rifier|sais|sait|sai)\s+si\s+[^.?!\n]{0,80}?(?:a|ont|est|sont)\s+(?:bien\s+|d(?:é|e)j(?:à|a)\s+)?(?:(?:é|e)t(?:é|e)\s+)?(?:pay(?:é|e)e?s?|r(?:é|e)gl(?:é|e)e?s?|mise?s?\s+(?:\S+\s+){0,2}?en\s+paiement|mandat(?:é|e)e?s?|re(?:ç|c)ue?s?|trait(?:é|e)e?s?|valid(?:é|e)e?s?|accept(?:é|e)e?s?|rejet(?:é|e)e?s?)(?![\p{L}\p{N}])`,
  'iu',
);
const sentTo = (verbs: string) =>
  new RegExp(
    String.raw`(?<=(?<![\p{L}\p{N}])(?:factures?|celles?)(?![\p{L}\p{N}]))\s+${verbs}e?s?\s+(?:(?:hier|r(?:é|e)cemment|ce matin|la semaine derni(?:è|e)re|le mois dernier)\s+)?(?:à|a|au|aux)\s+(?:(?:la|le|les)\s+|l['’]\s*)?[\p{L}-]+(?:\s+(?:de\s+la|de\s+l['’]|de|du|des|d['’])\s*[\p{L}-]+){0,2}`,
    'giu',
  );
/** «le statut de ma facture envoyée à…» (an invoice «adressée», «transmise» to a buyer reads as deposited). */
const SENT_TO = sentTo('envoy(?:é|e)');
/** «savoir si celle transmise au collège a été payée»: any verb of sending says which one. */
const SENT_OR_FILED_TO = sentTo('(?:envoy(?:é|e)|transmis|adress(?:é|e)|d(?:é|e)pos(?:é|e))');

/**
 * «ce n'est pas une facture de travaux, c'est une prestation de formation pour des agents : je la
 * dépose dans quelle application ?»: what the service was, said of the invoice, when which
 * application takes it is asked: a service is the matter, not which one («formation» would draw
 * the webinars). Works stay.
 */
const APPLICATION_ASKED = word(String.raw`quelle\s+appli(?:cation)?s?|quel\s+(?:module|espace|menu|onglet)`);
const SERVICE_IS = new RegExp(
  String.raw`(?<=(?<![\p{L}\p{N}])(?:c['’]?\s*est|il\s+s['’]?\s*agit\s+d['’]?)\s*(?:une?|des|de)\s+(?:prestations?|fournitures?|services?|livraisons?)(?![\p{L}\p{N}]))\s+(?:de|du|des|d['’])\s*(?!travaux|chantiers?|btp)[\p{L}-]+(?:\s+(?:pour|aupr(?:è|e)s\s+de)\s+(?:des|les|de|la|le|l['’]|nos|mes)\s*[\p{L}-]+)?`,
  'giu',
);

export function dropInvoiceNature(raw: string): string {
  const text = APPLICATION_ASKED.test(raw) ? raw.replace(SERVICE_IS, ' ') : raw;
  const whether = WHETHER_DONE.test(text);
  if (!whether && !STATUS_ASKED.test(text)) return text;
  const named = text.replace(NATURE, ' ').replace(JOB_NAMED, ' ');
  if (DRAFT_NAMED.test(named)) return named;
  if (whether) return named.replace(NATURE_OF, ' ').replace(SENT_OR_FILED_TO, ' ');
  return STATUS_NAMED.test(named) ? named.replace(NATURE_OF, ' ').replace(SENT_TO, ' ') : named;
}
