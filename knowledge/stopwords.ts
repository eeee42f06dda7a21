import english from 'natural/lib/natural/util/stopwords';
import natural from 'natural/lib/natural/util/stopwords_fr';
import { GENERAL_EN, GENERAL_FR } from './general-words';
import { foldAccents } from './normalize';

/**
 * Two stop lists. `CORE` (natural's French list plus modal and question words) is removed
 * everywhere. `CHAT` adds politeness, greetings and the assistant's name: noise for article
 * search ("bonjour, ma facture est en brouillon"), but the whole point for intent detection.
 */
const EXTRA_CORE = [
  'comment', 'pourquoi', 'quoi', 'quand', 'combien', 'est', 'ce', 'qu', 'quelle', 'quel', 'quelles', 'quels',
  'faut', 'dois', 'doit', 'doivent', 'peux', 'peut', 'peuvent', 'pouvez', 'pourrais', 'pourriez', 'pouvoir',
  // «il faudra déclarer…», «vous devriez pouvoir…»: the other tenses and persons of the same modals.
  'faudra', 'faudrait', 'fallait', 'fallu', 'falloir', 'devra', 'devrai', 'devrait', 'devrais', 'devriez', 'devrions', 'devraient',
  'devront', 'devez', 'devons', 'pourra', 'pourrai', 'pourrait', 'pourrions', 'pourraient', 'pourront', 'pourrons', 'pouvons',
  'voulez', 'voulons', 'veulent', 'voudriez', 'voudraient', 'sauriez', 'saurait',
  'veux', 'veut', 'voudrais', 'voudrait', 'voudrions', 'souhaite', 'souhaiterais', 'aimerais', 'aimerai',
  'vouloir', 'savoir', 'sais', 'sait', 'savez', 'savons', 'savent', 'fais', 'fait', 'faire', 'fera', 'ferai', 'feras', 'ferons', 'ferez', 'feront', 'ferais', 'ferait', 'feraient', 'ca', 'cela', 'ceci', 'svp', 'stp', 'sil', 'plait', 'plais',
  'bien', 'tres', 'trop', 'aussi', 'alors', 'donc', 'encore', 'deja', 'tout', 'tous', 'toute', 'toutes',
  'etc', 'oui', 'non', 'ok', 'okay', 'vraiment', 'juste', 'moi', 'meme', 'memes', 'puisque', 'puisqu', 'parce', 'cet', 'cette', 'ces', 'son', 'sa',
  'aucun', 'aucune', 'va', 'vais', 'allez', 'aller', 'vas', 'relais', 'tu', 'te', 'toi', 'rien',
  'y', 'a', 'il', 'ya', 'jai', 'ai', 'suis', 'etre', 'avoir', 'ete', 'on', 'nous', 'vous', 'leur', 'lui',
  'dont', 'ou', 'si', 'mais', 'car', 'puis', 'comme', 'avec', 'sans', 'sur', 'sous', 'chez', 'via', 'entre',
  'depuis', 'apres', 'avant', 'pendant', 'vers', 'lors', 'afin', 'quelqu', 'quelque', 'chose', 'ici', 'la', 'las',
  'elles', 'celle', 'celles', 'celui', 'ceux', 'devant', 'derriere', 'aupres',
  // «celles-ci», «celui-ci»: the pointing word names nothing.
  'ci',
  // «l'interlocuteur auquel s'adresser»: relative pronouns name nothing.
  'auquel', 'auxquels', 'auxquelles', 'duquel', 'desquels', 'desquelles',
  // «et pour les maîtres d'œuvre notamment ?»: narrowing words that name nothing («en particulier» becomes «notamment»)
  'particulierement', 'notamment', 'specifiquement', 'precisement',
  // «et pour les siens, c'est pareil ?»: possessive pronouns and «pareil» point back, they name nothing.
  'mien', 'miens', 'mienne', 'miennes', 'tien', 'tiens', 'tienne', 'tiennes', 'sien', 'siens', 'sienne', 'siennes',
  'notres', 'votres', 'pareil', 'pareille', 'pareils', 'pareilles', 'idem',
  // Spoken fillers of a dictated or hesitant message («euh», «um»): no topic of their own.
  'euh', 'heu', 'hum', 'bah', 'um', 'umm', 'uh', 'erm', 'hmm',
  'aujourd', 'hui', 'un', 'une', 'des', 'les', 'le', 'du', 'de', 'au', 'aux', 'et', 'en', 'dans', 'par', 'pour', 'pas', 'ne',
];

/** The assistant's name: users address it («ClaudIA, merci») as well as ask about it («c'est qui ClaudIA ?»). */
const NAME = ['claudia'];

