import { normalizeSurface } from './normalize';
import type { AskContext } from './types';

/**
 * «J'ai deux questions : 1) mon mot de passe 2) ma facture au CHU est-elle payée ?» then «le 2e
 * d'abord», «commençons par la 3», «the first one», «et le 2e point ?»: a reply that only picks one
 * of the numbered questions of the previous message (or of a list announced with its count, «deux
 * questions : …, et … ?») is that question, read on its own.
 */
const ORDINALS: Readonly<Record<string, number>> = Object.freeze({
  premier: 1, premiere: 1, '1er': 1, '1ere': 1, '1e': 1, first: 1, '1st': 1, '1': 1,
  deuxieme: 2, second: 2, seconde: 2, '2e': 2, '2eme': 2, '2nd': 2, '2': 2,
  troisieme: 3, third: 3, '3e': 3, '3eme': 3, '3rd': 3, '3': 3,
  quatrieme: 4, fourth: 4, '4e': 4, '4eme': 4, '4th': 4, '4': 4,
});

/** The whole reply is a pick: an opening word, «commençons par», the ordinal, «d'abord». */
const PICK = new RegExp(
  '^(?:(?:ok|okay|bon|alors|oui|d accord|euh|yes|so|et|and|puis|then|maintenant|now)\\s+)*' +
    '(?:(?:pour|sur|concernant|about|for)\\s+)?' +
    '(?:(?:(?:on\\s+)?commen\\w*|je\\s+commence|repon\\w*|start\\w*|let\\s+s\\s+start|begin)\\s+(?:par|with|avec)\\s+)?' +
    '(?:(?:le|la|les|the|au|a\\s+la)\\s+)?(?:(?:question|point|number|numero|no)\\s+)?' +
    `(${Object.keys(ORDINALS).join('|')})` +
    '(?:\\s+(?:question|point|one|sujet))?(?:\\s+(?:(?:d\\s+)?abord|svp|stp|please|first|alors|en premier|s\\s+il\\s+vous\\s+plait))*$',
);

/** «1) … 2) …», «1. … 2. …», «1/ … 2/ …», «1- … 2- …»: the numbers must run 1, 2, … */
const MARK = /(?:^|[\s:;,.!?])(\d)\s?[).\/-](?=\s)/g;

/** The numbered questions of a message (at least two), in order; none when it numbers nothing. */
export function numberedItems(text: string): string[] {
  const starts: { at: number; end: number }[] = [];
  for (const m of text.matchAll(MARK)) {
    if (Number(m[1]) === starts.length + 1) starts.push({ at: m.index!, end: m.index! + m[0].length });
  }
  if (starts.length < 2) return [];
  return starts.map((s, i) => text.slice(s.end, starts[i + 1]?.at ?? text.length).trim().replace(/[\s,;:]+$/, ''));
}

/** «Deux questions : comment réclamer…, et comment s'inscrire… ?», «2 trucs : mon mdp…, et …»: a list announced with its count and a colon. */
const ANNOUNCED = /\b(deux|2|trois|3|quatre|4)\s+(?:questions?|choses|points|trucs|sujets|demandes|soucis|problemes)\s*:\s*/i;
const COUNTS: Readonly<Record<string, number>> = Object.freeze({ deux: 2, '2': 2, trois: 3, '3': 3, quatre: 4, '4': 4 });
/** Where the items of such a list part: commas and semicolons first, then «et» too. */
const ITEM_SEPARATORS = [/\s*[,;]\s*(?:et\s+|puis\s+)?/i, /\s*[,;]\s*(?:et\s+|puis\s+)?|\s+et\s+/i];

/** The items of a list announced with its count, when the list holds exactly that many; none otherwise. */
export function announcedItems(text: string): string[] {
  const announced = ANNOUNCED.exec(text);
  if (!announced) return [];
  const count = COUNTS[announced[1]!.toLowerCase()]!;
  const list = text.slice(announced.index + announced[0].length).replace(/[\s?!.]+$/, '');
  for (const separator of ITEM_SEPARATORS) {
    const items = list.split(separator).map((i) => i.trim()).filter((i) => /\p{L}{3,}/u.test(i));
    if (items.length === count) return items;
  }
  return [];
}

/** The question a pick stands for, and the context it is read in (its own, not the list's), if the message is a pick. */
export function pickNumbered(text: string, context?: AskContext): { text: string; context: AskContext } | null {
  const listed = context?.lastQuestion;
  if (!listed) return null;
  const picked = PICK.exec(normalizeSurface(text).replace(/[^\p{L}\p{N}]+/gu, ' ').trim());
  if (!picked) return null;
  const numbered = numberedItems(listed);
  const item = (numbered.length ? numbered : announcedItems(listed))[ORDINALS[picked[1]!]! - 1];
  return item ? { text: item, context: { ...context, lastQuestion: null, lastArticle: null } } : null;
}
