import { alternation, OTHER_BODIES as OTHER_BODY_NAMES } from './shared-phrases';

/**
 * The vocabulary of the facets (facets.ts): the countries, other bodies, sites, offices, equipment,
 * software and providers that a question names when it asks what no article says. Normalised text:
 * lower case, no accents, no elisions, single spaces; alternations to put in a pattern.
 */

/** Countries whose own e-invoicing rules users ask about («le seuil en Belgique», «KSeF in Poland»). */
export const COUNTRIES =
  'allemagne|belgique|pologne|italie|espagne|portugal|pays bas|autriche|germany|belgium|poland|italy|spain|netherlands|austria';
/** …and their adjectives («l'obligation belge», «German rules»). */
export const COUNTRY_ADJECTIVES =
  'belges?|espagnole?s?|italien(?:ne)?s?|allemande?s?|polonaise?s?|portugaise?s?|neerlandaise?s?|autrichien(?:ne)?s?|belgian|spanish|italian|german|polish|portuguese|dutch|austrian';
/** «là-bas», «over there»: the country named before in the message. */
export const THERE = /\b(?:la bas|over there|in that country|dans ce pays|chez eux)\b/;
/** What the reform sets: its thresholds, dates and duties. */
export const RULES = 'lois?|laws?|legislations?|seuils?|thresholds?|e reporting|reporting|obligations?|obligatoires?|mandate|mandatory|calendrier|timeline|regles?|rules|reglementation|ksef|xrechnung';
/** Other countries' public e-invoicing platforms («our Spanish invoices go through FACe», «le SDI italien»): the articles speak of Chorus Pro only. */
export const FOREIGN_PLATFORMS = '(?<=\\b(?:via|through|on|in|to|with|and|from|et|sur|par|avec|le|the|link|connect|relier|connecter|between|entre|platform|plateforme|portal|portail) )face\\b(?! (?:a|au|aux|to|of)\\b)|sdi|sistema di interscambio|mercurius|hermes|zre|ksef|nemhandel|svefaktura';

/** «et au Portugal, c'est pareil ?», «et côté Allemagne ?», «what about Spain?»: a clause that names only another country asks how it is there. */
export const ONLY_A_COUNTRY = `^(?:(?:et|and|mais|ok)\\s+)?(?:cote|du cote de|du cote d|en|au|aux|pour|in|for|what about|how about)\\s+(?:l\\s+|the\\s+)?(?:${COUNTRIES})(?:\\s+(?:c est pareil|c est la meme chose|aussi|alors|pareil|too|as well|the same))?$`;

/** Other bodies whose own newsletter, training or procedures users ask about (shared-phrases.ts). */
export const OTHER_BODIES = alternation(OTHER_BODY_NAMES);
/** Retail chains and their purchasing side: their own EDI is between private companies, not the portal's («un aménagement de carrefour» is a road junction). */
export const RETAIL_CHAINS =
  'grande distribution|grandes surfaces|super ?marches?|hyper ?marches?|enseignes? de (?:la )?(?:grande )?distribution|(?<!\\b(?:un|au|ce|les|aux|amenagement de|amenagement du|giratoire|rond point) )carrefour|leclerc|auchan|intermarche|lidl|retailers?|supermarkets?';
/** «… avec nos enseignes», «… with our retailers»: the chains named a few words after what is said of them. */
export const WITH_RETAIL_CHAINS = `(?: \\w+){0,5} (?:avec|chez|pour|with|for) (?:(?:nos|mes|les|des|la|our|the) )?(?:${RETAIL_CHAINS})\\b`;
/** What Chorus Pro also offers, which another body may have of its own («le numéro de téléphone de la DGFiP»). */
export const OFFERS = 'numeros?(?: de)? (?:telephone|tel)|telephone|coordonnees|adresses? (?:mail|e mail|email)|lettres?|newsletters?|formations?|webinaires?|webinars?|trainings?|sessions?|stages?|cours|comites?|instances?|celle|celui|celles|ceux|frais de greffe|audiences?|calendriers?(?: des audiences)?|support|assistance|hotline|helpline|standard|service client';

