/**
 * The words of each facet (facets.ts): how a question asks it, how an article's text says it, and
 * what stands for its subject in a clause. Patterns only, on normalised text (lower case, no
 * accents, no elisions, single spaces).
 */
import {
  ABOUT_THE_ASSISTANT,
  ADVISE,
  CHANGE,
  COUNTRIES,
  CORRECT,
  COUNTRY_ADJECTIVES,
  COURT_DEBT,
  CREDENTIAL,
  DEVICES,
  DISPUTE_REJECTION,
  DOWN,
  EQUIPMENT,
  FOREIGN_PLATFORMS,
  GOOD_PLACE,
  I_MUST_PAY,
  LANGUAGE_ADJECTIVES,
  LANGUAGES,
  LOGIN_ADDRESS,
  MAILBOXES,
  NETWORK,
  OFFERS,
  OFFICES,
  ONLY_A_COUNTRY,
  ON_SITE,
  OTHER_BODIES,
  OTHER_SITES,
  PRODUCTS,
  RETAIL_CHAINS,
  WITH_RETAIL_CHAINS,
  RULES,
  SENT,
  SETUP,
  SUPPLIES_SOFTWARE,
  SOFTWARE,
  THERE,
  VENDORS,
  WHOSE,
} from './facet-words';
import { OTHER_BODIES as OTHER_BODY_NAMES } from './shared-phrases';
import type { Facet } from './types';
import { wordStartsSource } from './word-trie';

/** Another body named («l'URSSAF», «la CCI»). */
export const NAMES_OTHER_BODY = new RegExp(`\\b(?:${OTHER_BODIES})\\b`);

/** A pattern tested on normalised text: a RegExp, or alternatives behind their anchor words (guarded). */
export interface Pattern {
  test(text: string): boolean;
}

/**
 * Alternatives tested only when the text holds a word one of them needs (`anchors`: literal word
 * beginnings). Irregexp compiles a long alternation into a program of hundreds of kilobytes whose
 * cost every call pays cold, even on a clause it rules out at once; a prefix tree of a few dozen
 * words rules most clauses out first. Every alternative must need one of the anchors (a text it
 * matches holds it where a word begins); the knowledge suite checks on every labelled line that
 * the guard changes no answer (`full` is the unguarded pattern).
 */
export function guarded(anchors: readonly string[], alternatives: readonly string[]): Pattern & { readonly full: RegExp } {
  const anchor = new RegExp(wordStartsSource(anchors));
  const full = new RegExp(alternatives.join('|'));
  return { full, test: (text) => anchor.test(text) && full.test(text) };
}

/** A word that each alternative of ASKS.elsewhere needs: the other body or office named, or the offer, course, job or help desk asked about. */
const ELSEWHERE_ANCHORS: readonly string[] = [
  ...OTHER_BODY_NAMES,
  ...OFFICES.split('|'),
  ...'horaire heure opening time celle celui ceux expert interprete traducteur traductrice cour tribunal parquet'.split(' '),
  ...'formation webinaire webinar stage tuto training course lesson classe session english anglais'.split(' '),
  ...'partiel rtt paie salaire prime teletravail conge'.split(' '),
  'mi temps',
  ...'ticket support assistance hotline helpdesk service sav standard'.split(' '),
  'help desk',
  ...'distribution surfaces super hyper enseigne carrefour leclerc auchan intermarche lidl retailer supermarket'.split(' '),
  ...'ugap centrale resah uniha cais supplier vendor procurement fournisseur'.split(' '),
];

/** The facet asked, on normalised clause text (lower case, no accents, no elisions, single spaces). */
/** What arrives that the user did not ask for («un mail de réinitialisation alors que je n'ai rien demandé»). */
const UNASKED_FOR = '(?:mails?|e ?mails?|courriels?|messages?|sms|liens?|codes?|reinitialisations?|resets?)';

