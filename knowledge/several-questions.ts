import { readMessage, type MessageReading } from './message';
import type { AskResult } from './types';

/** The question answered out of several, or out of a story, must name a topic: at least this many terms. */
const MIN_TERMS = 2;
/** A question asked first is answered past the ramble after it when the decision is this sure of it… */
const SURE_OF_QUESTION = 0.95;
/** …and the ramble's words cover less than this of any article (the base hardly knows them). */
const RAMBLE_COVERAGE = 0.3;
/** A story whose own answer the decision gives less than this asks nothing the base answers. */
const STORY_ASKS_NOTHING = 0.05;
/** A question the in-domain model gives less than this is about something else altogether («le droit de me demander un devis»). */
const OUT_OF_DOMAIN = 0.05;
/** «1) … 2) …»: the user numbers the questions. */
const NUMBERED_POINTS = /(?:^|\s)1\s?[).]\s.*\s2\s?[).]\s/su;
/** Articles offered at most when several questions each draw their own. */
const MAX_OFFERED = 3;

/**
 * A message that asks several things at once («quel taux de TVA… ? et aussi, ma facture restée en
 * brouillon, je l'envoie comment ?»): its questions, each with what comes before it up to the
 * previous question mark, for the bot to answer the one the base covers when the whole message,
 * weighed together, is not understood (knowledge/README.md, "Several questions").
 */
export function questionsOf(text: string): string[] {
  const parts = text
    .split(/\?+|\s(?=\d\s?[).]\s)/)
    .map((p) => p.trim())
    .filter((p) => /\p{L}{3,}/u.test(p));
  return parts.length >= 2 ? parts : [];
}

/**
 * A second question inside a sentence, opened by a conjunction: «comment on joint le support, et
 * pourquoi l'État paie-t-il en retard ?», «d'une part savoir…, et d'autre part connaître…».
 */
const JOINS = String.raw`(?:,\s*|\s+)`;
const AND_THEN = String.raw`(?:et|puis|ensuite)(?:\s+(?:au passage|surtout|aussi|enfin))?[\s,]+`;
/** «s'il existe…», «s'il y a…»: whether something is, asked indirectly. */
const WHETHER_WORDS = String.raw`s['’]?\s?ils?\s+(?:existe|existent|y\s+a)\b`;
const QUESTION_WORD = String.raw`(?=${WHETHER_WORDS}|pourquoi\b|comment\b|est[- ]ce\s+qu|combien\b|quand\b|quel(?:le)?s?\b|how\b|why\b|what\b|when\b|where\b|which\b|can\s+(?:i|we)\b|do\s+(?:i|we)\b)`;
const SECOND_QUESTION = new RegExp(
  String.raw`${JOINS}(?:${AND_THEN})?(?=d['’]\s?autre part\b)|${JOINS}(?:${AND_THEN}|(?:and|then)(?:\s+(?:also|then))?[\s,]+)${QUESTION_WORD}`,
  'iu',
);
/** «… et aussi comment faire un avoir ?», «and also how…»: «aussi» says another question begins, announced or not. */
const ALSO_ASKS = new RegExp(String.raw`${JOINS}(?:et\s+(?:aussi|egalement|également)|and\s+also)[\s,]+${QUESTION_WORD}`, 'iu');

/** «…sur trois points : premièrement, …; deuxièmement, …»: the points of an announced list, each one a question. */
const ORDINAL = String.raw`(?:premi(?:è|e)rement|deuxi(?:è|e)mement|secondement|troisi(?:è|e)mement|quatri(?:è|e)mement|primo|secundo|tertio|firstly|secondly|thirdly)\b`;
const ORDINAL_POINT = new RegExp(String.raw`[;:,]?\s+(?=${ORDINAL})`, 'iu');
const ORDINAL_FIRST = new RegExp(`^${ORDINAL}`, 'iu');
/** The points of a list announced by its ordinals; the sentence that announces them («je souhaite des précisions sur deux points») asks nothing of its own. */
const listedPoints = (text: string): string[] => {
  const points = text.split(ORDINAL_POINT);
  return points.length > 1 && ANNOUNCES_SEVERAL.test(points[0]!) ? points.slice(1) : points;
};
/** «autre question : mdp perdu…», «deuxième question, …»: a part labelled as a question asks, with or without its mark. */
const LABELLED_QUESTION = /^(?:(?:et|and)\s+)?(?:(?:une|1)\s+)?(?:autre|deuxi(?:è|e)me|seconde?|2e|2(?:è|e)me|troisi(?:è|e)me|3e|derni(?:è|e)re)\s+question\b|^question\s+(?:\d|suivante)\b|^(?:another|second|third|last)\s+question\b/iu;

/** «… et aussi s'il existe un webinaire…»: an indirect question, cut off as its own. */
const WHETHER = new RegExp(`^${WHETHER_WORDS}`, 'iu');

