/** The concept rules that synonyms.ts spreads into its table, with the patterns only they use. */
import { rule, type SynonymRule } from './synonym-matcher';

/** Changing something («changer mon adresse de connexion», «modifier le mail de connexion»). */
export const CHANGING = 'changer|modifier|remplacer|mettre a jour|changement|modification|remplacement';

/** «8 000 factures par mois», «10k invoices a month», «des milliers de factures par an»: a volume, the case EDI is for. */
const VOLUME = '(?:\\d{3,}|\\d+ \\d{3}|\\d+k|milliers|centaines) (?:de )?(?:factures?|invoices?) (?:par|chaque|tous les|a la|au|per|a|each|every) (?:mois|an|annee|semaine|jour|month|year|week|day)s?\\b';

/** «suivre un webinaire, une formation»: attending it, no invoice followed. */
const NOT_A_TRAINING =
  '(?! (?:un|une|le|la|les|des|ce|cette|ces|nos|vos|mon|ma|mes|notre|votre|l) (?:\\w+ )?(?:webinaires?|webinars?|formations?|cours|stages?|sessions?|tutos?|tutoriels?|ateliers?|conferences?|modules? de formation)\\b)';
/** «des webinaires à suivre», «quelles formations suivre ?»: the training is named before the verb, still attended. */
const AFTER_A_TRAINING = '(?<!\\b(?:webinaires?|webinars?|formations?|cours|stages?|sessions?|tutos?|tutoriels?|ateliers?|conferences?|modules?) (?:a )?)';

/**
 * Concepts of the portal's domain: the words keep their place and gain a shared concept token,
 * so that «tuto», «guide pas à pas» and «webinaire» meet one another (knowledge/README.md).
 */
