/**
 * Where a message stands in a procedure the bot has explained: it reports that the step failed
 * («ça ne marche toujours pas»), that it was done and asks the next one («c'est fait, et
 * maintenant… ?»), or asks the next click of the same step («et ensuite je clique où ?»). Read on
 * normalised clause text, for message.ts.
 */

/** Reports that what was suggested did not work («ça ne marche pas», «toujours pas», «j'ai vérifié les spams, rien», «elle m'a pas aidé», «le lien n'arrive jamais»). */
const FAILURE =
  /\b(?:(?:ne\s+)?(?:marche|fonctionne|passe)\s+(?:toujours\s+|vraiment\s+|plus\s+)?pas|ne\s+(?:me\s+|m\s+|nous\s+)?(?:aide|aident|convient|conviennent|suffit|suffisent)\s+pas|toujours pas|toujours rien|^(?:et |mais )?(?:encore |absolument |strictement )?rien$|^(?:mais |et )?(?:j ai |je ai |ai |on a )?(?:toujours |encore )?rien recu|rien ne se passe|(?:(?:ne|n)\s+)?(?:arrive|arrivent)\s+(?:toujours\s+)?(?:jamais|pas)(?!\s+(?:a|au|aux)\b)|introuvables?|(?:ne|n)?\s*(?:(?:m|me|nous)\s+)?(?:a|ont) pas (?:du tout |vraiment |beaucoup )?(?:marche|fonctionne|aide|aidee|servi|depanne)|(?:je|j|on)\s+(?:ne\s+|n\s+)?(?:vois|voit|trouve)\s+(?:toujours\s+|plus\s+)?rien|(?:je|j|on)\s+(?:ne\s+|n\s+)?(?:la|le|les|l)\s+(?:vois|voit|trouve)\s+(?:toujours\s+|plus\s+)?pas|(?:je|j|on)\s+(?:ne\s+|n\s+)?(?:vois|voit)\s+(?:toujours\s+|plus\s+)?pas\s+(?:(?:le|la|les|l|ce|cet|cette|ces|votre|vos)\s+)?(?:\w+\s+)?(?:ecran|bouton|onglet|menu|rubrique|lien|page|case|icone|champ)s?\b|rien\s+(?:ne\s+|n\s+)?(?:s\s+)?(?:apparait|affiche)|(?:ne|n)\s+(?:s\s+)?(?:apparait|apparaissent|affiche|affichent)\s+(?:toujours\s+)?pas|(?:i|we)\s+(?:can\s?t|cannot|don\s?t)\s+see\s+(?:it|anything)|nothing\s+(?:shows|appears)|doesn\s?t work|does not work|didn\s?t work|not working|still not|still doesn\s?t|still (?:blocked|locked|stuck|can\s?t|cannot))\b/;

/** Whether a clause reports that what was suggested did not work. */
export const reportsFailure = (text: string): boolean => FAILURE.test(text);

/**
 * Moves on from what was done («c'est fait, et maintenant… ?», «et une fois envoyée… ?», «et après,
 * comment je vérifie qu'il l'a reçue ?»); «c'est bon ou pas ?» asks whether it is right.
 */
const NEXT_STEP =
  /\b(?:c est (?:fait|parti|bon|envoye)(?! ou (?:pas|non)\b)|(?:et\s+)?(?:ensuite|(?<!\b(?:clair|clear|compris|comprends|comprend|mieux|limpide|vois|evident|logique)\s)maintenant|apres ca|apres cela)|(?:et\s+)?(?:une fois|apres l avoir|apres avoir)\s+(?:que\s+)?\w*\s*(?:envoye|depose|transmis|valide|parti|fait|recu|soumis)\w*|(?:et\s+)?apres\s+(?=(?:\w+\s+){0,3}(?:verifie\w*|verifier|savoir|sais|suivre)\b)|and then|afterwards|after that|once (?:it s|it is|sent|submitted|done)|now that)\b/;

/**
 * «et ensuite je clique où ?» in the middle of a procedure asks for its next click, not for the
 * step after it; «c'est fait, et maintenant je clique où ?» has done the procedure.
 */
const NEXT_CLICK = /\b(?:(?:je|j|on)\s+(?:clique|appuie)\s+(?:ou|sur quoi)|(?:quel|quelle)\s+(?:bouton|onglet|case)|where do (?:i|we) click|which button)\b/;
const DONE = /\b(?:c est (?:fait|parti|bon|envoye)(?! ou (?:pas|non)\b)|une fois|apres l avoir|apres avoir|once|now that)\b/;
/**
 * «… une fenêtre s'ouvre, je fais quoi ensuite ?»: what the screen shows in the middle of a
 * procedure (a window, a message that appears) is still that procedure, not the step after it.
 */
const ON_SCREEN =
  /\b(?:(?:une|la|un|le|cette|ce)\s+(?:\w+\s+)?(?:fenetre|pop\s?up|popup|encadre|boite de dialogue|message)\s+(?:(?:qui\s+)?s\s+)?(?:ouvre|affiche|apparait)|(?:s\s+)?(?:ouvre|affiche|apparait)\s+(?:une|un)\s+(?:\w+\s+)?(?:fenetre|pop\s?up|popup|message)|(?:a|the)\s+(?:\w+\s+)?(?:window|pop\s?up|popup|dialog|message)\s+(?:opens|appears|pops up|shows up))\b/;

/**
 * «je fais quoi maintenant pour qu'elle parte ?»: what is still to be done is sending it, the
 * same step (the elision of «qu'» is gone from normalised text).
 */
const STILL_TO_SEND =
  /\bpour\s+(?:que\s+|qu\s+)?(?:(?:elle|il|elles|ils|ca|la facture|ma facture)\s+(?:parte|partent|soit envoyee|soient envoyees|soit transmise|soient transmises|arrive|arrivent|passe|passent)|(?:la\s+|le\s+|les\s+)?(?:envoyer|transmettre|faire partir|expedier))\b/;