/** Other sites whose own accounts users ask the portal's bot about («mon espace impots.gouv», «net-entreprises»). */
export const OTHER_SITES =
  'impots(?: gouv)?|government gateway|hmrc|elster|net entreprises|ameli|urssaf|caf|msa|pole emploi|france travail|ants|linkedin|facebook|instagram|twitter|whatsapp|doctolib|leboncoin|' +
  // Video-call tools and the bank's own site («mon compte Teams», «celui de mon espace bancaire»).
  'teams|zoom|skype|slack|salesforce|banque(?: en ligne)?|(?:espace|site|appli|application|compte) (?:de (?:ma |la )?banque|bancaire)';
/** Mailboxes and their providers («ma boîte Gmail», «la messagerie de la mairie», «my Microsoft 365 mailbox»). */
export const MAILBOXES =
  'gmail|google|outlook|hotmail|yahoo|microsoft(?: 365)?|office 365|orange|free|sfr|laposte net|boite (?:mail|e mail|email|gmail|outlook|aux lettres)|messagerie|mailbox|webmail';
export const CREDENTIAL = 'mot de passe|mdp|password|identifiants?|code d acces|login';
/** The address one logs in with («l'adresse de connexion», «l'e-mail du compte», «my login e-mail»), not the password. */
export const LOGIN_ADDRESS =
  'adresse (?:e mail |mail |email |electronique |courriel )?(?:de connexion|servant (?:d |de )?identifiant)|identifiant(?: de connexion)?|adresse (?:e mail|mail|email|electronique|courriel)(?: (?:du|de mon|de notre|de ce|associee? (?:a|au)) compte)?|(?:e mail|email|mail|courriel) (?:de connexion|du compte)|(?:login )?(?:e mail|email)(?: address)?|login(?: address)?';
/** Changing it. */
export const CHANGE = 'modifier|modifie|modifiez|changer|change|changez|remplacer|remplace|mettre a jour|update|modification|changement|remplacement';
/** What a court makes a party pay («les dépens», «une amende»), which the party owes, not a provider's fees. */
export const COURT_DEBT = 'frais de justice|depens|amendes?|condamnation|frais de (?:procedure|proces)|court (?:costs|fees)|fines?';
/** The writer as the one who must pay («je dois payer», «dois-je régler», «I have to pay»). */
export const I_MUST_PAY =
  '(?:(?:je|on|nous|moi) (?:dois|devons|doit|vais devoir|devrai|devrais)|dois je|doit on|devons nous|(?:i|we) (?:must|have to|need to|ve got to)) (?:payer|regler|verser|rembourser|pay)';
/** An invoice said to have left («elle est bien partie», «je l'ai déjà envoyée»), not a draft. */
export const SENT =
  '(?:elle|elles|facture|factures|memoire|memoires) (?:est|sont|a ete|ont ete) (?:bien |deja )?(?:partie?s?|envoyee?s?|transmise?s?|deposee?s?|rejetee?s?|payee?s?|reglee?s?)|(?:au|en) statut rejetee?s?|(?:marquee?s?|affichee?s?|indiquee?s?|apparai(?:t|ssent)) (?:comme |en )?rejetee?s?|(?:est|sont) (?:bien|deja) (?:partie?s?|envoyee?s?|transmise?s?|deposee?s?)|deja (?:envoyee?s?|transmise?s?|deposee?s?)|(?:j ai|on a|nous avons|je l ai|on l a|je les ai|on les a) (?:deja |bien )?(?:envoye|envoyee|transmis|transmise|depose|deposee)|apres (?:l )?envoi|une fois (?:partie|envoyee|transmise|deposee)';
