import { clausesOf, OPINION_FRAME, wordsOf, type Clause } from './clauses';
import { refusesPrevious, retractsPrevious, setAsideCorrected } from './corrections';
import { changesTopicIn, continuesConversation } from './follow-up-markers';
import { languageOf, type Language } from './language';
import { MAX_QUESTION_CHARS, normalizeSurface } from './normalize';
import { AGENT_TARGET, asksHowTo, onlyNamesPerson, REQUEST_MARKER, requestIn, TICKET_TARGET, type Request } from './requests';
import { liftResumedNegation } from './resumed';
import { cutRun, formulasOnTheirOwn } from './run-on';
import { markDone, movesOn, reportsFailure } from './steps';
import { wayAsked } from './way-asked';

export type { Clause } from './clauses';
export type { Language } from './language';

/**
 * Reads a user's message before any retrieval: where the question is, what is negated, whether
 * the user explicitly asks for a person or a ticket, whether it is a follow-up, which language.
 * Everything here works on normalised text (lower case, no accents, elisions stripped) with
 * patterns on whole words; the retriever then analyses each part with the search analyser.
 */
export interface MessageReading {
  clauses: Clause[];
  /** An explicit request for a person or a ticket in a clause that is not negated. */
  request: Request | null;
  /** Starts like a follow-up («et pour…», «et après ?», «and what about…») or only points back. */
  followUp: boolean;
  /** A short message that refers to something said before with a pronoun. */
  anaphora: boolean;
  /** A sentence asks how, where or when something is done («comment contacter le support ?»). */
  asksHow: boolean;
  /** Reports that what was suggested did not work («ça ne marche pas», «toujours pas»). */
  failure: boolean;
  /** The person or ticket the message names, asked for or asked about («comment ouvrir un ticket ?»). */
  names: Request | null;
  /** Tells the bot to do it («faites-le pour moi», «ouvrez-le moi maintenant»): what «it» is, the previous message says. */
  doIt: boolean;
  /** Moves on from what was done («c'est fait, et maintenant… ?», «et une fois envoyée… ?»): the next step, another topic. */
  nextStep: boolean;
  /** Turns to another subject («ok merci, sinon c'est quoi le plafond… ?», «au fait, vous proposez… ?»): no earlier topic is borrowed. */
  changesTopic: boolean;
  /** Opens by taking back the previous message («non attendez, je me suis trompé : …»): it is read on its own. */
  retracts: boolean;
  language: Language;
}

/** A clause that only wishes («je souhaite donc», «nous voudrions», «je vous demande, par la présente, de…»): what is wished follows after a comma. */
const WISH_ONLY =
  /^(?:(?:je|j|nous|on)\s+(?:vous\s+)?)?(?:souhaite|souhaitons|souhaiterais|souhaiterions|voudrais|voudrions|veux|voulons|aimerais|aimerions|demande|demandons|sollicite|sollicitons|prie|prions)(?:\s+(?:donc|alors|ainsi|aussi|egalement|par consequent|des lors))?$/;
/**
 * «ce n'est pas ClaudIA que je veux, c'est un vrai conseiller, pour mon souci de connexion»: the
 * wish of the negated clause carries over to what «c'est» names next.
 */
const CLEFT_WISH = /^ce\s+(?:n\s+)?est\s+pas\s+(?:\w+\s+){1,5}?(?:que|qu)\s+(?:je|j|nous|on)\s+(?:veux|voudrais|souhaite|demande|cherche|attends|voulons|veut)$/;
const IT_IS = /^c\s+est\s+/;
/** «dès à présent», «par conséquent», «si cela est possible» alone between commas: it links, it names nothing. */
const LINKING_ONLY = /^(?:des a present|des maintenant|des aujourd hui|par consequent|en consequence|donc|alors|de ce fait|a ce titre|par la presente|au plus vite|rapidement|si (?:cela|ca|c) (?:est|etait) possible|si possible|dans la mesure du possible)$/;

