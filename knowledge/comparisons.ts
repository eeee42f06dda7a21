/**
 * «un reset possible comme sur Doctolib ?», «une IA like ChatGPT ?», «comme un suivi de colis»:
 * a service the user compares the portal with is no topic of its own, and no other site's account
 * («mon mot de passe Doctolib» still is one). The comparison is blanked out of the message before
 * it is read, like an identifier (identifiers.ts).
 */
const SERVICES = [
  'doctolib', 'amazon', 'ameli', 'impots\\.gouv', 'impots gouv', 'impôts\\.gouv', 'leboncoin', 'le bon coin', 'vinted', 'cdiscount',
  'chat ?gpt', 'siri', 'alexa', 'netflix', 'colissimo', 'chronopost', 'uber', 'la poste',
  "(?:un|le|mon) suivi (?:de|d'un|d’un) colis", '(?:un|mon) colis', 'parcel tracking', 'a parcel',
].join('|');

const COMPARED = new RegExp(
  `(?<![\\p{L}\\p{N}])(?:tout comme|comme|just like|like|as on)\\s+(?:(?:sur|avec|chez|pour|dans|on|with)\\s+)?(?:${SERVICES})(?![\\p{L}\\p{N}])`,
  'giu',
);

export function dropComparisons(text: string): string {
  return text.replace(COMPARED, ' ');
}