/** «Deux questions :», «deux choses», «d'une part»: the user says the message asks several things. */
const ANNOUNCES_SEVERAL = /\b(?:deux|2|trois|3|plusieurs)\s+(?:questions?|choses|points|demandes|sujets)\b|\bdoubles?\s+(?:questions?|demandes?)\b|\bd['’]\s?une part\b|\b(?:two|three|several)\s+(?:questions|things)\b|\b(?:zwei|drei)\s+fragen\b|\b(?:dos|tres)\s+preguntas\b|\b(?:due|tre)\s+domande\b/iu;

/**
 * The questions of a message, cut at question marks and numbered points, then, when the user
 * announced several, at a second question inside a sentence (unannounced, «…, et est-ce que Chorus
 * le fait automatiquement ?» leans on what comes before it, unless «aussi» says it is another).
 */
export function questionsWithin(text: string): string[] {
  const parts = questionsOf(text);
  const whole = parts.length > 0 ? parts : [text];
  const announced = ANNOUNCES_SEVERAL.test(text);
  const second = announced ? SECOND_QUESTION : ALSO_ASKS;
  const cut = whole.flatMap((p) => p.split(second).flatMap((q) => (announced ? listedPoints(q) : [q])).map((q) => q.trim()));
  const questions = cut.filter((q) => /\p{L}{3,}/u.test(q));
  return questions.length >= 2 ? questions : [];
}

/**
 * Of a message's several questions, the one the base answers when every other one is on a topic
 * the base does not answer («quel taux de TVA… ? et ma facture en brouillon, je l'envoie
 * comment ?»); a question alone loses what the others said, so nothing less sure is taken.
 */
export function oneOfSeveral<A extends { outside: boolean; pDomain: number; message: { terms: readonly string[] } }>(
  text: string,
  read: { analyse: (reading: MessageReading) => A; decide: (a: A, text: string) => AskResult; topic?: string | null },
): AskResult | null {
  // A part the user closed with a question mark asks, whatever its words: «c'est gratuit ?» in a follow-up, a
  // numbered point in a first message («1) comment on suit une facture ? 2) il y a un webinaire pour les débutants ?»,
  // cut there, it lost its mark). Elsewhere in a first message the parts lean on each other («pk la mairie paye pa ??
  // on a droit a des interets ?» is one question about a late payment).
  const numbered = NUMBERED_POINTS.test(text);
  const announced = ANNOUNCES_SEVERAL.test(text);
  const marked = (q: string) => {
    const at = text.indexOf(q);
    return (at >= 0 && /^\s*\?/.test(text.slice(at + q.length)) && (read.topic != null || numbered)) || LABELLED_QUESTION.test(q) || (ORDINAL_FIRST.test(q) && announced);
  };
  const asked = questionsWithin(text)
    .map((q) => ({ q, reading: readMessage(marked(q) || WHETHER.test(q) ? `${q.replace(/[.!…\s]+$/u, '')} ?` : q) }))
    // A remark between the questions («le lien ne marche pas.») is no question of its own.
    .filter(({ reading }) => reading.clauses.some((c) => c.question));
  if (asked.length < 2) return null;
  const results = asked.map(({ q, reading }) => {
    const a = read.analyse(reading);
    return { a, r: read.decide(a, q) };
  });
  // A question of one word («vous pouvez vérifier ?») names no topic of its own.
  // A follow-up's question answered with the conversation's own article takes its topic from it («faut s'inscrire ?»).
  const answered = results.filter(({ a, r }) => r.kind === 'answer' && (a.message.terms.length >= MIN_TERMS || (read.topic != null && r.articleId === read.topic)));
  const others = results.filter(({ r }) => r.kind !== 'answer');
  if (!others.every(({ a }) => a.outside || a.pDomain < OUT_OF_DOMAIN)) return null;
  // One article answered (by one question or several): that answer. «D'abord, a-t-on le droit de
  // rejeter le décompte ? Ensuite, existe-t-il des webinaires ?»: two questions, two articles, each
  // sure on its own: both are offered, the user picks (up to three).
  const articles = oneEach(answered.map(({ r }) => r));
  if (articles.length < 2) return articles[0] ?? null;
  return offerEach(articles);
}

/** The answers of a message's parts, one per article (the first that answered with it). */
const oneEach = (answers: readonly AskResult[]): AskResult[] => [...new Map(answers.map((r) => [r.articleId!, r])).values()];

/** Several answers, each to its own part of a message: all offered, the user picks (up to three). */
const offerEach = (articles: readonly AskResult[]): AskResult => {
  const candidates = articles.slice(0, MAX_OFFERED).map((r) => ({ articleId: r.articleId!, score: r.score }));
  return { kind: 'clarify', articleId: null, intent: null, score: Math.min(...candidates.map((c) => c.score)), language: articles[0]!.language, candidates };
};

/** «mot de passe bloqué ET impossible de voir si mes factures sont payées», «mdp perdu + facture en brouillon»: problems joined. */
const JOINED = /\s+(?:et|and|\+|&)\s+/iu;
/** A longer chain of «et» is a story told, not a list of problems. */
const MAX_PROBLEMS = 3;

/**
 * A message that names two problems joined by «et» (or «+», «and»), none of them asked apart, and
 * was not understood as a whole: when each part alone is answered, each by another article, both are
 * offered; a part that is not answered, or two parts on one topic, leave the message unanswered.
 */
export function problemsJoined<A extends { message: { terms: readonly string[] } }>(
  text: string,
  read: { analyse: (reading: MessageReading) => A; decide: (a: A, text: string) => AskResult },
): AskResult | null {
  const parts = text.split(JOINED).map((p) => p.trim()).filter((p) => /\p{L}{3,}/u.test(p));
  if (parts.length < 2 || parts.length > MAX_PROBLEMS) return null;
  const answers: AskResult[] = [];
  for (const p of parts) {
    const a = read.analyse(readMessage(p));
    const r = read.decide(a, p);
    // A part not answered, or naming too little, leaves the message unanswered: the parts after it are not read.
    if (r.kind !== 'answer' || a.message.terms.length < MIN_TERMS) return null;
    answers.push(r);
  }
  const articles = oneEach(answers);
  return articles.length >= 2 ? offerEach(articles) : null;
}

/** A question that points back to what was said before it («est-ce que ça se demande ?», «est-ce vrai ?»). */
const LEANS_ON_STORY = /\b(?:ca|cela)\b|^(?:(?:et|mais)\s+)?(?:est ce vraie?|c est vraie?|vraiment)$/;

/**
 * «Bonjour, je suis acheteuse à l'université… un prestataire m'appelle chaque semaine… Comment un
 * fournisseur voit-il le statut de sa facture ?»: when the story's words drew the ranking to
 * another article and the whole message was not understood, the asking clauses alone are read.
 * Their answer stands only when it is another article than the one the story drew: when both
 * agree, the decision has already weighed that article with everything the story says («c'est le
 * taux de TVA : 10 ou 20 % pour des travaux ?») and its refusal stands (knowledge/README.md,
 * "The question inside a story") — unless the story alone asks nothing the base answers and names
 * no topic it refuses, or is a ramble after the question.
 */
export function questionAlone<A extends { reading: MessageReading; ranked: readonly { articleId: string; coverage: number }[]; message: { terms: readonly string[] }; p: number; outside: boolean }>(
  alone: A,
  text: string,
  read: { analyse: (reading: MessageReading) => A; decide: (a: A, text: string) => AskResult },
): AskResult | null {
  const asking = alone.reading.clauses.filter((c) => c.question);
  if (asking.length === 0 || asking.length === alone.reading.clauses.length) return null;
  const q = read.analyse({ ...alone.reading, clauses: asking });
  const r = read.decide(q, text);
  // A question asked first, then only a ramble the base hardly knows («Et l'IPM, ça sert à quoi ? Je l'ai lu dans un
  // compte rendu hier, entre deux cafés, le chauffage était en panne.»): the ramble says nothing against the
  // question's answer, when the decision is all but sure of it, even from one word.
  const rest = alone.reading.clauses.filter((c) => !c.question && !c.negated);
  const story = rest.length > 0 && r.score >= SURE_OF_QUESTION ? read.analyse({ ...alone.reading, clauses: rest }) : null;
  const firstThenRamble = asking.every((c, i) => alone.reading.clauses[i] === c);
  const ramble = story !== null && firstThenRamble && (story.ranked[0]?.coverage ?? 0) < RAMBLE_COVERAGE;
  // «Notre entreprise est installée à Lausanne et vient de remporter un contrat auprès d'une université. Comment
  // connaître le statut de nos factures ?»: a story, before or after, that on its own asks nothing the base answers
  // and names no topic it refuses (no boundary ranks first) says nothing against the question's answer either.
  const aside = story !== null && !story.outside && story.p < STORY_ASKS_NOTHING;
  const enough = q.message.terms.length >= MIN_TERMS || ramble;
  // «… réclamer des intérêts moratoires. Est-ce vrai, et est-ce que ça se demande dans Chorus ?»: questions after the
  // story that only point back to it («ça», «est-ce vrai») ask about the story, never alone.
  const leansOnStory = !firstThenRamble && asking.every((c) => LEANS_ON_STORY.test(c.text));
  return r.kind === 'answer' && enough && !leansOnStory && (r.articleId !== alone.ranked[0]?.articleId || ramble || aside) ? r : null;
}
