import {
  ABOUT_THE_ASSISTANT,
  ADVISE,
  ASSISTANT_NAMED,
  COUNTRIES,
  COUNTRY_ADJECTIVES,
  CREDENTIAL,
  DEVICES,
  DOWN,
  EQUIPMENT,
  FOREIGN_PLATFORMS,
  GOOD_PLACE,
  LANGUAGE_ADJECTIVES,
  LANGUAGES,
  MAILBOXES,
  NETWORK,
  OFFERS,
  OFFICES,
  ONLY_A_COUNTRY,
  ON_SITE,
  OTHER_BODIES,
  OTHER_SITES,
  PRODUCTS,
  RULES,
  SECOND_PERSON,
  SETUP,
  SOFTWARE,
  THERE,
  VENDORS,
  WHOSE,
} from './facet-words';
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

/** The facet asked, on normalised clause text (lower case, no accents, no elisions, single spaces). */
const ASKS: Readonly<Record<Facet, RegExp>> = Object.freeze({
  price:
    /\b(?:combien (?:ca |cela |ils? |elles? |vous |on )?(?:me |nous |vous )?(?:coute|coutent|couterait|couteraient|coutera|couteront|factur\w*|demand\w*|prend|prennent)|(?:coute|coutent|coutera|couterait) (?:combien|cher)|(?:me|m|nous|vous) (?:factur\w*|prend|prennent|demand\w*|coute\w*) combien|(?:c )?est combien|(?:est|sont|serait|seront|c est|c) (?:bien |vraiment |toujours )?(?:payant|payante|payants|payantes|gratuit|gratuite|gratuits|gratuites)|(?:quel|quels|quelle|quelles) (?:est |sont |serait )?(?:le |la |les |son |leur )?(?:prix|tarifs?|couts?|budget|montant de l abonnement|baremes?|taux)|(?:connaitre|savoir|trouver|avoir|donner|consulter|ou est|ou trouver) (?:le |les )?(?:baremes?|taux|tarifs?|prix)(?: (?!des\b|de\b|du\b|d\b|pour\b|un\b|une\b)\w+){0,2} (?:des|de|du|d|pour|un|une|applicables?)\b|(?:le |son |leur )budget|(?:vous|on|ils) (?:me|nous) (?:payez|paie|paye|payent|remunerez|remunere|remunerent)(?! quand)\b|(?:est|sont|serai|serait|sera|suis|sommes|serons|serais) (?:je |ce |t il |t elle |nous )?(?:remuneree?s?|payee?s? pour)|(?:vous|on|ils) (?:remunerez|remunere|remunerent|payez|paie|paient|payent) (?:les |des |vos )?(?:contributeurs?|contributrices?|auteurs?|redacteurs?|redactrices?|participants?|intervenants?)\b|(?:moins|plus) (?:cher|chere|chers|cheres|couteux|couteuse)\b|combien (?:\w+ ){0,3}(?:rembourse\w*|verse\w*|indemnise\w*) (?:\w+ ){0,2}par (?:kilometre|km|nuit|repas|jour|heure|page|mot|ligne)s?\b|(?:rembourse\w*|verse\w*|indemnise\w*|paye\w*) (?:a )?combien (?:le|la|l|du|par) (?:kilometre|km|nuit|nuitee|repas|jour|heure|page|mot|ligne)s?\b|(?:le |au )?meilleur (?:prix|tarif)|(?:c est quoi|what s|what is|what are) (?:le |la |les |leur |leurs |son |their |the |your |its )?(?:prix|tarifs?|couts?|pricing|prices?|costs?)\b|cheaper|cheapest|less expensive|best price|how much (?:does|do|is|are|will|would)|(?:is|are) (?:it|this|that|they|the \w+) (?:free|paid)|(?:does|do|will) (?:it|this|that|they) cost|what (?:does|do|is|are) (?:it|this|that|the \w+) cost)\b/,
  address:
    /(?:\b(?:quelle|quel) (?:est |serait )?(?:l |son |leur |votre )?adresse\b(?! (?:mail|e mail|email|courriel|electronique|de connexion|web|internet)\b)|\ba quelle adresse\b(?! (?:mail|e mail|email|courriel|electronique))|\badresse (?:postale|physique|d envoi|de correspondance)\b|\badresse (?:du|des|de) (?:\w+ ){1,3}pour (?:envoyer|poster|expedier|adresser)\b|^(?:et |donc |ok )?(?:l |son |leur )?adresse (?:postale |physique )?(?:du|des|de) (?!(?:connexion|messagerie|mail|e mail|email|courriel)\b)|\b(?:postal|mailing|street) address\b|\b(?:what|which) is the address\b)/,
  delay:
    /\b(?:(?:dans )?combien de temps (?:pour|avant) (?:etre|d etre|qu (?:elle|il|on) soit|que je sois|qu on soit) (?:payee?s?|reglee?s?|rembourse\w*)|combien de temps (?:je serai|serai je|on sera|elle sera|il sera|je vais etre|vais je etre) (?:payee?s?|reglee?s?)|quand (?:est ce qu )?(?:je serai|serai je|serons nous|on sera|on est|elle sera|sera t elle|il sera|sera t il|vais je etre|je vais etre|elle va etre|va t elle etre|ils vont me|ils me) (?:payee?s?|reglee?s?|virer|payer|regler|rembourser)|(?:elle|il|je|on) (?:sera|serai|serons) (?:payee?s?|reglee?s?) quand|delai (?:legal |global |maximum )?de (?:paiement|reglement)|(?:combien de (?:temps|jours|semaines)|quel delai|quels delais)(?: \w+){0,3}? (?:pour|avant de|avant d) (?:me |nous |vous |la |le |les |l )?(?:payer|regler|rembourser|verser|mandater)|\d+ ?(?:j|jours|semaines|mois)(?: ou \d+ ?(?:j|jours|semaines|mois))? pour (?:me |nous |vous |la |le |les |l )?(?:payer|paye|regler|rembourser|verser|mandater)\b|(?:le )?droit de (?:trainer|tarder|payer en retard|mettre autant de temps|prendre autant de temps)|(?:trainer|tarder) (?:autant|aussi longtemps|si longtemps)|(?:virement|paiement|reglement|payee?s?|rembourse\w*|(?:me |nous )(?:paie|paient|payent|reglent|versent))\b.{0,30}\b(?:en|dans|sous) combien de (?:jours|temps|semaines)|(?:argent|fonds|virement|paiement|reglement) (?:me |nous )?(?:arrive|arrivera|arrivent|tombe|tombera|parvient|parviendra|sera (?:vire|verse)|est (?:vire|verse))\b(?: \w+){0,4} quand|(?:quand|quel jour|a quelle date) (?:est ce (?:que|qu) )?(?:le |les |mon |notre )?(?:argent|fonds|virement|paiement|reglement) (?:me |nous )?(?:arrive|arrivera|arrivent|tombe|tombera|parvient|parviendra|sera)|quand (?:est ce que )?(?:je|on|nous) (?:vais|va|allons) (?:recevoir|toucher) (?:mon |notre |le |les )?(?:argent|paiement|virement|fonds|sous)|when (?:will|does|do) (?:the |my |our )?(?:money|payment|transfer|funds) (?:arrive|come|land|reach)|when will (?:i|we|it|they) (?:be|get) paid|when (?:will|do|does) (?:the |my |our )?(?:\w+ ){1,2}(?:actually |finally |really |ever )?(?:pay|settle) (?:us|me|it|the invoice|our invoice|my invoice)|how long (?:until|before|till) (?:they|you|the \w+|it|we|i) (?:pay|pays|settle|settles|get paid|are paid|is paid|be paid)|how long (?:does it take |until |before )?(?:to )?(?:get|be|getting|being) paid)\b/,
  // «la TVA sur mes frais, je la facture ?», «l'autoliquidation du sous-traitant»: the tax an invoice
  // carries; «je les déclare en BNC sur ma déclaration de revenus ?»: the income tax on what it pays.
  tax: /\b(?:(?<!\bassujetti\w* (?:a la |a )?)tva|autoliquid\w*|auto liquid\w*|reverse charge|vat|imposables?|non imposables?|taxables?|fiscalises?|fiscalisees?|imposee?s? sur (?:le |les )?revenus?|impots? sur (?:le |les )?revenus?|declarations? (?:de |des )?revenus|benefices? non commerciaux|bnc|income tax|tax return|declar\w* (?:\w+ ){0,3}(?:aux impots|au fisc|a l administration fiscale|aux services fiscaux|to the tax (?:office|authorities))|fiscalement)\b/,
  // «les seuils d'e-reporting en Belgique», «KSeF in Poland»: another country's rules, which the
  // articles (France's reform, the French portal) do not give.
  abroad: new RegExp(
    `\\b(?:${FOREIGN_PLATFORMS})\\b|\\b(?:(?:${RULES})\\b.*\\b(?:en|au|aux|in|for|de l|of)\\s+l?(?:${COUNTRIES})|l?(?:${COUNTRIES})\\b.*\\b(?:${RULES})|(?:${RULES}) (?:${COUNTRY_ADJECTIVES})|(?:${COUNTRY_ADJECTIVES}) (?:e invoicing |einvoicing )?(?:${RULES}))\\b|${ONLY_A_COUNTRY}`,
  ),
  // «la lettre de la CCI», «celle de l'UGAP», «une formation au CNFPT»: another body's, not Chorus Pro's.
  // «les horaires de la mairie», «la trésorerie de Montauban est ouverte le samedi ?»: that office's hours, not the support's.
  elsewhere: new RegExp(
    [
      `\\b(?:${OFFERS})(?: (?:d |de )?(?:information|redaction|pilotage|formation))? (?:de la|du|de l|des|de|au|a la|aupres du|aupres de la|of the|from the|with the) (?:${OTHER_BODIES})\\b`,
      // «webinaire Bpifrance», «the European Commission's webinar»: the body named right beside its offer.
      `\\b(?:${OFFERS}) (?:${OTHER_BODIES})\\b|\\b(?:${OTHER_BODIES})(?: s)? (?:\\w+ )?(?:${OFFERS})\\b`,
      `\\b(?:horaires?|heures? d ouverture|opening hours)(?: d ouverture)? (?:de la|du|de l|des|of the) (?:\\w+ )?(?:${OFFICES})\\b`,
      // «et celle de ma commune, elle paraît quand ?» after the newsletter: the user's own town's, not Chorus Pro's.
      `\\b(?:celle|celui|celles|ceux) (?:de|du|d) (?:ma|mon|notre|nos) (?:commune|ville|departement|region|federation|syndicat|chambre|cci|association|banque)\\b`,
      // «comment on s'inscrit sur la liste des experts de la cour d'appel ?»: becoming an expert, the court's list
      // (not «inscrit sur la liste…», who the writer is).
      `\\b(?:(?:on|je|nous|vous|se|s) inscri\\w*|inscrire|inscription|sincri\\w*|reinscri\\w*|figurer|entrer)\\b(?: \\w+){0,4} listes? (?:des |d |de )?(?:experts?|interpretes?|traducteurs?)\\b`,
      // «la formation dispensée par l'IGPDE», «la lettre éditée par la CCI»: the body named after its offer.
      `\\b(?:${OFFERS})\\b(?: \\w+){0,5} (?:dispensee?s?|organisee?s?|proposee?s?|animee?s?|donnee?s?|editee?s?|publiee?s?) par (?:la |le |l |les )?(?:${OTHER_BODIES})\\b`,
      // «la poste ouvre à quelle heure le samedi ?»: when that office opens.
      `\\b(?:la|le|l|les|the) (?:${OFFICES})(?: \\w+){0,2} (?:ouvre|ouvrent|ferme|ferment|opens?|closes?)\\b`,
      `\\b(?:formations?|webinaires?|cours|stages?|tutos?|tutoriels?|trainings?|courses?)(?: (?:\\w+ ){0,2}(?:sur|a|d|de|en|pour|on|in|of) (?:le |la |l )?(?:logiciel )?| )(?:${SOFTWARE})\\b`,
      // «une formation de secrétaire comptable diplômante»: a course leading to a diploma, not the portal's training.
      `\\b(?:formations?|cours|stages?|trainings?|courses?) (?:\\w+ ){0,3}(?:diplomante?s?|certifiante?s?|qualifiante?s?)\\b`,
      // «des cours d'anglais pour mes salariés», «English lessons»: learning a language; «webinars in English» is the language they are given in.
      `\\b(?:formations?|cours|stages?|trainings?|courses?|lessons?|classes?) (?:d |de |of )(?:anglais|english|langues?)\\b|\\b(?:english|anglais) (?:lessons?|classes?)\\b`,
      // «la procédure d'inscription sur la liste des experts», «comment je m'inscris sur la liste ?»: the
      // courts' own listing («interprète inscrite sur la liste des experts» only says who writes).
      `\\b(?:inscription|reinscription|(?:(?:me|se|nous|vous) |m ?|s ?)(?:re)?inscri(?:re|s|t|vent|vez|vons)|(?:re)?inscrire|candidater|candidature|figurer|admission) (?:sur|a|dans|pour) (?:la |les |une )?listes? (?:nationale |officielle )?(?:des |d )?(?:experts?|interpretes?|traducteurs?)\\b`,
      // «liste experts cour d'appel»: the list itself, named bare.
      `^(?:la |les |une )?listes? (?:des |d |de )?(?:experts?|interpretes?|traducteurs?)\\b`,
      // «pour trouver un expert à désigner, vous avez une liste ?»: a court looking for an expert, not an expert's fees.
      `\\b(?:trouver|choisir|designer|recruter|chercher|contacter) (?:un |une |des |l )?(?:autre )?(?:experts?|interpretes?|traducteurs?|traductrices?)(?: (?:a designer|disponibles?|agreee?s?|qualifiee?s?))?$`,
      // «la demande de temps partiel», «un impact sur ma prime»: one's own job, not the portal.
      `\\b(?:temps partiel|mi temps|rtt|fiche de paie|bulletin de (?:salaire|paie)|(?:mon|ma|mes|notre) (?:salaire|prime|primes)|teletravail|(?:poser|demande de) (?:des |mes )?conges?)\\b`,
      `\\b(?:la|le|l|the) (?:${OFFICES})(?: \\w+){0,2} (?:est|sont|sera|serait|is|will be)(?: \\w+)? (?:ouverte?s?|fermee?s?|open|closed)\\b`,
      // «à quelle heure ferme la déchetterie ?»: when that office closes.
      `\\b(?:heure|heures|time) (?:ferme|ferment|ouvre|ouvrent|closes?|opens?) (?:la|le|l|les|the) (?:\\w+ )?(?:${OFFICES})\\b`,
    ].join('|'),
  ),
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
      `\\b${ON_SITE}\\b.*\\b(?:${CREDENTIAL}|reinitialiser|reset|connecter|connexion|acceder|log in|sign in)\\b`,
      `\\b(?:${CREDENTIAL}|connecter|connexion|acceder|log in|sign in)\\b.*\\b${ON_SITE}\\b`,
    ].join('|'),
  ),
  // «ma connexion wifi saute», «mon ordinateur ne s'allume plus», «imprimante bloquée»: the user's own equipment.
  device: new RegExp(`\\b(?:${DEVICES}|${PRODUCTS})\\b(?: (?!(?:chorus|portail|site)\\b)\\w+){0,4} (?:${DOWN})\\b`),
  // «notre ERP SAP peut générer du Factur-X ? c'est quel setting ?», «Chorus can sync with QuickBooks?»:
  // how the user's own software is set up, read on the message's kept clauses together (READ_TOGETHER).
  software: new RegExp(`\\b(?:${PRODUCTS})\\b.*\\b(?:${SETUP})\\b|\\b(?:${SETUP})\\b.*\\b(?:${PRODUCTS})\\b`),
  // «quel opérateur vous me conseillez ?», «c'est quoi le best software ?»: which product or provider to pick;
  // «un bon hôtel près de la gare ?»: where to stay or eat on a trip.
  recommend: new RegExp(`${GOOD_PLACE}|\\b(?:quel|quels|quelle|quelles|which|what)(?: (?:est|sont|serait|is|are))?(?: (?:le|la|les|l|un|une|the|a))? (?:${VENDORS})\\b.*\\b(?:${ADVISE})\\b|\\b(?:${ADVISE})\\b(?: (?:me|nous|moi|vous))?(?: (?:quel|quels|quelle|quelles|un|une|des|le|la|les|a|an|any|the|which))? (?:(?:bon|bonne|good)s? )?(?:\\w+ )?(?:${VENDORS})\\b`),
  // «comment je supprime une facture restée en brouillon ?»: no article says how to delete one («je ne veux ni la supprimer…» does not ask).
  delete: /(?<!\b(?:ni|pas|sans|jamais|plutot que de|au lieu de) )\b(?:supprim(?:er|e|es|ez|ons)|effac(?:er|e|es|ez)|delete|remove) (?:d |de )?(?:le |la |les |un |une |mon |ma |mes |ce |cette |ces |l |the |my |this |a |an )?(?:\w+ )?(?:factures?|fact|brouillons?|doublons?|invoices?|drafts?)\b/,
  // «is there an English version of the portal?», «les webinaires sont en anglais ?», «comment changer la langue ?»: the language it is given in.
  language: new RegExp(
    `\\b(?:(?:${LANGUAGE_ADJECTIVES}) (?:version|interface|translation)|version (?:en |in )?(?:${LANGUAGE_ADJECTIVES})|(?:existe|existent|exist|exists|available|disponibles?|dispo|proposee?s?|offered|given|held|run|is|are|sont|est|traduite?s?|translated) (?:\\w+ )?(?:en|in|into) (?:${LANGUAGES})|(?:traduction|translation) (?:du|de la|de l|of the|of) (?:portail|site|interface|plateforme|portal|platform|website)|(?:changer|change|switch|passer|mettre)(?: \\w+)? (?:la |the )?(?:langue|language))\\b`,
  ),
  self: ABOUT_THE_ASSISTANT,
});
/** The portal's own account named with it («mon mot de passe Chorus et celui de ma boîte mail»): that part is answered. */
const OWN_ACCOUNT = new RegExp(
  `\\b(?:${CREDENTIAL}|compte|espace|acces|connect\\w*|connexion)(?: (?:de|du|sur|a|au|pour|on|to|for))? (?:(?:mon|ma|le|la|l|notre|my|our|the) )?(?:compte )?(?:chorus|portail)\\b|\\bchorus(?: pro)? (?:password|login|account)\\b`,
);
/**
 * A clause on the subject of a facet named elsewhere in the message: the account's («comment je le
 * réinitialise ?»), the software's set-up («how do we fix the interface?», «quel mapping ?»),
 * the country's («là-bas»).
 */
