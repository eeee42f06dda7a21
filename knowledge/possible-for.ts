/**
 * «et l'EDI, c'est possible pour une PME ?», «est-ce aussi faisable pour une association ?», «ça
 * marche aussi pour une PME ?»: whom a
 * possibility would be for is who the writer is, not what is asked; the kind of business named
 * there (a word the reform's article holds for its calendar by size), with what it does or its
 * size («un cabinet d'avocats», «un labo de taille moyenne»), is blanked out of the message before
 * it is read, like a comparison (comparisons.ts). «C'est obligatoire pour une PME ?» keeps it: an
 * obligation by size is the reform's own matter.
 */
const POSSIBLE = String.raw`(?:possibles?|faisables?|envisageables?)`;
/** «c'est (aussi)…», «est-ce…», «serait-il…»: the start of asking whether something is so. */
const CAN_IT_BE_HEAD = String.raw`(?:c['’ ]\s*est|c|est-ce|est ce|est-il|est il|serait-ce|serait-il|serait il|ce serait|cela est|ça serait|ca serait)\s+(?:(?:aussi|également|egalement|bien)\s+)?`;
const CAN_IT_BE = String.raw`${CAN_IT_BE_HEAD}${POSSIBLE}\s+(?:(?:aussi|également|egalement)\s+)?`;
/** «ça marche aussi pour une PME ?»: whether it works for them, the same possibility. */
const WORKS_FOR = String.raw`(?:ça|ca|cela)\s+(?:marche|fonctionne|vaut)\s+(?:(?:aussi|également|egalement|bien)\s+)?`;
const KINDS = String.raw`pme|tpe|eti|entreprises?|sociétés?|societes?|boîtes?|boites?|structures?|associations?|assos?|artisans?|auto-?entrepreneur(?:e|s|es)?|micro-?entreprises?|coopératives?|cooperatives?|indépendant(?:e|s|es)?|independant(?:e|s|es)?|maisons?\s+d['’ ]\s*(?:é|e)dition|cabinets?|agences?|commerces?|commer(?:ç|c)ant(?:e|s|es)?|magasins?|boutiques?|librairies?|sarl|sas|sasu|eurl|eirl|entrepreneur(?:e|s|es)?|freelances?|professions?\s+lib(?:é|e)rales?|compagnies?|labos?|laboratoires?|ateliers?|h(?:ô|o)tels?|restaurants?|cliniques?|distributeurs?|(?:é|e)diteurs?|libraires?|librairies?`;

const FOR_A_KIND = new RegExp(
  String.raw`(?<=(?<![\p{L}\p{N}])(?:${CAN_IT_BE}|${WORKS_FOR}))(?:pour|pr)\s+(?:une|un|1|les|des|la|le|l['’]\s*|notre|nos|ma|mon)\s*(?:(?:p(?:e)?tite?s?|jeunes?|toute?s?|grande?s?|moyennes?)\s+)?(?:${KINDS})(?:\s+de\s+(?:(?:petite|moyenne|grande)\s+taille|taille\s+(?:moyenne|modeste|r(?:é|e)duite))|\s+(?:de|du|des|d['’])\s*(?!(?:notre|nos|mon|ma|mes|votre|vos|leur|leurs|cette)(?![\p{L}\p{N}]))(?:\d+\s+)?[\p{L}-]+)?(?:\s+comme\s+(?:la|le)\s+(?:nôtre|notre|mienne|mien))?(?![\p{L}\p{N}])`,
  'giu',
);

/**
 * «l'EDI, c'est possible ?», «et côté EDI, c'est possible pour une PME ?»: after a few words that
 * only name a thing, at the start of a sentence, «c'est possible» only asks whether that can be
 * done; the thing named is the topic, and the word «possible» (which other articles hold: «est-il
 * possible de proposer…») is blanked. After a sentence that says what is wanted («je veux corriger
 * le montant, c'est possible ?», «en parler dans la newsletter, c'est possible ?») it stays, and so
 * does «c'est possible aussi ?» (the same thing again), and «c'est possible ?» alone (a follow-up).
 */
