import { ASSISTANT_NAMED, OFFERS, PICK_ONE, PORTAL_OPTIONS, PROVIDER_NAMED, SECOND_PERSON, THERE, WITH_RETAIL_CHAINS } from './facet-words';
import { ASKS, NAMES_OTHER_BODY, OWN_ACCOUNT, SAYS, STANDS_FOR } from './facet-patterns';
import { readMessage, type Clause, type MessageReading } from './message';
import { normalizeSurface, spaceWords } from './normalize';
import { questionsOf } from './several-questions';
import type { Facet } from './types';

/**
 * What a question asks about a topic besides how it works: its price, an address, when it will
 * be paid, the VAT it bears or the income tax on it. An article answers such a facet only when
 * its own text says it (a price, «gratuit», a postal address, a payment deadline in days, the VAT);
 * «et ça coûte combien chez un opérateur ?» right after the EDI article is not answered by
 * repeating that article (knowledge/README.md, "Facets and the screen's words").
 */
export type { Facet };


/** Another site's account first: «je n'ai plus le mot de passe de mon espace impots.gouv» beside «ma déclaration de TVA» is about the password. */
const FACETS: readonly Facet[] = ['account', 'fraud', 'price', 'address', 'delay', 'tax', 'abroad', 'elsewhere', 'device', 'software', 'delete', 'amend', 'login', 'owed', 'received', 'recommend', 'language', 'self'];
/**
 * «c'est normal ce délai ?» asks about a payment's delay only when the message speaks of the
 * payment («elle est en mise en paiement depuis 45 jours, c'est normal ce délai ?»); after a ticket
 * left unanswered it is the support's delay, which the ticket article speaks of.
 */
const NORMAL_DELAY = /\b(?:(?:c )?est (?:normal|normale) (?:ce|ces|un|un tel|un si long|autant de) (?:delais?|delays?|temps|retards?)|(?:ce )?delai (?:est |c est )?(?:il )?(?:normal|normale))\b/;
/** «… ça fait 2 mois, c'est normal ?», «… depuis 40 jours, ils ont le droit ?»: a time said, then whether it is allowed. */
const TIME_SAID = /\b\d+\s*(?:j|jours|semaines|mois)\b/;
const ALLOWED = /\b(?:(?:c\s+)?est (?:ce )?(?:normal|normale)|(?:ils|elles|il|elle|on) (?:ont|a) (?:bien )?le droit|c est (?:legal|autorise)|is (?:that|it) (?:normal|legal|allowed))\b/;
/** «quand le Trésor va réellement virer l'argent ?»: when the money comes. */
const WHEN_PAID = /\bquand (?:\w+ ){1,4}(?:va|vont|allez|pourra|pourront|compte|comptent) (?:\w+ )?(?:me |nous )?(?:virer|payer|regler|verser)\b/;
/** «… aucun virement depuis deux mois ! Qui paie, et quand ?»: a bare «when» beside a payment asks its date. */
const BARE_WHEN = /^(?:(?:et|mais|ok|bon|donc|alors|and|but) )?(?:quand|when)$/;
/** How long something takes, asked («ils ont combien de temps ?»): with a payment in the message, the payment's delay. */
const HOW_LONG = /\b(?:combien de (?:temps|jours|semaines|mois)|quel (?:est le )?delai|quels delais|how long|how many days)\b/;
/** «à partir de quand court le délai ?», «le point de départ du délai»: where a delay starts. */
const DELAY_START = /\b(?:a partir de quand|a partir de laquelle|a partir duquel|(?:a partir de|des) (?:quel moment|quel jour|quelle date)|depuis quand|quand (?:est ce que )?(?:commence|court|demarre|debute)|(?:commence|court|demarre|debute) (?:a partir de )?quand|point de depart|from when|when does (?:it|the \w+) start)\b/;
/** «il a combien de jours pour traiter ?», «que doit-on faire et dans quel délai ?»: the time to act on a request, not to pay it. */
const PROCESSING = /\b(?:faire|agir|traiter|viser|valider|verifier|examiner|instruire|repondre)\b/;
/** …unless the clause asks about paying itself («combien de temps pour valider et payer ?»). */
const PAY_VERB = /\b(?:payer|paie|paient|payent|regler|verser|virer|mandater|payee?s?|reglee?s?)\b/;
/** A payment to the writer named in the message, not what the writer has to pay out («on a des salaires à payer»). */
const PAYMENT = /\b(?:(?<!\bdemandes? de )(?:paiement|paiements)|payee?s?|(?<!\b(?:salaires?|salaries|employes|ouvriers|charges|loyers?|impots|cotisations|echeances?|traites?|fournisseurs|sous traitants) a )payer|paye|paie|paient|payent|paiera|payera|paieront|payeront|reglee?s?|reglement|virement|virements|argent|mandatee?s?|mandatement)\b/;
/** Something said to be wrong: an address named with it is the problem, not a question. */
const WRONG = /\b(?:cloche|clochent|fausse|faux|erronee?s?|incorrecte?s?|inexacte?s?|mauvaise?s?|pas (?:la )?bonne?s?|pas a jour|erreur|se trompe\w*|wrong|incorrect)\b/;
/** A duration asked about: «combien» then counts time («par mois» is a price's rate, not a duration). */
const DURATION = /\b(?:delai|delais|duree|combien de temps|(?<!\bpar )(?:jours|semaines|mois)|deadline|deadlines|(?<!\bper )(?:days|weeks|months)|how long)\b/;

