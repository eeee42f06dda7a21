/**
 * What a user takes back within one message, read on normalised clause text for message.ts:
 * «Encore un webinaire ?? Non merci, …» refuses the question before it; «comment on envoie en
 * EDI… non pardon, je me suis trompé, je voulais dire comment on suit une facture» replaces
 * everything said before the correction. What is taken back is set aside like a negated clause.
 */

/** A clause that only refuses: it takes back the sentence just before it. */
const REFUSAL = /^(?:non|non merci|sans facon|surtout pas|no|no thanks?|no thank you)$/;
/** …when it goes on with what is wanted; alone, only a polite refusal does («… et basta ! Non ??» asks for agreement). */
const REFUSAL_ALONE = /^(?:non merci|sans facon|no thanks?|no thank you)$/;

/** «pardon, je voulais dire…», «sorry, I meant…»: words that only point at what follows («je me suis trompé de montant» may be the problem itself). */
const MEANT = /\b(?:(?:non|oups|pardon|oh|ah|erreur|en fait)\s+)+(?:je voulais dire|je veux dire|je voulais parler (?:de|du|des|d))\b|\b(?:sorry|oops|no)\s+i meant\b/;

/** «… — actually no, scratch that, just…», «je veux un humain… ah non attends, …»: what came before is taken back mid-message. */
const SCRATCH = /\b(?:actually no|no wait|wait no|scratch that|forget that|ignore that|never mind|forget it|en fait non|non en fait|enfin non|non enfin|ah non attends?|non attends?|attends non|laissez tomber|(?<!\b(?:je|j|on|nous|il|elle|ai|a|avons|vais|va|vaut mieux)\s)laisse tomber|oubliez (?:ca|cela|ma (?:premiere |derniere )?question))\b/;

/**
 * «je me suis trompé», «pardon, je voulais dire», «sorry, I meant», «scratch that»: what came before
 * is withdrawn. Mistaken about a thing («je me suis trompée d'adresse mail»), or only perhaps
 * («peut-être que je me suis trompé…», «si je me suis trompé»), is the problem told, not a correction.
 */
const CORRECTION = new RegExp(
  `(?<!\\b(?:peut etre que|peut etre qu|si|et si|ou si|meme si|au cas ou|crains que|crains qu|crois que|pense que)\\s)\\b(?:(?:je me suis|on s est|nous nous sommes) (?:trompee?s?|tromper|mal exprimee?s?))\\b(?! (?:de|d|dans|sur|en|avec|pour)\\s+(?!(?:question|message|demande|sujet|mot|mots|formulation)\\b))|${MEANT.source}|${SCRATCH.source}`,
);

/**
 * «… mais ça attendra, ma vraie question c'est…», «passons, my real question is…», «…, bref, …»: what came before
 * is put off, not withdrawn, and set aside the same way («est-ce que ça peut attendre lundi ?» asks).
 */
const PUT_OFF =
  /(?<!\b(?:est ce que|est ce qu|si)\s)\b(?:(?:ca|cela) (?:attendra|peut attendre)(?!\s+(?:lundi|mardi|mercredi|jeudi|vendredi|demain|jusqu\w*|la semaine|le mois|\d+)\b)|mais passons$|^(?:enfin |mais |bon |et )?bref$|(?:ma|notre) (?:(?:vraie? |seule |vraiment )question (?:c est|est)|question (?:principale |du jour )?(?:c est|est la suivante|est simple|la voici))|(?:my|our) (?:real|main|actual|only) question (?:is|here)|that can wait)\b/;

/**
 * «… bon non, laissez tomber, …», «EDI, non : le brouillon»: a «non» said to oneself between two things
 * takes back the first; bare, only after a thing merely named (a «…, non ?» asks, a «Non, je n'ai
 * pas…» after a sentence answers what one may be asked).
 */
const SELF_NO = /^(?:(?:bon|ah|oh|et puis|mais)\s+non|non\s+non)$/;
const BARE_NO = /^non$/;
const NAMED_ONLY_WORDS = 3;

/** «… enfin non, ça c'est réglé depuis longtemps»: the clause right after a correction says the thing taken back is settled. */
const SETTLED = /^(?:(?:mais|et)\s+)?(?:ca|cela|ce point)\s+(?:(?:c est|est|on l a|on a|nous l avons|je l ai)\s+)?(?:deja\s+|bien\s+)?(?:regle|resolu|bon|fait|ok|en place|gere|fonctionne|marche)\b/;

/** «je fais quoi exactement», «que faire alors»: what to do, asked about what was told. */
const WHAT_TO_DO = /^(?:(?:je|on|nous)\s+(?:fais|fait|faisons|dois faire|doit faire)\s+(?:quoi|comment)|(?:que|quoi)\s+faire|comment\s+(?:faire|on fait|je fais|proceder)|what\s+(?:do|should)\s+i\s+do)(?:\s+(?:exactement|alors|donc|concretement|maintenant|dans ce cas|then|exactly))?$/;

/** Once the correction's own words are taken out, a clause this short says nothing else. */
const MARKER_ONLY_WORDS = 2;

interface Takeable {
  text: string;
  negated: boolean;
  question?: boolean;
}

