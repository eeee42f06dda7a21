import { isBoundary } from './boundaries';
import type { DecisionModel } from './decision';
import type { Analysis, CandidateFeatures, MessageTerms } from './features';
import { readMessage, type MessageReading } from './message';
import { reportsStepDone } from './steps';
import type { Request } from './requests';
import { MAX_QUESTION_CHARS, normalizeSurface } from './normalize';
import type { AskContext } from './types';
import { asksWhichOne, narrowsTo, subjectClauses } from './follow-up-markers';
import { ALSO_APPLIES } from './shared-phrases';
import { isConcept } from './synonym-matcher';

/** A message the decision gives less than this chance of being in the domain at all is outside it, boundary or not. */
const OUT_OF_DOMAIN = 0.01;
/** What a follow-up adds is a topic the base does not answer when a boundary tops it with at least this score. */
const NEW_TOPIC_OUTSIDE = 0.4;
/** A follow-up with at most this many terms of its own borrows the previous question's. */
const FOLLOW_UP_TERMS = 4;
/** A message that ends on a preposition or a determiner, no punctuation after it: cut off mid-phrase. */
const CUT_OFF = /\b(?:de|d|du|des|pour|une|un|le|la|les|au|aux|en|sur|avec|par|dans|chez|mon|ma|mes|notre|nos|votre|vos|of|for|the|an|to|with|my|our)$/;
/** What goes on after a cut-off message is a few words, not a new question. */
const CONTINUATION_TERMS = 3;
/** A previous message with more terms than this tells a story: a follow-up may be read with the previous answer's title instead. */
const STORY_TERMS = 12;
/** «il y en a un pour les experts ?», «y en a le soir ?», «et pour les travaux en particulier ?» after the webinars: one of the things just asked about, narrowed; no other topic. */
const ONE_OF_THEM = /\b(?:y en (?:a|aurait)(?: t il)? (?:un|une|1|a|le|en|pour|dans|sur|avec|d autres|plusieurs|combien)\b|is there one|are there any|en particulier|notamment|particulierement|specifiquement|specifically|in particular)\b/;
/** «y en a le soir ?», «il y en a à un horaire adapté ?»: «en» stands for the things just spoken of. */
const SOME_OF_THEM = /\by en (?:a|aurait)(?: t il)?\b/;
/**
 * «et c'est qui qui décide ?», «who approves?» with nothing decided named: who decides what was
 * just spoken of (a proposed newsletter article, a décompte), not the portal's governance.
 */
const WHO_DECIDES =
  /^(?:(?:et|mais|ok|bon|donc|alors|and|but)\s+)?(?:c\s+est\s+|est\s+ce\s+)?(?:qui|who)(?:\s+est\s+ce)?(?:\s+qui)?\s+(?:decide|decident|choisit|choisissent|valide|valident|tranche|arbitre|selectionne|retient|approuve|decides|chooses|approves|selects)(?:\s+(?:au final|finalement|alors|donc|in the end))?$/;
/**
 * «il faut le signaler», «je la déclare où ?»: a pronoun object of a verb, standing for something
 * said before; «ça se fait où ?», «ça bloque»: «ça» opening the clause, its subject.
 */
