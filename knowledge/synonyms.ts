/**
 * Synonyms and abbreviations, applied to normalised text (lower case, no accents, no elisions,
 * words separated by one space) on both the indexed articles and the user's question, so that
 * every variant becomes the same canonical token. Variants are regular-expression fragments
 * matched on whole words. Order matters: longer phrases first.
 */
export interface SynonymRule {
  canonical: string;
  variants: readonly string[];
  /** Phrases keep their words and gain one phrase token (a bigram feature); abbreviations are replaced. */
  keepWords?: boolean;
}
export type SynonymTable = ReadonlyArray<SynonymRule>;

const rule = (canonical: string, variants: string[], keepWords = false): SynonymRule =>
  Object.freeze({ canonical, variants: Object.freeze(variants), keepWords });

export const DEFAULT_SYNONYMS: SynonymTable = Object.freeze([
  rule('maitrisedoeuvre', ['maitr(?:e|es|ise|ises) (?:d )?(?:de )?oeuvres?', 'moe', 'moes', 'maitre doeuvre', 'maitrise doeuvre']),
  rule('maitrisedouvrage', ['maitr(?:e|es|ise|ises) (?:d )?(?:de )?ouvrages?', 'moa', 'moas', 'maitre douvrage', 'maitrise douvrage']),
  rule('motdepasse', ['mots? de passe', 'mots? passe', 'mdp', 'mdps', 'password', 'passwd', 'pwd']),
  rule('piecejointe', ['pieces? jointes?', 'pj', 'pjs', 'piece attachee', 'fichier joint']),
  rule('justificatif', ['pieces? justificatives?', 'justificatifs?', 'pieces? a fournir']),
  rule('ccag', ['cahier des clauses administratives generales', 'ccag travaux']),
  rule('edi', ['echanges? de donnees informatises?', 'e d i']),
  rule('livechat', ['live chat', 'livechat', 'chat en ligne', 'tchat', 'tchatche', 'chatter en direct', 'messagerie instantanee', 'message instantane']),
  rule('ipm', ['instance de pilotage mutualisee?', 'instance pilotage mutualisee?']),
  rule('b2b', ['b 2 b', 'b to b', 'business to business', 'btob', 'entre entreprises']),
  rule('ereporting', ['e reporting', 'ereporting']),
  rule('newsletter', ['lettres? d information', 'lettres? information', 'newsletters?', 'news letter']),
  rule('email', ['e mails?', 'emails?', 'mails?', 'courriels?', 'mels?', 'adresse electronique']),
  rule('webinaire', ['webinaires?', 'webinars?', 'webinar', 'webinaire']),
  rule('conseiller', ['conseill(?:er|ers|ere|eres)', 'operat(?:eur|eurs|rice|rices)', 'agents?', 'humains?', 'interlocut(?:eur|eurs|rice)', '(?:une |vraie |vraies )personnes?', 'etre humain']),
  rule('rendezvous', ['rendez vous', 'rdv']),
  rule('fraisdivers', ['frais divers'], true),
  rule('fraisdejustice', ['frais de justice', 'frais justice'], true),
  rule('facturestravaux', ['factures? de travaux', 'factures? travaux'], true),
  rule('facturesemises', ['factures? emises?'], true),
  rule('chorus', ['chorus pro', 'choruspro', 'cpro']),
  rule('soustraitant', ['soustraitants?', 'sous traitants?', 'sous traitance']),
  rule('cotraitant', ['co traitants?', 'cotraitants?']),
]);

export interface CompiledSynonyms {
  apply(spacedWords: string): string;
}

/**
 * One regular expression for the whole table (one capture group per rule, tried in table
 * order), so a text is scanned once whatever the number of rules.
 */
export function compileSynonyms(table: SynonymTable): CompiledSynonyms {
  // A leading space is consumed (not looked behind, which defeats the engine's fast scan) and
  // written back; the trailing one is only looked ahead, so adjacent phrases both match.
  const pattern = new RegExp(` (?:${table.map((r) => `(${r.variants.join('|')})`).join('|')})(?= )`, 'g');
  const replace = (match: string, ...groups: unknown[]): string => {
    const i = groups.findIndex((g, k) => k < table.length && typeof g === 'string');
    const r = table[i]!;
    return r.keepWords ? ` ${r.canonical}${match}` : ` ${r.canonical}`;
  };
  return {
    apply(spacedWords: string): string {
      return ` ${spacedWords} `.replace(pattern, replace).trim();
    },
  };
}
