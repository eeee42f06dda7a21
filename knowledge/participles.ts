/**
 * «ma facture a été traiter», «elle est toujours bloquer»: a past participle written as the
 * infinitive it sounds like, after «été» or after «est / sont» and an adverb, is put back as the
 * participle («traité», «bloqué»), which the base reads («a été traitée» is a tracking question).
 * A bare «est» keeps what follows («le mieux c'est passer par l'EDI»).
 */
const AFTER_BEEN = String.raw`(?<![\p{L}\p{N}])(?:(?:a|ont|avait|avaient|aurait|auraient|aura|auront)\s+(?:(?:bien|pas|d(?:é|e)j(?:à|a)|toujours|jamais|encore|vraiment)\s+)?(?:é|e)t(?:é|e)|(?:est|sont|(?:é|e)tait|(?:é|e)taient)\s+(?:bien|pas|d(?:é|e)j(?:à|a)|toujours|jamais|encore|vraiment|pas encore))\s+`;
const INFINITIVE_FOR_PARTICIPLE = new RegExp(String.raw`(?<=${AFTER_BEEN})(\p{L}{2,}?)er(?![\p{L}\p{N}])`, 'giu');

export function participlesBack(text: string): string {
  return text.replace(INFINITIVE_FOR_PARTICIPLE, '$1é');
}
