/**
 * Spoken idioms whose words would name a topic, rewritten for search only (the message reader
 * keeps them: «du coup» still starts a follow-up): «du coup» is «donc» (no «d'un coup» en masse),
 * «la marche à suivre» a procedure (no invoice followed), «en faire partie» being a member (no
 * invoice sent).
 */
export const IDIOM_PHRASES: Readonly<Record<string, string>> = Object.freeze({
  'du coup': 'donc',
  'marche a suivre': 'procedure', 'procedure a suivre': 'procedure', 'etapes a suivre': 'etapes', 'demarche a suivre': 'demarche',
  'fait partie': 'membre', 'font partie': 'membres', 'faire partie': 'membre', 'fais partie': 'membre', 'faisons partie': 'membres',
  'faites partie': 'membres', 'faisait partie': 'membre', 'faisaient partie': 'membres',
});
