/**
 * Word lists that two readers share: the message reader (requests.ts, message.ts) reads them as
 * patterns, the search rewriting (lexicon-*.ts, synonyms.ts) as phrases. One list, so the two never
 * drift apart. Normalised text: lower case, no accents, no punctuation.
 */

/** «un agent public», «agents de la mairie»: a civil servant, no support agent to talk to. */
export const PUBLIC_AGENT_QUALIFIERS: readonly string[] = Object.freeze([
  'public', 'publics', 'territorial', 'territoriaux', 'municipal', 'municipaux', 'comptable', 'comptables',
  'de l etat', 'de la fonction publique', 'des collectivites', 'de collectivites', 'de la collectivite', 'de collectivite',
  'de la mairie', 'de mairie', 'administratif', 'administratifs', 'administrative', 'de prefecture', 'de la prefecture',
]);

/** Other bodies whose own newsletter, training, procedures or advisers users ask about («la lettre de la CCI», «un conseiller URSSAF»). */
export const OTHER_BODIES: readonly string[] = Object.freeze([
  'cci', 'chambre de commerce', 'chambre des metiers', 'ugap', 'cnfpt', 'opco', 'boamp', 'urssaf', 'dgfip', 'cpf', 'france travail', 'pole emploi', 'caf',
  'bpifrance', 'bpi', 'afnor', 'greffe du tribunal de commerce', 'tribunal de commerce', 'ants', 'gazette des communes',
  'commission europeenne', 'european commission', 'igpde',
  // Professional orders and employers' bodies, which run their own webinars on the reform.
  'ordre des experts comptables', 'conseil de l ordre', 'ordre des avocats', 'ordre des architectes', 'medef', 'cpme', 'u2p',
]);

/** «passer forcément par un opérateur»: the adverbs between «passer» and «par», an intermediary, no person. */
export const THROUGH_ADVERBS: readonly string[] = Object.freeze(['forcement', 'obligatoirement', 'toujours', 'necessairement', 'uniquement', 'directement']);

/** «(pour faire) suite à mon précédent message», «further to my last e-mail»: a letter that continues. */
export const LETTER_FOLLOW_UP = Object.freeze({
  determiners: Object.freeze(['mon', 'notre', 'ma', 'nos', 'votre', 'vos']),
  adjectives: Object.freeze(['precedent', 'precedente', 'dernier', 'derniere', 'premier', 'premiere']),
  nouns: Object.freeze(['message', 'mail', 'e mail', 'courriel', 'question', 'demande', 'echange', 'reponse']),
  english: Object.freeze(['further to my', 'following up on my']),
  englishAdjectives: Object.freeze(['previous', 'last', 'earlier']),
  englishNouns: Object.freeze(['message', 'e mail', 'email', 'question']),
});

/** A list as a regular-expression alternation (the words hold no special character). */
export const alternation = (words: readonly string[]): string => words.map((w) => w.replace(/ /g, '\\s+')).join('|');

/** Every «suite a mon precedent message» phrase of LETTER_FOLLOW_UP, for the search rewriting. */
export function letterFollowUpPhrases(): string[] {
  const { determiners, adjectives, nouns } = LETTER_FOLLOW_UP;
  const out: string[] = [];
  for (const start of ['suite a', 'faire suite a'])
    for (const d of determiners)
      for (const a of ['', ...adjectives])
        for (const n of nouns) for (const plural of ['', 's']) out.push(`${start} ${d} ${a ? `${a} ` : ''}${n}${plural}`);
  return out;
}

/**
 * «ça s'applique aussi aux petits artisans ?», «ça me concerne aussi, avec les commerçants du
 * coin ?», «ça vaut aussi pour les avoirs ?»: what was just said, applied to one more case. The
 * message reads it as a follow-up; when a message starts with it, the follow-up keeps the previous
 * topic even when the case («artisans», «commerçants») draws another article or a boundary on its own;
 * so do «et nous qui vendons aux particuliers ?», «nous on vend à des particuliers ça nous concerne
 * aussi ?», «et ça s'applique aux offices notariaux ?» and «un syndicat peut y siéger ?» (one more who);
 * «et moi qui suis le maître d'œuvre, …» names a role, which may be another article's.
 */
export const ALSO_APPLIES =
  /^(?:(?:et|mais|donc|alors)\s+)?(?:est ce que\s+)?(?:ca|cela|c est)\s+(?:(?:s|se|me|nous|vous)\s+)?\w+\s+(?:(?:aussi|egalement)(?:\s+(?:pour|aux?|a|chez|dans|quand|si|avec|les|des|le|la|l|un|une|mon|ma|mes|notre|nos|votre|vos|son|sa|ses|leur|leurs|ce|cet|cette|ces)\b|$)|meme\s+(?:pour|aux?|a|chez|dans|quand|si|avec)\b|(?:pour|aux?|a|chez|dans|avec)\s+(?:\w+\s+){1,4}(?:aussi|egalement)$)|^(?:et|mais)\s+(?:pour\s+)?(?:nous|moi)\s+qui\s+(?!(?:suis|sommes|est|sont|etes|serai|serons|travaille|travaillons)\b)|^(?:et|mais)\s+(?:est ce que\s+)?(?:ca|cela)\s+(?:s\s+|se\s+)?(?:applique|appliquera|concerne|concernera|vaut)\s+(?:pour|aux?|a|les|des)\s+(?!(?:frais|factures?|avoirs?|montants?|sommes?|tva)\b)|\b(?:ca|cela)\s+(?:nous|me|m|les|vous)\s+(?:concerne|concernera|concernent|touche|touchera|impacte)\s+(?:aussi|egalement)$|^(?:(?:et|mais)\s+)?(?:un|une|des|les|le|la|notre|nos|mon|ma)\s+(?:\w+\s+){1,5}(?:peut|peuvent|pourrait|pourraient)\s+y\s+(?:sieger|participer|adherer|entrer|assister|etre\s+represente\w*)\b/;
