/**
 * Synonyms and abbreviations, applied to normalised text (lower case, no accents, no elisions,
 * words separated by one space) on both the indexed articles and the user's question, so that
 * every variant becomes the same canonical token. Variants are regular-expression fragments
 * matched on whole words. Order matters: longer phrases first.
 */
import { THROUGH_ADVERBS } from './shared-phrases';
import { CHANGING, CONCEPTS } from './synonym-concepts';
import { rule, type SynonymTable } from './synonym-matcher';

/**
 * Who buys from a company (its own nationality is in scope: a foreign supplier may use the portal),
 * and the adjectives of the countries the boundaries name, by the stem of the country's name.
 */
const TRADER = '(?:clients?|clientes?|acheteurs?|donneurs? d ordres?)';
const COUNTRY_OF: Readonly<Record<string, string>> = Object.freeze({
  ital: 'italien(?:ne)?s?', allemagn: 'allemande?s?', espagn: 'espagnole?s?', belgiqu: 'belges?', suiss: 'suisses?',
  'royaum uni': 'britanniques?', canad: 'canadien(?:ne)?s?', 'etat unis': 'americain(?:e)?s?',
});

/**
 * «l avoir» without its apostrophe is the verb when an infinitive fits («je croyais l avoir
 * envoyée», «sans l avoir déposée»), not a credit note («et pour l avoir, je le dépose où ?» is one).
 */
const INFINITIVE_BEFORE = 'croy\\w*|crois|croit|cru|pens\\w*|sans|apres|dois|doit|devrais|devait|peux|vais|va|faut|sure?|certaine?|impression';
const PARTICIPLE_AFTER = 'envoy|depose|fait|recu|transmis|mis|valide|soumis|cree|saisi|enregistre|signe|rempli|termine|deja|bien';

/** A public buyer named after «par» («validée par la mairie», «payée par le lycée»), with its determiner. */
const BUYER_DETERMINER = '(?:la |le |l |mon |ma |leur |notre |son )?';
const BUYER_KINDS = 'mairie|client|cliente|hopital|chu|service|acheteur|collectivite|administration|comptable|ministere|conseil departemental|conseil regional|departement|region|lycee|college|ecole';
const BUYER = `${BUYER_DETERMINER}(?:${BUYER_KINDS})`;
/** …and the kinds that only the payment rule knows (a plural «s» may follow). */
const BUYER_MORE = `${BUYER_DETERMINER}(?:${BUYER_KINDS}|universite|prefecture|comm?une|ehpad|ccas|sdis|epci)`;

/** «(savoir|voir|vérifier…) si»: whether something happened to an invoice, the tracking rules' opening. */
const WONDER = '(?:savoir|voir|verifier|sais|sait|vois|verifie)';
const WONDER_IF = `${WONDER} si`;
/** The invoice that opening asks about: «elle», «ma facture», «nos factures»… */
const WHICH_INVOICE = '(?:elle|elles|ma facture|mes factures|la facture|les factures|notre facture|nos factures)';
/** «la facture que (j'ai envoyée le 3 mars)», «celle envoyée au lycée»: an invoice named by a relative clause or a participle. */
const INVOICE_THAT =
  '(?:(?:la|ma|mes|les|notre|nos|cette|ces) factures? |celles? )(?:(?:que|qu) (?:\\w+ ){1,8}?|(?:envoyee?s?|deposee?s?|transmise?s?|adressee?s?|emise?s?|soumise?s?) (?:\\w+ ){0,5}?)';
/** «(la commune) a bien mis ma facture en paiement», «… a reçu ma facture»: what a buyer did to an invoice, asked. */
const HAS_DONE = '(?:a|ont|aurait|auraient) (?:bien |deja )?';
const TO_AN_INVOICE = '(?:ma |mes |la |les |notre |nos |cette |ces )?(?:factures?|fact)';
const PUT_IN_PAYMENT = `mis ${TO_AN_INVOICE} en paiement`;