export const ASKS: Readonly<Record<Facet, Pattern>> = Object.freeze({
  // «combien ça coûte ?», «c'est gratuit ?», «les heures de nuit doivent être majorées ?» (a rate raised).
  price:
    /\b(?:major(?:er|e|ee|ees|es|ation|ations)|combien (?:ca |cela |ils? |elles? |vous |on )?(?:me |nous |vous )?(?:coute|coutent|couterait|couteraient|coutera|couteront|factur\w*|demand\w*|prend|prennent)|(?:coute|coutent|coutera|couterait) (?:combien|cher)|(?:me|m|nous|vous) (?:factur\w*|prend|prennent|demand\w*|coute\w*) combien|(?:c )?est combien|(?:est|sont|serait|seront|c est|c) (?:bien |vraiment |toujours )?(?:payant|payante|payants|payantes|gratuit|gratuite|gratuits|gratuites)|(?:quel|quels|quelle|quelles) (?:est |sont |serait )?(?:le |la |les |son |leur )?(?:prix|tarifs?|couts?|budget|montant de l abonnement|baremes?|taux)|(?:quel|quels|quelle|quelles) (?:est |sont |serait )?(?:(?:aujourd hui|actuellement|desormais|maintenant) )?(?:le |les )?montants? (?:actuels? |en vigueur |exacts? )?(?:(?:de (?:l )?heure|de (?:la )?page|du mot|de (?:la )?ligne|de (?:la )?journee|de (?:la )?vacation|horaires?) )?(?:(?:d|de|du|des) )?(?:une |un |l |la |le )?(?:expertises?|examens?|vacations?|prestations?|traductions?|interpretariat|honoraires|forfaits?)\b|(?:connaitre|savoir|trouver|avoir|donner|consulter|ou est|ou trouver) (?:le |les )?(?:baremes?|taux|tarifs?|prix)(?: (?!des\b|de\b|du\b|d\b|pour\b|un\b|une\b)\w+){0,2} (?:des|de|du|d|pour|un|une|applicables?)\b|(?<!\b(?:prepar\w*|vot\w*|boucl\w*|etabli\w*|constru\w*|arbitr\w*|elabor\w*) )(?:le |son |leur )budget|(?:vous|on|ils) (?:me|nous) (?:payez|paie|paye|payent|remunerez|remunere|remunerent)(?! quand)\b|(?:est|sont|serai|serait|sera|suis|sommes|serons|serais) (?:je |ce |t il |t elle |nous )?(?:remuneree?s?|payee?s? pour)|(?:vous|on|ils) (?:remunerez|remunere|remunerent|payez|paie|paient|payent) (?:les |des |vos )?(?:contributeurs?|contributrices?|auteurs?|redacteurs?|redactrices?|participants?|intervenants?)\b|(?:moins|plus) (?:cher|chere|chers|cheres|couteux|couteuse)\b|combien (?:\w+ ){0,3}(?:rembourse\w*|verse\w*|indemnise\w*) (?:\w+ ){0,2}par (?:kilometre|km|nuit|repas|jour|heure|page|mot|ligne)s?\b|(?:rembourse\w*|verse\w*|indemnise\w*|paye\w*) (?:a )?combien (?:le|la|l|du|par) (?:kilometre|km|nuit|nuitee|repas|jour|heure|page|mot|ligne)s?\b|(?:le |au )?meilleur (?:prix|tarif)|(?:c est quoi|what s|what is|what are) (?:le |la |les |leur |leurs |son |their |the |your |its )?(?:prix|tarifs?|couts?|pricing|prices?|costs?)\b|cheaper|cheapest|less expensive|best price|how much (?:does|do|is|are|will|would)|(?:is|are) (?:it|this|that|they|the \w+) (?:free|paid)|(?:does|do|will) (?:it|this|that|they) cost|what (?:does|do|is|are) (?:it|this|that|the \w+) cost)\b/,
  address:
    /(?:\b(?:quelle|quel) (?:est |serait )?(?:l |son |leur |votre )?adresse\b(?! (?:mail|e mail|email|courriel|electronique|de connexion|web|internet)\b)|\ba quelle adresse\b(?! (?:mail|e mail|email|courriel|electronique))|\badresse (?:postale|physique|d envoi|de correspondance)\b|\badresse (?:du|des|de) (?:\w+ ){1,3}pour (?:envoyer|poster|expedier|adresser)\b|^(?:et |donc |ok )?(?:l |son |leur )?adresse (?:postale |physique )?(?:du|des|de) (?!(?:connexion|messagerie|mail|e mail|email|courriel)\b)|\b(?:postal|mailing|street) address\b|\b(?:what|which) is the address\b)/,
  // When, how much sooner or how much of it the buyer pays («quand serai-je payé ?», «être payé plus vite», «payé 200 € de moins»).
  delay:
    /\b(?:(?:penalites?|interets?) (?:de retard|moratoires?)|(?:etre|d etre|se faire|me faire|nous faire) (?:payee?s?|reglee?s?|rembourse\w*) (?:plus )?(?:vite|rapidement|tot)|accelerer (?:le |les |mon |notre |leurs? )?(?:paiements?|reglements?|virements?)|(?:get|be|getting|being) paid (?:faster|quicker|sooner|more quickly)|speed up (?:the |my |our )?payments?|(?:paye|payee?s?|regle|reglee?s?|verse|versee?s?|vire|viree?s?) (?:\d+(?: \d{3})* (?:(?:euros?|eur|e) )?)?(?:de moins|en moins)\b|(?:ont|a|avez) (?:paye|regle|verse|vire) (?:que |seulement )(?:une partie|la moitie|\d+)|(?:on|ils|elles?|il|vous) (?:me|nous) (?:doit|doivent|devez|devra|devront|devrait) combien|combien (?:est ce qu )?(?:on|ils|vous) (?:me|nous) (?:doit|doivent|devez|devra)|(?:(?:l )?argent|(?:le )?virement|(?:les )?fonds) (?:(?:ne|n) )?(?:arrive|arrivent|tombe|tombent|rentre|rentrent) (?:toujours )?(?:pas|jamais)|penalites? (?:si|quand|lorsque|au cas ou) (?:la |le |l |mon |ma |notre |nos |leur |ce |cette )?(?:\w+ ){0,2}(?:traine|trainent|tarde|tardent|paie en retard|paye en retard|paient en retard|ne paie pas|ne paye pas|ne paient pas)|(?:dans )?combien de temps (?:pour|avant) (?:etre|d etre|qu (?:elle|il|on) soit|que je sois|qu on soit) (?:payee?s?|reglee?s?|rembourse\w*)|combien de temps (?:je serai|serai je|on sera|elle sera|il sera|je vais etre|vais je etre) (?:payee?s?|reglee?s?)|quand (?:est ce qu )?(?:je serai|serai je|serons nous|on sera|on est|elle sera|sera t elle|il sera|sera t il|vais je etre|je vais etre|elle va etre|va t elle etre|ils vont me|ils me) (?:payee?s?|reglee?s?|virer|payer|regler|rembourser)|(?:elle|il|je|on) (?:sera|serai|serons) (?:payee?s?|reglee?s?) quand|delai (?:legal |global |maximum )?de (?:paiement|reglement)|(?:combien de (?:temps|jours|semaines)|quel delai|quels delais)(?: \w+){0,3}? (?:pour|avant de|avant d) (?:me |nous |vous |la |le |les |l )?(?:payer|regler|rembourser|verser|mandater)|\d+ ?(?:j|jours|semaines|mois)(?: ou \d+ ?(?:j|jours|semaines|mois))? pour (?:me |nous |vous |la |le |les |l )?(?:payer|paye|regler|rembourser|verser|mandater)\b|(?:le )?droit de (?:trainer|tarder|payer en retard|mettre autant de temps|prendre autant de temps)|(?:trainer|tarder) (?:autant|aussi longtemps|si longtemps)|(?:virement|paiement|reglement|payee?s?|rembourse\w*|(?:me |nous )(?:paie|paient|payent|reglent|versent))\b.{0,30}\b(?:en|dans|sous) combien de (?:jours|temps|semaines)|(?:argent|fonds|virement|paiement|reglement) (?:me |nous )?(?:arrive|arrivera|arrivent|tombe|tombera|parvient|parviendra|sera (?:vire|verse)|est (?:vire|verse))\b(?: \w+){0,4} quand|(?:quand|quel jour|a quelle date) (?:est ce (?:que|qu) )?(?:le |les |mon |notre )?(?:argent|fonds|virement|paiement|reglement) (?:me |nous )?(?:arrive|arrivera|arrivent|tombe|tombera|parvient|parviendra|sera)|quand (?:est ce que )?(?:je|on|nous) (?:vais|va|allons) (?:recevoir|toucher) (?:mon |notre |le |les )?(?:argent|paiement|virement|fonds|sous)|when (?:will|does|do) (?:the |my |our )?(?:money|payment|transfer|funds) (?:arrive|come|land|reach)|when will (?:i|we|it|they) (?:be|get) paid|when (?:will|do|does) (?:the |my |our )?(?:\w+ ){1,2}(?:actually |finally |really |ever )?(?:pay|settle) (?:us|me|it|the invoice|our invoice|my invoice)|how long (?:until|before|till) (?:they|you|the \w+|it|we|i) (?:pay|pays|settle|settles|get paid|are paid|is paid|be paid)|how long (?:does it take |until |before )?(?:to )?(?:get|be|getting|being) paid)\b/,
  // «la TVA sur mes frais, je la facture ?», «l'autoliquidation du sous-traitant»: the tax an invoice
  // carries; «je les déclare en BNC sur ma déclaration de revenus ?»: the income tax on what it pays.
  // «37 400 € excl. VAT», «12 000 € hors TVA», «TVA comprise»: an amount's qualifier asks nothing about the tax.
  tax: /\b(?:(?<!\bassujetti\w* (?:a la |a )?|\b(?:excl|excluding|exclusive of|incl|including|inclusive of|ex|hors|hors de)\s)(?:tva|vat)(?!\s+(?:incluse?s?|comprise?s?|included|inclusive)\b)|autoliquid\w*|auto liquid\w*|reverse charge|imposables?|non imposables?|taxables?|fiscalises?|fiscalisees?|imposee?s? sur (?:le |les )?revenus?|impots? sur (?:le |les )?revenus?|declarations? (?:de |des )?revenus|benefices? non commerciaux|bnc|income tax|tax return|declar\w* (?:\w+ ){0,3}(?:aux impots|au fisc|a l administration fiscale|aux services fiscaux|to the tax (?:office|authorities))|fiscalement)\b/,
  // «les seuils d'e-reporting en Belgique», «KSeF in Poland», «des administrations espagnoles»: another country's rules or
  // public buyers, which the articles (France's reform, the French portal) do not cover.
  abroad: new RegExp(
    `\\b(?:${FOREIGN_PLATFORMS})\\b|\\b(?:(?:${RULES})\\b.*\\b(?:en|au|aux|in|for|de l|of)\\s+l?(?:${COUNTRIES})|l?(?:${COUNTRIES})\\b.*\\b(?:${RULES})|(?:${RULES}) (?:${COUNTRY_ADJECTIVES})|(?:${COUNTRY_ADJECTIVES}) (?:e invoicing |einvoicing )?(?:${RULES})|(?:administrations?|acheteurs? publics?|clients? publics?|collectivites?|ministeres?|hopitaux|organismes? publics?|public (?:bodies|buyers|administrations?|customers?|authorities)) (?:${COUNTRY_ADJECTIVES}))\\b|${ONLY_A_COUNTRY}`,
  ),
  // «la lettre de la CCI», «celle de l'UGAP», «une formation au CNFPT»: another body's, not Chorus Pro's.
  // «les horaires de la mairie», «la trésorerie de Montauban est ouverte le samedi ?»: that office's hours, not the support's.
  elsewhere: guarded(ELSEWHERE_ANCHORS, [
    `\\b(?:${OFFERS})(?: (?:d |de )?(?:information|redaction|pilotage|formation))? (?:de la|du|de l|des|de|au|a la|aupres du|aupres de la|of the|from the|with the) (?:${OTHER_BODIES})\\b`,
    // «webinaire Bpifrance», «the European Commission's webinar»: the body named right beside its offer.
    `\\b(?:${OFFERS}) (?:${OTHER_BODIES})\\b|\\b(?:${OTHER_BODIES})(?: s)? (?:\\w+ )?(?:${OFFERS})\\b`,
    `\\b(?:horaires?|heures? d ouverture|opening hours)(?: d ouverture)? (?:de la|du|de l|des|of the) (?:\\w+ )?(?:${OFFICES})\\b`,
    // «et pour joindre l'URSSAF, il y a un chat ?»: reaching another body is its own help desk's matter.
    `\\b(?:contacter|joindre|appeler|ecrire a|ecrire aux|parler a|parler aux|reach|contact|call)\\b (?:(?:le|la|l|les|the) )?(?:${OTHER_BODIES})\\b`,
    // «et celle de ma commune, elle paraît quand ?» after the newsletter: the user's own town's, not Chorus Pro's.
    `\\b(?:celle|celui|celles|ceux) (?:de|du|d) (?:ma|mon|notre|nos) (?:commune|ville|departement|region|federation|syndicat|chambre|cci|association|banque)\\b`,
    // «comment on s'inscrit sur la liste des experts de la cour d'appel ?»: becoming an expert, the court's list
    // (not «inscrit sur la liste…», who the writer is).
    `\\b(?:(?:on|je|nous|vous|se|s) inscri\\w*|inscrire|inscription|sincri\\w*|reinscri\\w*|figurer|entrer)\\b(?: \\w+){0,4} listes? (?:des |d |de )?(?:experts?|interpretes?|traducteurs?)\\b`,
    // «la formation dispensée par l'IGPDE», «la lettre éditée par la CCI»: the body named after its offer.
    `\\b(?:${OFFERS})\\b(?: \\w+){0,5} (?:dispensee?s?|organisee?s?|proposee?s?|animee?s?|donnee?s?|editee?s?|publiee?s?) par (?:la |le |l |les )?(?:${OTHER_BODIES})\\b`,
    // «la poste ouvre à quelle heure le samedi ?», «un grossiste ouvert le samedi»: when that office
    // or shop opens (after a file named, «le fichier pour la préfecture, il (s')ouvre pas», it is
    // the file that does not open; «si la mairie a ouvert la facture»: what the office did, no hours).
    `(?<!\\b(?:bordereaux?|fichiers?|documents?|memoires?|formulaires?|tableaux?|tableurs?|xlsx?|pdf|pieces? jointes?)\\b.*)\\b(?:la|le|l|les|the|un|une|des) (?:${OFFICES})(?: (?!(?:a|ont|avait|avaient|aura|auront|aurait|auraient|has|have|had)\\b)\\w+){0,2} (?:ouvre|ouvrent|ouverte?s?|ferme|ferment|fermee?s?|opens?|closes?)\\b`,
    `\\b(?:formations?|webinaires?|cours|stages?|tutos?|tutoriels?|trainings?|courses?)(?: (?:\\w+ ){0,2}(?:sur|a|d|de|en|pour|on|in|of) (?:le |la |l )?(?:logiciel )?| )(?:${SOFTWARE})\\b`,
    // «une formation de secrétaire comptable diplômante»: a course leading to a diploma, not the portal's training.
    `\\b(?:formations?|cours|stages?|trainings?|courses?) (?:\\w+ ){0,3}(?:diplomante?s?|certifiante?s?|qualifiante?s?)\\b`,
    // «des cours d'anglais pour mes salariés», «English lessons»: learning a language; «webinars in English» is the language they are given in.
    `\\b(?:formations?|cours|stages?|trainings?|courses?|lessons?|classes?) (?:d |de |of )(?:anglais|english|langues?)\\b|\\b(?:english|anglais) (?:lessons?|classes?)\\b`,
    // «la procédure d'inscription sur la liste des experts», «comment je m'inscris sur la liste ?»: the
    // courts' own listing («interprète inscrite sur la liste des experts» only says who writes).
    `\\b(?:inscription|reinscription|(?:(?:me|se|nous|vous) |m ?|s ?)(?:re)?inscri(?:re|s|t|vent|vez|vons)|(?:re)?inscrire|candidater|candidature|figurer|admission) (?:sur|a|dans|pour) (?:la |les |une )?listes? (?:nationale |officielle )?(?:des |d )?(?:experts?|interpretes?|traducteurs?)\\b`,
    // «cmt je m'inscris sur la liste de la cour d'appel», glued or not: the court's own list («je suis inscrite sur la liste…» says who writes).
    `(?<!\\b(?:suis|est|es|sommes|etes|sont|etant|ete|deja|bien) )\\b(?:\\w*inscri(?:re|s|vent|vez|vons|ption)|figurer|entrer)\\b(?: \\w+){0,4} listes? (?:de la |de |des |du )?(?:cours? (?:d )?appel|cours? dappel|cour de cassation|tribunal|tribunaux|parquet)\\b`,
    // «liste experts cour d'appel»: the list itself, named bare.
    `^(?:la |les |une )?listes? (?:des |d |de )?(?:experts?|interpretes?|traducteurs?)\\b`,
    // «pour trouver un expert à désigner, vous avez une liste ?»: a court looking for an expert, not an expert's fees.
    `\\b(?:trouver|choisir|designer|recruter|chercher|contacter) (?:un |une |des |l )?(?:autre )?(?:experts?|interpretes?|traducteurs?|traductrices?)(?: (?:a designer|disponibles?|agreee?s?|qualifiee?s?))?$`,
    // «la demande de temps partiel», «un impact sur ma prime»: one's own job, not the portal.
    `\\b(?:(?<!(?<!\\b(?:passer|passe|passee|passage|mettre|mise|mis|demande|demander) )\\ba )(?:temps partiel|mi temps)|rtt|fiche de paie|bulletin de (?:salaire|paie)|(?:mon|ma|mes|notre) (?:salaire|prime|primes)|teletravail|(?:poser|demande de) (?:des |mes )?conges?|conges payes|(?:decompte|solde|compteur) (?:des |de mes |de nos |de )?(?:conges|rtt|heures sup\\w*))\\b`,
    // «le ticket que j'ai ouvert chez Salesforce», «mon ticket chez mon fournisseur internet»: another company's help desk.
    `\\b(?:tickets?|support|assistance|hotline|service client)\\b(?: \\w+){0,5} chez (?!(?:vous|eux|lui|elle|chorus|claudia|aife|l aife|le support|votre|la plateforme|le portail)\\b)(?:mon |notre |ma |l |le |la )?[a-z]\\w+`,
    // «nos commandes avec la grande distribution», «EDI avec Carrefour»: retail chains' own EDI, between private companies
    // (not when the reform is asked about: «will the B2B mandate apply to our sales to retailers?» asks the reform;
    // nor when the chains are only what the question compares with: «envoyer en EDI comme on le fait avec nos enseignes»).
    `^(?!.*\\b(?:b2b|reforme|e invoicing|einvoicing|facturation electronique|e reporting|ereporting|mandate|mandatory)\\b)(?!.*\\b(?:comme|like|as)\\b${WITH_RETAIL_CHAINS}).*\\b(?:${RETAIL_CHAINS})\\b`,
    // «a Zoom webinar run by our ERP vendor», «la formation organisée par notre éditeur»: a vendor's own training.
    `\\b(?:webinaires?|webinars?|formations?|trainings?|sessions?)\\b(?: \\w+){0,4} (?:run|hosted|organi[sz]ed|given|held|organisee?s?|proposee?s?|animee?s?|dispensee?s?) (?:by|par) (?:our|my|their|the|a|notre|mon|leur|un|l|le|la) (?:\\w+ )?(?:vendor|provider|supplier|publisher|editeur|prestataire|fournisseur|integrateur|consultant|cabinet)s?\\b`,
    // «faut passer par l'UGAP pour vendre aux hôpitaux ?»: buying through a purchasing body, not invoicing.
    `\\bpass(?:er|e|ons|ez) par (?:l |la |le |une |un )?(?:ugap|centrales? d achats?|resah|uniha|cais)\\b`,
    // «register on their own supplier portal», «leur propre portail fournisseur»: the buyer's own site, not Chorus Pro.
    `\\b(?:their|its|leur|son|sa) (?:own |propre )?(?:supplier|vendor|procurement) (?:portal|platform|site)\\b|\\b(?:leur|son|sa) (?:propre )?(?:portail|plateforme|espace|site) (?:des )?fournisseurs?\\b`,
    `\\b(?:la|le|l|the) (?:${OFFICES})(?: \\w+){0,2} (?:est|sont|sera|serait|is|will be)(?: \\w+)? (?:ouverte?s?|fermee?s?|open|closed)\\b`,
    // «le service client de mon logiciel EBP», «le support de notre ERP SAP»: the software vendor's own help desk, not the portal's.
    `\\b(?:support|assistance|hotline|helpdesk|help desk|service client|service apres vente|sav|standard)(?: technique)? (?:de |du |d |of )(?:(?:mon|ma|notre|nos|mes|votre|leur|l|le|la|my|our|your|the) )?(?:(?:logiciel|editeur|erp|progiciel|software|outil)s?(?: de (?:facturation|compta\\w*|gestion))? )?(?:${PRODUCTS}|${SOFTWARE}|logiciels?|editeurs?|progiciels?|software)\\b`,
    // «l'assistance d'impots.gouv, elle est ouverte le samedi ?»: another site's help desk.
    `\\b(?:support|assistance|hotline|helpdesk|help desk|service client|standard)(?: (?:de|du|d|des|of))? (?:(?:la|le|l|the) )?(?:${OTHER_SITES})\\b`,
    // «à quelle heure ferme la déchetterie ?»: when that office closes.
    `\\b(?:heure|heures|time) (?:ferme|ferment|ouvre|ouvrent|closes?|opens?) (?:la|le|l|les|the) (?:\\w+ )?(?:${OFFICES})\\b`,
  ]),
  // «le mot de passe de mon espace impots.gouv», «celui de ma boîte mail», «récupérer ma messagerie»,
  // «pas sur Chorus mais sur net-entreprises : j'ai perdu mon mot de passe»: another site's account,
  // read on the message's kept clauses together (READ_TOGETHER).
  account: new RegExp(
    [
      `\\b(?:${CREDENTIAL}|(?:celui|celle) (?:de|du|d|pour))\\s${WHOSE}(?:${OTHER_SITES}|${MAILBOXES})\\b`,
      // …of the equipment itself, not the portal's typed on it («mon mot de passe sur mon portable»).
      `\\b(?:${CREDENTIAL}) (?:de|du|d|of|for) (?:(?:la|le|l|ma|mon|notre|the|my|our) )?(?:${EQUIPMENT})\\b|\\b(?:${CREDENTIAL}) (?:${NETWORK})\\b|\\b(?:${EQUIPMENT}) (?:password|pin)\\b`,
      `\\b(?:${OTHER_SITES}|${MAILBOXES}) (?:\\w+ ){0,2}(?:password|login|account)\\b`,
      // «le site impots.gouv m'a encore bloqué mon espace professionnel»: that site locked its own account.
      `\\b(?:${OTHER_SITES})\\b(?: \\w+){0,4} (?:bloque\\w*|verrouill\\w*|suspendu\\w*|desactive\\w*)(?: \\w+){0,2} (?:mon|ma|notre|l|le) (?:espace|compte|acces)\\b`,
      `\\b(?:recuperer|recupere|recup|retrouver|securiser|debloquer|reinitialiser) (?:l acces (?:a|de) )?(?:ma|mon|notre|my|our) (?:${MAILBOXES})\\b`,
      // «pas Chorus Pro mais impots.gouv : j'ai oublié le mot de passe…»: the site said first is whose password it is.
      `^(?:(?:mais|de|d|du|pour|sur|c est|plutot|non) )*(?:${OTHER_SITES})\\b.*\\b(?:${CREDENTIAL})\\b`,
      `\\b${ON_SITE}\\b.*\\b(?:${CREDENTIAL}|reinitialiser|reset|connecter|connexion|acceder|log in|sign in)\\b`,
      `\\b(?:${CREDENTIAL}|connecter|connexion|acceder|log in|sign in)\\b.*\\b${ON_SITE}\\b`,
    ].join('|'),
  ),
  // «ma connexion wifi saute», «mon ordinateur ne s'allume plus», «quels navigateurs sont compatibles ?»: the user's own equipment.
  device: new RegExp(
    `\\b(?:${DEVICES}|${PRODUCTS})\\b(?: (?!(?:chorus|portail|site)\\b)\\w+){0,4} (?:${DOWN})\\b|\\b(?:quels?|quelles?|which|what) (?:web )?(?:navigateurs?|browsers?)\\b|\\b(?:navigateurs?|browsers?) (?:compatibles?|supportes?|pris en charge|recommandes?|supported|recommended)\\b|\\b(?:compatible|supported|recommended) (?:web )?browsers?\\b`,
  ),
  // «notre ERP SAP peut générer du Factur-X ? c'est quel setting ?», «Chorus can sync with QuickBooks?»:
  // how the user's own software is set up, read on the message's kept clauses together (READ_TOGETHER).
  // «c'est vous qui fournissez le logiciel de facturation ?»: whether the portal supplies one is the product's question too.
  software: new RegExp(`\\b(?:${PRODUCTS})\\b.*\\b(?:${SETUP})\\b|\\b(?:${SETUP})\\b.*\\b(?:${PRODUCTS})\\b|${SUPPLIES_SOFTWARE}`),
  // «quel opérateur vous me conseillez ?», «c'est quoi le best software ?»: which product or provider to pick;
  // «un bon hôtel près de la gare ?»: where to stay or eat on a trip.
  recommend: new RegExp(`${GOOD_PLACE}|\\b(?:quel|quels|quelle|quelles|which|what)(?: (?:est|sont|serait|is|are))?(?: (?:le|la|les|l|un|une|the|a))? (?:${VENDORS})\\b.*\\b(?:${ADVISE})\\b|\\b(?:${ADVISE})\\b(?: (?:me|nous|moi|vous))?(?: (?:quel|quels|quelle|quelles|un|une|des|le|la|les|a|an|any|the|which))? (?:(?:bon|bonne|good)s? )?(?:\\w+ ){0,2}(?:${VENDORS})\\b`),
  // «comment je supprime une facture restée en brouillon ?», «effacer définitivement le brouillon», «y a pas de bouton supprimer ?»:
  // no article says how to delete one («je ne veux ni la supprimer…» does not ask).
  delete: /(?<!\b(?:ni|pas|sans|jamais|plutot que de|au lieu de) )\b(?:supp?rim(?:er|e|es|ez|ons)|effac(?:er|e|es|ez)|delete|remove) (?:\w+ment )?(?:d |de )?(?:le |la |les |un |une |mon |ma |mes |ce |cette |ces |l |the |my |this |a |an )?(?:\w+ )?(?:factures?|fact|brouillons?|doublons?|invoices?|drafts?)\b|\b(?:bouton|option|fonction|touche|icone|button) (?:pour |de |to )?(?:supprimer|suppression|effacer|delete|remove)\b/,
  // «elle est bien partie mais j'ai mis un mauvais montant, je peux la corriger ?»: an invoice sent is corrected by a
  // credit note, which no article explains (read on the kept clauses together; a draft is still the draft article's).
  // «je peux contester ce rejet auprès du client ?»: disputing an invoice's rejection, which no article explains either.
  amend: new RegExp(
    `^(?!.*\\bbrouillons?\\b)(?:.*\\b(?:${SENT})\\b.*\\b(?:${CORRECT})\\b|.*\\b(?:${CORRECT})\\b.*\\b(?:${SENT})\\b|(?!.*\\bdecomptes?\\b).*\\b(?:${DISPUTE_REJECTION}))`,
  ),
  // «comment on modifie l'adresse de connexion ?», «que l'identifiant devienne mon adresse professionnelle»,
  // «how do I change the email address I use to log in?»: no article says how to change the address one logs in with;
  // «j'ai changé d'adresse», «je n'ai pas changé d'adresse mail» tell what happened, they ask no change.
  login: new RegExp(
    `(?<!\\b(?:ai|as|a|avons|avez|ont|j ai|on a)(?: pas| jamais| rien)? )\\b(?:${CHANGE}) (?:de |d |l |la |le |mon |ma |notre |cette |son |leur |the |my |our |this )?(?:${LOGIN_ADDRESS})\\b|\\b(?:${LOGIN_ADDRESS})\\b(?: \\w+){0,8} (?:devienne|deviennent|soit (?:remplacee?|modifiee?|changee?)|be (?:changed|replaced|updated))\\b`,
  ),
  // «condamné au paiement des frais de justice de l'instance», «je dois payer des frais de justice au greffe»: the
  // writer owes what a court made them pay; the articles are for providers the court pays.
  owed: new RegExp(
    `\\bcondamnee?s? (?:\\w+ ){0,6}(?:au paiement|a payer|a regler|a verser|aux depens|a une amende|to pay)\\b|\\b(?:${I_MUST_PAY})\\b(?: \\w+){0,2} (?:${COURT_DEBT})\\b|\\b(?:payer|regler|pay) (?:\\w+ ){0,3}(?:${COURT_DEBT}) (?:\\w+ ){0,2}(?:au|a la|aupres du|to the) (?:greffe|tresor|tresor public|tribunal|court)\\b`,
  ),
  // «comment on rejette une facture reçue ?», «how do we reject an invoice we received?», «je dois faire quoi pour liquider et
  // mandater cet acompte ?»: the public buyer's work on an invoice it received; the articles are for those who send them.
  received: new RegExp(
    `\\b(?:rejeter|rejette|rejetons|rejetez|suspendre|valider|liquider|mandater|reject|suspend|approve|validate) (?:\\w+ ){0,2}?(?:factures?|invoices?) (?:\\w+ ){0,2}?(?:recu(?:e|s|es)?|received|(?:we|i) (?:have |ve )?(?:received|got))\\b|\\b(?:je|on|nous|we) (?:dois|doit|devons|must|have to|need to) (?:\\w+ ){0,4}?(?:liquider|mandater)\\b`,
  ),
  // «is there an English version of the portal?», «les webinaires sont en anglais ?», «comment changer la langue ?»: the language it is given in.
  language: new RegExp(
    `\\b(?:(?:${LANGUAGE_ADJECTIVES}) (?:version|interface|translation)|version (?:en |in )?(?:${LANGUAGE_ADJECTIVES})|(?:existe|existent|exist|exists|available|disponibles?|dispo|proposee?s?|offered|given|held|run|is|are|sont|est|traduite?s?|translated) (?:\\w+ )?(?:en|in|into) (?:${LANGUAGES})|(?:traduction|translation) (?:du|de la|de l|of the|of) (?:portail|site|interface|plateforme|portal|platform|website)|(?:changer|change|switch|passer|mettre)(?: \\w+)? (?:la |the )?(?:langue|language)` +
      // «le guide en gros caractères ou en audio ?», «a braille version»: another format of the same text.
      `|(?:en|in) (?:large print|gros caracteres|braille|audio|version audio|format audio)|(?:version|format|guide|document|pdf)s? (?:en |in )?(?:braille|audio|gros caracteres|large print|accessibles?))\\b`,
  ),
  self: ABOUT_THE_ASSISTANT,
  // «un mail de réinitialisation alors que je n'ai rien demandé», «un phishing au logo de Chorus», «c'est vraiment
  // eux ?», «mon compte a été piraté»: the portal's security and fraud, which no article speaks of (a how-to on
  // another subject beside it, «comment réinitialiser mon mot de passe ?», is still answered).
  fraud: new RegExp(
    `\\b(?:phishing|hameconnage|hamecon\\w*|pirat(?:e|ee|es|ees|er|age|ages)|hack(?:e|ee|es|ed|er|ing)?|fraud\\w*|arnaque\\w*|escroq\\w*|usurp\\w*|scam\\w*|spoof\\w*` +
      `|(?:mail|mails|email|emails|e mail|courriel|message|sms|lien|liens|site|appel)(?: \\w+){0,3} (?:suspects?|suspectes?|bizarres?|douteux|douteuse|louches?|frauduleux|frauduleuse|faux|suspicious|fake|weird)` +
      `|(?:faux|fake|suspicious) (?:mail|email|e mail|courriel|message|sms|lien|link|site)` +
      `|${UNASKED_FOR} (?:\\w+ ){0,8}?(?:rien|jamais) (?:\\w+ )?demand\\w*|(?:rien|jamais) (?:\\w+ )?demand\\w* (?:\\w+ ){0,8}?${UNASKED_FOR}|(?:didn t|did not|never) (?:ask|request)\\w*` +
      `|(?:quelqu un|qqn|someone|somebody) (?:\\w+ )?(?:essaie|essaye|tente|a essaye|a tente|essaierait|tries|tried|is trying) (?:de |d )?(?:entrer|rentrer|acceder|se connecter|pirater|to get in|to log in|to break in|to access)` +
      `|c est (?:vraiment|bien) (?:eux|vous|chorus|le portail)|(?:is|was) (?:it|this|that) really (?:you|them|chorus)` +
      `|tentatives? (?:d intrusion|de piratage|de fraude|de phishing)` +
      // «I'm worried about confidentiality», «le RGPD», «mes données personnelles»: the portal's data protection.
      `|confidentialit\\w*|confidential\\w*|rgpd|gdpr|donnees personnelles|personal data|data protection|protection des donnees` +
      // «un mail de Chorus qui me demande mon mdp», «an email asking me to log in», «une fausse page», «le vrai site ?»:
      // credentials asked for by a message, a page or a site whose genuineness is in doubt.
      `|(?:mail|mails|email|emails|e mail|courriel|message|sms|lien|link)(?! (?:de|d|du) (?:reinitialisation|confirmation|activation|creation|connexion))(?: \\w+){0,5} (?:qui )?(?:me |nous |m )?(?:demande|demandent|reclame|reclament|asking|asks|asked)(?: \\w+){0,2}? (?:mon|mes|nos|notre|my|our|de (?:me |m )?(?:connecter|identifier|log)|to (?:log|sign) in|(?:for )?(?:my |our )?(?:password|login|credentials))(?: (?:mot de passe|mdp|identifiants?|codes?|password|login|credentials))?` +
      `|(?:fausses?|faux|fake|spoofed) (?:pages?|sites?|portails?|website|page)|(?:real|genuine|official|legitimate) (?:chorus(?: pro)? )?(?:website|site|link|page|portal|email|address)` +
      `|(?:le |la |un |une )?(?:vrai|vraie|authentique|officiel|officielle) (?:site|lien|page|portail|adresse|mail)|(?:site|lien|page|portail|mail|adresse)(?: \\w+){0,3} (?:authentique|officiel|officielle|legitime)s?` +
      `|(?:pieces? jointes?|attachments?|fichiers?) (?:en )?(?:zip|html|exe)|(?:telecharger|ouvrir|download|open) (?:une |un |la |le |the |a |an )?(?:facture |invoice |fichier |file )?(?:en |in )?(?:zip|html|exe))\\b`,
  ),
});
/** The portal's own account named with it («mon mot de passe Chorus et celui de ma boîte mail», «le mauvais mot de passe trois fois sur Chorus»): that part is answered. */
export const OWN_ACCOUNT = new RegExp(
  `\\b(?:${CREDENTIAL}|compte|espace|acces|connect\\w*|connexion)(?:(?: \\w+){1,3}? (?:sur|on)| (?:de|du|sur|a|au|pour|on|to|for))? (?:(?:mon|ma|le|la|l|notre|my|our|the) )?(?:compte )?(?:chorus|portail)\\b|\\bchorus(?: pro)? (?:password|login|account)\\b`,
);
/**
 * A clause on the subject of a facet named elsewhere in the message: the account's («comment je le
 * réinitialise ?»), the software's set-up («how do we fix the interface?», «quel mapping ?»),
 * the country's («là-bas»).
 */
