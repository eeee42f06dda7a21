/**
 * «et l'EDI, c'est possible pour une PME ?», «est-ce aussi possible pour une association ?»: whom a
 * possibility would be for is who the writer is, not what is asked; the kind of business named
 * there (a word the reform's article holds for its calendar by size) is blanked out of the
 * message before it is read, like a comparison (comparisons.ts). «C'est obligatoire pour une
 * PME ?» keeps it: an obligation by size is the reform's own matter.
 */
const CAN_IT_BE = String.raw`(?:c['’ ]\s*est|c|est-ce|est ce|est-il|est il|serait-ce|serait-il|serait il|ce serait|cela est|ça serait|ca serait)\s+(?:(?:aussi|également|egalement|bien)\s+)?possibles?\s+(?:(?:aussi|également|egalement)\s+)?`;
const KINDS = String.raw`pme|tpe|eti|entreprises?|sociétés?|societes?|boîtes?|boites?|structures?|associations?|artisans?|auto-?entrepreneur(?:e|s|es)?|micro-?entreprises?|coopératives?|cooperatives?|indépendant(?:e|s|es)?|independant(?:e|s|es)?`;

const FOR_A_KIND = new RegExp(
  String.raw`(?<=(?<![\p{L}\p{N}])${CAN_IT_BE})pour\s+(?:une|un|les|des|la|le|l['’]\s*|notre|nos|ma|mon)\s*(?:(?:petite?s?|jeunes?|toute?s?)\s+)?(?:${KINDS})(?:\s+comme\s+(?:la|le)\s+(?:nôtre|notre|mienne|mien))?(?![\p{L}\p{N}])`,
  'giu',
);

export function dropWhomItIsFor(text: string): string {
  return text.replace(FOR_A_KIND, ' ');
}