/**
 * Sentence ends, and a «+» before a question word («mdp oublié + cmt suivre ?»); a dot in a site's name («impots.gouv.fr»)
 * or after an abbreviation («excl. VAT», «M. le Maire») ends none; an emoji between two sentences ends the first («… ClaudIA
 * 🙄 je veux savoir…»), not one before a comma, which stands inside its clause («pour le webinaire 🎓, on s'inscrit où ?»).
 */
const SENTENCE_SPLIT = /((?:[!?;\n…]|(?<!\b(?:excl|incl|env|approx|cf|m|mme|mr|mrs|dr|art|ex|vs|ste))\.(?!(?:gouv|fr|com|net|org|eu)\b))+|\s?:\s|\s[-–—]\s|\s\+\s(?=(?:cmt|comment|ou|quand|combien|pourquoi|quel|quelle|quels|quelles|est ce|how|where|what|why|when)\b)|\s*\p{Extended_Pictographic}[\p{Extended_Pictographic}\u{FE0F}\u{200D}\p{Emoji_Modifier}]*\s*(?!\s*,))/u;
const QUESTION_START =
  /^(?:(?:et|ok|alors|donc|mais|bon|bref|du coup|sinon|abord|d abord|ensuite|enfin|puis)\s+)*(?:comment|pourquoi|quand|combien|quel|quels|quelle|quelles|ou|est ce|qu est|que|qui|quoi|peut on|puis je|dois je|faut il|(?:il )?y a t il|existe t il|est il|\w+ t (?:il|elle|on|ils|elles)|how|what|where|why|when|which|who|can|could|is|are|do|does|should|will)\b/;
/** What the person needed, wanted or looked for, said as found (no question mark): a thanks, not a question. */
const FOUND_IT =
  /(?:^|\b(?:that s|thats|that is|it s|its|it is|this is|c est|voila|thanks|thank you|merci|great|perfect|parfait|super)\s+)(?:(?:exactly|just|precisely|exactement|bien|tout a fait)\s+)?(?:what (?:i|we) (?:needed|need|wanted|was looking for|were looking for|was after)|ce (?:qu il (?:me|nous) fallait|que je cherchais|que nous cherchions|dont j avais besoin))\b/;
/**
 * A question word inside a sentence («I don't know which form to use»); «…, which still works»
 * is a relative clause. «personne ne semble savoir», «sans savoir»: knowing denied says, it does not ask;
 * so does someone else's not knowing how («il n'a pas su me dire comment faire», «ils ne savent pas comment»).
 * «je m'interroge sur…», «je me demande si…» ask.
 */
const QUESTION_INSIDE = /\b(?:(?<!\b(?:(?:il|elle|ils|elles)\s+(?:ne\s+|n\s+)?(?:a|ont|avait|avaient|sait|savait)\s+(?:pas|plus|jamais)\s+(?:su\s+|pu\s+)?(?:me\s+|m\s+|nous\s+)?(?:dire\s+|expliquer\s+)?|(?:ne\s+|n\s+)?(?:savent|savaient)\s+(?:pas|plus|jamais)\s+))comment|(?:je|j|nous|on)\s+(?:(?:me|m|nous|se|s)\s+)?(?:interroge|interrogeons|questionne|questionnons)|(?:je|nous|on)\s+(?:me|nous|se)\s+(?:demande|demandons)|(?:c\s+)?est\s+quoi|(?:ne )?sais (?:pas|plus) (?:trop |vraiment |bien |du tout )?(?:lequel|laquelle|lesquels|lesquelles|quel|quelle|quels|quelles|comment|ou|si|quand|combien|pourquoi)|(?<!\b(?:ne|sans) (?:\w+ ){0,2})savoir|savez|connaitre|est ce|quel(?:le)?s?|ou est|ou es|ou sont|ou trouver|ou se trouve|how|what|where|which(?! (?:still|is|was|are|were|has|have|had|works?|worked|means|meant|makes|made|seems?|seemed|will|would|can|could|should|might|may)\b))\b/;