const STANDS_FOR: Readonly<Partial<Record<Facet, RegExp>>> = Object.freeze({
  account: new RegExp(`\\b(?:${CREDENTIAL}|connecter|connexion|reinitialiser|recuperer|boite|messagerie|mailbox|compte|espace|acces|reset)\\b`),
  software: new RegExp(`\\b(?:${PRODUCTS}|${SETUP}|interfaces?|export\\w*|factur x|format)\\b`),
  abroad: THERE,
  // «… comment je whitelist le site ?», «j'autorise les pop-ups où ?»: the browser's own settings.
  device: /\b(?:whitelist\w*|liste blanche|autoris\w* (?:le|ce|les) (?:site|pop ups?|popups?)|pop ups?|popups?|cookies?|bloqueur\w*|reglages? du navigateur|parametres? du navigateur|browser settings)\b/,
});

/** What an article's text must hold to answer the facet. */
const SAYS: Readonly<Record<Facet, RegExp>> = Object.freeze({
  price: /\b(?:gratuit\w*|payant\w*|prix|tarifs?|\d+(?: \d{3})* euros?)\b/,
  address: /\b(?:adresse postale|\d{5} [a-z]+|cedex|bp \d+)\b/,
  // A number of days for paying, not for processing («la MOE dispose de 7 jours pour la traiter» says when the MOE answers, not when the MOA pays).
  delay: /\b\d+ jours (?:\w+ ){0,3}pour (?:payer|regler|verser|virer|mandater)\b|\b(?:payee?s?|reglee?s?|versee?s?|virement|paiement|payer|regler) (?:\w+ ){0,3}(?:sous|dans les|en|a) \d+ jours\b|\bdelai (?:global )?de paiement (?:\w+ ){0,4}\d+ jours\b/,
  tax: /\b(?:tva|autoliquidation)\b/,
  abroad: new RegExp(`\\b(?:${COUNTRIES})\\b`),
  elsewhere: new RegExp(`\\b(?:${OTHER_BODIES})\\b`),
  account: new RegExp(`\\b(?:${OTHER_SITES}|gmail|outlook|hotmail|yahoo|microsoft)\\b`),
  // No article speaks of the user's equipment down: the words asked, which none holds.
  device: ASKS.device,
  // An article that names a software («envoyer depuis SAP») does not say how to set it up.
  software: ASKS.software,
  delete: /\b(?:supprim\w*|effac\w*)\b/,
  // No article names a provider or a product to pick: the words asked, which none holds.
  recommend: ASKS.recommend,
  language: /\b(?:en anglais|in english|version anglaise|english version)\b/,
  // No article speaks to the user about the assistant itself.
  self: ASKS.self,
});