const EXTRA_CHAT = [
  'bonjour', 'bonsoir', 'salut', 'hello', 'coucou', 'hey', 'merci', 'mercii', 'remercie', 'cordialement',
  'madame', 'monsieur', 'relais', 'svp', 'stp', 'please', 'bjr', 'slt', 'cdlt', 'mrc', 'mci', 'thx', 'rebonjour', 're',
  // «1 pb», «1 mdp perdu»: the digit written for «un», «une», searched like them (the reader keeps it).
  '1',
  // Interjections before a question («super, je clique où pour m'inscrire ?»): no topic of their own.
  'super', 'parfait', 'genial', 'nickel', 'cool', 'great', 'perfect', 'awesome',
];

/**
 * English function words (natural's list, without single letters and digits, plus chat words):
 * an English question keeps only its content words, which the glossary has made French.
 */
const ENGLISH = [
  ...english.words.filter((w: string) => /^[a-z]{2,}$/.test(w) && w !== 're'),
  'don', 'doesn', 'didn', 'isn', 'aren', 'won', 'wasn', 'haven', 'hasn', 'couldn', 'wouldn', 'shouldn', 've', 'll',
  'want', 'wants', 'need', 'needs', 'know', 'tell', 'anyone', 'anybody', 'anything', 'something', 'yes', 'not',
  'just', 'also', 'really', 'able', 'us', 'okay', 'whether', 'actually', 'exactly',
  // Modals natural's list lacks: «how long may a hospital take» (not the month «mai», one edit away).
  'may', 'might', 'must', 'shall',
  // «in French is fine too»: an agreement, no topic (not the French «fin», which it would stem to).
  'fine',
];
/**
 * The function words of the other languages foreign suppliers mix in («je voudrais savoir lo stato
 * della mia fattura», «meine Rechnung ist nicht angekommen»): Italian, Spanish, German,
 * Portuguese. Their domain words are translated (lexicon-foreign.ts); these name nothing, and as
 * unknown words they would count against a match. Only words that are no French or English word.
 */
const FOREIGN = [
  // Italian
  'lo', 'gli', 'della', 'dello', 'delle', 'degli', 'nella', 'nello', 'alla', 'allo', 'mio', 'mia', 'miei', 'mie', 'sono', 'questa', 'questo', 'perche', 'buongiorno', 'grazie', 'ciao', 'salve',
  // Spanish
  'los', 'mis', 'tengo', 'puedo', 'quiero', 'estoy', 'esta', 'porque', 'cuando', 'donde', 'hola', 'gracias', 'buenos', 'buenas', 'dias', 'tardes',
  // German
  'ich', 'mein', 'meine', 'meinen', 'meiner', 'ist', 'nicht', 'und', 'wie', 'wann', 'warum', 'kann', 'habe', 'hallo', 'danke', 'bitte', 'guten', 'tag', 'einen', 'eine', 'der', 'das', 'wurde', 'fur', 'mehr', 'noch', 'schon', 'aber', 'oder', 'mit', 'von', 'bei',
  // Portuguese
  'meu', 'minha', 'obrigado', 'obrigada', 'ola', 'nao', 'onde',
];
/** Voice assistants' wake words («dis Siri, explique-moi l'EDI»): addressed, like the assistant's name, they name no topic. */
const WAKE_WORDS = ['siri', 'alexa', 'cortana'];

/** English politeness: noise for search, signal for intents (like EXTRA_CHAT). */
const ENGLISH_CHAT = ['hi', 'hello', 'thanks', 'thank', 'please', 'dear', 'sir', 'madam', 'regards', 'kind', 'best', 'cheers'];

function fold(words: Iterable<string>): Set<string> {
  return new Set([...words].map(foldAccents));
}

/** Stop words of the intent analyser: the name addressed to the assistant is no intent's word. */
export function coreStopWords(): ReadonlySet<string> {
  return fold([...natural.words, ...EXTRA_CORE, ...ENGLISH, ...NAME]);
}

export function searchStopWords(): ReadonlySet<string> {
  const general = `${GENERAL_FR} ${GENERAL_EN}`.split(/\s+/).filter(Boolean);
  return fold([...natural.words, ...EXTRA_CORE, ...ENGLISH, ...EXTRA_CHAT, ...ENGLISH_CHAT, ...FOREIGN, ...WAKE_WORDS, ...general]);
}

/** The French words of the search list (no English): the words a glued run may be cut into (glued-words.ts). */
export function frenchStopWords(): ReadonlySet<string> {
  return fold([...natural.words, ...EXTRA_CORE, ...EXTRA_CHAT, ...GENERAL_FR.split(/\s+/).filter(Boolean)]);
}
