/**
 * «mes fournisseurs de croquettes», «fournisseur de matériel médical», «fournisseuse d'épicerie»:
 * what a supplier supplies says who they are, not what is asked; the goods are blanked out of the
 * message before it is read. Whom they supply («fournisseur de l'hôpital», «de collectivités») and
 * what the portal's own matter may be (software, a platform, EDI, services) stay.
 */
const KEPT = String.raw`(?:collectivit|(?:é|e)tablissement|administration|h(?:ô|o)pita|mairie|commune|(?:é|e)tat\b|minist|chu\b|ehpad|(?:é|e)cole|lyc(?:é|e)e|coll(?:è|e)ge|universit|rectorat|pr(?:é|e)fecture|d(?:é|e)partement|r(?:é|e)gion|acheteur|clients?\b|logiciel|solution|plateforme|service|edi\b|d(?:é|e)mat|factur|chorus|march(?:é|e)s?\s+publics?)`;
const SUPPLIED = new RegExp(
  String.raw`(?<=(?<![\p{L}\p{N}])fournisseu(?:r|rs|se|ses)\s+)(?:de\s+|d['’]\s*)(?!(?:la|le|les|l|un|une|des|du|mon|ma|mes|notre|nos|votre|vos|leur|leurs|son|sa|ses|ce|cette|ces)(?![\p{L}\p{N}]))(?!${KEPT})[\p{L}-]+(?:\s+(?!${KEPT})(?:m(?:é|e)dical|m(?:é|e)dicale|m(?:é|e)dicaux|agricoles?|alimentaires?|scolaires?|industriels?|industrielles?|bureau|informatiques?|(?:é|e)lectriques?))?(?![\p{L}\p{N}])`,
  'giu',
);

export function dropWhatIsSupplied(text: string): string {
  return text.replace(SUPPLIED, ' ');
}