/** Another site's account first: «je n'ai plus le mot de passe de mon espace impots.gouv» beside «ma déclaration de TVA» is about the password. */
const FACETS: readonly Facet[] = ['account', 'price', 'address', 'delay', 'tax', 'abroad', 'elsewhere', 'device', 'software', 'delete', 'recommend', 'language', 'self'];
/**
 * «c'est normal ce délai ?» asks about a payment's delay only when the message speaks of the
 * payment («elle est en mise en paiement depuis 45 jours, c'est normal ce délai ?»); after a ticket
 * left unanswered it is the support's delay, which the ticket article speaks of.
 */
const NORMAL_DELAY = /\b(?:(?:c )?est (?:normal|normale) (?:ce|un tel|un si long|autant de) (?:delai|temps|retard)|(?:ce )?delai (?:est |c est )?(?:il )?(?:normal|normale))\b/;
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
const DELAY_START = /\b(?:a partir de quand|a partir de laquelle|a partir duquel|depuis quand|quand (?:est ce que )?(?:commence|court|demarre|debute)|(?:commence|court|demarre|debute) (?:a partir de )?quand|point de depart|from when|when does (?:it|the \w+) start)\b/;
/** «il a combien de jours pour traiter ?», «que doit-on faire et dans quel délai ?»: the time to act on a request, not to pay it. */
const PROCESSING = /\b(?:faire|agir|traiter|viser|valider|verifier|examiner|instruire|repondre)\b/;
/** …unless the clause asks about paying itself («combien de temps pour valider et payer ?»). */
const PAY_VERB = /\b(?:payer|paie|paient|payent|regler|verser|virer|mandater|payee?s?|reglee?s?)\b/;
const PAYMENT = /\b(?:(?<!\bdemandes? de )(?:paiement|paiements)|payee?s?|payer|paye|paie|paient|payent|paiera|payera|paieront|payeront|reglee?s?|reglement|virement|virements|argent|mandatee?s?|mandatement)\b/;
/** Something said to be wrong: an address named with it is the problem, not a question. */
const WRONG = /\b(?:cloche|clochent|fausse|faux|erronee?s?|incorrecte?s?|inexacte?s?|mauvaise?s?|pas (?:la )?bonne?s?|pas a jour|erreur|se trompe\w*|wrong|incorrect)\b/;
/** A duration asked about: «combien» then counts time («par mois» is a price's rate, not a duration). */
const DURATION = /\b(?:delai|delais|duree|combien de temps|(?<!\bpar )(?:jours|semaines|mois)|deadline|deadlines|(?<!\bper )(?:days|weeks|months)|how long)\b/;