/** Correcting one's own: «je peux la corriger ?», «modifier ma facture» (not «on corrige le montant» of a contractor's statement). */
export const CORRECT = '(?:la|les|le) (?:corrig|rectifi|modifi)\\w*|(?:corrig|rectifi|modifi)\\w* (?:ma|mon|mes|notre|nos) (?:factures?|memoires?)';
/** Disputing an invoice's rejection with the buyer («contester ce rejet», «je peux contester auprès du client ?»). */
export const DISPUTE_REJECTION =
  'contest\\w* (?:(?:ce|le|un|son|leur|cette|la) )?rejets?\\b|contest\\w* aupres (?:du|de la|de l|des) (?:client|acheteur|service|destinataire|mairie|hopital)s?\\b|recours contre (?:le |ce |un )?rejet\\b';
/** The home network, whose password is named right after the word too («mdp wifi», «mdp box»). */
export const NETWORK = 'box(?: internet)?|livebox|freebox|bbox|wifi|wi fi|routeur|router|modem';
/** The user's own equipment, which has a password of its own («le mdp de ma box», «le mot de passe de mon ordinateur»). */
export const EQUIPMENT = `${NETWORK}|ordinateur|ordi|pc|laptop|computer|windows|telephone|phone|portable|smartphone|iphone`;
/** Words between a credential and whose it is: «le mot de passe de mon espace professionnel sur impots.gouv». */
export const WHOSE = '(?:(?:de|du|des|d|sur|pour|of|for|on|the|my|our|mon|ma|mes|la|le|l|notre|son|sa|espace|compte|account|professionnel|personnel|particulier|pro|perso|client) ){0,5}';
export const ON_SITE = `(?:sur|pour|on|for|a|au|to|into) (?:(?:mon|ma|l|le|la|my|the|site|de|du|espace|compte|professionnel|personnel|particulier|pro|perso|sur) ){0,4}(?:${OTHER_SITES})`;

/** Other software and skills users ask a training for («des formations Excel pour mes salariés»): not the portal's. */
export const SOFTWARE = 'excel|word|powerpoint|bureautique|sage|ciel|ebp|quickbooks|pennylane|comptabilite(?: generale)?|compta(?: generale)?';
/** Public offices and shops whose own opening hours users ask («la mairie est ouverte le samedi ?», «les horaires de la trésorerie», «un grossiste ouvert le samedi»). */
export const OFFICES = 'ambassade|ambassades|embassy|embassies|consulat|consulate|mairie|poste|bureau de poste|tresorerie|prefecture|sous prefecture|caf|urssaf|banque|sip|sie|service des impots|centre des impots|greffe|tribunal|post office|town hall|dechetterie|decheterie|dechetteries|piscine|mediatheque|bibliotheque|grossiste|grossistes|magasin|magasins|boutique|boutiques|supermarche|supermarches|quincaillerie|quincailleries';

/** The user's own equipment broken or down («ma box saute», «mon ordinateur ne s'allume plus», «imprimante bloquée»): no article's matter. */
export const DEVICES = '(?:notre|mon|nos|mes) (?:propre )?logiciels?(?: de (?:facturation|compta\\w*|gestion))?(?: interne)?|wifi|wi fi|box|routeur|modem|imprimante|printer|scanner|clavier|souris|ordinateur|ordi|pc|laptop|webcam|smartphone|navigateur|browser|firefox|chrome|edge|safari';
export const DOWN = 'en double|exporte plus|exportent plus|genere plus|generent plus|saute|sautent|plante|plantent|bloquee?|ne (?:s )?allume|(?:s )?allume plus|ne demarre|demarre plus|ne marche|marche plus|ne fonctionne|fonctionne plus|en panne|rame|redemarre|crash\\w*|grille|casse|keeps crashing|won t (?:start|turn on)|is down|est down|sont down|en rade|hors service|broke';