/** A request for light that names no subject («pourriez-vous m'indiquer la procédure ?»): the sentences before it say what it is about. */
const VAGUE_ASK = /^(?:(?:pourriez|pouvez|pourrais|peux) (?:vous|tu) (?:m |me |nous )?(?:eclairer|renseigner|aider|repondre|en dire plus)|(?:merci de|je vous remercie de) (?:m |me |nous )?(?:eclairer|renseigner)|(?:(?:pourriez|pouvez|pourrais|peux) (?:vous|tu) |merci de |je vous saurais gre de )?(?:m |me |nous )?(?:indiquer|expliquer|donner|communiquer|detailler) (?:la |les )?(?:procedure|marche a suivre|demarches?|etapes)(?: a suivre)?|(?:que|qu) (?:me |nous )?(?:conseillez|recommandez|en pensez) vous|qu en est il|any advice|can you help|(?:(?:vous|tu) )?(?:savez|sauriez|sais|saurais)(?: vous| tu)? pourquoi|pourquoi|why|any idea(?: why| pourquoi)?|(?:is|was) (?:that|it|this) (?:really )?(?:mandatory|required|compulsory|obligatory)|(?:c est|est ce|est ce que c est|c est vraiment) obligatoire)$/;

/** A question embedded in what the assistant is asked to tell («me dire si…», «m'expliquer comment…»). */
const TELL_ME_WHICH = /\b(?:me|m|nous) (?:dire|expliquer|indiquer|repondre) (?:si|comment|ou|quand|quel|quelle|quels|quelles|lequel|laquelle)\b/;

/** «leur service est ouvert quand ?», «ils ont un chat ?»: a help desk of someone named before. */
const THEIR_DESK =
  /\b(?:(?:leur|leurs|their) (?:services?|standard|accueil|assistance|support|hotline|chat|tchat|horaires?|guichets?|numeros?)|(?:ils|they) (?:ont|proposent|offrent|have|offer) (?:un |une |a )?(?:chat|tchat|hotline|numero|standard|helpdesk))\b/;
/** «on fait déjà de l'EDI avec nos enseignes»: what the writer already does with the retail chains. */
const ALREADY_WITH_RETAIL = new RegExp(`\\b(?:deja|already)\\b${WITH_RETAIL_CHAINS}`);
/** The portal or its public customers named («et pour nos clients publics, on peut brancher Chorus ?»). */
const PUBLIC_SIDE = /\b(?:chorus|clients? publics?|acheteurs? publics?|secteur public|public (?:customers?|clients?|sector|buyers?|bodies))\b/;

/** Facets read on the message's kept clauses together: the scene names the thing, the question asks about it. */
const READ_TOGETHER: ReadonlySet<Facet> = new Set<Facet>(['account', 'software', 'amend']);