export const STANDS_FOR: Readonly<Partial<Record<Facet, RegExp>>> = Object.freeze({
  account: new RegExp(`\\b(?:${CREDENTIAL}|connecter|connexion|reinitialiser|recuperer|boite|messagerie|mailbox|compte|espace|acces|reset)\\b`),
  software: new RegExp(`\\b(?:${PRODUCTS}|${SETUP}|interfaces?|export\\w*|factur x|format)\\b`),
  abroad: THERE,
  amend: /\b(?:corrig\w*|rectifi\w*|modifi\w*|montant|erreur)\b/,
  // «… par quel moyen je puis m'acquitter de cette somme ?»: paying it.
  owed: /\b(?:payer|paie|paye|pai|regler|acquitter|somme|pay)\b/,
  // «… comment je whitelist le site ?», «j'autorise les pop-ups où ?»: the browser's own settings.
  device: /\b(?:whitelist\w*|liste blanche|autoris\w* (?:le|ce|les) (?:site|pop ups?|popups?)|pop ups?|popups?|cookies?|bloqueur\w*|reglages? du navigateur|parametres? du navigateur|browser settings)\b/,
  // «… a webinar run by our vendor, where can I find the recording?»: what that other body's session left.
  elsewhere: /\b(?:the|its|this|that|la|le|l|sa|son|cette|ce) (?:recording|replay|video|slides|enregistrement|rediffusion|captation)\b/,
});

