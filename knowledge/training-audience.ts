/**
 * «il y a des formations pour les traducteurs ?», «des sessions à distance… à l'intention des
 * prestataires de frais de justice»: whom a training is for is who the writer is, not what is
 * asked; a trade of the court-costs world named there («traducteurs», «experts judiciaires») would
 * draw that article. It is blanked out of the message before it is read, like whom a possibility
 * is for (possible-for.ts). Other audiences stay: beginners and suppliers are the webinars' own
 * words, project managers («pour les maîtres d'œuvre») have a webinar of their own, and works stay
 * («pour les experts du bâtiment» keeps «du bâtiment»). A list of them is one audience («pour les
 * huissiers / commissaires de justice», «pour les experts et les interprètes»), and so is the
 * writer's own staff («pour les lab managers qui débutent», «pour nos assistantes») or kind of
 * structure («pour les associations», «pour les cabinets comptables»).
 */
const TRAINING = String.raw`w(?:é|e)bina(?:ires?|rs?)|formations?|sessions?|tutoriels?|tutos?|ateliers?|modules?|initiations?`;
/** A training named as a whole word: where whom it is for is looked for, and the gate that skips the rest. */
const TRAINING_WORD = String.raw`(?<![\p{L}\p{N}])(?:${TRAINING})(?![\p{L}\p{N}])`;
const FOR = String.raw`pour|pr|(?:à|a)\s+l['’]\s*intention\s+(?:des|du|de|d['’])|(?:destin|adapt|d(?:é|e)di|r(?:é|e)serv)(?:é|e)e?s?\s+(?:aux|au|à|a)`;
/** The trades of the court-costs world, whose words would draw that article («traducteurs», «experts judiciaires»). */
const PEOPLE = String.raw`experts?|traduct(?:eurs?|rices?)|interpr(?:è|e)tes?|prestataires?|enqu(?:ê|e)teurs?|m(?:é|e)decins?|avocats?|huissiers?|commissaires?\s+de\s+justice|auxiliaires?\s+de\s+justice`;
/** The writer's staff a training would be for («pour les lab managers qui débutent», «pour nos assistantes»), one word before the role allowed. */
const STAFF = String.raw`(?:[\p{L}-]+\s+)?(?:managers?|responsables?|comptables?|assistant(?:e|s|es)?|secr(?:é|e)taires?|collaborat(?:eurs?|rices?)|salari(?:é|e)s?|b(?:é|e)n(?:é|e)voles?|stagiaires?|alternant(?:e|s|es)?)(?:\s+qui\s+[\p{L}-]+)?`;
/** The writer's kind of structure a training would be for («pour les associations», «pour les cabinets comptables qui gèrent plein de clients»). */
const STRUCTURES = String.raw`(?:associations?|assos?|clubs?|coop(?:é|e)ratives?|cabinets?(?:\s+(?:comptables?|compta|d['’]\s*expertise\s+comptable|d['’]\s*experts?[\s-]+comptables?))?|experts?[\s-]+comptables?|accounting\s+firms?|accountancy\s+(?:firms?|practices?)|artisans?|tpe|pme|ind(?:é|e)pendant(?:e|s|es)?|freelances?|petites?\s+(?:entreprises|structures|bo(?:î|i)tes))(?:\s+qui\s+[\p{L}-]+)?`;
const NOT_WORKS = String.raw`(?!travaux|chantiers?|btp|b(?:â|a)timent)`;
const COMPLEMENT = String.raw`\s+(?:judiciaires?|assermenté(?:e|s|es)?|assermente(?:e|s|es)?|(?:près|pres|aupr(?:è|e)s)\s+(?:la|le|les|du|des)\s+[\p{L}-]+(?:\s+d['’]\s*appel)?|(?:de|du|des|d['’])\s*${NOT_WORKS}(?:frais\s+de\s+justice|[\p{L}-]+))`;

const AUDIENCE = new RegExp(
  String.raw`(?<=${TRAINING_WORD}[^.?!\n]{0,80}?)\s(?:${FOR})\s*(?:(?:les|des|nos|mes|vos|la|le|un|une)\s+|l['’]\s*)?(?:(?:${PEOPLE})(?:(?:\s*[/,]\s*|\s+(?:et|ou)\s+)(?:(?:les|des)\s+)?(?:${PEOPLE}))*(?![\p{L}\p{N}])(?:${COMPLEMENT})?|(?:${STAFF}|${STRUCTURES})(?![\p{L}\p{N}]))`,
  'giu',
);

/**
 * «des webinaires pour former (onboarder) notre nouvelle trésorière de l'asso»: whom the training
 * would train is who the writer works with (the verb is read as «former»); «asso» or a trade would
 * draw a boundary or another article. The webinars' own audiences stay (beginners, suppliers,
 * project managers), and so do works.
 */
const KEPT = String.raw`(?!(?:nouvel(?:le)?s?\s+|nouveaux?\s+)?(?:d(?:é|e)butants?|fournisseurs?|ma(?:î|i)tres?\s+d|moe|travaux|chantiers?)(?![\p{L}\p{N}]))`;
const TRAINED = new RegExp(
  String.raw`(?<=${TRAINING_WORD}[^.?!\n]{0,80}?\s(?:pour|afin\s+de)\s+)(?:former|onboarder|initier)\s+(?:(?:notre|nos|mon|ma|mes|les|des|la|le|un|une)\s+|l['’]\s*)${KEPT}(?:nouvel(?:le)?s?\s+|nouveaux?\s+)?[\p{L}-]+(?:\s+(?:de|du|des|d['’])\s*(?:l['’]\s*|la\s+)?${NOT_WORKS}[\p{L}-]+)?`,
  'giu',
);

/** Both rewrites need a training named first: a message without one skips their costly lookbehinds. */
const TRAINING_NAMED = new RegExp(TRAINING_WORD, 'iu');

export function dropTrainingAudience(text: string): string {
  if (!TRAINING_NAMED.test(text)) return text;
  return text.replace(AUDIENCE, ' ').replace(TRAINED, 'former ');
}
