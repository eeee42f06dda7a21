/**
 * «la petite entreprise de mon fils», «une boîte comme celle de ma sœur»: the relative whose
 * business it is says who, never what is asked; the relative named after «de» with a possessive
 * is rewritten to a possessive pronoun (a stop word) for search only, spread into the idioms
 * (lexicon-idioms.ts). A relative who acts («mon fils cherche un BTS») keeps the story's words.
 */
const RELATIVES = ['fils', 'fille', 'filles', 'pere', 'mere', 'frere', 'freres', 'soeur', 'soeurs', 'neveu', 'niece', 'oncle', 'tante', 'cousin', 'cousine', 'mari', 'epouse', 'conjoint', 'conjointe'];
const POSSESSIVES = ['mon', 'ma', 'mes', 'notre', 'nos', 'son', 'sa', 'ses'];

export const FAMILY_PHRASES: Readonly<Record<string, string>> = Object.freeze(
  Object.fromEntries(POSSESSIVES.flatMap((possessive) => RELATIVES.map((relative) => [`de ${possessive} ${relative}`, 'de la mienne']))),
);