/** A request for light that names no subject: the sentences before it say what it is about. */
const VAGUE_ASK = /^(?:(?:pourriez|pouvez|pourrais|peux) (?:vous|tu) (?:m |me |nous )?(?:eclairer|renseigner|aider|repondre|en dire plus)|(?:merci de|je vous remercie de) (?:m |me |nous )?(?:eclairer|renseigner)|(?:que|qu) (?:me |nous )?(?:conseillez|recommandez|en pensez) vous|qu en est il|any advice|can you help|(?:(?:vous|tu) )?(?:savez|sauriez|sais|saurais)(?: vous| tu)? pourquoi|pourquoi|why|any idea(?: why| pourquoi)?)$/;

/** Facets read on the message's kept clauses together: the scene names the thing, the question asks about it. */
const READ_TOGETHER: ReadonlySet<Facet> = new Set<Facet>(['account', 'software']);

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
  const named = (f: Facet) => f === 'self' && ASSISTANT_NAMED.test(scene) && !SECOND_PERSON.test(scene);
  const skipped = (f: Facet) => (f === 'price' && counted) || (f === 'address' && wrong) || (f === 'delay' && fromWhen) || named(f);
  const paid = kept.some((c) => PAYMENT.test(c.text));
  // «nos clients publics sont en Espagne. Comment fonctionne l'obligation là-bas ?»: the country named before.
  const there = (c: Clause) => THERE.test(c.text) && ASKS.abroad.test(scene);
  // With a payment in the message, how long, when, or whether a time said is allowed asks its delay.
  const paymentDelay = (c: Clause) => paid && (PAY_VERB.test(c.text) || !PROCESSING.test(c.text)) && (NORMAL_DELAY.test(c.text) || HOW_LONG.test(c.text) || WHEN_PAID.test(c.text) || BARE_WHEN.test(c.text) || (ALLOWED.test(c.text) && TIME_SAID.test(scene)));
  const asks = (f: Facet, c: Clause) => ASKS[f].test(c.text) || (f === 'delay' && paymentDelay(c)) || (f === 'abroad' && there(c));
  // Another site's account is the subject unless the portal's own is named with it («mon mot de passe Chorus et celui de ma boîte mail»).
  const together = (f: Facet) => ASKS[f].test(scene) && !(f === 'account' && OWN_ACCOUNT.test(scene));
  return FACETS.find((f) => !skipped(f) && (READ_TOGETHER.has(f) ? together(f) : asking.some((c) => asks(f, c)))) ?? null;
}

