/**
 * «ClaudIA ne répond pas à ma question sur mes factures d'électricité»: what the question the bot
 * could not answer was about is not what is asked now (another way to get an answer, a person);
 * it is blanked out of the message before it is read, as what a supplier supplies is (supplies.ts).
 */
const MISSED = new RegExp(
  String.raw`(?<=(?<![\p{L}\p{N}])(?:claudia|robot|bot|chatbot|assistante?|ia)\s+(?:ne\s+|n['’]\s*)?(?:\p{L}+\s+){1,3}?(?:pas|rien|jamais|plus)\s+(?:\p{L}+\s+){0,3}?questions?)\s+(?:sur|concernant|[àa]\s+propos\s+d(?:e|es|u)|au\s+sujet\s+d(?:e|es|u)|relatives?\s+[àa])(?![\p{L}\p{N}])[^.?!;,]*`,
  'giu',
);

export function dropWhatTheBotMissed(text: string): string {
  return text.replace(MISSED, ' ');
}
