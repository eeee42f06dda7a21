/**
 * «l'état de traitement d'une facture… pour des prestations de gardiennage», «le statut de ma
 * facture pour les fournitures de bureau»: when where an invoice stands is asked, what the invoice
 * was for (services, supplies, deliveries) says which invoice, not what is asked («prestations»
 * would draw the article that sorts services from works). It is blanked out of the message before
 * it is read, like an identifier (identifiers.ts). Works stay («pour des travaux de voirie»: which
 * application it goes through may be the matter), and so does everything when no status is asked
 * («quelle application pour une facture de prestations de nettoyage ?»).
 */
const STATUS_ASKED = /(?<![\p{L}\p{N}])(?:[ée]tats?|statuts?|suivi|suivre|o[uù] en (?:est|sont)|avancement|traitement)(?![\p{L}\p{N}])/iu;

const NATURE = new RegExp(
  String.raw`(?<=(?<![\p{L}\p{N}])factures?(?![\p{L}\p{N}])[^.?!\n]{0,80}?)\s(?:pour|concernant)\s+(?:des|les|une|un|la|le|l['’]\s*|mes|nos|ces)\s*(?:prestations?|fournitures?|services?|livraisons?)\s+(?:de|du|des|d['’])\s*[\p{L}-]+(?:\s+(?:de|du|des|d['’])\s*[\p{L}-]+)?`,
  'giu',
);

export function dropInvoiceNature(text: string): string {
  return STATUS_ASKED.test(text) ? text.replace(NATURE, ' ') : text;
}