/** «… mais je ne suis pas connecté, c'est possible ?», «… en mode non connecté ?», «… quand on ne peut pas se connecter ?»: asking whether it can be done logged out. */
const LOGGED_OUT = /\b(?:(?:suis|sommes|etant) (?:pas|plus|jamais)|(?:en )?mode non|not|(?:quand|si|lorsque|lorsqu) (?:on|je|j|nous|vous) (?:ne )?(?:peux|peut|pouvons|pouvez|arrive|arrivons) (?:pas|plus) (?:a )?(?:me |se |nous |vous )?) ?(?:conn?ect|identifi|authentifi|logg?ed|log)\w*/;

/** A short message that points back with a pronoun («je mets ça où ?», «elles sont gratuites ?», «je le rejette ?», «vous pouvez me le résumer ?», «lesquelles sont passées ?»). */
const ANAPHORA = new RegExp(
  String.raw`\b(?:me|m|nous|lui|leur)\s+(?:la|le|les|l)\s+(?:resumer|resume|resumez|reformuler|reformulez|expliquer|explique|expliquez|detailler|detaillez|simplifier|simplifiez)\b|(?:^(?:(?:et|ok|alors|donc|mais)\s+)?c est (?:pour )?(?:quand|combien|ou|qui)(?=\s*$|\s+(?:et|alors|donc|exactement|du coup)\b)|\b(?:ca|cela|celui (?:la|ci)|celle (?:la|ci)|ceux (?:la|ci)|celles (?:la|ci)|dedans|la dessus|y(?!\s+(?:a|avait|aura|aurait|ait)\b)|en|it|that|this|them|those|these)\b|^(?:(?:ok|et|alors|du coup|donc|mais)\s+)*(?:(?:${OPINION_FRAME})\s+)?(?:il|elle|ils|elles|ce\s+(?=sera|serait|seront|seraient))\b|^(?:(?:ok|et|alors|du coup|donc|mais|plutot)\s+)*(?:(?:c\s+)?est\s+)?(?:la|le|les)\s+(?:premieres?|premiers?|deuxiemes?|secondes?|seconds?|dernieres?|derniers?)\b|\b(?:je|on|nous|vous|tu)\s+(?:ne\s+)?(?:(?:peux|peut|pouvons|pouvez|dois|doit|devons|devez|vais|va|allons|allez)\s+(?:pas\s+|plus\s+|jamais\s+)?)?(?:le|la|les|lui|leur)\s+\w+|(?<!\b(?:pour|dans|sur|avec|par|sans|chez|vers|entre|parmi|selon)\s)\b(?:lesquel(?:le)?s|laquelle|lequel)\b)`,
);
const ANAPHORA_WORDS = 10;
/** «on vous l'adresse où ?», «je l'ajoute où ?»: an elided object pronoun, which normalised text no longer shows. */
const ELIDED_OBJECT = /(?:^|[^\p{L}])(?:je|j|on|nous|vous|tu)\s+(?:(?:vous|te|lui|leur|ne|n['’])\s*)?l['’]\s*(?!\s*(?:on|un|une)\b)\p{L}+/iu;
/** A condition, then whether the writer could have or reach someone («si ça ne marche pas, je pourrai parler à quelqu'un ?»). */
const IF_THEN_CAN =
  /(?:^|\b(?:et|mais|ok|bon|alors|chose)\s+)(?:si|s(?=\s+ils?\b))\s+(?!(?:vous|te)\s+plait\b|possible\b|besoin\b)(?:\w+\s+){1,10}?(?:(?:est\s+ce\s+que|est\s+ce\s+qu)\s+)?(?:je|j|on|nous)\s+(?:peux|peut|pourrai|pourrais|pourra|pourrons|pouvons)\s+(?:\w+\s+){0,3}?(?:avoir|parler|joindre|contacter|passer|basculer|demander|poser)\b|\bif\s+(?:\w+\s+){1,10}?(?:can|could)\s+(?:i|we)\s+(?:\w+\s+){0,2}?(?:talk|speak|get|have|reach|switch)\b/;
/** …unless a failure is reported with it («si ça ne fonctionne toujours pas, un agent ?»): that still asks for the person. */
const asksIfAPersonCould = (text: string): boolean => IF_THEN_CAN.test(text) && !reportsFailure(text);

/** «bon, et pour contacter le support alors ?», «donc pour ouvrir un ticket ?»: what to do to reach it, asked (with its mark), not done. */
const FOR_WHAT = /^(?:(?:et|mais|ok|bon|alors|donc|du coup|dans ce cas)\s+)*pour\s+(?:ecrire|contacter|joindre|ouvrir|envoyer|faire|creer|deposer|signaler|declarer|parler|avoir)\b/;

/** A question's subject that a noun after it may name («il répond quand, l'agent ?»). */
const THIRD_PERSON = /\b(?:il|elle|ils|elles)\b/;

/** A pronoun that stands for a thing named before («pour qu'elle parvienne», «je la renvoie», «savoir s'il a été traité», «sur ce point», «it»). */
const POINTS_BACK = /\b(?:(?:qu|que|pour|afin)\s+(?:elle|il|elles|ils)|(?:sur|a|de)\s+ce\s+(?:point|sujet|propos)|(?:on|about)\s+(?:this|that)\s+(?:point|matter)|(?:sais|sait|savoir|voir|verifier)\s+(?:si\s+)?(?:elle|il|elles|ils)\s+(?!y\b)|(?:je|on|nous|vous|tu)\s+(?:ne\s+)?(?:la|le|les|l)\s+\w+|(?:la|le|les|l)\s+(?:faire|envoyer|renvoyer|transmettre|debloquer|valider|retrouver|recuperer|corriger)|it|them|(?:est ce que|ce que|que|quoi) (?:j )?(?:ai|aurais|on a|on aurait|nous avons) (?:rate|loupe|oublie|manque|mal fait)|(?:ai|on a) (?:rate|loupe|oublie|manque|mal fait) quoi|what did (?:i|we) (?:miss|do wrong|forget)|(?:je|j|on|nous) (?:commence|commencons|dois commencer|attaque) par (?:quoi|ou|lequel|laquelle)|par (?:quoi|ou) (?:je|on) commence|where do (?:i|we) start)\b/;
/** A question of at most this many words may point back to the sentence before it. */
const POINTING_QUESTION_WORDS = 16;

/** A clause that opens on a relative pronoun («…, que la procédure ne rétablit pas», «…, which we cannot access»): it says what for, it asks nothing. */
const RELATIVE = /^(?:que|qui|dont)\s+(?:la|le|les|l|je|j|vous|nous|on|il|elle|ils|elles|ce|cette|mon|ma|mes|votre|notre)\b|^(?:which|whom|that)\s+(?:we|i|you|they|he|she)\b/;

/** A clause that only sets the scene: a participle or a «since/as» opening («ayant transmis…», «en tant que…»). */
const BACKGROUND = /^(?:ayant|etant|apres avoir|suite a|en tant qu?e?|vu que|puisque|having|being|as an?)\b/;
/** «Madame, Monsieur, notre société, fournisseur de matériel auprès de plusieurs hôpitaux, souhaiterait…», «titulaire d'un marché…» (the «d'» is gone): who writes, in apposition; it asks nothing. */
const WRITER =
  /^(?!.*\b(?:je|j|nous|on|vous|il|elle|ils|elles)\b)(?:(?:notre|mon|ma|nos)\s+(?:societe|entreprise|cabinet|association|structure|agence|etude|pme|tpe|start up|startup)$|(?:fournisseur|fournisseuse|prestataire|expert|experte|interprete|traducteur|traductrice|architecte|artisan|gerant|gerante|secretaire|gestionnaire|avocat|avocate|huissier|mandataire|titulaire|sous traitant|comptable|directeur|directrice)s?\s+(?:de|d|du|des|aupres|pres|pour|chez|agree|agreee|assermentee?|judiciaire|inscrite?|au|aux|une?)\b)/;
/** A clause that only sets the scene or says who writes. */
const setsScene = (c: Clause): boolean => BACKGROUND.test(c.text) || WRITER.test(c.text);

const CLOSING_FORMULA =
  /\b(?:(?:veuillez|je vous prie d?e?|(?:nous )?vous prions d?e?)\s*(?:d\s+)?(?:agreer|recevoir|croire|accepter)|salutations|sentiments (?:les )?(?:meilleurs|distingues|respectueux)|kind regards|yours (?:sincerely|faithfully)|dans (?:l\s+)?attente (?:de|d)\s+(?:votre|vos)\s+(?:retour|reponse|reponses|nouvelles)|looking forward to (?:your|hearing))\b/;

const DO_IT =
  /\b(?:(?:fai(?:s|tes)?|ouvr(?:e|ez)|cre(?:e|ez)|lance[sz]?|envoy(?:e|ez)|depos(?:e|ez)) (?:le|la)(?: moi| nous| pour moi| pour nous)?|(?:pouvez|pourriez|voulez|voudriez)(?: vous)? (?:me |nous )?(?:le|la|l) (?:faire|ouvrir|creer|lancer|envoyer|deposer)\b(?! (?:ou|quand|comment)\b)|(?:le|la|l) (?:faire|ouvrir|creer|lancer|envoyer|deposer) (?:pour moi|pour nous|a ma place|a notre place)|vas y|allez y|do it|open it|go ahead|(?:connect|transfer|put) (?:me|us)(?: through)?(?= *$| (?:now|please|then|right away|straight away)\b)|(?:connecte[sz]?|transfere[sz]?) (?:moi|nous)(?= *$| (?:maintenant|svp|stp|tout de suite)\b)|(?:open|create|file|raise|submit|start) (?:one|it) (?:for me|for us|please|now)|do it for (?:me|us)|(?:passe[sz]?|mettez|mets|donnez|donne)\s+(?:(?:m|moi|nous)\s+)?en\s+(?:un|une)|(?:pouvez|pourriez|peux|pourrais|voulez|voudriez)\s+(?:vous\s+|tu\s+)?(?:(?:m|me|nous)\s+)?en\s+(?:passer|mettre|donner|trouver|ouvrir|creer)\s+(?:un|une|1))(?!\w)(?!.*\b(?:comment|how)\b)/;

/** «je voudrais qu'un opérateur regarde le dossier : ouvrez-moi un ticket»: a person to look at the case, which the ticket asked for next gives. */
const HANDLES_CASE = /\b(?:operat\w*|conseill\w*|agents?|techniciens?|technicienne|humains?|quelqu un|someone|somebody)\s+(?:(?:du|de|des|d|chez|from|at)\s+(?:\w+\s+){0,2}?)?(?:regarde|examine|verifie|etudie|traite|(?:s |en |s en )?occupe|se penche|penche|look|looks|check|checks|review|reviews)\b/;

/** A bare yes to the previous message («oui, maintenant s'il vous plaît», «yes please»): it asks for what that message named. */
const CONSENT =
  /^(?:oui|ouais|yes|yep|ok|okay|d accord|volontiers|avec plaisir|bien sur|carrement)(?:\s+(?:oui|maintenant|tout de suite|svp|stp|(?:s\s+)?il vous plait|(?:s\s+)?il te plait|je veux bien|merci|please|now|vas y|allez y|go|bien sur|pourquoi pas|avec plaisir|directement|volontiers|c est urgent))*$/;

/** «ok merci pour les infos», «thanks for your help»: a thanks before what comes next frames the message, it asks nothing. */
const THANKS_CLAUSE =
  /^(?:(?:ok|okay|bon|super|parfait|d accord|ah)\s+)*(?:merci|thanks|thank you)(?:\s+(?:beaucoup|bien|bcp|encore|a lot|so much))?(?:\s+(?:pour|for)(?:\s+(?:les|l|la|le|votre|ta|vos|tes|ces|cette|ce|toutes? ces|the|your|all|this|that|these))?\s+(?:infos?|informations?|reponses?|aide|precisions?|explications?|tout|renseignements?|help|answers?|explanations?|everything))?$/;

/** «Serait-il possible, éventuellement, d'avoir quelqu'un… ?»: a clause of one hedge or courtesy, left out when clauses are read together. */
/** A second indirect question after one that asked («…, et surtout si…», «ou si…»). */
const WHETHER_AGAIN = /^(?:(?:et|ou|mais)\s+)(?:(?:surtout|aussi|egalement|enfin|meme|puis)\s+)?si\b/;

const FILLER_CLAUSE = /^(?:eventuellement|peut etre|par hasard|si possible|si (?:cela|c|ca) (?:est|etait|serait) possible|svp|stp|s il vous plait|please|bon|alors|donc|enfin|bref)$/;

/** Clauses of one sentence read together for a request when they hold no more words than this. */
const JOINED_REQUEST_WORDS = 12;

/** «pas tout de suite», «pour l'instant»: a person or a ticket put off, not refused. */
const NOT_YET = /\b(?:tout de suite|pour (?:l )?instant|pour le moment|pas encore|dans (?:l )?immediat|pour (?:l )?heure|immediatement|right now|right away|just yet|for now)\b/;
/** «…, mon collègue en a créé un», «…, est-il bien arrivé ?»: a later clause takes up the thing put off. */
const TAKES_IT_UP = /\b(?:en\s+(?:\w+\s+){1,2}(?:un|une|1)\b|(?:est|sera|serait)\s+(?:il|elle)\b|(?:il|elle)\s+(?:est|sera|serait)\s+(?:traitee?|lue?|prise?|ouverte?|envoyee?|recue?)\b)/;

/**
 * «pas de ticket pour le moment, mon collègue en a créé un hier, est-il bien arrivé ?»: the
 * ticket or the person put off, and taken up after, is still what the message is about
 * (searched), but not asked for.
 */
function deferred(clauses: Clause[]): void {
  clauses.forEach((c, i) => {
    if (!c.negated || !NOT_YET.test(c.text) || !(TICKET_TARGET.test(c.text) || AGENT_TARGET.test(c.text))) return;
    if (!clauses.slice(i + 1).some((d) => !d.negated && TAKES_IT_UP.test(d.text))) return;
    c.negated = false;
    c.deferred = true;
  });
}

export function readMessage(raw: string, maxChars = MAX_QUESTION_CHARS): MessageReading {
  const normalized = formulasOnTheirOwn(normalizeSurface(raw, maxChars));
  // Sentences alternate with their delimiters: a sentence followed by «?» asks.
  const pieces = normalized.split(SENTENCE_SPLIT);
  const clauses: Clause[] = [];
  let followUp = false;
  let changesTopic = false;
  let request: Request | null = null;
  // The clause that holds the request: a how-to question before it («je sais qu'on peut écrire
  // au support même sans être connecté, … ouvrez-moi un ticket») says what the user knows.
  let requestClause: Clause | undefined;
  let asksHow = false;
  let asksLoggedOut = false;
  let previous: Clause[] = [];
  for (let i = 0; i < pieces.length; i += 2) {
    const sentence = pieces[i]!;
    const words = wordsOf(sentence);
    if (!words) continue;
    // «Veuillez agréer…», «je vous prie de croire…»: a letter's closing formula asks nothing.
    const closing = CLOSING_FORMULA.test(words);
    // «that's exactly what I needed», «c'est ce qu'il me fallait»: a relative clause that says it was found, not a question.
    const found = FOUND_IT.test(words);
    const asks =
      !closing && ((pieces[i + 1] ?? '').includes('?') || (!found && (QUESTION_START.test(words) || QUESTION_INSIDE.test(words))) || REQUEST_MARKER.test(words));
    const own = clausesOf(cutRun(sentence), asks);
    // «ayant transmis une facture au CHU, je souhaiterais connaître…»: a participle clause sets the
    // scene; the sentence's other clauses ask.
    if (asks && own.some((c) => !setsScene(c))) for (const c of own) if (setsScene(c)) c.question = false;
    // Only the formula's own clauses: «merci de m'indiquer où suivre ma facture, salutations» still asks.
    if (closing) for (const c of own) c.closing = CLOSING_FORMULA.test(c.text);
    // «… je la vois avec la mention brouillon. Qu'est-ce que je dois faire pour qu'elle leur
    // parvienne ?»: a short question that points back asks about what the sentence before says.
    if (asks && !closing && words.split(' ').length <= POINTING_QUESTION_WORDS && POINTS_BACK.test(words)) {
      for (const c of previous) if (!c.negated && !c.closing) c.question = true;
    }
    liftResumedNegation(own);
    if (refusesPrevious(own)) for (const c of previous) c.negated = true;
    previous = own;
    clauses.push(...own);
    changesTopic ||= changesTopicIn(words, own);
    followUp ||= continuesConversation(words, own, asks, (pieces[i + 1] ?? '').includes('?'));
    // «… un agent, ça se passe comment ?»: a sentence that asks how is a question, not a request;
    // a request after the how-to stands («j'ai fait la procédure, le lien ne marche pas, je veux
    // parler à quelqu'un»). What a negated clause names does not ask («pas besoin de la procédure,
    // ouvrez un ticket»).
    // A how-to clause only cancels a request when it asks («… ça se passe comment ?»), not in an
    // exclamation that complains («ouvrez un ticket, je ne vais pas chercher une heure !!!»).
    const marked = (pieces[i + 1] ?? '').includes('?');
    asksLoggedOut ||= marked && LOGGED_OUT.test(words);
    let pending: Request | null = null;
    let pendingClause: Clause | undefined;
    let askedWhether = false;
    // «Je souhaite donc, dès à présent, déposer une demande d'assistance»: the wish cut off by commas from what it wishes.
    let wish: string | null = null;
    for (const [at, c] of own.entries()) {
      if (c.negated) continue;
      const before = own[at - 1];
      const wished = before?.negated && CLEFT_WISH.test(before.text) && IT_IS.test(c.text) ? c.text.replace(IT_IS, 'je veux ') : c.text;
      // «il répond quand, l'agent ?»: the person named after a question about «il» is who it asks about.
      if (askedWhether && at > 0 && THIRD_PERSON.test(own[at - 1]!.text) && onlyNamesPerson(c.text)) continue;
      if (pending === null && WISH_ONLY.test(c.text)) {
        wish = c.text;
        continue;
      }
      if (wish !== null && LINKING_ONLY.test(c.text)) continue;
      // «j'aimerais savoir si elle fonctionne le week-end, et surtout si un humain peut me répondre»: the same indirect question, continued.
      const stillWhether = askedWhether && WHETHER_AGAIN.test(c.text);
      if ((asksHowTo(c.text) || stillWhether || (marked && FOR_WHAT.test(c.text))) && (marked || pending === null || stillWhether || (QUESTION_START.test(c.text) && !RELATIVE.test(c.text)))) {
        asksHow = true;
        pending = null;
        askedWhether = true;
      } else if (pending === null) {
        pending = requestIn(wish === null ? wished : `${wish} ${wished}`);
        pendingClause = c;
      }
      wish = null;
    }
    // «ce n'est pas le robot que je veux, c'est un agent humain, maintenant s'il vous plaît»: the
    // person in one clause, the asking in the next (a few words in all: a story's clauses are no request).
    const kept = own.filter((c) => !c.negated && !FILLER_CLAUSE.test(c.text)).map((c) => c.text).join(' ');
    if (pending === null && own.length > 1 && kept.split(' ').length <= JOINED_REQUEST_WORDS && !asksHowTo(kept)) {
      pending = requestIn(kept);
      pendingClause = own[0];
    }
    // «et si elle se trompe, je peux avoir quelqu'un ?»: whether a person can be had should the
    // answer fail asks how the service works, not for the person now.
    if (pending === 'agent' && marked && asksIfAPersonCould(words)) {
      pending = null;
      asksHow = true;
    }
    if (request === null && pending !== null) [request, requestClause] = [pending, pendingClause];
  }
  // «Non, pas un robot. Une personne. Maintenant.»: the same few words cut into sentences.
  const keptAll = clauses.filter((c) => !c.negated && !c.closing);
  const short = keptAll.map((c) => c.text).join(' ');
  if (request === null && keptAll.length > 1 && short.split(' ').length <= JOINED_REQUEST_WORDS && !asksHowTo(short) && !asksIfAPersonCould(short)) {
    [request, requestClause] = [requestIn(short), keptAll[0]];
  }
  if (request === 'agent' && requestClause && HANDLES_CASE.test(requestClause.text)) {
    const ticket = clauses.slice(clauses.indexOf(requestClause) + 1).find((c) => !c.negated && requestIn(c.text) === 'ticket');
    if (ticket) [request, requestClause] = ['ticket', ticket];
  }
  // «… je veux envoyer une demande au support. Comment on fait ?»: the user asks how, not for it now.
  const from = requestClause ? clauses.indexOf(requestClause) : 0;
  const way = asksLoggedOut ? 'how' : wayAsked(clauses, from, request);
  if (way !== null) request = null;
  if (way === 'where') asksHow = true;
  clauses.forEach((c, i) => {
    if (THANKS_CLAUSE.test(c.text) && clauses.slice(i + 1).some((d) => d.question && !d.negated && !d.closing)) c.closing = true;
  });
  const takenBack = requestClause !== undefined && !requestClause.negated;
  // «non pardon je voulais dire l'EDI, …» takes the previous message back, before the correction's words are set aside.
  const retracts = retractsPrevious(clauses.map((c) => c.text).join(' '));
  setAsideCorrected(clauses);
  // «Open a ticket please — actually no, scratch that, just tell me…»: the request taken back is none.
  if (takenBack && requestClause!.negated) request = null;
  markDone(clauses);
  // Read for requests above while still negated: put off, it is searched, never asked for.
  deferred(clauses);
  const all = clauses.map((c) => c.text).join(' ');
  const words = all.split(' ');
  // Amounts («12 000 alors que j'estime 9 000») are not words of a story.
  const anaphora = words.filter((w) => !/^\d+$/.test(w)).length <= ANAPHORA_WORDS && (ANAPHORA.test(all) || ELIDED_OBJECT.test(raw));
  const failure = clauses.some((c) => reportsFailure(c.text));
  const names = clauses.some((c) => TICKET_TARGET.test(c.text)) ? 'ticket' : clauses.some((c) => AGENT_TARGET.test(c.text)) ? 'agent' : null;
  return {
    clauses,
    request,
    names,
    doIt: DO_IT.test(all) || CONSENT.test(all.trim()),
    followUp,
    anaphora,
    asksHow,
    failure,
    nextStep: movesOn(all, failure),
    changesTopic,
    retracts,
    language: languageOf(words),
  };
}