/** Invoicing and accounting software by name («notre ERP SAP», «QuickBooks», «Sage 100»), and the EDI transports («notre connexion AS2»): the articles name none. */
const BRANDS = 'sap|sage|cegid|ebp|odoo|quickbooks|pennylane|ciel|netsuite|xero|divalto|axonaut|stripe|qonto|shine|tiime|sellsy|zoho|evoliz|dolibarr|freshbooks|henrri|dougs';
/** The user's own software, by name, kind, or possessive and kind («notre software de billetterie», «mon logiciel de caisse»). */
export const PRODUCTS = `erp|progiciel|as2|sftp|ftps|pesit|(?:logiciels?|softwares?|outils?) de (?:gestion financiere|gestion comptable|comptabilite|compta|facturation)|(?:notre|nos|mon|mes|our|my) (?:logiciels?|softwares?|progiciels?) de \\w+|${BRANDS}`;
/** How that software is set up («c'est quel setting ?», «il faut un plugin ?», «le mapping des champs», «sync with QuickBooks»). */
export const SETUP = 'reconcil\\w*|(?:three|two|3|2) way match\\w*|rapprochements? (?:a trois|a 3|automatiques?)|fec|(?:fichiers? d )?ecritures comptables|exports? comptables?|rapprochements? (?:bancaires?|comptables?)|facture? x|facturx|settings?|parametrages?|parametrer|parametre|parametrent|parametrez|parametrons|configs?|configuration|configurer|configure|mapping|plugins?|plug ins?|add ons?|connecteurs?|connectors?|sync|syncs|synchronis\\w*|synchroniz\\w*|natif|native|nativement|natively|out of the box|templates?|modules?|certificats?|certificates?|compatibles?(?! (?:avec|with) (?:ca|cela|it|that|this)\\b)|compatibilite|compatibility|incompatibles?';
/** The portal supplying the software itself («c'est vous qui fournissez le logiciel ?», «does Chorus Pro provide invoicing software?»), not a writer who sells some. */
export const SUPPLIES_SOFTWARE = '\\b(?:vous|chorus(?: pro)?|le portail|la plateforme|you|it)(?: (?:qui|pro|also|aussi|meme|egalement))* (?:fourni\\w*|vend\\w*|propos\\w*|offr\\w*|distribu\\w*|provide\\w*|sell\\w*|supply|supplies|offer\\w*) (?:(?:aussi|egalement|meme|also) )?(?:un |le |les |des |votre |vos |a |an |the |your |any )?(?:propres? |own )?(?:logiciels?|software|progiciels?|outils? de facturation|invoicing tools?)\\b';

/** Products and providers one picks («quel opérateur vous me conseillez ?», «le meilleur logiciel de facturation»): the articles name none. */
export const VENDORS = 'operateurs?|prestataires?|logiciels?|plateformes?|pdp|editeurs?|outils?|erp|providers?|software|tools?|vendors?';
/** «un bon hôtel», «any good restaurant near…», «un hôtel près du tribunal»: a place to stay or eat, picked. */
export const GOOD_PLACE =
  '\\b(?:bons?|bonnes?|good|nice|decent|cheap)\\s+(?:hotels?|restaurants?|restos?|brasseries?)\\b|\\b(?:un|une|des|a|an|any)\\s+(?:hotels?|restaurants?|restos?)\\s+(?:pas chers?|near|close to|pres d\\w*|proches? d\\w*|a proximite)\\b';
export const ADVISE = 'conseill\\w*|recommand\\w*|recommend\\w*|suggere\\w*|suggest\\w*|compar\\w*|meilleure?s?|best|moins cher|cheapest';
/** «laquelle choisir ?», «which one should we pick?»: one of several to pick, named before. */
export const PICK_ONE = /\b(?:(?:lequel|laquelle|lesquels|lesquelles|which one|which ones)(?: (?:je|on|nous) (?:dois|doit|devons|devrais|devrait))?(?: (?:dois je|doit on|faut il|should (?:i|we)))? (?:choisir|prendre|retenir|privilegier|pick|choose|go with|take)|^(?:(?:any|a|some|your) )?(?:recommendations?|suggestions?|advice)$|^(?:(?:un|des|vos|votre) )?(?:conseils?|recommandations?)$)\b/;
/** The providers a writer may ask us to pick among (never the portal itself, «la plateforme»). */
export const PROVIDER_NAMED = /\b(?:operateurs?|prestataires?|plateformes? agre\w*|pdps?|editeurs?|logiciels?|erp|providers?|vendors?|software|solutions? de facturation)\b/;