/** Whether a sentence's first clause refuses the sentence before it («… ? Non merci, je veux…»). */
export function refusesPrevious(sentence: readonly Takeable[]): boolean {
  const first = sentence[0];
  return first !== undefined && (sentence.length > 1 ? REFUSAL : REFUSAL_ALONE).test(first.text);
}

/** Sets aside (negates) every clause before the message's last correction or putting off, and that clause itself when it holds nothing else. */
export function setAsideCorrected(clauses: readonly Takeable[]): void {
  let last = -1;
  let lastCorrection = -1;
  const namedOnly = (c: Takeable | undefined) => c !== undefined && !c.question && c.text.split(' ').length <= NAMED_ONLY_WORDS;
  const saysNo = (c: Takeable, i: number) =>
    !c.question && i > 0 && i < clauses.length - 1 && (SELF_NO.test(c.text) || (BARE_NO.test(c.text) && namedOnly(clauses[i - 1])));
  const correcting = (c: Takeable, i: number) => CORRECTION.test(c.text) || saysNo(c, i);
  clauses.forEach((c, i) => {
    if (c.negated) return;
    const corrects = correcting(c, i);
    if (corrects) lastCorrection = i;
    if (corrects || PUT_OFF.test(c.text)) last = i;
  });
  if (last < 0) return;
  const markerOnly = (c: Takeable) => c.text.replace(CORRECTION, ' ').replace(PUT_OFF, ' ').split(' ').filter(Boolean).length <= MARKER_ONLY_WORDS;
  // A putting off gives way after a correction, or when it only closes a digression: its marker alone is set aside.
  // «comment suivre ma facture… enfin non, elle est toujours en brouillon. Donc ma vraie question c'est : …»: after a
  // correction, the real question goes on from what the correction said, which stays. «Comment suivre ma facture ?
  // Désolé, journée de fou, le chat a renversé mon café. Bref, je suis épuisé.»: a «bref» that closes a digression,
  // with no question after it, puts nothing off; the question asked before it stands.
  const asks = (c: Takeable) => c.question === true && !c.negated;
  const closesDigression = () => !clauses.slice(last).some((c, i) => asks(c) && (i > 0 || !markerOnly(c))) && clauses.slice(0, last).some(asks);
  if (last !== lastCorrection && (lastCorrection >= 0 || closesDigression())) {
    if (markerOnly(clauses[last]!)) clauses[last]!.negated = true;
    if (lastCorrection < 0) return;
    last = lastCorrection;
  }
  const correction = clauses[last]!;
  // «non pardon je voulais dire l'EDI, c'est pour qui ?»: the correction's own words name nothing.
  if (MEANT.test(correction.text) && correction.text.replace(MEANT, ' ').trim()) correction.text = correction.text.replace(MEANT, ' ').replace(/\s+/g, ' ').trim();
  if (last === 0) return;
  // «… jle refuse ? non attends, je veux dire jfais koi exactement»: a correction that only asks what to do takes back
  // the question before it; the scene told before that stays.
  const rest = correction.text.replace(CORRECTION, ' ').replace(/\b(?:je veux dire|je voulais dire|i mean|i meant)\b/, ' ').replace(/\s+/g, ' ').trim();
  if (WHAT_TO_DO.test(rest)) {
    if (clauses[last - 1]?.question) clauses[last - 1]!.negated = true;
    correction.text = rest;
    return;
  }
  for (const c of clauses.slice(0, last)) c.negated = true;
  // A bare «non» is marker only; «et puis non» says nothing else either.
  if (markerOnly(correction) || SELF_NO.test(correction.text)) correction.negated = true;
  const next = clauses[last + 1];
  if (last === lastCorrection && next && SETTLED.test(next.text)) next.negated = true;
}

/**
 * «Non attendez, je me suis trompé : elle est bien partie…», «pardon, je voulais dire…»: a message
 * that opens by taking back the previous one is read on its own, not with that message's topic
 * («je me suis trompé de montant» is a mistake on the invoice, no correction of the message).
 */
const RETRACTS =
  /^(?:(?:non|oups|pardon|attendez|attends|oh|ah|excusez moi|desole|desolee|en fait|sorry|oops|no|wait)\s+)+(?:je me suis trompee?|je me suis mal exprimee?|je voulais dire|je veux dire|i meant|i mean)\b(?!\s+(?:de|d|dans|sur|en)\b)/;

/** «c'est pas mon cas, j'ai pas de compte du tout…», «that's not my situation»: what was answered does not apply, the rest is read on its own. */
const NOT_MY_CASE = /^(?:(?:non|mais|ah|bah|ben|en fait|no|but)\s+)*(?:(?:c est|ce est|cela est|ca est)\s+)?(?:pas|not)\s+(?:du tout\s+)?(?:mon|notre|my|our)\s+(?:cas|situation|case|probleme|problem)\b|^(?:(?:non|mais)\s+)?(?:ca|cela)\s+ne\s+me\s+concerne\s+pas\b|^(?:that s|thats|that is|it s|its)\s+not\s+(?:my|our)\s+(?:case|situation|problem)\b/;

/** Whether a message (its words, normalised) opens by taking back the previous message, or by saying it does not apply. */
export function retractsPrevious(words: string): boolean {
  return RETRACTS.test(words) || NOT_MY_CASE.test(words);
}