const OBJECT_PRONOUN = /\b(?:je|j|on|nous|vous|tu|faut|dois|doit|devons|peux|peut|pouvez|puis)\s+(?:le|la|les)\s+\w+(?:er|ir|re|e|es|ez|ons)\b|^(?:(?:et|mais|donc|alors|ok|bon)\s+)*(?:ca|cela)\s+(?:se\s+|s\s+|me\s+|m\s+|nous\s+)?(?:fait|passe|bloque|marche|fonctionne|declare|depose|envoie|trouve|demande|coince)\b/;
/** «ils sont enregistrés ? ici à Tahiti c'est en pleine nuit»: a short question led by a pronoun, the remarks beside it ask nothing. */
const LED_BY_PRONOUN = /^(?:(?:et|mais|donc|alors|ok)\s+)*(?:ils|elles|il|elle)\s+(?:sont|est|seront|sera|ont|a|peut|peuvent|reste|restent)\b(?:\s+\w+){0,4}$/;
/** «ça me concerne si je dépanne aussi des commerces ?», «est-ce que cela nous touche, nous qui…»: whether what was just explained concerns the writer, however long the case told. */
const CONCERNS_ME = /^(?:(?:et|mais|donc|alors|ok|bon)\s+)*(?:est ce que\s+)?(?:ca|cela)\s+(?:me|m|nous|vous)\s+(?:concerne|concernera|concernerait|touche|touchera|toucherait|impacte|impactera|s\s+applique|s\s+appliquera)\b/;
/** «et les webinaires, il y en a pour les débutants ?»: the topic named first, then taken up by a pronoun. */
const TOPIC_FIRST = /^(?:(?:et|mais|ok|alors)\s+)?(?:pour\s+)?(?:les|le|la|l|des|vos)\s+\w+(?:\s+\w+){0,3}?\s+(?:il|ils|elle|elles|y|c|ca)\b/;
/** «… pour la débloquer», «je le renvoie» at the end of a clause: a verb whose object is the thing named before. */
const PRONOUN_VERB = /\b(?:pour|de|a|je|j|on|nous|vous|tu)\s+(?:la|le|les|l)\s+\w+(?:er|ir|re)$/;
/** «et si je n'arrive plus du tout à me connecter, ça fonctionne quand même ?»: whether what was just explained still holds, under a new condition. */
const NEW_CONDITION = /^(?:(?:et|mais)\s+)?(?:si|meme si|and if|what if|even if)\b/;
const STILL_APPLIES = /^(?:(?:et|mais|donc|alors)\s+)?(?:ca|cela|c est|il|elle|on peut|je peux)\s+(?:\w+\s+)?(?:quand meme|malgre tout|meme dans ce cas)$/;
/**
 * «et si l'adresse mail du compte n'existe plus ?», «et si je n'ai plus l'adresse mail ?»: a condition
 * where something the topic relies on is gone, asked under that topic (what to do then), not a new one.
 */
const NO_LONGER = /\b(?:n\s+)?(?:existe|existent|marche|marchent|fonctionne|fonctionnent)\s+plus\b|\b(?:est|sont)\s+plus\s+(?:valide|active|accessible|utilisee?)s?\b|\b(?:est|sont|a ete|ont ete)\s+(?:fermee?s?|supprimee?s?|desactivee?s?|perdue?s?)\b|\b(?:ai|a|avons|ont)\s+plus\s+(?:(?:la|le|les|mon|ma|mes|cette|cet|ce|son|sa|ses)\s+)?(?:acces|adresse|mail|email|e mail|boite|telephone|numero)\b/;
/** «et nous, on peut proposer quelque chose ?» after the portal's changes: a thing left unnamed is the one just spoken of. */
const UNNAMED_THING = /\b(?:quelque chose|un truc|des trucs|une idee|des idees|something|anything)$/;

/** «ok merci», «d'accord, merci beaucoup»: an acknowledgement, not a yes, unless the bot offered something. */
const OK_THANKS = /^(?:ok|okay|d accord|bon|parfait|super|tres bien|ok d accord)\s+(?:merci|thanks|thank you)(?:\s+(?:beaucoup|bien|bcp|a vous|a toi|so much|a lot))?$/;
/** «ok», «d'accord», «bon»: a bare acknowledgement, alone in its clause. */
const ACKNOWLEDGED = /^(?:ok|okay|oki|d accord|ok d accord|bon|ah|ah ok|oui|ouais|super|parfait|entendu|tres bien|alright|right|i see)$/;

/**
 * What the bot's offer of a person or a ticket was about, in the base's words: «dans ce cas je
 * clique où ?» right after it asks how to do what was offered.
 */