/** The portal's own options a «laquelle prendre ?» may choose among («je vois Factures émises et Factures de travaux, laquelle prendre ?»). */
export const PORTAL_OPTIONS = /\b(?:factures? emises?|factures? de travaux|facturesemises|facturestravaux|cadres? de facturation|onglets?|menus?|boutons?|applis?|applications?|espaces?)\b/;
/** Languages a page or a session may be given in («le portail existe en anglais ?», «webinars in English?»). */
export const LANGUAGES = 'anglais|english|espagnol|spanish|allemand|german|italien|italian|neerlandais|dutch|portugais|portuguese';
/** …and as adjectives before or after the thing («la version anglaise», «an English version»). */
export const LANGUAGE_ADJECTIVES = 'anglaise?|english|espagnole?|spanish|allemande?|german|italienne?|italian|neerlandaise?|dutch|portugaise?|portuguese';

/**
 * «tu es un robot ?», «t'es qui toi ?», «are you a real person?», «tu sers à quoi ?»: the assistant
 * itself, asked in the second person («ClaudIA, c'est un robot ?» asks what the portal's
 * assistant is, which the support article says).
 */
export const ABOUT_THE_ASSISTANT = new RegExp(
  [
    '\\b(?:tu (?:es|est|etes)|t es|tes|es tu|est tu|es)\\s+(?:\\w+\\s+){0,2}?(?:qu\\s+)?(?:un|une|1)\\s+(?:(?:vrai|vraie|simple|pauvre)\\s+)?(?:robot|bot|chatbot|ia|intelligence artificielle|machine|humain|humaine|personne|etre humain|femme|homme)\\b|\\bt (?:1|un|une) (?:robot|bot|ia)\\b',
    '\\b(?:vous etes|etes vous)\\s+(?:\\w+\\s+){0,2}?(?:qu\\s+)?(?:un|une)\\s+(?:(?:vrai|vraie|simple)\\s+)?(?:robot|bot|chatbot|ia|intelligence artificielle|machine|etre humain)\\b',
    '\\b(?:t es|tu es|tes|es|t) (?:qui|ki)\\b|\\bqui (?:es tu|est tu|etes vous)\\b|\\b(?:tu|t) (?:sers|sert) a (?:quoi|rien)\\b|\\bqui (?:t a|vous a) (?:cree|creee|programme|programmee|fabrique|fabriquee|concu|concue|developpe|developpee)\\b',
    // «t ki toi ? 1 robot ?»: a question that is only «a robot?» asks what the assistant is.
    '^(?:un|une|1) (?:vrai |vraie )?(?:robot|bot|chatbot|ia|humain|machine)$',
    '\\b(?:quel age as tu|tu as quel age|comment tu t appelles|tu t appelles comment|raconte (?:moi |nous )?une blague)\\b',
    '\\bare you (?:\\w+ ){0,2}?(?:a |an )?(?:real |actual )?(?:bot|robot|chatbot|human|person|ai|machine)\\b|\\bwho (?:are you|made you|built you|created you)\\b|\\btell me a joke\\b',
  ].join('|'),
);

/** The portal's assistant named in the third person («ClaudIA», «votre robot», «le chatbot»). */
export const ASSISTANT_NAMED = /\b(?:claudia|clodia|(?:votre|le|la|l|cette|ce|your|the) (?:robot|bot|chatbot|assistante?|ia|assistant virtuel|assistante virtuelle))\b/;

/** The assistant addressed («tu», «toi», «t'es», «are you»). */
export const SECOND_PERSON = /\b(?:tu|toi|t es|tes|es tu|are you)\b/;