const CAN_IT_BE_AT_END = String.raw`(?:c['’ ]\s*est|c|est-ce|est ce|serait-ce|ce serait|ça serait|ca serait)\s+(?:bien\s+)?${POSSIBLE}`;
const POSSIBLE_AFTER_ITS_OBJECT = new RegExp(
  String.raw`(?<=(?:^|[?!.\n])\s*(?:[\p{L}\p{N}'’-]+[\s,]+){1,4})${CAN_IT_BE_AT_END}(?=\s*(?:[?!.]|$))`,
  'giu',
);

/**
 * «et nous on est une toute petite SARL, ça nous concerne quand ?»: the writer's legal form says who
 * asks, not a question about a company's statutes (which the base refuses: a boundary holds «SAS,
 * SARL, EURL»).
 */
const LEGAL_FORMS = String.raw`sarl|sas|sasu|eurl|eirl|snc|selarl|scop`;
const WE_ARE_A_FORM = new RegExp(
  String.raw`(?<![\p{L}\p{N}])(?:nous\s+sommes|on\s+est|je\s+suis)\s+(?:une?\s+)?(?:(?:toute?|tr(?:è|e)s|petite?|jeune)\s+)*(?:${LEGAL_FORMS})(?![\p{L}\p{N}])`,
  'giu',
);

/**
 * «mon entreprise de 3 salariés», «on est 12 employés»: a headcount says how big the writer's own
 * firm is, no payroll; its staff are counted as «personnes» (a general word), the number kept. In a
 * story («comptable dans une PME de 80 salariés») the words stay as they are.
 */
const HEADCOUNT = new RegExp(
  String.raw`(?<=(?:(?<![\p{L}\p{N}])(?:mon|ma|notre|nos)\s+(?:(?:toute?s?\s+)?(?:petite?s?|jeune)\s+)?(?:${KINDS})\s+(?:de|avec)\s+|(?<![\p{L}\p{N}])(?:nous\s+sommes|on\s+est|on\s+n['’ ]?\s*est\s+que|nous\s+ne\s+sommes\s+que)\s+)(?:\d+|deux|trois|quatre|cinq|six|sept|huit|neuf|dix|quinze|vingt|cinquante|cent)\s+)(?:salari(?:é|e)s?|employ(?:é|e)s?|collaborateurs?|collaboratrices?|etp|ETP)(?![\p{L}\p{N}])`,
  'giu',
);

/**
 * «et nous, les petits prestataires, on peut peser dedans ?», «et nous, petite asso de théâtre, on
 * peut y proposer une idée ?»: who the writer is, set between commas after «et nous», one more who
 * asking the same thing (its words would draw another article or a boundary).
 */
const WE_APPOSED = new RegExp(
  String.raw`(?<=(?:^|[?!.\n])\s*(?:(?:et|mais)\s+)?(?:nous|moi)\s*,)[^,?!.\n]{2,60}?,(?=\s*(?:on|nous|je|j['’]|est-ce|est ce|ça|ca|cela|c['’])(?![\p{L}\p{N}]))`,
  'giu',
);

/**
 * «l'EDI, c'est aussi accessible à une petite structure ?», «c'est réservé aux grandes entreprises ?»: whom it is meant
 * for, asked like whom it is possible for, and read the same way (the kind named is then blanked).
 */
const OPEN_TO = new RegExp(
  String.raw`(?<=(?<![\p{L}\p{N}])${CAN_IT_BE_HEAD})(?:accessibles?|adapt(?:é|e)e?s?|r(?:é|e)serv(?:é|e)e?s?)\s+(?:(?:à|a|pour)|(aux))(?=\s)`,
  'giu',
);

export function dropWhomItIsFor(text: string): string {
  return text.replace(OPEN_TO, (_, aux: string | undefined) => (aux ? 'possible pour les' : 'possible pour')).replace(WE_APPOSED, ' ').replace(FOR_A_KIND, ' ').replace(POSSIBLE_AFTER_ITS_OBJECT, ' ').replace(WE_ARE_A_FORM, ' ').replace(HEADCOUNT, 'personnes');
}