export const DEFAULT_SYNONYMS: SynonymTable = Object.freeze([
  // «je n'arrive pas à envoyer» is «je ne peux pas envoyer» (a modal, dropped as a stop word):
  // «arriver» then only means that something arrived («bien arrivée chez le client»).
  rule('peux', ['arriv(?:e|es|ent|ons|ez|er|ais|ait|erai|erais)(?= (?:pas |plus |toujours pas |jamais |meme pas |toujours |pas du tout )?a [a-z])']),
  // «elle est bien partie», «les factures sont déjà parties»: sent (no «partie» of the draft
  // article's «jamais partie», which the negation keeps).
  rule('envoi', ['(?<=\\b(?:facture|factures|elle|elles|il|ils|(?:facture|factures|flux|fichier|fichiers|elle|elles|celle|celles) qui) (?:est|sont|etait|etaient) (?:bien |deja |enfin |donc |bel et bien )?)parti(?:e|es|s)?\\b']),
  // «ça compte comme des travaux ?»: counting as, no account (a stop word replaces it).
  rule('est', ['(?<=\\b(?:ca|cela|ce|c|ils|elles|il|elle|qui|est ce que ca|est ce que cela) )compte(?:nt)?(?= (?:comme|pour|parmi|en tant que)\\b)']),
  // «il se débloque tout seul ?»: what was blocked («débloquer» alone is a word the base never uses).
  rule('bloqu', ['debloqu\\w*']),
  // «je suis taxi», «transport en taxi»: the stemmer cuts «taxi» to the «tax» of «taxe»; a driver is who writes.
  rule('chauffeur', ['taxis?']),
  // «transmission par EDI», «transmission via le portail»: sending by a channel (the stemmer leaves
  // «transmission» apart from «transmettre»; «la transmission des données» keeps its word).
  rule('envoi', ['transmissions?(?= (?:en|par|via) )']),
  // «et si elle dépasse les sept jours ?», «délai dépassé»: a time limit passed is a delay (the
  // stemmer cuts «dépasse» to «dep», a word only the late-payment boundary holds); a threshold
  // passed («dépasser le seuil») is not, nor a writer overwhelmed («je suis un peu dépassé», «ça me
  // dépasse») or «mot depasse» (glued).
  rule('retard', ['(?<!\\bmots? )(?<!\\b(?:ca|cela|ce|qui|tout ca) (?:me|nous) )(?<!\\b(?:suis|sommes|sens|sentais|sentons)(?: (?:un peu|completement|totalement|vite|carrement|bien|assez|franchement|grave|vraiment))? )depass(?:e|es|ee|ees|ent|ons|ez|er|era|erait|ait|aient|ement|ements)?(?! (?:(?:le|les|un|ce|ces|mon|notre) )?(?:seuils?|plafonds?|nombre|montants?|chiffre|taille|limite de taille)\\b)']),
  // «appuyer sur le bouton» is clicking (its stem «appui» had been slipped to «appli»).
  rule('cliqu', ['appu(?:y|i)(?:er|e|es|ez|ons|ent|ant)']),
  // «ça prend combien de temps ?»: a duration, nothing taken.
  rule('est', ['prend(?:ra|rait|nent|ront)?(?= (?:combien de (?:temps|jours|semaines|heures)|du temps|longtemps|plusieurs (?:jours|semaines)))']),
  // «comment on vous joint ?» is reaching the support, not an attachment («je vous joins la facture» keeps its word).
  rule('cptassistance joindre', ['(?:on |je |j |nous )?vous (?:joint|joins|joignons)(?! (?:la|le|les|l|un|une|des|ma|mon|mes|votre|vos|notre|nos|ce|cette|ces|ci)\\b)']),
  // «comment on joint quelqu'un ?», «je joins le support comment ?»: reaching a person, no attachment.
  rule('cptassistance joindre', ['(?:joint|joins|joignent|joignez|joignons) (?:quelqu un|une? (?:personne|agent|conseill(?:er|ere)|humain|interlocut(?:eur|rice)|technicien(?:ne)?)|(?:le |l )(?:support|assistance|service client|hotline))']),
  // «une idée pour le fix ?», «vous avez une idée ?»: asking for a way to do something, no idea
  // proposed to the newsletter («j'ai une idée pour la newsletter» keeps it); so does a sentence
  // that is only «une idée ?» after a problem told.
  rule('comment', ['(?:une |des )?idees?(?= (?:pour|de comment|sur comment) (?:(?:le|la|les|l|me|m|nous|y) )?(?:fix\\w*|regler|resoudre|reparer|corriger|debloquer|depanner|arranger|contourner|eviter)\\b)', '(?:vous avez|avez vous|auriez vous|vous auriez|tu as|t as|tu aurais|quelqu un a) (?:une |des )?idees?(?= *$| (?:pour|de comment|sur comment)\\b)', '(?<=^ )(?:une |des )idees?(?= *$)']),
  // «plombier à mon compte», «je suis à mon compte»: self-employed, no portal account (the
  // password article's «compte»).
  rule('independant', ['(?<=\\b(?:suis|sommes|installee?s?|etablie?s?|travaill\\w*|bosse\\w*|exerce\\w*|artisane?s?|plombiers?|electriciens?|peintres?|traiteurs?|macons?|menuisiers?|chauffagistes?|couvreurs?|paysagistes?|jardiniers?|consultante?s?|graphistes?|traducteurs?|traductrices?|interpretes?|architectes?|formateurs?|formatrices?|photographes?|infirmiere?s?|kines?|coiffeuse?s?|coiffeurs?) )a (?:mon|son|notre|leur|ton) (?:propre )?compte']),
  // Creating the account of a new structure («créer le compte de notre nouvelle filiale») is the
  // boundary «la création de compte», not a login that fails: one token only it holds.
  rule('creationcompte', ['cre\\w* (?:un |le |mon |notre |son |leur |nos |des )?(?:nouveaux? )?comptes?(?: chorus(?: pro)?)? (?:(?:de|d|pour|a|et) )?(?:la |le |l |notre |une |un |ma |mon |nos |leur |cette |ce )?(?:nouvelle |nouveau |autre |seconde |deuxieme )?(?:filiale|structure|entite|societe|etablissement|entreprise|association|collectivite|agence|succursale)s?']),
  // Getting onto the courts' list of experts or interpreters is no court's fees: one token that
  // only the boundary «devenir expert, interprète ou traducteur judiciaire» holds.
  rule('listeexperts', [
    '(?:inscri\\w*|candidat\\w*|figurer|admis\\w*|admission|reinscri\\w*) (?:sur|a|dans|pour) (?:la |les |une )?listes? (?:nationale |officielle )?(?:des |d )?(?:experts?|interpretes?|traducteurs?)(?: judiciaires?| assermentee?s?)?',
    'listes? (?:des |d )(?:experts?|interpretes?|traducteurs?)(?: judiciaires?| assermentee?s?)? (?:pres|de|d|aupres) (?:de )?(?:la |l |une )?(?:cour (?:d )?appel|tribunal|cour de cassation)',
  ]),
  // The maintenance of equipment («la maintenance des ascenseurs») is the upkeep of things, a
  // word of the user's trade that the base does not hold, not the portal's maintenance.
  // With its «d'» gone («maintenance d'ascenseur» reads «maintenance ascenseur»), the equipment follows the word itself;
  // after a contract, an invoice, a firm or a technician («nos factures de maintenance») it is a trade's work too.
  rule('entretien', ['maintenances?(?= (?:des|du|de la|de l|d) (?!(?:site|portail|chorus|plateforme|application|serveurs?|services? en ligne)\\b)\\w)', '(?<=\\b(?:la|une|les|des|nos|notre|ma|mes|sa|leur|en|contrats? de) )maintenances?(?= (?!(?:programmee?s?|prevue?s?|planifiee?s?|annoncee?s?|exceptionnelles?|regulieres?|nocturnes?|informatiques?|techniques?|en|terminee?s?|finie?s?|ce|cette|jusqu|aujourd|demain|du|de|des|est|sera|etait|a|et|ou|pour|sur|dure|depuis|chorus|portail|site|plateforme|svp|stp)\\b)[a-z]{4,})', '(?<=\\b(?:contrats?|factures?|facturation|prestations?|marches?|societes?|entreprises?|techniciens?|devis|abonnements?) de )maintenances?']),
  rule('maitrisedoeuvre', ['maitr(?:e|es|ise|ises) (?:d )?(?:de )?oeuvres?', 'moe', 'moes', 'maitre doeuvre', 'maitrise doeuvre']),
  rule('maitrisedouvrage', ['maitr(?:e|es|ise|ises) (?:d )?(?:de )?ouvrages?', 'moa', 'moas', 'maitre douvrage', 'maitrise douvrage']),
  // The password or account of another site («le mdp de ma banque en ligne», «my bank password»)
  // is no Chorus Pro login: one token that only the boundaries' «démarches d'autres administrations» hold.
  rule('acceshorschorus', [
    '(?:mots? de passe|mots? passe|mdp|password|identifiants?|codes? d acces|comptes?|acces|connexion)(?: (?:de|du|d|des|sur|a|au|on|for|of|to))?(?: (?:l|le|la|ma|mon|my|the|notre))?(?: (?:espace|lespace|site|portail|appli|lappli|application|lapplication)(?: (?:pro|client|perso|professionnel|en ligne))?(?: (?:de|du|d))?(?: (?:l|le|la|ma|mon|notre))?)? (?:banque|banques|bank|online banking|urssaf|impots|impot gouv|impots gouv|net entreprises|ameli|caf|pole emploi|france travail|messagerie|gmail|hotmail|outlook|yahoo|orange|wanadoo|laposte|sfr|free|bouygues)(?: en ligne| pro)?',
    '(?:online )?(?:bank|banking|urssaf|tax office|tax) (?:password|login|account|mots? de passe|mdp|identifiants?|comptes?|connexion)',
    // A mailbox's own password («le mot de passe de ma boîte mail Orange»); access to the account's mailbox is Chorus Pro's.
    '(?:mots? de passe|mots? passe|mdp|password)(?: (?:de|du|d))?(?: (?:l|le|la|ma|mon|notre))? boite (?:mail|e mail|email|aux lettres|de messagerie)(?! (?:du|de|de mon|de notre) (?:compte|chorus))',
    // The buyers' procurement platforms (PLACE, a profil acheteur) are other sites too.
    '(?:mots? de passe|mots? passe|mdp|password|identifiants?|codes? d acces|comptes?|acces|connexion) (?:(?:de|du|d|sur|a|au) )?(?:(?:l|le|la|ma|mon|notre) )?(?:(?:plateforme|site|portail|espace) )?(?:des marches publics|des achats de l etat|place|profil acheteur|marches securises|boamp)',
  ]),
  rule('motdepasse', ['mots? de passe', 'mots? passe', 'mdp', 'mdps', 'password', 'passwd', 'pwd', 'pw']),
  // The buyer's side: «une facture reçue» to reject, «nos factures reçues» to download, «le service fait» to certify
  // (a supplier's invoice «bien reçue par la mairie» is tracking, and keeps its words).
  rule('facturesrecues', ['(?<=\\b(?:une|les|nos|des|ces|cette|vos|leurs|aux|sur|rejeter|rejete|traiter|valider|suspendre|telecharger|integrer|importer|exporter|recuperer) )factures? recues?(?! (?:par|chez|a|au|aux|cote|by|bien)\\b)', 'recues? factures?', '(?<=\\b(?:une|la|les|des|cette|ces) )factures? (?:(?:que|qu) )?(?:on|nous|l on) (?:a|avons) (?:bien |deja )?recues?']),
  rule('servicefait', ['(?:(?:constat|certifi|attest)\\w* (?:du |le |de )?)?services? faits?']),
  // «c'est le code que j'ai perdu», «j'ai oublié mon code», «je me suis trompé de code»: the password in everyday words (no error or service code).
  rule('motdepasse', ['codes?(?= (?:que (?:j )?ai |qu on m a donne |que (?:j )?avais |(?:je|j|on) (?:l )?(?:ai|a|avais) )?(?:perdu|oublie|egare)\\b)', '(?<=\\b(?:le|mon|ce) )code(?= (?:est|etait|serait) (?:faux|incorrect|errone|invalide|refuse|mauvais)\\b)', '(?<=\\b(?:perdu|oublie|egare|refaire|changer|retrouver|tromp\\w* de|mauvais|faux) (?:mon |le |ce |mes |notre )?)codes?(?! (?:erreur|d erreur|service|postal|ape|naf|siret|engagement|d engagement)\\b)']),
  // «état d'acompte» is a document of works invoicing, not the state of something («l'état de ma facture»).
  rule('etatdacompte cptdecompte', ['etats? d acomptes?']),
  // «l'étape à laquelle elle se trouve»: a relative pronoun names nothing (a stop word replaces
  // it); «je prends laquelle ?» alone still asks which one.
  rule('dont', ['(?:a|dans|sur|par|pour|avec) (?:laquelle|lequel|lesquels|lesquelles)']),
  // «l'état (l'étape, le stade) de traitement (de ma facture)» is where it stands: the phrase becomes the tracking
  // concept alone, so that «état» and «traitement» do not point to a works statement to process.
  rule('cptsuivi', ['(?:etats?|etapes?|stades?) (?:de |d |du )(?:son |sa |leur |ses |mon |ma )?(?:traitement|avancement)',
    // «comment je sais s'ils l'ont reçue ?»: whether the buyer has it, followed on the portal.
    '(?<=\\b(?:sais|sait|savoir|voir|verifier) (?:si |s )?)(?:ils|elles|il|elle|on) (?:l |les |la )?(?:ont|a) (?:bien |deja )?(?:recue?s?|eue?s?)', '(?:a|ont|aurait|auraient) (?:bien |deja )?ete (?:traitee?s?|prise?s? en compte|prise?s? en charge)', '(?:a|ont|aurait|auraient) (?:bien |deja )?(?:traite|pris en compte|pris en charge|receptionne)(?= (?:ma|mes|la|les|notre|nos) factures?\\b)', '(?<=\\b(?:les|la|l) )(?:a|ont|avait|avaient) (?:bien |deja )?(?:traitee?s?|prise?s? en compte|prise?s? en charge|ouverte?s?|consultee?s?)', '(?=(?:a|ont|aurait|auraient) )(?<=\\b(?:ils|elles|il|elle|on) )(?:a|ont|aurait|auraient) (?:bien |deja )?(?:ouvertes?|consultees?|regardees?|lues?)\\b', '(?:a|ont|aurait|auraient) (?:bien |deja )?(?:ouvert|consulte|regarde|lu)(?= (?:ma|mes|la|les|notre|nos) factures?\\b)', `(?<=\\b${WONDER_IF} ${WHICH_INVOICE} )(?:est|sont) (?:bien |deja )?(?:traitees?|prises? en compte|prises? en charge|acceptees?|refusees?|rejetees?|validees?|receptionnees?)(?: ou (?:acceptees?|refusees?|rejetees?|validees?))?`, `(?<=\\b${WONDER}(?: (?:lui|elle|eux|moi|nous) memes?)? si (?:elle|elles|sa facture|ses factures|leur facture|leurs factures|ma facture|mes factures|la facture|les factures|notre facture|nos factures) )(?:est|sont|a ete|ont ete) (?:bien |deja )?(?:mises? a (?:dispo|disposition|disponible)|mises? en paie?ments?|mandatee?s?)\\b`, `(?<=\\b${WONDER_IF} ${INVOICE_THAT})(?:est|sont|a ete|ont ete) (?:bien |deja )?(?:mises? a (?:dispo|disposition|disponible)|mises? en paie?ments?|mandatee?s?)\\b`]),
  // «savoir si elles sont reçues ou payées», «voir si la facture que j'ai envoyée a été payée»: where it stands (and the payment, when named).
  rule('cptsuivi cptpaiement', [`(?<=\\b${WONDER_IF} ${WHICH_INVOICE} )(?:est|sont) (?:bien |deja )?(?:(?:recues? ou )?(?:payees?|reglees?)|(?:payees?|reglees?) ou recues?)`, `(?<=\\b${WONDER_IF} ${INVOICE_THAT})(?:a|ont) (?:bien |deja )?ete (?:payee?s?|payer|reglee?s?)\\b`], true),
  rule('cptsuivi', [`(?<=\\b${WONDER_IF} ${WHICH_INVOICE} )(?:est|sont) (?:bien |deja )?recues?`, `(?<=\\b${WONDER_IF} ${WHICH_INVOICE} )(?:a|ont) (?:bien |deja )?ete (?:lue?s?|ouverte?s?|consultee?s?|vue?s?|recue?s?|acceptee?s?|validee?s?|traitee?s?)\\b`, `(?<=\\b${WONDER_IF} ${INVOICE_THAT})(?:a|ont) (?:bien |deja )?ete (?:recue?s?|traitee?s?|acceptee?s?|validee?s?|mandatee?s?)\\b`], true),
  // «comment je saurai qu'ils l'ont traitée ?», «on va savoir quand elle est payée ?»: how one will know it was done asks where it stands.
  rule('cptsuivi', ['(?<=\\b(?:je|on|nous) )(?:saurai|saura|saurons|saurais|saurait|vais savoir|va savoir|peux savoir|peut savoir)(?= (?:si |que |qu |quand )?(?:\\w+ ){0,3}(?:traitee?s?|recue?s?|payee?s?|reglee?s?|validee?s?|acceptee?s?|mise?s? en paiement)\\b)'], true),
  // «elle ne répond pas correctement», «la facture est-elle correctement déposée ?»: done well,
  // no correction of an invoice (a stop word replaces it).
  rule('bien', ['correctement', 'convenablement', 'comme il faut', 'correctly', 'properly']),
  // «payée, mais seulement la moitié», «ils n'ont réglé qu'une partie»: a partial payment.
  rule('partiel', ['(?:seulement|juste|que|qu) (?:la moitie|une moitie|une partie|un tiers|un quart|les deux tiers|les trois quarts)', 'only (?:half|part)']),
  // «il fait quel temps demain ?», «il fera beau ?»: the weather, in so many words.
  rule('meteo', ['quel temps (?:il )?(?:fait|fera|va faire|annoncent|prevoit)', '(?:il )?(?:fait|fera|va faire) quel temps', 'il (?:fait|fera|va faire) (?:beau|chaud|froid|moche)']),
  // «nos clients italiens», «Italian clients»: a buyer abroad is the
  // country (the boundary of other countries' e-invoicing names them), not the language an
  // interpreter translates («interprète en italien» keeps its word).
  ...Object.entries(COUNTRY_OF).map(([country, adjective]) =>
    rule(country, [`(?<=\\b${TRADER} )${adjective}`, `${adjective}(?= ${TRADER}\\b)`], true),
  ),
  // «la manière de suivre…», «de quelle façon puis-je…»: how, said in more words (a stop word replaces it).
  rule('comment', ['(?:de quelle |la |une )(?:maniere|facon)(?: de| d| dont)?', 'par quels? moyens?']),
  // «je vous serais obligé de m'indiquer…» is a letter's politeness, no obligation (a stop word replaces it).
  rule('veuillez', ['(?:vous |nous )?(?:serai[st]?|serions) (?:tres |fort )?(?:oblige|obligee|obliges|obligees|reconnaissante?s?)']),
  // «en particulier» narrows, it is no private person («un particulier»): a stop word replaces it.
  rule('notamment', ['en particulier', 'in particular']),
  // «je n'ai aucune idée de…» is «I don't know», no idea to propose for the newsletter (a stop word replaces it).
  rule('rien', ['(?:aucune|pas d|pas la moindre|no|any) idee', 'no idea']),
  // «le mettre en attente au lieu de le rejeter»: holding a document back is suspending it (an
  // invoice «en attente» of payment keeps its words).
  // «la mettre en demeure», «une mise en demeure»: the formal notice before suing («demeure» alone is a story word).
  rule('miseendemeure', ['(?:mise?s?|mettre|mets|mettez|met|mettons) (?:la |le |les |l |lui |leur )?en demeure']),
  // «au statut Suspendue», «status suspended»: an invoice's status, where it stands, not a processing suspended.
  rule('cptsuspens', ['(?<!\\b(?:statuts?|status|etat) (?:en |au |a )?)suspend\\w*'], true),
  rule('cptsuspens', ['(?:mettre|mets|mettez|mis|mise) (?:le |la |les |l )?en (?:attente|pause|suspens)']),
  // «j'ai quoi comme autre solution ?», «qu'est-ce que je peux faire d'autre ?», «à part ça ?»: an
  // alternative to what was said before names no topic of its own (a stop word replaces it).
  rule('encore', ['(?:une |d |comme |quelle |quelles |des )?autres? (?:solutions?|options?|possibilites?|recours|alternatives?)', 'faire d autre', 'a part (?:ca|cela|elle|lui|vous|claudia)', 'anything else i can do', '(?:another|other) (?:way|option|solution)s?']),
  // «où en est ma facture», «elle est où ?»: where a thing stands, said in so many words — the
  // tracking concept and a token of its own, which «statut» (a draft's status, too) does not give.
  // «validée par la mairie», «acceptée (reçue) par le client»: what the buyer did with it, where it stands.
  // «le centre hospitalier» is a hospital (the articles say «hôpital», «CHU»).
  rule('hopital', ['centres? hospitaliers?(?: universitaires?| regionaux?| departementaux?)?']),
  // «par internet», «sur internet»: online, the portal («internet» alone would be slipped to «intérêt»).
  rule('portail', ['(?<=\\b(?:sur|par|via|en passant par) )internet']),
  // «toujours en cours de transmission», «en cours de transmission depuis 2 jours»: a sent invoice
  // that does not move is tracked (the status itself is the draft article's confirmation).
  // «lesquelles sont encore en attente», «still pending»: an invoice's status (waiting to be sent is the draft's).
  rule('cptsuivi', ['(?<=\\b(?:toujours|encore|sont|est|restee?s?|reste|restent|still|are|is) )en attente(?! (?:d )?envoi\\b)']),
  rule('cptsuivi', ['(?<=\\b(?:toujours|encore|bloquee?s?|restee?s?|reste) )en cours de transmission', 'en cours de transmission(?= depuis\\b)'], true),
  // An invoice that does not leave, in everyday words («elle ne part jamais», «toujours chez moi»,
  // «stuck on my side», «never got sent»): the draft article's case («facture pas partie»).
  rule('cptpasenvoyee', ['(?:part|partent|partait) (?:pas|jamais|toujours pas|plus)', '(?:est|sont|etait) (?:pas|jamais|toujours pas) (?:partie?s?|envoyee?s?)', '(?:pas|jamais) (?:partie?s?|envoyee?s?)(?= *$| (?:chez|alors|pourtant|mais|et)\\b)', '(?:non|pas|jamais) (?:transmise?s?|expediee?s?)(?= *$| (?:chez|alors|pourtant|mais|et|au|a la)\\b)', 'non (?:envoyee?s?|partie?s?)(?= *$| (?:chez|alors|pourtant|mais|et)\\b)', '(?:enregistree?s?|saisie?s?) sans (?:avoir ete |etre )?(?:envoyee?s?|transmise?s?|expediee?s?|validee?s?)', '(?:reste|restee?s?|coincee?s?|bloquee?s?|toujours|encore) (?:coincee?s? |bloquee?s? |la )?chez moi', '(?:chez moi|de mon cote) (?:elle |il )?(?:est|reste|sont|restent) (?:toujours|encore) la', 'never (?:got |been |was )?(?:sent|envoyee?)', '(?:still )?(?:shows? up|appears?|sits?) on (?:my|our) (?:side|end)', 'not (?:been )?(?:sent|envoyee?)', '(?:stuck|bloquee?) on (?:my|our) (?:side|end)', 'never (?:left|went out)'], true),
  // «je vois si elle l'a ouverte» (the «l'» is gone): whether the buyer opened it, where it stands.
  rule('cptsuivi', ['(?:a|ont) (?:bien |deja )?ouvertes?\\b']),
  // «facture bloquée hôpital»: an invoice stuck somewhere is where it stands, no locked account.
  rule('cptsuivi', ['(?<=\\b(?:factures?|elles?) (?:(?:de|des|du|pour) (?:\\w+ ){1,3}?)?(?:est |sont |reste |restent )?(?:toujours |encore |peut etre )?)bloquee?s?(?! (?:en|au|comme) (?:mode |statut |etat )?(?:brouillon|draft))'], true),
  // «mon client dit qu'il n'a jamais reçu ma facture»: not received, the draft article's first case (and tracking's).
  rule('cptnonrecue', ['(?:never|didn t|did not|haven t|have not|hasn t|has not) (?:got|get|gotten|recue?|recevoir)\\b', '(?:never|didn t|did not|hasn t|has not|haven t|have not) (?:arrivee?s?|arrive|arrived|came|come|reached)\\b', '(?:dit|disent|affirme|affirment|pretend|pretendent|assure|assurent) (?:ne |n )?(?:pas|rien|jamais) (?:l |la |les )?avoir(?: (?:recue?s?|eue?s?))?', `(?<=\\b(?:${BUYER_KINDS}|universite|prefecture|commune|clients|mairies|hopitaux|communes) (?:\\w+ ){0,4})(?:n )?(?:a|ont|aurait|auraient|la|las|lont) (?:jamais|pas|toujours pas|rien) (?:ete )?recue?s?\\b`, '(?:n )?(?:est|sont|etait|etaient) (?:jamais|toujours pas) arrivee?s? (?:chez|au|a la|a l|aux)\\b'], true),
  rule('cptsuivi', [`(?:validee?s?|acceptee?s?|approuvee?s?|traitee?s?|recue?s?|receptionnee?s?|prise?s? en compte) par ${BUYER}`], true),
  // «payée par le lycée», «réglée par la mairie»: whether the buyer paid, where it stands; which
  // buyer it is says nothing of the topic (one article's example names a lycée, another a mairie).
  rule('cptsuivi cptpaiement', [`(?:payee?s?|payer|reglee?s?|regler|mandatee?s?) par ${BUYER_MORE}s?\\b`]),
  // «ma facture est où ?», «mes factures sont passées où ?»: where an invoice stands.
  rule('cptsuivi', ['(?<=\\b(?:ma|mes|la|les|notre|nos|cette|ces|votre|vos) (?:\\w+ )?(?:factures?|fact) (?:(?:elle|elles) )?(?:est|sont|se trouve|se trouvent) (?:(?:passee?s?|partie?s?|allee?s?) )?)ou\\b'], true),
  // «la commune a mis ma facture en paiement ?»: whether the buyer is paying it, where it stands; which buyer put it there
  // says nothing of the topic (the articles' examples name a «commune» for drafts). «Elle est mise en paiement» alone is
  // the story of a payment late or a delay asked, no status wanted.
  rule('cptsuivi cptpaiement', [`(?<=\\b${HAS_DONE})${PUT_IN_PAYMENT}`], true),
  // …and so does the buyer who «a bien reçu ma facture» or «a payé ma facture» (asked whether; «n'a pas reçu», a draft's symptom, keeps its words).
  rule('cptsuivi', [`${BUYER_MORE}s?(?= ${HAS_DONE}(?:${PUT_IN_PAYMENT}|(?:recu|receptionne|valide|traite|accepte|paye|regle) ${TO_AN_INVOICE}\\b))`]),
  // «ma facture a été mise en paiement par le tribunal administratif»: who pays it says nothing of the topic (a court
  // would draw the court costs); the payment asked about is the invoice's status.
  rule('cptsuivi', ['(?<=\\ben paiement )par (?:le |la |l |les |notre |nos |mon |ma |mes |leur |son |sa )?\\w+(?: \\w+)?(?= *$| (?:ou|et|ou pas|ou non|svp|s il vous plait|merci|depuis|hier|le \\d+)\\b)']),
  // «le bouton est grisé»: a control that cannot be used, no «carte grise» (another public website).
  rule('desactive', ['(?<!\\bcartes? )grisee?s?']),
  rule('cptsuivi cptouenest', ['ou (?:elle |il |elles |ils |ca )?en (?:est|ai|es|sont|etait)', '(?:a )?(?:quelle|quel) (?:etape|stade|niveau) (?:elle |il |elles |ils |ma facture |la facture |mes factures |nos factures )?(?:en )?(?:est|sont|se trouve|se trouvent)', '(?<!(?:bouton|lien|menu|onglet|icone|rubrique|formulaire|champ|page|claudia|chatbot|robot|assistante?|fenetre de chat|webinaires?|replays?|videos?|tutoriels?|tutos?|ressources?|guides?)(?: \\w+){0,4} )(?:elle|il|elles|ils) (?:est|sont) ou(?! sur (?:l |le |la )?(?:ecran|page|site|portail)| dans (?:le |la )?(?:menu|page|ecran)| (?:\\w+ )?(?:le|la|les|l|ce|cet|cette|ces|votre|vos) (?:bouton|lien|menu|onglet|icone|rubrique|formulaire|champ|page|case|numero|code|reference|identifiant)s?\\b)', '(?:elle|il) en (?:est|etait) ou', 'ou (?:est|sont) (?:elle|il|elles|ils|ma facture|mes factures|notre facture|nos factures)', 'ou (?:est|sont) (?:passee?s?|partie?s?)(?= (?:ma|mes|notre|nos|la|les|cette) (?:factures?|fact)\\b)', '(?:elle|elles) (?:est|sont) (?:passee?s?|partie?s?) ou', '(?:ma|mes|la|les|notre|nos|cette) factures? (?:est|sont) (?:passee?s?|partie?s?) ou\\b(?! (?:pas|non)\\b)', '(?:ou|comment) (?:qu )?(?:elle|il|elles|ils|ca) (?:avance|avancent)'], true),
  // «aucune visibilité sur ma facture», «ce qu'elle devient»: where it stands; the words alone,
  // which no article uses that way, would count against it.
  rule('cptsuivi', ['visibilite', '(?:aucune|pas de|pas eu de|sans|no|any) (?:nouvelles?|news)(?! (?:factures?|fonctionnalites?|versions?|structures?|comptes?|demandes?))', 'ce (?:qu )?(?:que )?(?:elle |il |elles |ils )?(?:devient|deviennent|est devenue?|sont devenue?s|devenai(?:t|ent))', 'ce qu il (?:en )?advient']),
  // «rien ne bouge», «ça bouge pas»: nothing happens to it, where it stands (not «faire bouger» the portal).
  rule('cptsuivi', ['rien (?:ne )?boug(?:e|ent|er)', '(?:ne )?boug(?:e|ent) (?:pas|plus|toujours pas)', '(?:a|ont|as|avez) (?:bien |un peu |deja |enfin )?avancee?s?']),
  // «donner accès à mon comptable»: granting rights on the account, no login of one's own.
  rule('habilitation', ['(?:donn|ouvr|accord)\\w* (?:un |l |les |des )?(?:acces|droits?)']),
  rule('piecejointe', ['pieces? jointes?', 'pj', 'pjs', 'piece attachee', 'fichier joint']),
  rule('justificatif', ['pieces? justificatives?', 'justificatifs?', 'pieces? a fournir']),
  rule('ccag', ['cahier des clauses administratives generales', 'ccag travaux']),
  // The buyer's «profil acheteur» (where tenders are published) is one thing; «acheteur» alone is the
  // supplier's client («et pour l'acheteur ?»), as the articles say, unless a public one.
  rule('profilacheteur', ['profils? (?:d )?acheteurs?']),
  rule('client', ['acheteurs?(?! public)']),
  rule('edi', ['echanges? de donnees informatises?', 'e d i']),
  // «clavarder», «le clavardage» (Québec): chatting.
  rule('livechat', ['live chat', 'livechat', 'chat en ligne', 'tchat', 'tchatche', 'chatter en direct', 'messagerie instantanee', 'message instantane', 'clavard(?:er|age|e|es|ez|ons)']),
  rule('ipm', ['instance de pilotage mutualisee?', 'instance pilotage mutualisee?']),
  // The reform's platforms (PDP, PPF, «plateformes agréées») exist only through it: naming one names the reform
  // («agréées» reaches here as «agres» once its run of «e» is cut, «agréé» as «agree»).
  rule('b2b', ['b 2 b', 'b to b', 'business to business', 'btob', 'entre entreprises', 'pdps?', 'ppf', 'plateformes? (?:de )?dematerialisation partenaires?', 'portail public de facturation', 'plateformes? agre{1,3}s?', 'plateformes? privees?']),
  // The reform's «volet déclaratif» is e-reporting (the declaration of data, not of a court's fees).
  // «le reporting dont ils parlent», «e-repporting»: the reform's e-reporting, however spelt.
  rule('ereporting', ['(?:e |i )?rep+ort+ings?', 'e ?repor?ting', 'e ?rep+ort+(?:in[fgkn]?|ng|nig|igng)s?', '(?:volet|partie) declarati(?:f|ve)']),
  // «les données de paiement, il faut les transmettre ?»: what e-reporting declares besides the sales.
  rule('ereporting', ['donnees (?:de |des )?(?:paiements?|encaissements?)(?! (?:de|d|du|des|pour) (?:ma |mes |la |les |cette |notre |nos |une )?factures?\\b)']),
  // «les ventes à des particuliers, il faut les déclarer ?», «B2C»: what the reform's e-reporting declares.
  rule('ereporting', ['(?:ventes?|transactions?|operations?) (?:a|aux|avec|envers) (?:des |les |nos |mes )?(?:particuliers|consommateurs)', 'b2c', 'btoc', 'b to c']),
  // «des PDF de plus de 10 MB», «3 Mo», «trop lourd»: a file's size, the attachments' limit (a boundary), no volume of invoices.
  rule('taillefichier', ['\\d+(?:[.,]\\d+)? ?(?:mb|mo|go|gb|ko|kb|megas?|mega octets?|megaoctets?|megabytes?|gigas?)\\b', '(?:fichiers?|pdfs?|pieces? jointes?|documents?) trop (?:lourde?s?|gros|grosses?|volumineu(?:x|ses?))', 'poids en mo']),
  rule('newsletter', ['lettres? d information', 'lettres? information', 'newsletters?', 'news letter']),
  // «changer email connexion»: the login address to change (read before «email» takes the word).
  // «changer le mail de mon compte»: the address the account is known by.
  rule('cptadressemail', [`(?<=\\b(?:${CHANGING}) (?:le |l |mon |ma |notre |son |leur )?)(?:e ?e?mails?|mails?)(?= (?:de|du|sur|associe a|lie a) (?:mon |ma |notre |l |le |son |leur )?(?:compte|espace|profil|acces)\\b)`, `(?=(?:e ?e?mails?|mails?) (?:de )?connexion)(?<=\\b(?:${CHANGING}) (?:de |d )?(?:l |le |mon |ma |notre |son |sa |leur |la |une |un )?)(?:e ?e?mails?|mails?) (?:de )?connexion`, `(?<=\\b(?:${CHANGING}|change|changes) (?:le |la |l |the |my |mon |ma |notre )?)connexion e ?e?mails?`]),
  rule('email', ['e mails?', 'emails?', 'mails?', 'courriels?', 'mels?', 'adresse electronique']),
  rule('webinaire', ['webinaire?s?', 'webinars?']),
  // «mon expert-comptable» is the company's accountant, no court expert.
  rule('comptable', ['experts? comptables?']),
  // «passer par un opérateur (de dématérialisation)» is an EDI intermediary, not a person to talk
  // to; so is «notre / mon opérateur» (the writer's own provider; «vos opérateurs» are the support's).
  rule('conseiller', ['conseill(?:er|ers|ere|eres)', `(?<!(?:passer|passe|passons|passez|passent|recours a)(?: (?:${THROUGH_ADVERBS.join('|')}))? par (?:un|une|des|l|le) |via (?:un |des )?)(?<!^ ?(?:et |ou |ou alors |sinon |ou bien )?par (?:un|une|des|l|le) )(?<!\\b(?:notre|nos|mon|mes|leur|leurs) )(?<!\\b(?:parametr|configur|install|raccord|integr|branch|connect)\\w* par (?:(?:un|une|des|l|le|notre|nos|mon|son|leur) )?)(?<!\\b(?:quel|quels|quelle|quelles|bon|bons|meilleur|meilleurs) )(?<!\\b(?:faut il|faut|faudra t il|faudrait il) (?:un |une )?)operat(?:eur|eurs|rice|rices)(?! de dematerialisation| edi| pdp| de flux)`, 'agents?', 'humains?', 'interlocut(?:eur|eurs|rice)', '(?:une |vraie |vraies )personnes?', 'etre humain', 'vrais? gens']),
  rule('rendezvous', ['rendez vous', 'rdv']),
  rule('fraisdivers', ['frais divers'], true),
  rule('fraisdejustice', ['frais de justice', 'frais justice'], true),
  rule('facturestravaux', ['factures? de travaux', 'factures? travaux'], true),
  rule('facturesemises', ['factures? emises?'], true),
  rule('chorus', ['chorus pro', 'choruspro', 'cpro']),
  // A credit note is a portal topic of its own, not the verb «avoir» (a stop word); «avoir sur facture déjà payée»
  // opening a message, an «avoir partiel», are one.
  rule('avoircredit', ['(?:un|des|les|mon|mes|cet|ce|notre|nos|votre|vos|d un|an|the|my|our|your) avoirs?', '(?<=^ )avoirs?(?= sur (?:la |ma |une |un |1 |cette |notre |nos |mes |les )?fact\\w*\\b)', 'avoirs?(?= (?:partiel|total)s?\\b)', '(?<=\\b(?:exemples?|modeles?|templates?|emission|creation|saisie|numero|montant|type|format) (?:d |de )?)avoirs?\\b', `(?<!\\b(?:${INFINITIVE_BEFORE}) )l avoirs?(?! (?:${PARTICIPLE_AFTER})\\w*)`, 'notes? de credit', 'credit notes?']),
  ...CONCEPTS,
  rule('soustraitant', ['soustraitants?', 'sous traitants?', 'sous traitance']),
  rule('cotraitant', ['co traitants?', 'cotraitants?']),
]);