/**
 * «… et maintenant tout est bloqué ! Quelle appli il fallait utiliser ?»: what should have been
 * done asks about the step behind, not the one after it.
 */
const LOOKS_BACK = /\b(?:il fallait|fallait il|(?:il )?aurait fallu|(?:j|je|on|nous|vous) (?:aurais|aurait|aurions|auriez) du|aurais je du|aurait on du|should (?:i |we )?have)\b/;

/**
 * «… et maintenant plus personne ne s'y retrouve ! Laquelle je dois utiliser ?»: which of the
 * options named (the applications, the invoices) is still the choice behind, not a step after it.
 */
const WHICH_ONE = /\b(?:laquelle|lequel|lesquelles|lesquels)\b/;

/** Where the next step's question starts, and what reports the step before it. */
const NOW = /\b(?:maintenant|ensuite|apres ca|apres cela|and then|afterwards|after that|now)\b/;
const DONE_REPORT = /\b(?:c est (?:fait|parti|bon|envoye)(?! ou (?:pas|non)\b)|voila|(?:ai|avons|a)\s+(?:bien\s+)?(?:clique|fait|valide|envoye|depose|transmis|suivi|confirme|rempli)|(?:i|we)\s+(?:did|clicked|sent|submitted)|done)\b/;

/** Whether a clause reports a step the bot explained as done («ok j'ai cliqué», «c'est fait»). */
export const reportsStepDone = (text: string): boolean => DONE_REPORT.test(text);

/** A state still shown («elle est toujours en brouillon», «it is still a draft», «le site la garde en brouillon»). */
const STILL = /\b(?:toujours|encore|still|(?:garde|gardent|laisse|laissent|reste|restent|est|sont) (?:en |au statut )?brouillon|(?:kept|stays|remains) (?:as )?(?:a )?draft)\b/;

/** At most this many words before «maintenant» report a step done; more tell a story. */
const DONE_REPORT_WORDS = 20;

/** «j'ai bien cliqué sur enregistrer, ça ne suffit pas ?»: whether what was done is enough asks about that step itself. */
const ENOUGH = /\b(?:suffit|suffisait|suffira|suffirait|suffisant|suffisante|enough)\b/;

/** A clause that asks how («comment je déclare tout ça ?»). */
const ASKS_HOW = /^(?:(?:et|mais|donc|alors)\s+)?(?:comment|how)\b/;

/** In «c'est fait, j'ai cliqué sur confirmer. Et maintenant je vois où… ?» the clauses before «maintenant» tell what was done. */
export function markDone(clauses: { text: string; done?: boolean; question?: boolean }[]): void {
  const now = clauses.findIndex((c, i) => i > 0 && (NOW.test(c.text) || FAILURE.test(c.text)));
  if (now <= 0 || !clauses.slice(0, now).some((c) => DONE_REPORT.test(c.text)) || (clauses[now]!.question && ENOUGH.test(clauses[now]!.text))) return;
  // «J'ai fait trois déplacements… Comment je déclare tout ça dans mon mémoire ? … je ne le trouve pas»: a how-to asked
  // before the failure is the question, not a step the bot explained.
  if (clauses.slice(0, now).some((c) => c.question && ASKS_HOW.test(c.text))) return;
  // A story before «… comment je la fais partir maintenant ?» holds the topic («… ma facture est
  // marquée brouillon»): only a short report of a step done is set aside. A story before what
  // still fails («… elle ne la voit toujours pas») is the failure's background, set aside too.
  const before = clauses.slice(0, now).reduce((n, c) => n + c.text.split(' ').length, 0);
  const fails = FAILURE.test(clauses[now]!.text);
  if (before > DONE_REPORT_WORDS && !fails) return;
  // «I did that, but it is still a draft. Now what?»: the state still shown after the report is the problem, not a step done.
  const lastReport = clauses.slice(0, now).findLastIndex((c) => DONE_REPORT.test(c.text));
  // «j'ai cliqué sur enregistrer et le site la garde en brouillon»: the report's own clause may show that state too.
  for (let i = 0; i < now; i++) if (fails || i < lastReport || !STILL.test(clauses[i]!.text)) clauses[i]!.done = true;
}

/**
 * The message moves on to the step after the previous answer: unless it reports the step done, a
 * next click («et ensuite je clique où ?») or what the screen shows («une fenêtre s'ouvre») is the
 * same step, and a failure («ça marche pas… je fais quoi maintenant ?») says the step failed.
 */
export function movesOn(all: string, failure: boolean): boolean {
  return NEXT_STEP.test(all) && (DONE.test(all) || !(failure || NEXT_CLICK.test(all) || ON_SCREEN.test(all) || STILL_TO_SEND.test(all) || LOOKS_BACK.test(all) || WHICH_ONE.test(all)));
}

/**
 * A report that it worked («c'est bon, j'ai pu me reconnecter»), short and with no «mais» after it:
 * with thanks and no question, the message is a thanks whatever the article's probability.
 */
const SOLVED = /\b(?:c est bon(?! ou (?:pas|non)\b)|ca (?:marche|fonctionne)(?! pas)|c est (?:regle|resolu)|(?:probleme|souci) (?:est )?(?:regle|resolu)|(?:j )?ai (?:pu|reussi)|it works|it worked|solved|all good)\b/;
const BUT = /\b(?:mais|sauf|pourtant|par contre|cependant|but|except)\b/;
const SOLVED_WORDS = 14;

export function reportsSolved(all: string): boolean {
  return SOLVED.test(all) && !BUT.test(all) && all.split(' ').length <= SOLVED_WORDS;
}
