import natural from 'natural/lib/natural/util/stopwords_fr';
import { foldAccents } from './normalize';

/**
 * Two stop lists. `CORE` (natural's French list plus modal and question words) is removed
 * everywhere. `CHAT` adds politeness, greetings and the assistant's name: noise for article
 * search ("bonjour, ma facture est en brouillon"), but the whole point for intent detection.
 */
const EXTRA_CORE = [
  'comment', 'pourquoi', 'quoi', 'quand', 'combien', 'est', 'ce', 'qu', 'quelle', 'quel', 'quelles', 'quels',
  'faut', 'dois', 'doit', 'doivent', 'peux', 'peut', 'peuvent', 'pouvez', 'pourrais', 'pourriez', 'pouvoir',
  'veux', 'veut', 'voudrais', 'voudrait', 'voudrions', 'souhaite', 'souhaiterais', 'aimerais', 'aimerai',
  'vouloir', 'savoir', 'sais', 'fais', 'fait', 'faire', 'ca', 'cela', 'ceci', 'svp', 'stp', 'sil', 'plait', 'plais',
  'bien', 'tres', 'trop', 'aussi', 'alors', 'donc', 'encore', 'deja', 'tout', 'tous', 'toute', 'toutes',
  'etc', 'oui', 'non', 'ok', 'okay', 'vraiment', 'juste', 'moi', 'meme', 'cet', 'cette', 'ces', 'son', 'sa',
  'va', 'vais', 'allez', 'aller', 'vas', 'claudia', 'relais', 'tu', 'te', 'toi', 'rien',
  'y', 'a', 'il', 'ya', 'jai', 'ai', 'suis', 'etre', 'avoir', 'ete', 'on', 'nous', 'vous', 'leur', 'lui',
  'dont', 'ou', 'si', 'mais', 'car', 'puis', 'comme', 'avec', 'sans', 'sur', 'sous', 'chez', 'via', 'entre',
  'depuis', 'apres', 'avant', 'pendant', 'vers', 'lors', 'afin', 'quelqu', 'quelque', 'chose', 'ici', 'la', 'las',
  'aujourd', 'hui', 'un', 'une', 'des', 'les', 'le', 'du', 'de', 'au', 'aux', 'et', 'en', 'dans', 'par', 'pour', 'pas', 'ne',
];

const EXTRA_CHAT = [
  'bonjour', 'bonsoir', 'salut', 'hello', 'coucou', 'hey', 'merci', 'mercii', 'remercie', 'cordialement',
  'madame', 'monsieur', 'claudia', 'relais', 'svp', 'stp', 'please', 'bjr', 'slt', 'cdlt', 'mrc', 'mci', 'thx', 'rebonjour', 're',
];

function fold(words: Iterable<string>): Set<string> {
  return new Set([...words].map(foldAccents));
}

export function coreStopWords(): ReadonlySet<string> {
  return fold([...natural.words, ...EXTRA_CORE]);
}

export function searchStopWords(): ReadonlySet<string> {
  return fold([...natural.words, ...EXTRA_CORE, ...EXTRA_CHAT]);
}
