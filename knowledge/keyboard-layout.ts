/**
 * A message typed on a French (AZERTY) keyboard set up as QWERTY, or the other way round, has its
 * a and q, z and w, m and «;» swapped throughout («co;;ent suivre l'etqt de ;q fqcture»). Several
 * signs of it in one message (a «;» inside a word, a q with no u after it) are read as the swap,
 * and the whole message is typed back; a message with fewer signs is left as written.
 */

/** A «;» inside a word, or a q followed by no u («;q fqcture»). */
const SIGN = /\p{L};\p{L}|;\p{L}{2,}|q(?!u)\p{L}|\p{L}q$/iu;
/** Words where a q with no u is the usual spelling or a chat abbreviation («cinq», «qqn», «qd»). */
const Q_WITHOUT_U = /^(?:cinq|coq|iraq|qatar|qq\p{L}*|qd|qdm|pq|cq|ql)$/iu;
/** Signs needed before a message is read as typed on the other layout. */
const SIGNS_NEEDED = 3;

const SWAP: Readonly<Record<string, string>> = Object.freeze({ a: 'q', q: 'a', z: 'w', w: 'z', m: ';', ';': 'm', A: 'Q', Q: 'A', Z: 'W', W: 'Z', M: ';' });

/** The message typed back on the layout meant, when it shows enough signs of the swap; unchanged otherwise. */
export function typedBack(text: string): string {
  if (!text.includes(';') && !/q/i.test(text)) return text;
  const signs = text.split(/[\s,.!?'’"()]+/).filter((w) => SIGN.test(w) && !Q_WITHOUT_U.test(w)).length;
  if (signs < SIGNS_NEEDED) return text;
  return text.replace(/[aqzwmAQZWM;]/g, (c) => SWAP[c] ?? c);
}