const OFFER_TOPICS: Readonly<Record<Request, string>> = Object.freeze({
  ticket: 'envoyer un ticket au support',
  agent: 'discuter avec un agent du support',
});

export interface FollowUpDeps {
  /** Reads a message (`followUp`: with a topic before it; `own`: the follow-up's own terms and cues). */
  analyseReading(reading: MessageReading, followUp: boolean, lastArticle?: string | null, own?: readonly string[]): Analysis;
  messageTerms(reading: MessageReading): MessageTerms;
  /** The best candidate (article or boundary) for a handful of terms read as one question. */
  bestFor(message: MessageTerms): CandidateFeatures | undefined;
  /** Whether the base holds the term anywhere. */
  known(term: string): boolean;
  model: Pick<DecisionModel, 'answer' | 'clarify'>;
  nextTopic?: (articleId: string) => string | undefined;
  topicOf?: (articleId: string) => string | undefined;
  outsideOnly?: (term: string) => boolean;
  /** The screen's own words («clique», «bouton», «liste»): they name no topic of their own. */
  screenWord?: (term: string) => boolean;
}

/** The topic a message may point back to: the previous question, else what the bot just offered. */
export function previousTopic(context?: AskContext): string | undefined {
  return context?.lastQuestion ?? (context?.lastOffer ? OFFER_TOPICS[context.lastOffer] : undefined);
}

/**
 * The person or ticket named just before: what the bot offered, else what the previous question
 * named («comment ouvrir un ticket ?»), else the title of the article answered last (the ticket
 * article, after «c'est long ce formulaire», when the message names none itself): what
 * «faites-le pour moi» asks for.
 */
export function namedBefore(now: MessageReading, context: AskContext | undefined, topicOf?: (articleId: string) => string | undefined): Request | null {
  if (context?.lastOffer) return context.lastOffer;
  // «ok merci» after an answer that only named a person thanks for it; it takes an offer the bot made.
  if (OK_THANKS.test(now.clauses.map((c) => c.text).join(' '))) return null;
  const asked = context?.lastQuestion ? readMessage(context.lastQuestion).names : null;
  // «ouvrez-la» after the contact article is the request it names itself, not the article's agent.
  const title = !asked && !now.names && context?.lastArticle ? topicOf?.(context.lastArticle) : undefined;
  return asked ?? (title ? readMessage(title).names : null);
}

/**
 * The topic a follow-up leaves to the next message: the earlier topic, then the follow-up. Past
 * the message limit the earlier topic alone stays (what comes first names what the talk is about).
 */
export function topicAfter(previous: string, text: string): string {
  const joined = `${previous}\n${text}`;
  return joined.length <= MAX_QUESTION_CHARS ? joined : previous;
}

/**
 * What a message the bot did not answer leaves for the next one: the conversation's subject with
 * it («comment s'inscrire à une formation ?», «c'est gratuit ?» unanswered, then «et il y en a une
 * pour les maîtres d'œuvre ?» is still about training). Nothing before it, nothing carried.
 */
export function carriedTopic(context: AskContext | undefined, text: string): { topic?: string } {
  const previous = previousTopic(context);
  return previous ? { topic: topicAfter(previous, text) } : {};
}

/** A message read after a topic (the previous question, or the next step's title): the topic's clauses do not ask. */
function joinedWith(topic: MessageReading, now: MessageReading): MessageReading {
  return {
    ...now,
    clauses: [...topic.clauses.map((c) => ({ ...c, question: false })), ...now.clauses.map((c) => ({ ...c, question: true }))],
  };
}

/**
 * Reads a follow-up with the conversation's topic («et pour une facture de travaux ?», «et
 * après ?», «ça ne marche pas»): returns the message's analysis alone when it does not point
 * back, or when what it adds is a topic of its own.
 */
