/**
 * «ma facture a été traiter», «elle est toujours bloquer»: a past participle written as the
 * infinitive it sounds like, after «été» or after «est / sont» and an adverb, is put back as the
 * participle («traité», «bloqué»), which the base reads («a été traitée» is a tracking question).
 * A bare «est» keeps what follows («le mieux c'est passer par l'EDI»).
 */
const AFTER_BEEN = String.raw`(?<![\p{L}\p{N}])(?:(?:a|ont|avait|avaient|aurait|auraient|aura|auront)\s+(?:(?:bien|pas|d(?:é|e)j(?:à|a)|toujours|jamais|encore|vraiment)\s+)?(?:é|e)t(?:é|e)|(?:est|sont|(?:é|e)tait|(?:é|e)taient)\s+(?:bien|pas|d(?:é|e)j(?:à|a)|toujours|jamais|encore|vraiment|pas encore))\s+`;
const INFINITIVE_FOR_PARTICIPLE = new RegExp(String.raw`(?<=${AFTER_BEEN})(\p{L}{2,}?)er(?![\p{L}\p{N}])`, 'giu');

/**
 * «l'état d'une facture envoyer à l'université», «ma facture déposer la semaine dernière»: the
 * participle written as the infinitive right after the invoice it qualifies, before where, when or
 * by whom (a few verbs of an invoice's life only: «une facture papier par la poste» stays).
 */
const INVOICE_THEN = String.raw`(?<![\p{L}\p{N}])(?:une|des|la|les|ma|mes|sa|ses|cette|ces|nos|vos|notre|votre|leur|leurs)\s+(?:factures?|demandes?|m(?:é|e)moires?)\s+`;
const INFINITIVE_AFTER_INVOICE = new RegExp(
  String.raw`(?<=${INVOICE_THEN})((?:envoy|d(?:é|e)pos|rejet|valid|bloqu|pay|trait|refus|adress|enregistr|import|annul)\p{L}{0,3}?)er(?=\s+(?:a|à|au|aux|par|en|sur|dans|pour|hier|depuis|chez|via|le|la|les|il\s+y\s+a)(?![\p{L}\p{N}]))`,
  'giu',
);

export function participlesBack(text: string): string {
  return text.replace(INFINITIVE_FOR_PARTICIPLE, '$1é').replace(INFINITIVE_AFTER_INVOICE, '$1é');
}