/** The facet the message's asking clauses ask about (negated clauses do not ask), if any. */
export function facetAsked(clauses: readonly Clause[]): Facet | null {
  // The asking clauses; when none asks, what is not rejected («ni ticket ni chat, juste l'adresse postale…»).
  const kept = clauses.filter((c) => !c.negated && !c.closing);
  // A question that names nothing («pourriez-vous m'éclairer ?») asks about what the message said before it.
  const asking = kept.some((c) => c.question && !VAGUE_ASK.test(c.text)) ? kept.filter((c) => c.question) : kept;
  // «le délai pour traiter le décompte, c'est combien ?» counts days, not euros; «ce n'est pas le
  // montant qui cloche mais l'adresse de la MOA» says what is wrong, it asks for no address.
  const counted = asking.some((c) => DURATION.test(c.text));
  const wrong = kept.some((c) => WRONG.test(c.text)) || clauses.some((c) => c.negated && WRONG.test(c.text));
  // «à partir de quand court le délai de paiement ?» asks where the delay starts, which the works article says, not how long it lasts.
  const fromWhen = asking.some((c) => DELAY_START.test(c.text));
  // The kept clauses read together: the scene names the thing, the question asks about it.
  const scene = kept.map((c) => c.text).join(' ');
  // «claudia c'est quoi exactement, un robot ?»: the portal's assistant named, in the third person, is the support article's.
  // «Tu es un robot, ClaudIA ?» still asks the assistant itself.
  // «tu sers à quoi si tu ne peux même pas me dire si je dois utiliser Factures émises ou…»: the question the assistant failed is the one asked.
  // «non pas ClaudIA, un vrai humain, …»: the assistant refused, «un vrai humain» is who is wanted instead, not what the assistant is.
  const refused = clauses.some((c) => c.negated && ASSISTANT_NAMED.test(c.text));
  const named = (f: Facet) => f === 'self' && ((ASSISTANT_NAMED.test(scene) && !SECOND_PERSON.test(scene)) || TELL_ME_WHICH.test(scene) || refused);
  const skipped = (f: Facet) => (f === 'price' && counted) || (f === 'address' && wrong) || (f === 'delay' && fromWhen) || named(f);
  const paid = kept.some((c) => PAYMENT.test(c.text));
  // «nos clients publics sont en Espagne. Comment fonctionne l'obligation là-bas ?»: the country named before.
  const there = (c: Clause) => THERE.test(c.text) && ASKS.abroad.test(scene);
  // «on doit choisir une plateforme agréée … vous pouvez me dire laquelle choisir ?»: the provider named before is the one to pick.
  // The nearest thing named before it is what «laquelle» picks among: the portal's own options, named after the software, are no provider to choose.
  const nearest = (c: Clause) => kept.slice(0, kept.indexOf(c) + 1).reverse().find((o) => PORTAL_OPTIONS.test(o.text) || PROVIDER_NAMED.test(o.text));
  const pickOne = (c: Clause) => {
    if (!PICK_ONE.test(c.text)) return false;
    const named = nearest(c)?.text ?? '';
    return PROVIDER_NAMED.test(named) && !PORTAL_OPTIONS.test(named);
  };
  // With a payment in the message, how long, when, or whether a time said is allowed asks its delay.
  const paymentDelay = (c: Clause) => paid && (PAY_VERB.test(c.text) || !PROCESSING.test(c.text)) && (NORMAL_DELAY.test(c.text) || HOW_LONG.test(c.text) || WHEN_PAID.test(c.text) || BARE_WHEN.test(c.text) || (ALLOWED.test(c.text) && TIME_SAID.test(scene)));
  // «c'est pour la newsletter de l'UGAP : comment on s'y abonne ?»: the other body's offer named before, asked about by a pronoun.
  // «j'ai un souci avec l'URSSAF… vous savez quand leur service est ouvert ?»: that body's own help desk.
  const theirs = (c: Clause) => (ABOUT_IT.test(c.text) && !NAMES_OFFER.test(c.text) && ASKS.elsewhere.test(scene)) || (THEIR_DESK.test(c.text) && NAMES_OTHER_BODY.test(scene));
  // «on fait déjà de l'EDI avec nos enseignes, on peut brancher Chorus pour les clients publics ?»: the practice with
  // the chains sets the scene; the portal asked for the public side is the question.
  const practiceAside = (c: Clause) => ALREADY_WITH_RETAIL.test(c.text) && asking.some((o) => o !== c && PUBLIC_SIDE.test(o.text));
  const asks = (f: Facet, c: Clause) => !(f === 'elsewhere' && practiceAside(c)) && (ASKS[f].test(c.text) || (f === 'delay' && paymentDelay(c)) || (f === 'abroad' && there(c)) || (f === 'recommend' && pickOne(c)) || (f === 'elsewhere' && theirs(c)));
  // Another site's account is the subject unless the portal's own is named with it («mon mot de passe Chorus et celui de ma boîte mail»).
  // The software read on the scene needs a question about it: «… un connecteur entre notre ERP et Chorus Pro (mapping,
  // rejets). Est-ce qu'on peut proposer un sujet d'article pour la lettre ?» asks about the newsletter.
  const aboutIt = (f: Facet) => f !== 'software' || asking === kept || asking.some((c) => onFacet(c, f));
  const together = (f: Facet) => ASKS[f].test(scene) && !(f === 'account' && OWN_ACCOUNT.test(scene)) && aboutIt(f);
  return FACETS.find((f) => !skipped(f) && (READ_TOGETHER.has(f) ? together(f) : asking.some((c) => asks(f, c)))) ?? null;
}