const HOW_TO = /\b(?:comment|how(?! much| many| long)|de quelle (?:facon|maniere)|procedure|demarche|marche a suivre|where|existe|existent|is there|are there)\b|\bou(?= (?:je|j|on|nous|est ce|faut il|se trouve)\b|$)/;

/** The asking clauses also ask how to do something («cmt on s'inscrit, c gratuit ?»): that is answered. */
function asksHowTo(clauses: readonly Clause[]): boolean {
  return clauses.some((c) => c.question && !c.negated && HOW_TO.test(c.text));
}

/** «… c gratuit ? jminscris ou»: a question asked without its mark, a question word ending it. */
const ENDS_ASKING = /\b(?:ou|comment|quand|combien|how|where|when)$/;

/** «je la calcule comment ?», «comment leur proposer un article ?», «on s'inscrit comment ?»: a how-to whose object is a pronoun, or registering, asks about what was just named. */
const ABOUT_IT = /\b(?:je|j|on|nous|vous|il|elle)\s+(?:la|le|les|l)\b|\b(?:on|je|j|nous|vous)\s+(?:(?:me|se|nous|vous)\s+)?(?:inscri\w*|abonn\w*)|\bhow (?:do|can) (?:i|we) (?:register|sign up|enrol|enroll)$|\b(?:comment|how)\s+(?:leur|lui)\b|\b(?:ca|cela)\s+se\s+(?:calcule|declare|applique|facture|compte)\b/;