export function createFollowUpReader(deps: FollowUpDeps): (alone: Analysis, context?: AskContext) => Analysis {
  const { analyseReading, messageTerms, model } = deps;
  const outsideOnly = (t: string) => deps.outsideOnly?.(t) ?? true;

  /**
   * What a follow-up adds to the previous question («et la TVA, je l'applique sur ces frais ?»:
   * «TVA») is a topic the base does not answer: a word no article holds, under a boundary that
   * tops it. A word the articles also use («rejeter» a décompte) stays with the topic.
   */
  const newTopicOutside = (alone: Analysis, previous: MessageReading): boolean => {
    const before = new Set(messageTerms(previous).terms);
    const fresh = alone.message.terms.filter((t) => !before.has(t));
    if (!fresh.some(outsideOnly)) return false;
    const top = deps.bestFor({ terms: fresh, parts: [{ terms: fresh, question: true }], corrected: new Set(), cues: [] });
    return top !== undefined && isBoundary(top.articleId) && top.score >= NEW_TOPIC_OUTSIDE;
  };

  /**
   * The next step after the previous answer («c'est fait, et maintenant je vois où… ?») is
   * another topic: the message's own words pick it, read as a follow-up, helped by the title of
   * the step the article names as next when both agree (or when they alone point nowhere firmly);
   * when they only point back to the previous answer, that next step gives the topic.
   */
  const nextStep = (alone: Analysis, lastArticle: string | null | undefined): Analysis | undefined => {
    const own = alone.ranked[0]?.articleId;
    const next = lastArticle ? deps.nextTopic?.(lastArticle) : undefined;
    const withNext = next ? analyseReading(joinedWith(readMessage(next), alone.reading), true, lastArticle) : undefined;
    if (!own || own === lastArticle) return withNext;
    const onItsOwn = analyseReading(alone.reading, true, lastArticle);
    // «et après ça le client la reçoit direct ?» after the draft: words that alone point nowhere
    // firmly are read with the next step too.
    const agrees = withNext?.ranked[0]?.articleId === own || alone.pDomain < model.clarify;
    return withNext && agrees && withNext.p > onItsOwn.p ? withNext : onItsOwn;
  };

  return (alone, context) => {
    const previous = previousTopic(context);
    if (!previous || alone.reading.request || alone.reading.retracts) return alone;
    const lastArticle = context?.lastArticle;
    // «c'est quoi le taux de TVA» / «pour une prestation de» / «formation»: a message cut off after
    // a preposition or a determiner goes on in the next one; both are one message, read on its own.
    if (CUT_OFF.test(normalizeSurface(previous).trimEnd()) && alone.message.terms.length <= CONTINUATION_TERMS && !alone.reading.followUp) {
      return analyseReading(readMessage(`${previous} ${alone.reading.clauses.map((c) => c.text).join(' ')}`), false, lastArticle);
    }
    // «Notre association a changé de banque.» then «il faut le signaler où ?»: after a message no article
    // answered as outside the domain (a boundary tops it, or the decision hardly reads it as in the
    // domain at all), a pronoun standing for what it said, with hardly a word of its own, keeps that
    // topic, which the base does not answer either; words it repeats from that message («un avoir
    // pour une facture déposée» then «je le dépose où, avec la facture ?») are not its own.
    // So does the same question narrowed («Quel taux de TVA pour une crèche ?» then «et pour les repas ?»).
    const takesUpUnanswered = !lastArticle && (alone.reading.clauses.some((c) => !c.negated && OBJECT_PRONOUN.test(c.text)) || narrowsTo(alone.reading.clauses));
    const unanswered = takesUpUnanswered ? readMessage(previous) : undefined;
    const repeated = new Set(unanswered ? messageTerms(unanswered).terms : []);
    // Where it is done («sur le portail», «dans le menu») is no word of its own either.
    const ownWords = alone.message.terms.filter((t) => !isConcept(t) && !repeated.has(t) && !(deps.screenWord?.(t) ?? false));
    if (unanswered && ownWords.length <= 1) {
      const then = analyseReading(unanswered, false, lastArticle);
      if (then.outside || then.pDomain < OUT_OF_DOMAIN) return analyseReading(joinedWith(unanswered, alone.reading), true, lastArticle, [...alone.message.terms, ...alone.message.cues]);
    }
    // A short message points back only if all its words are known (gibberish never borrows a topic).
    const terms = alone.message.terms;
    const allKnown = terms.every(deps.known);
    const short = terms.length <= FOLLOW_UP_TERMS && allKnown;
    const said = alone.reading.clauses.map((c) => c.text).join(' ');
    const whoDecides = WHO_DECIDES.test(said);
    // A short message that counts some of them («y en a le soir ?») points back even when its words alone draw an article («horaire»).
    const someOfThem = terms.length <= FOLLOW_UP_TERMS && SOME_OF_THEM.test(said);
    const asking = alone.reading.clauses.filter((c) => c.question);
    const pronounAsks = asking.length > 0 && asking.length < alone.reading.clauses.length && asking.every((c) => LED_BY_PRONOUN.test(c.text));
    const concernsMe = CONCERNS_ME.test(alone.reading.clauses[0]?.text ?? '');
    const pointsBack = alone.reading.followUp || alone.reading.failure || alone.reading.anaphora || short || whoDecides || someOfThem || pronounAsks || concernsMe;
    // Words of the screen alone («je clique où ?», «je vois pas l'écran dont vous parlez») name no
    // topic of their own: whatever article they draw alone, they point back.
    const topical = terms.some((t) => !(deps.screenWord?.(t) ?? false));
    if (!pointsBack || (alone.p >= model.answer && !alone.reading.followUp && !whoDecides && !someOfThem && topical)) return alone;
    if (alone.reading.nextStep) {
      // The message alone may be clearer than its reading as a next step («elle est marquée
      // brouillon. je fais quoi maintenant ?»): the one the decision trusts more is kept.
      const read = nextStep(alone, lastArticle);
      if (read) return read.p >= alone.p ? read : alone;
    }
    const before = unanswered ?? readMessage(previous);
    // «ok mais ça s'applique aussi quand…»: an acknowledgement before it is not the first thing said.
    const first = alone.reading.clauses.find((c) => !ACKNOWLEDGED.test(c.text))?.text ?? '';
    // «… je vais dans laquelle ?»: which of the things just named, for the case told beside it;
    // «ce serait sur…», «sur…, ça vous intéresse ?»: what it would be about, its words not asked.
    const subject = alone.reading.followUp ? subjectClauses(alone.reading.clauses) : [];
    const appliesToo =
      ALSO_APPLIES.test(first) ||
      (alone.reading.followUp && (asksWhichOne(alone.reading.clauses) || subject.length > 0)) ||
      (NEW_CONDITION.test(first) && (NO_LONGER.test(first) || alone.reading.clauses.some((c) => STILL_APPLIES.test(c.text))));
    if (!appliesToo && newTopicOutside(alone, before)) return alone;
    // The previous question gives the topic; the new message stays the asking part.
    const own = [...terms, ...alone.message.cues];
    // A word of the message that only the base's boundaries hold («TVA», «URSSAF»).
    const namesOutside = terms.some(outsideOnly);
    // A short question led by a pronoun is read with the topic without the remarks beside it («… ici c'est la nuit»).
    const rest = alone.reading.clauses.filter((c) => !subject.includes(c));
    const asked = pronounAsks ? { ...alone.reading, clauses: asking } : subject.length > 0 && rest.length > 0 ? { ...alone.reading, clauses: rest } : alone.reading;
    const withQuestion = analyseReading(joinedWith(before, asked), true, lastArticle, own);
    // The previous answer's title is its topic in a few words: after a long story, where the
    // story's words drown the topic, the follow-up is read with it («et du coup je fais comment ?»);
    // so is one whose own words the base knows, none of them only a boundary's, when the previous
    // answer is still a candidate («et je la trouve où cette info ?» after the tracking article).
    // A word the base has never seen («et pour la supprimer ?») may be a topic the article does not
    // cover: the previous question alone reads it.
    const beforeTerms = messageTerms(before).terms;
    const story = beforeTerms.length > STORY_TERMS;
    const knownAsked = pronounAsks ? messageTerms(asked).terms.every(deps.known) : allKnown;
    const plain = knownAsked && !namesOutside && withQuestion.ranked.some((c) => c.articleId === lastArticle);
    const title = (story || plain) && lastArticle ? deps.topicOf?.(lastArticle) : undefined;
    const withAnswer = title ? analyseReading(joinedWith(readMessage(title), asked), true, lastArticle, own) : undefined;
    // After a clarification or a fallback no article is the topic: a reaction with no word of its
    // own («et si c'est pas le cas ?») asks the previous question again, read as it was.
    const again = !lastArticle && terms.length === 0 ? analyseReading(before, false, lastArticle) : undefined;
    // «il y en a un pour les experts ?» after the webinars: one of the things the last answer is
    // about, narrowed; that answer stays the topic even when its article does not name the narrowing.
    // «et les webinaires, il y en a pour les débutants ?» after court fees names its own topic: no narrowing of the last one.
    const namesAnother = TOPIC_FIRST.test(said) && alone.p >= model.answer && alone.ranked[0] !== undefined && alone.ranked[0].articleId !== lastArticle;
    const oneOfThem = (ONE_OF_THEM.test(said) && !namesAnother) || whoDecides;
    const same = oneOfThem && lastArticle ? analyseReading(before, false, lastArticle) : undefined;
    const joined = [withAnswer, again, same].reduce<Analysis>((best, a) => (a && a.p > best.p ? a : best), withQuestion);
    // A message that already points to another article on its own keeps it: the context only
    // fills in what the message leaves unsaid. So does one that names a topic the base does not
    // answer («et la TVA ?»), with a word no article holds.
    const outside = alone.outside && namesOutside && !appliesToo;
    // Nor do they point to another article («mais je vois rien dans la liste»).
    // Unless the message alone hesitates between articles and the context picks one of them
    // («où je dépose ma demande de paiement ?» after «sous-traitant sur un marché de travaux»).
    // A message that says the last answer failed, was done or moves past it has left that topic.
    const movedOn = alone.reading.failure || alone.reading.nextStep || alone.reading.clauses.some((c) => reportsStepDone(c.text));
    // Its candidates are the first three, and, when a pronoun and a single word ask, any other that
    // word covers as fully as the first («et je fais comment pour la débloquer ?»: four articles hold «débloquer»).
    const single = terms.length <= 1 && (alone.reading.anaphora || alone.reading.clauses.some((c) => PRONOUN_VERB.test(c.text)));
    const candidates = alone.ranked.filter((c, i) => i < 3 || (single && c.coverage >= (alone.ranked[0]?.coverage ?? 1)));
    const picked = !movedOn && alone.p < model.answer && candidates.some((c) => c.articleId === joined.ranked[0]?.articleId);
    // «et sur une facture pas encore envoyée ?» after «… le taux de TVA d'une facture déjà envoyée ?»: every word it
    // names was in the previous question, which it asks again under another condition.
    const restates = alone.reading.followUp && terms.length > 0 && terms.every((t) => beforeTerms.includes(t));
    const elsewhere =
      !oneOfThem &&
      !restates &&
      !appliesToo &&
      !picked &&
      !(alone.reading.followUp && alone.reading.clauses.some((c) => UNNAMED_THING.test(c.text))) &&
      // «et ça sera traité quand ?» after the newsletter: «ça» is the thing just spoken of, one word says what of it.
      !(terms.length <= 1 && alone.reading.followUp && alone.reading.anaphora) &&
      topical && alone.ranked[0] !== undefined && alone.pDomain >= model.clarify && joined.ranked[0]?.articleId !== alone.ranked[0].articleId;
    return (joined.p >= alone.p || !topical || restates || (oneOfThem && joined.p >= model.clarify)) && !outside && !elsewhere ? joined : alone;
  };
}