const HOW_TO = /\b(?:comment|how(?! much| many| long)|de quelle (?:facon|maniere)|procedure|demarche|marche a suivre|where|existe|existent|is there|are there)\b|\bou(?= (?:je|j|on|nous|est ce|faut il|se trouve)\b|$)/;

/** «vous organisez des sessions ? c'est payant ?»: whether the article's offer exists is asked too, which it answers. */
const OFFERED = /\b(?:organise|organisent|organisez|proposent|proposez|do you (?:run|offer|organi[sz]e))\b/;
const HOW_TO_OR_OFFERED = new RegExp(`${HOW_TO.source}|${OFFERED.source}`);

/** An asking clause (asked, not refused) that the pattern finds. */
const asksWith = (clauses: readonly Clause[], pattern: RegExp): boolean => clauses.some((c) => c.question && !c.negated && pattern.test(c.text));

/** The asking clauses also ask how to do something («cmt on s'inscrit, c gratuit ?»): that is answered. */
function asksHowTo(clauses: readonly Clause[]): boolean {
  return asksWith(clauses, HOW_TO);
}

/** A question word, asking inside a sentence without a mark («j'aimerais voir où il en est»). */
const QUESTION_WORD = /\b(?:ou|comment|quand|combien|pourquoi|quel|quels|quelle|quelles|where|how|when|why|which|what)\b/;
/** «… c gratuit ? jminscris ou»: a question asked without its mark, a question word ending it. */
const ENDS_ASKING = /\b(?:ou|comment|quand|combien|how|where|when)$/;

/** «je la calcule comment ?», «comment leur proposer un article ?», «on s'inscrit comment ?»: a how-to whose object is a pronoun, or registering, asks about what was just named. */
const ABOUT_IT = /\b(?:je|j|on|nous|vous|il|elle)\s+(?:la|le|les|l)\b|\b(?:on|je|j|nous|vous)\s+(?:(?:me|se|nous|vous)\s+)?(?:y\s+)?(?:inscri\w*|abonn\w*)|\bhow (?:do|can) (?:i|we) (?:register|sign up|enrol|enroll)$|\b(?:comment|how)\s+(?:leur|lui)\b|\b(?:ca|cela)\s+se\s+(?:calcule|declare|applique|facture|compte)\b/;

/** An offer named in the clause itself («je m'inscris aux webinaires ?»): no pronoun stands for another's. */
const NAMES_OFFER = new RegExp(`\\b(?:${OFFERS})\\b`);

/** Facets a how-to still asks when it names them («la TVA, je la calcule comment ?», «comment s'inscrire à une formation du CNFPT ?»). */
const NAMED_IN_ITS_HOW_TO: ReadonlySet<Facet> = new Set<Facet>(['fraud', 'tax', 'abroad', 'elsewhere', 'account', 'device', 'software', 'delete', 'amend', 'login', 'owed', 'received', 'recommend', 'language', 'self']);

/** A clause on the facet's subject: it names it, stands for it by a pronoun, or by the words of its subject (STANDS_FOR). */
const onFacet = (c: Clause, facet: Facet) => ASKS[facet].test(c.text) || ABOUT_IT.test(c.text) || (STANDS_FOR[facet]?.test(c.text) ?? false);