export const CONCEPTS: readonly SynonymRule[] = [
  // Who chooses what is published is an editorial board («qui décide si mon article est publié ?»), not the portal's governance.
  rule('cptredaction', ['comites? de redaction', 'qui (?:decide|choisit|valide|selectionne|tranche)\\w* (?:si |quels? |quelles? |ce qui |ce qu )?(?:\\w+ ){0,3}(?:publie|publiee|publies|publiees|publication|parai\\w*)', 'etudiee?s? par (?:le|un) comite', '(?:qui|c est qui qui|c est qui) (?:decide|choisit|selectionne|valide|retient|fixe)\\w* (?:les |des |quels? |quelles? )?(?:sujets?|articles?|themes?|contenus?|rubriques?)'], true),
  // An amount other than the one expected: «a mis 62 000 au lieu de 58 500», «montant erroné».
  rule('cptecartmontant', ['\\d+(?: \\d{3})* (?:euros? |eur |e )?au lieu (?:de|d)(?= \\d)', 'ecarts? de montants?', 'erreurs? de montants?', 'differences? de montants?', 'montants? (?:faux|fausse|erronee?s?|incorrecte?s?|inexacte?s?)', 'trompee?s? (?:de|dans le|sur le) montant'], true),
  rule('cptformation', ['formations?', 'se former', 'webinaire?s?', 'webinars?', 'seminaires?', 'tutos?', 'tutoriels?', 'videos?', 'guides?(?: pas a pas)?', 'fiches? pratiques?', 'modes? d emploi', 'documentations?', 'apprendre', 'prise en main', 'visios?', 'visioconferences?', 'en distanciel', 'seances? (?:d apprentissage|de formation|d initiation|en visio|a distance|de prise en main)', 'apprentissage', 'en presentiel', 'e learning', 'elearning', 'onboarding', 'initiation', 'accompagnements?'], true),
  // «des cours quelque part ?»: a course; the word itself is not kept, its stem is a court's («cour d'appel»).
  rule('cptformation', ['(?<!\\b(?:en|au|le|du) )cours(?= (?:pour|sur|en ligne|a distance|quelque part)\\b| *$)']),
  rule('cptassistance', ['assistance', 'support', 'hotline', 'qui (?:je |j |on |nous )?(?:peux |peut |pourrais |dois |doit |puis )?(?:appeler|telephoner|contacter)', 'service client', 'canaux(?: d aide| d assistance| de contact)?', 'moyens? de contact', 'joindre', 'contacter', 'nous contacter', 'aide en ligne', 'a qui (?:je |on )?(?:m |s |me |se |nous )?adress\\w*', '(?:je |on |nous )(?:m |s |me |se |nous )?adress\\w* a qui', 'vers qui', '(?:je |on )?vous ecri\\w*', '(?:j |je |on )ecri[st]? ou', 'ecri[st]? a qui', '(?:ou|a qui) (?:j |je |dois je |puis je |faut il |peut on )?ecrire', '(?:poser|pose) (?:la|ma|une|cette) question a quelqu un', '(?:poser|pose|posez) (?:la|ma|une|mes|nos|cette|des) questions? (?:ou|a qui)', 'demander a quelqu un', '(?:est ce qu )?(?:il )?(?:ya|y aura)(?: t il)?(?: encore| toujours| bien)? quelqu un(?! (?:qui (?:a|ont|m a|l a|aurait)|ici)\\b)', '(?:avoir|obtenir|obtiens|obtient|trouver|tomber sur)(?= (?:un |une |enfin |quand meme )?(?:vraie? )?(?:quelqu un|conseill(?:er|ere)|agent|humain|interlocut(?:eur|rice))\\b)', 'who (?:do i|should i|can i) (?:contact|ask|write to)'], true),
  rule('cptproposer', ['idees?', 'propos(?:er|e|es|ition|itions)', 'sugger(?:er|e|ez)', 'suggestions?', 'soumettre', 'contributions?', 'contribuer', 'temoignages?', 'retours? d experience', 'partager'], true),
  rule('cptevolution', ['evolutions?', 'ameliorations?', '(?:modifications?|changements?) (?:du|de|des|sur le|sur la|dans le) (?:site|portail|chorus(?: pro)?|plateforme|logiciel|application)', 'ameliorer (?:le |la )?(?:site|portail|chorus(?: pro)?|plateforme)', 'nouvelles? fonctionnalites?', 'fonctionnalites?', 'feuille de route', 'roadmap', 'prioris(?:er|ee|ees|es|ation)', 'arbitrages?', 'gouvernance'], true),
  // The invoice status «Mise à disposition» (not «mis à la disposition des fournisseurs», «à votre disposition»).
  rule('misedisposition', ['mises? a disposition']),
  // The account's e-mail address (changing it is an account setting), not an e-mail received.
  // «l'adresse mail avec laquelle je me connecte»: the login, no address to change.
  rule('identifiant', ['(?:l |mon |ma |notre )?adresses? (?:e )?(?:email|mail|mel|courriel) (?:avec (?:laquelle|lequel)|par laquelle|qui (?:me |nous )?sert a|que j utilise pour) (?:je |j |on |nous )?(?:me |m |se |nous )?(?:connecte\\w*|identifie\\w*|logg?ue\\w*)']),
  rule('cptadressemail', ['adresses? (?:e )?(?:email|mail|mel|courriel|electronique)s?(?: de connexion)?', `(?<=\\b(?:${CHANGING}) (?:de |d )?(?:l |mon |ma |notre |son |sa |leur |la |une )?)adresses? de connexion`, 'e ?mail address(?:es)?', 'login e ?mail']),
  rule('cptconnexion', ['connexion', 'connecter', '(?:r)?entr(?:er|e|es|ons|ez) (?:dans|sur) (?:mon |notre |le |l |la )?(?:compte|espace|portail|site|chorus(?: pro)?|plateforme|appli\\w*)', '(?<=\\b(?:arriv\\w*|peux|pouvons|parvien\\w*|parven\\w*) (?:plus|pas) a )(?:r)?entrer\\b', '(?<=\\b(?:peux|peut|pouvons|pouvez|puis) (?:plus|pas) )(?:r)?entrer(?= $)', 'connecte', 'acces', 'acceder', 'identifiants?', 'login', '(?<!\\b(?:la|les|(?:factures?|elles?)(?: est| sont| is| are| reste| restent| restee?s?| demeure)?(?: toujours| encore| still| peut etre)?|ca|cela|qui) )bloquee?(?! tout\\b)', 'verrouillee?', 'debloquer', 'reinitialis(?:er|ation|e)'], true),
  // «je n'arrive plus à m'authentifier»: failing to authenticate, without an object, is logging in («une clé pour s'authentifier», «authentification» stay the API's words, boundaries.yaml).
  rule('cptconnexion', ['(?<=\\b(?:plus|pas|jamais|impossible|mesure|arrive|arrivons|parviens|parvenons) (?:a |de )?)authentifi(?:er|e|es|ez|ons)(?! (?:la|le|les|l|une|un|des|ma|mon|mes|nos|vos|votre|notre|sa|son|ses|cette|ce|ces)\\b)']),
  rule('cptpaiement', ['payee?s?', 'paiements?', '(?<!\\bse )regle(?:e|es|s)?(?! (?:(?:le|ce|mon|ma|notre|nos|les|ces|son|sa|leur|votre|vos|cet|cette) )?(?:probleme|souci|bug|dysfonctionnement|blocage|incident|difficulte|litige)s?\\b)', 'reglements?', 'virements?', 'mandate(?:e|es|ment)?', 'centimes?', 'impayee?s?', 'payer', 'paye'], true),
  // Following one's ticket («suivi de mon ticket») is the ticket's matter, not an invoice's tracking.
  rule('cptdemande', ['(?:suivi|suivre|avancement|etat|statut)s? (?:de |du |d |of |on )?(?:mon |ma |le |la |notre |mes |nos |my |our |the )?(?:tickets?|demandes? (?:(?:d )?aide|au support|(?:d )?assistance))'], true),
  // A company's legal form («le meilleur statut, micro ou EURL ?», «statut juridique») is no invoice's status.
  rule('cptsuivi', ['ce qu il en est', '(?<!\\b(?:meilleur|best|changer de|changement de|choisir (?:un |le |mon |son )?) )statuts?(?! juridiques?\\b)(?!(?: \\w+){0,6} (?:micro|eurl|sarl|sasu?|eirl|auto entrepreneurs?|micro entrepreneurs?|micro entreprises?|entreprise individuelle)\\b)', 'avancement', `${AFTER_A_TRAINING}suivre${NOT_A_TRAINING}`, `suivi${NOT_A_TRAINING}`, `(?:on |je |il |elle )suit${NOT_A_TRAINING}`, 'etats? (?:de|des) (?:ma |mes |la |les |nos |vos |notre |votre |cette |ces )?factures?', 'etats? (?:de |du )?traitement', '(?:je |j )sui[st]?(?= (?:ma|mes|nos|notre|votre|vos|cette|ces|la|les|une|des) (?:factures?|fact|demandes?|dossiers?|paiements?))', '(?<=\\b(?:je|j|on) (?:la|le|les|l) )sui[st]?(?= (?:ou|comment)\\b)', '(?<=\\b(?:je|j|on) )sui[st]? (?:ca|cela)(?= (?:ou|comment)\\b)', 'suivent', 'suivez', 'surveill\\w+', 'etapes?(?! pour\\b)', 'tracking', 'historique', 'tracabilite',
    // «elle est où ?», «a-t-elle bien été reçue ?»: where an invoice stands, in the users' words.
    // «ce qu'ils en ont fait», «ce qu'est devenue ma facture»: what became of it.
    'ce (?:qu |que )?(?:ils?|elles?|on) en (?:ont|a|avaient|avait) fait', 'ce (?:qu |que )?(?:(?:elle|il|elles|ils) (?:est|sont) |est )devenue?s?\\b',
    'bien (?:ete )?(?:recue?s?|arrivee?s?)', '(?=(?:a|ont) (?:bien )?recu)(?<=\\b(?:savoir|voir|verifier|sais|sait|vois)(?: pas)? si (?:\\w+ ){1,3})(?:a|ont) (?:bien )?recue?s?\\b', '(?<=\\b(?:a|ont) )ete (?:recue?s?|ouverte?s?)'], true),
  rule('cptflux', ['en masse', 'automatiquement', 'automatique', 'erp', 'logiciels?(?: de facturation| de gestion| comptables?)?', 'systemes? d information', '(?<=\\b(?:notre|nos|mon|mes|leur|leurs|son|ses) )systemes?(?: informatiques?| de gestion| de facturation| comptables?)?', 'sap', 'flux', 'integration', 'raccord(?:er|ement)', 'operateurs?(?: de dematerialisation| edi| pdp)?', 'prestataires?', 'saisie manuelle', 'une par une', 'un par un', 'par lots?', 'connecteurs?', VOLUME], true),
  // «vous organisez des webinaires ?» asks whether there are any: holding an event is a light verb
  // (a stop word replaces it); its stem would be that of the boundaries' «organismes».
  rule('faire', ['organis(?:e|es|ez|ent|er|ons|ee|ees|ait|aient|era|eront|erez)']),
  // «les coordonnées du MOA sont fausses»: the addressing data of a recipient (the bank's
  // «coordonnées bancaires» are a boundary), said to be wrong.
  rule('adressag', ['coordonnees(?= (?:du |de la |de l |des |d )?(?:moa|moe|maitres? d (?:ouvrage|oeuvre)|maitrises? d (?:ouvrage|oeuvre)|destinataires?|acheteurs?|services? destinataires?))']),
  rule('incorrect', ['fausses?', 'faux', 'erronee?s?', 'inexacte?s?']),
  // «la voirie» (road works) is kept as itself: stemmed, it would be the verb «voir».
  rule('cpttravaux voirie', ['voiries?']),
  // The building trades, a works contract's co-contractors and what they redo («je suis couvreur», «cotraitant», «le lot plomberie», «la réfection
  // de la toiture», «je refais les sols de la salle des fêtes»): works, whoever names them.
  rule('cpttravaux', ['cotraitants?', 'co traitants?', 'cotraitances?', 'couvreurs?', 'carreleurs?', 'plombiers?', 'macons?', 'menuisiers?', 'charpentiers?', 'plaquistes?', 'platriers?', 'chauffagistes?', 'zingueurs?', 'etancheurs?', 'terrassiers?', 'peintres? en batiment', 'lots? (?:plomberie|menuiseries?|electricite|gros oeuvre|peinture|carrelage|charpente|couverture|chauffage|platrerie|maconnerie)', 'refections?', '(?:refai\\w*|refont|refera\\w*) (?:le |la |les |l |tout le |toute la |tous les )?(?:toits?|toitures?|sols?|facades?|cuisines?|salles?|peintures?|electricite|plomberie|chauffage|isolation|murs?|couvertures?|menuiseries?|carrelages?)\\b'], true),
  rule('cpttravaux', ['chantiers?', 'marches? de travaux', 'btp', 'situations?(?: de travaux)?', 'batiments?', 'renovations?', 'construction', 'gros oeuvre', 'travaux publics', 'ravalements?', 'facades?', 'toitures?', 'charpentes?', 'maconnerie', 'terrassements?', 'repeindre', 'repein(?:s|t|ons|ez|nent)', 'travaux de peinture', 'peintures? (?:des|du|de la|de l) (?:bureaux|locaux|murs|salles?|batiments?|ecoles?|facades?)', 'couverture', 'gros travaux'], true),
  rule('cptprive', ['entreprises? privees?', 'clients? prives?', 'boites? privees?', 'societes? privees?', 'cliniques? privees?', 'etablissements? prives?', 'entre entreprises', '(?:a |aux |avec )?(?:d )?autres (?:entreprises|societes|boites|professionnels)', '(?:qu est ce qui|ce qui|qu est ce que ca|quoi) (?:va|vont) (?:changer|evoluer)(?! (?:\\w+ ){0,2}(?:mot de passe|mdp|identifiants?))', 'reforme', 'generalisation', 'obligatoires?', 'obligation', 'auto entrepreneurs?', 'micro entrepr\\w+'], true),
  rule('cptfrais', ['timbres?', 'affranchissements?', 'postaux', 'postales?', 'recommandees?', 'billets?', 'trains?', 'peages?', 'hotels?', 'repas', 'kilometriques?', 'deplacements?', 'trajets?', 'carburant', 'essence'], true),
  rule('cptjustice', ['experts?', 'expertises?', 'interpretes?', 'traduct(?:eur|eurs|rice|rices)', 'enquet(?:eur|eurs|rice|rices)', 'juges?', 'tribuna(?:l|ux)', 'cour (?:d )?appel', 'greffes?', 'memoires?', 'judiciaires?', 'jaf'], true),
  rule('cptdecompte', ['decomptes?', 'acomptes?', 'demandes? de paiement', 'demandes? (?:du mois|mensuelles?)(?! (?:dernier|derniere|precedent|precedente|passe|passee)\\b)', 'architectes?'], true),
  rule('cptweekend', ['week ends?', 'weekends?', 'samedis?', 'dimanches?', 'jours? feries?'], true),
  // Available at any hour («elle marche aussi la nuit ?», «ouvert le soir», «24 h/24»): the support's
  // hours, though «nuit» and «soir» alone are story words (general-words.ts).
  rule('cptjouretnuit', ['(?:ouverte?s?|disponibles?|dispo|joignables?|marche|marchent|fonctionne|fonctionnent|repond|repondent|accessibles?|available|open|works?) (?:\\w+ ){0,2}(?:la nuit|le soir|de nuit|en soiree|at night|in the evening|overnight)', '24 ?h ?24', 'h ?24', 'jour et nuit', '(?:24|vingt quatre) ?h(?:eures)? sur (?:24|vingt quatre)', '7 ?j ?7', '(?:7|sept) jours sur (?:7|sept)', '24 ?7', 'around the clock', 'day and night'], true),
  // How soon the support answers: the articles say «vous répond dans les meilleurs délais».
  rule('cptdelaireponse', ['dans les meilleurs delais', 'delais? de (?:reponse|traitement des demandes)', '(?:repond\\w*|reponses?) (?:\\w+ ){0,3}(?:en|sous|dans|au bout de) combien de (?:temps|jours|heures)', 'combien de temps (?:pour|avant) (?:d )?(?:avoir |obtenir |recevoir )?(?:une |la |leur |votre )?reponse', '(?:response|reply) times?', 'how (?:long|quickly|soon) (?:\\w+ ){0,4}(?:answer|reply|respond)\\w*'], true),
  // The assistant could not help («elle ne sait pas répondre», «réponse pas satisfaisante»): the way to a person.
  rule('cptsansreponse', ['(?:ne |n )?(?:sait|savait|saura|a) pas (?:su )?(?:me |nous |y )?repondre', 'n a pas (?:su )?(?:me |nous )?repondre', '(?:pas de |aucune )reponses? (?:satisfaisantes?|utiles?|claires?)', 'reponses? (?:\\w+ ){0,3}(?:pas|non|peu) (?:satisfaisantes?|utiles?|claires?)', 'ne (?:m |me |nous )?a pas (?:vraiment )?aidee?', '(?:can t|cannot|couldn t|could not) (?:answer|help)', 'doesn t (?:know|have) the answer'], true),
  // Opening an account for a structure («je lui ouvre un compte», «créer un compte»): a topic the base does not answer, not a ticket opened.
  // «comment on s'inscrit sur Chorus ?» (a new association): registering on the portal is opening an account there, no training.
  rule('cptcreationcompte', ['(?:creation|creer|cree|crees|creez|inscription|inscrire) (?:d )?(?:un |une |mon |ma |notre |son |sa |leur |le |la |nouvel |nouveau |nouvelle )?(?:nouvel |nouveau )?(?:compte|espace)', '(?:inscri(?:re|s|t|vent|vez|vons|ption)|enregistr(?:er|e|ement))(?: comment| ou)? (?:sur|a|dans) (?:chorus(?: pro)?|le portail|la plateforme)(?! (?:pour|a) (?:un|une|le|la|les) (?:webinaires?|formations?|sessions?))', '(?:ouvrir|ouvre|ouvres|ouvrez|ouverture) (?:d )?(?:un |une |nouvel |nouveau )(?:nouvel |nouveau )?compte'], true),
  // Closing someone's access («supprimer le compte d'un collègue parti», «suppression d'un utilisateur»): a topic the base does not answer, no lost password.
  rule('cptsuppressioncompte', ['(?:supprim\\w*|suppression|desactiv\\w*|fermer|fermeture|retirer|enlever|delete|deleting|remove|removing|deactivat\\w*) (?:d |de )?(?:le |son |un |une |mon |ma |ce |cet |cette |l |leur |the |his |her |their |an |a )?(?:compte|utilisateur|user|acces|account)s?'], true),
  // «la petite icône en bas à droite», «le petit bonhomme en bas à droite»: the assistant's button, ClaudIA (the articles' «l'icône en bas à droite du portail»).
  rule('claudi', ['(?:icones?|bulles?|bonhommes?|bonhomes?|robots?|pastilles?|boutons?|logos?|ronds?|personnages?)(?: \\w+){0,2} en bas a droite'], true),
  rule('cptdemande', ['tickets?', 'formulaires?', 'demandes? ecrites?', 'incidents?', 'reclamations?', 'signaler'], true),
];
