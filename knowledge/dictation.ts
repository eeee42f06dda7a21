/**
 * Messages dictated to a phone keep the punctuation spoken aloud as words («comment on accède à
 * ClaudIA point d'interrogation», «Madame, Monsieur virgule …», «where is my invoice question mark»):
 * they are written back as the marks they stand for, so that sentences and questions are cut
 * where the writer meant. Read on the raw message, before anything else; a «point» is a full stop
 * only where no word makes it a noun («le point», «à quel point», «faire le point»).
 */

const SPOKEN: readonly [RegExp, string][] = [
  [/\s*\bpoints?\s+d[’']?\s*interrogations?\b/giu, ' ?'],
  // An English speaker's phone takes «question mark» down as words too.
  [/\s*\bquestion\s+marks?\s*$/giu, ' ?'],
  [/\s*\bpoints?\s+d[’']?\s*exclamations?\b/giu, ' !'],
  [/\s*\bpoints?\s+de\s+suspension\b/giu, '…'],
  [/\s*\bpoint[-\s]virgule\b/giu, ';'],
  [/\s*\bpoint\s+à\s+la\s+ligne\b/giu, '.'],
  [/\s*\b(?:ouvre[rz]?|ferme[rz]?|ouvrez|fermez)\s+(?:les\s+)?guillemets\b/giu, ''],
  [/\s*\bvirgule\b/giu, ','],
];

/**
 * A bare «point» ends a sentence when nothing before makes it a noun and a new sentence or the end
 * follows. The words on either side are unaccented: `\b` knows ASCII letters only.
 */
const FULL_STOP =
  /(?<!\b(?:le|un|au|du|de|ce|a|sur|mon|ton|son|quel|quelques|les|des|en|ces|deux|trois|notre|votre|leur|bon|mauvais|meme|tel|faire|dernier|premier|seul|petit|gros|grand)\s+)\bpoint\b(?=\s+(?:je|j[’']|nous|vous|on|pourriez|pourrais|pouvez|merci|cordialement|comment|est[-\s]ce|quand|pourquoi|bonne|bien|salutations|veuillez|dans\s+l[’']attente|en\s+vous\s+remerciant)\b|\s*$)/giu;

/** The message with spoken punctuation written as marks (unchanged when none is spoken). */
export function writtenPunctuation(text: string): string {
  if (!/virgule|point|guillemets|question mark/i.test(text)) return text;
  let out = text;
  for (const [spoken, mark] of SPOKEN) out = out.replace(spoken, mark);
  return out.replace(FULL_STOP, '.');
}