/** What an article's text must hold to answer the facet. */
export const SAYS: Readonly<Record<Facet, Pattern>> = Object.freeze({
  price: /\b(?:gratuit\w*|payant\w*|prix|tarifs?|\d+(?: \d{3})* euros?)\b/,
  address: /\b(?:adresse postale|\d{5} [a-z]+|cedex|bp \d+)\b/,
  // A number of days for paying, not for processing («la MOE dispose de 7 jours pour la traiter» says when the MOE answers, not when the MOA pays).
  delay: /\b\d+ jours (?:\w+ ){0,3}pour (?:payer|regler|verser|virer|mandater)\b|\b(?:payee?s?|reglee?s?|versee?s?|virement|paiement|payer|regler) (?:\w+ ){0,3}(?:sous|dans les|en|a) \d+ jours\b|\bdelai (?:global )?de paiement (?:\w+ ){0,4}\d+ jours\b/,
  tax: /\b(?:tva|autoliquidation)\b/,
  abroad: new RegExp(`\\b(?:${COUNTRIES})\\b`),
  elsewhere: NAMES_OTHER_BODY,
  account: new RegExp(`\\b(?:${OTHER_SITES}|gmail|outlook|hotmail|yahoo|microsoft)\\b`),
  // No article speaks of the user's equipment down: the words asked, which none holds.
  device: ASKS.device,
  // An article that names a software («envoyer depuis SAP») does not say how to set it up.
  software: ASKS.software,
  delete: /\b(?:supprim\w*|effac\w*)\b/,
  login: new RegExp(`\\b(?:${CHANGE}) (?:votre |l |son |d )?(?:adresse (?:e mail|electronique|de connexion)|identifiant)\\b`),
  // No article says how to correct an invoice already sent: the words asked, which none holds.
  amend: ASKS.amend,
  // No article tells a party how to pay a court: the words asked, which none holds.
  owed: ASKS.owed,
  // No article speaks to the buyer handling what it received: the words asked, which none holds.
  received: ASKS.received,
  // No article names a provider or a product to pick: the words asked, which none holds.
  recommend: ASKS.recommend,
  language: /\b(?:en anglais|in english|version anglaise|english version)\b/,
  // No article speaks to the user about the assistant itself.
  self: ASKS.self,
  // No article speaks of phishing, hacked accounts or fraud: the words asked, which none holds.
  fraud: ASKS.fraud,
});