/** «…, on fait comment ?»: a how-to that names nothing asks about the clause before it. */
const BARE_HOW_TO = /^(?:(?:et|mais|alors|donc) )?(?:(?:on|je|nous) (?:fait|fais|faisons|procede|procedons) comment|comment (?:on fait|on procede|faire|proceder|je fais))$/;

/** An asking clause that does not name the facet (the tax, the country, the other body), nor stand for it by a pronoun, asks how to do something else. */
function asksAnotherHowTo(clauses: readonly Clause[], facet: Facet): boolean {
  return asksHowTo(clauses.filter((c) => !onFacet(c, facet) && !VAGUE_ASK.test(c.text) && !BARE_HOW_TO.test(c.text)));
}

/** Which facets each article answers, read once from its title, questions and body. */
export function createFacetIndex(articles: readonly { id: string; title: string; questions: readonly string[]; body: string }[]): (articleId: string, facet: Facet) => boolean {
  const answered = new Map<string, ReadonlySet<Facet>>();
  for (const a of articles) {
    // Each text on its own: a pattern read across two of the article's questions says nothing.
    const texts = [a.title, ...a.questions, a.body].map((t) => spaceWords(normalizeSurface(t, Number.MAX_SAFE_INTEGER)));
    answered.set(a.id, new Set(FACETS.filter((f) => texts.some((t) => SAYS[f].test(t)))));
  }
  return (articleId, facet) => answered.get(articleId)?.has(facet) ?? false;
}

/**
 * The facet a message asks that none of the articles the bot would offer says, if any: the bot
 * then says it does not know rather than give them («et ça coûte combien chez un opérateur ?»
 * after the EDI article). `again`: one of them is the previous answer. A fresh message that also
 * asks how («cmt on s'inscrit, c gratuit ?») is answered for the how, and of several questions
 * every one must ask a facet («y a des webinaires ? c gratuit ?» is answered).
 */
export function unansweredFacet(
  text: string,
  reading: MessageReading,
  offered: readonly string[],
  again: boolean,
  answers: (articleId: string, facet: Facet) => boolean,
): Facet | null {
  if (offered.length === 0) return null;
  const facet = facetAsked(reading.clauses);
  // How a tax is applied is still the tax («la TVA, je la calcule comment ?»), not the article's
  // how-to; a how-to of its own beside it («… la franchise de TVA, mais comment je récupère
  // l'accès à mon compte ?») is another question, which the article answers.
  if (facet === null) return null;
  if (NAMED_IN_ITS_HOW_TO.has(facet) ? asksAnotherHowTo(reading.clauses, facet) : !again && asksWith(reading.clauses, HOW_TO_OR_OFFERED)) return null;
  // «When will they pay us? The invoice was approved 45 days ago.»: the remark after the last question asks nothing.
  const parts = questionsOf(text).map((q) => readMessage(q).clauses);
  // After a question mark, a last sentence without one says something about it («… I can still log in fine.»)
  // unless a question word asks in it («… j'aimerais voir où il en est»); without any mark, its clauses tell whether it asks.
  const last = parts.at(-1) ?? [];
  const marked = parts.length > 1 && text.includes('?');
  const asked = last.some((c) => ENDS_ASKING.test(c.text) || (c.question && (!marked || QUESTION_WORD.test(c.text))));
  const remark = !/\?\s*$/.test(text) && !asked;
  const questions = (remark ? parts.slice(0, -1) : parts)
    .filter((clauses) => clauses.some((c) => !c.negated && !c.closing));
  // «et je serai payé quand ? c'est combien de jours en tout ?»: how long, beside the payment's delay, is the same delay.
  const sameDelay = (clauses: readonly Clause[]) => facet === 'delay' && clauses.some((c) => HOW_LONG.test(c.text));
  if (!questions.every((clauses) => facetAsked(clauses) !== null || sameDelay(clauses) || (READ_TOGETHER.has(facet) && clauses.some((c) => onFacet(c, facet))))) return null;
  return offered.some((id) => answers(id, facet)) ? null : facet;
}

/** A message not understood that asks a facet («c'est gratuit ?» after the webinars): what it asked, which the reply admits no article says. */
export function unsaidIn(reading: MessageReading): { unsaid?: Facet } {
  const facet = facetAsked(reading.clauses);
  return facet ? { unsaid: facet } : {};
}
