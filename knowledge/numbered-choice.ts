import { normalizeSurface } from './normalize';
import type { AskContext } from './types';

/**
 * «J'ai deux questions : 1) mon mot de passe 2) ma facture au CHU est-elle payée ?» then «le 2e
 * d'abord», «commençons par la 3», «the first one»: a reply that only picks one of the numbered
 * questions of the previous message is that question, read on its own.
 */
const ORDINALS: Readonly<Record<string, number>> = Object.freeze({
  premier: 1, premiere: 1, '1er': 1, '1ere': 1, '1e': 1, first: 1, '1st': 1, '1': 1,
  deuxieme: 2, second: 2, seconde: 2, '2e': 2, '2eme': 2, '2nd': 2, '2': 2,
  troisieme: 3, third: 3, '3e': 3, '3eme': 3, '3rd': 3, '3': 3,
  quatrieme: 4, fourth: 4, '4e': 4, '4eme': 4, '4th': 4, '4': 4,
});

/** The whole reply is a pick: an opening word, «commençons par», the ordinal, «d'abord». */
const PICK = new RegExp(
  '^(?:(?:ok|okay|bon|alors|oui|d accord|euh|yes|so)\\s+)*' +
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

/** The question a pick stands for, and the context it is read in (its own, not the list's), if the message is a pick. */
export function pickNumbered(text: string, context?: AskContext): { text: string; context: AskContext } | null {
  const listed = context?.lastQuestion;
  if (!listed) return null;
  const picked = PICK.exec(normalizeSurface(text).replace(/[^\p{L}\p{N}]+/gu, ' ').trim());
  if (!picked) return null;
  const item = numberedItems(listed)[ORDINALS[picked[1]!]! - 1];
  return item ? { text: item, context: { ...context, lastQuestion: null, lastArticle: null } } : null;
}
