/** The language a message is written in, from its function words («the», «how», «je», «pour»…). */
export type Language = 'fr' | 'en';

const EN_FUNCTION = new Set(
  'the is are how do does did can could would should i we our my you your to of for with what where why when who which please it this that there have has not am be been was were will get any if from about into by at or and but they them their he she his her its so just still yet some yes hi hello thanks want need know in don doesn didn cannot isn aren m s t ve ll d'.split(' '),
);
const FR_FUNCTION = new Set(
  'je tu il elle nous vous ils le la les un une des du de et est pour dans sur avec que qui pas ne mon ma mes ce cette comment pourquoi ou quand mais ai suis sont au aux se sa son ses leur ca y bonjour merci'.split(' '),
);

export function languageOf(words: string[]): Language {
  let en = 0;
  let fr = 0;
  for (const w of words) {
    if (EN_FUNCTION.has(w)) en++;
    if (FR_FUNCTION.has(w)) fr++;
  }
  return en >= 2 && en > 1.5 * fr ? 'en' : 'fr';
}