/** Facets a how-to still asks when it names them («la TVA, je la calcule comment ?», «comment s'inscrire à une formation du CNFPT ?»). */
const NAMED_IN_ITS_HOW_TO: ReadonlySet<Facet> = new Set<Facet>(['tax', 'abroad', 'elsewhere', 'account', 'device', 'software', 'delete', 'recommend', 'language', 'self']);

/** A clause on the facet's subject: it names it, stands for it by a pronoun, or by the words of its subject (STANDS_FOR). */
const onFacet = (c: Clause, facet: Facet) => ASKS[facet].test(c.text) || ABOUT_IT.test(c.text) || (STANDS_FOR[facet]?.test(c.text) ?? false);

/** An asking clause that does not name the facet (the tax, the country, the other body), nor stand for it by a pronoun, asks how to do something else. */
function asksAnotherHowTo(clauses: readonly Clause[], facet: Facet): boolean {
  return asksHowTo(clauses.filter((c) => !onFacet(c, facet)));
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
  if (NAMED_IN_ITS_HOW_TO.has(facet) ? asksAnotherHowTo(reading.clauses, facet) : !again && asksHowTo(reading.clauses)) return null;
  // «When will they pay us? The invoice was approved 45 days ago.»: the remark after the last question asks nothing.
  const parts = questionsOf(text).map((q) => readMessage(q).clauses);
  const remark = !/\?\s*$/.test(text) && !parts.at(-1)?.some((c) => c.question || ENDS_ASKING.test(c.text));
  const questions = (remark ? parts.slice(0, -1) : parts)
    .filter((clauses) => clauses.some((c) => !c.negated && !c.closing));
  if (!questions.every((clauses) => facetAsked(clauses) !== null || (READ_TOGETHER.has(facet) && clauses.some((c) => onFacet(c, facet))))) return null;
  return offered.some((id) => answers(id, facet)) ? null : facet;
}

/** A message not understood that asks a facet («c'est gratuit ?» after the webinars): what it asked, which the reply admits no article says. */
export function unsaidIn(reading: MessageReading): { unsaid?: Facet } {
  const facet = facetAsked(reading.clauses);
  return facet ? { unsaid: facet } : {};
}
