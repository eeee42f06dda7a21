import { BUYER_PHRASES } from './lexicon-buyers';
import { FAMILY_PHRASES } from './lexicon-family';
import { TRADE_PHRASES } from './lexicon-trades';
import { SESSION_PHRASES, TALK_PHRASES } from './lexicon-talk';
import { USER_PHRASES } from './lexicon-users';
import { letterFollowUpPhrases } from './shared-phrases';

/** The months, as normalised text writes them («en mars», «en août»). */
const MONTHS = ['janvier', 'fevrier', 'mars', 'avril', 'mai', 'juin', 'juillet', 'aout', 'septembre', 'octobre', 'novembre', 'decembre'];

/**
 * Spoken idioms whose words would name a topic, rewritten for search only (the message reader
 * keeps them: «du coup» still starts a follow-up): «du coup» is «donc» (no «d'un coup» en masse),
 * «la marche à suivre» a procedure (no invoice followed), «en faire partie» being a member (no
 * invoice sent), «à plus» a goodbye (no «il y a pas plus simple ?»).
 */
export const IDIOM_PHRASES: Readonly<Record<string, string>> = Object.freeze({
  // «je peux vous appeler ?», «on peut appeler le support ?»: calling the support is phoning it (not «faire appel à»).
  'vous appeler': 'vous telephoner', 'appeler le support': 'telephoner au support', 'appeler l assistance': 'telephoner a l assistance', 'appeler la hotline': 'telephoner a la hotline', 'appeler le service client': 'telephoner au service client',
  // Public buyers named otherwise (lexicon-buyers.ts): a local authority, social housing, a care home, a ministry.
  ...BUYER_PHRASES,
  // Who writes, and what they do (lexicon-trades.ts): a partner, cleaning, upkeep, a sports club, a training firm, an auditor.
  ...TRADE_PHRASES,
  // A relative whose business it is («l'entreprise de mon fils»): who, not what (lexicon-family.ts).
  ...FAMILY_PHRASES,
  // «on m'oblige à passer par Factures de travaux» (the elision gone), «on nous impose de…»: what the writer has to do, no obligation of the reform.
  ...Object.fromEntries(
    ['on oblige a', 'on me oblige a', 'ils obligent a', 'ils me obligent a', 'on force a', 'on me force a', 'on impose de', 'on me impose de'].map((phrase) => [phrase, 'je dois']),
  ),
  ...Object.fromEntries(['on nous oblige a', 'ils nous obligent a', 'on nous force a', 'on nous impose de'].map((phrase) => [phrase, 'nous devons'])),
  // «elle a été payée sur le mauvais compte»: a bank account, no login.
  ...Object.fromEntries(
    ['paye', 'payee', 'payees', 'payes', 'verse', 'versee', 'versees', 'vire', 'viree', 'virees', 'regle', 'reglee', 'reglees', 'arrive', 'arrivee', 'tombe', 'tombee'].flatMap((verb) =>
      ['le mauvais', 'un autre', 'un mauvais', 'l ancien', 'mon ancien', 'notre ancien'].map((which) => [`${verb} sur ${which} compte`, `${verb} sur ${which} compte bancaire`]),
    ),
  ),
  // «voir si la mairie a bien eu ma facture»: having it is having received it, no «avoir» (a credit note).
  ...Object.fromEntries(
    ['a', 'ont', 'avez', 'aurait', 'auraient'].flatMap((aux) =>
      ['', 'bien ', 'deja '].flatMap((adverb) =>
        ['ma', 'la', 'mes', 'les', 'notre', 'nos', 'cette'].flatMap((det) =>
          ['facture', 'factures'].map((noun) => [`${aux} ${adverb}eu ${det} ${noun}`, `${aux} ${adverb}recu ${det} ${noun}`]),
        ),
      ),
    ),
  ),
  // «dans quelle partie du portail déposer…»: which of the portal's applications; «je sais pas où c'est sur le site»: where, no site of its own.
  'partie du portail': 'application', 'partie du site': 'application', 'partie de chorus': 'application', 'partie de chorus pro': 'application',
  ...Object.fromEntries(['c est', 'ca se trouve', 'ca se passe', 'on le fait', 'le faire'].flatMap((it) => ['site', 'portail'].map((w) => [`ou ${it} sur le ${w}`, `ou ${it}`]))),
  // «quelle application je prends ?»: which one to choose (the title's «choisir»).
  'application je prends': 'application choisir', 'appli je prends': 'application choisir', 'je prends quelle application': 'choisir quelle application',
  'on prend quelle application': 'choisir quelle application', 'application on prend': 'application choisir', 'application je dois prendre': 'application choisir',
  // «Bon matin !»: Québec's «bonjour» (a «bon» alone is no greeting: «c'est bon», «pas bon»).
  'bon matin': 'bonjour',
  // «dites-moi où elle en est»: the plural imperative of «dis-moi», which asks nothing of its own («comme vous dites» still quotes).
  'dites moi': 'dis moi', 'dites nous': 'dis nous',
  // Sending again is a general verb (knowledge/general-words.ts), but «le site me renvoie un code d'erreur» is what a
  // system answers, and «on le renvoie vers un autre service» sends someone elsewhere: those keep the word,
  // as its noun «renvoi», which the general list does not drop.
  ...Object.fromEntries(
    ['renvoie', 'renvoient', 'renvoyer', 'renvoyez', 'renvoyons', 'renvoyait'].flatMap((verb) => [
      [`${verb} vers`, 'renvoi vers'],
      ...['me', 'nous', 'm'].flatMap((who) => ['un', 'une', 'des', 'le code', 'un code'].map((what) => [`${who} ${verb} ${what}`, `${who} renvoi ${what}`])),
    ]),
  ),
  // «je prends quel onglet ?», «on choisit quelle rubrique ?»: the screen's word for an application, to choose.
  ...Object.fromEntries(
    ['je prends', 'on prend', 'je choisis', 'on choisit', 'je dois prendre', 'je dois choisir'].flatMap((verb) =>
      ['quel', 'quelle'].flatMap((which) => ['onglet', 'rubrique', 'menu', 'espace', 'module'].map((screen) => [`${verb} ${which} ${screen}`, 'choisir quelle application'])),
    ),
  ),
  'section of the portal': 'application', 'part of the portal': 'application', 'section of the site': 'application',
  // «et en plus il faudra déclarer…»: «moreover», like «aussi»; no «plus de 10 000 factures» (a volume); «faire quoi de plus» is what else.
  'en plus': 'aussi', 'faire quoi de plus': 'faire quoi d autre', 'quoi faire de plus': 'quoi faire d autre',
  // «j'ai essayé 5 fois»: how many tries, like «plusieurs fois»; no number asked about.
  ...Object.fromEntries(Array.from({ length: 49 }, (_, i) => [`${i + 2} fois`, 'plusieurs fois'])),
  // «la mairie m'a payé deux fois la même facture»: a payment made twice, the boundaries' «paiement en double».
  ...Object.fromEntries(
    ['paye', 'payee', 'payes', 'payees', 'payer', 'paie', 'paient', 'regle', 'reglee', 'regler', 'verse', 'versee', 'verser', 'vire', 'viree'].flatMap((verb) =>
      ['deux fois', '2 fois'].map((twice) => [`${verb} ${twice}`, `${verb} en double`]),
    ),
  ),
  // «comment on rejoint ce club ?», «adhérer au club utilisateurs»: taking part in it.
  'rejoindre': 'participer a', 'rejoint': 'participe a', 'rejoins': 'participe a', 'rejoignent': 'participent a', 'rejoignez': 'participez a',
  'adherer': 'participer', 'adhere': 'participe', 'adherent': 'participent',
  // «un conseiller tout de suite»: now, no «suite» (what follows, a follow-up).
  'tout de suite': 'maintenant',
  // «sauf que…» objects to what was said, like «mais»; no «sauf» as a topic.
  'sauf que': 'mais',
  // «impossible de trouver la date du webinaire»: not finding it, no login refused.
  'impossible de trouver': 'cherche', 'impossible de retrouver': 'cherche',
  // «ok Google, …», «dis Google»: a voice assistant addressed (stopwords.ts), no search engine asked about.
  'ok google': 'siri', 'okay google': 'siri', 'hey google': 'siri', 'dis google': 'siri',
  // «par contre, comment je vois si…» objects too; no «contre» (against) as a topic.
  'par contre': 'mais', 'en revanche': 'mais',
  // «notre facture n° 2023-0452, d'un montant de 7 318,40 € TTC» (its «d'» gone): the amount describes which invoice, no amount asked about.
  'un montant de': 'de', 'un montant total de': 'de',
  // «votre réponse a permis de débloquer notre situation»: a situation unblocked, no works statement («situation de travaux»).
  ...Object.fromEntries(['debloquer', 'debloque', 'debloquee', 'regler', 'regle', 'resoudre', 'resolu'].flatMap((verb) => ['la', 'notre', 'ma', 'cette'].map((det) => [`${verb} ${det} situation`, verb]))),
  // «qui tranche ?», «qui arbitre ?»: who decides, no slice of a payment («tranche»).
  'qui tranche': 'qui decide', 'qui tranchent': 'qui decident', 'qui arbitre': 'qui decide', 'qui arbitrent': 'qui decident',
  // «suivre une facture après le dépôt»: once it is filed («déposée»), the verb the articles use, no filing asked.
  ...Object.fromEntries(['le', 'son', 'leur', 'mon', 'notre'].flatMap((det) => [[`apres ${det} depot`, 'une fois deposee'], [`depuis ${det} depot`, 'depuis qu elle est deposee']])),
  // «l'état d'avancement du traitement de notre facture»: how far the buyer has got with it is following it
  // (the MOE «traite» a décompte; a supplier asking about its invoice's processing follows it).
  ...Object.fromEntries(
    ['ma', 'mes', 'la', 'les', 'nos', 'notre', 'votre', 'vos', 'cette', 'ces', 'leur', 'leurs'].flatMap((det) =>
      ['facture', 'factures'].map((noun) => [`traitement de ${det} ${noun}`, `suivi de ${det} ${noun}`]),
    ),
  ),
  // «où en est mon mémoire», «suivi mémoire»: a justice provider's invoice, followed like any other
  // (the determiner's gender is no matter to the search, which drops it).
  ...Object.fromEntries(
    ['suivi', 'suivre', 'suis', 'ou en est', 'statut', 'etat', 'avancement', 'devenu'].flatMap((follow) =>
      ['', 'de ', 'du ', 'mon ', 'le ', 'de mon ', 'ce ', 'son '].flatMap((det) => [
        [`${follow} ${det}memoire`, `${follow} ${det}facture`],
        [`${follow} ${det}memoires`, `${follow} ${det}factures`],
        // «où en est mon mémoire de frais de justice ?»: the whole name, followed like the invoice it is.
        [`${follow} ${det}memoire de frais de justice`, `${follow} ${det}facture`],
      ]).concat(
        ['des ', 'mes ', 'de mes ', 'nos ', 'de nos ', 'les ', 'ses '].flatMap((det) => [
          [`${follow} ${det}memoires`, `${follow} ${det}factures`],
          [`${follow} ${det}memoires de frais de justice`, `${follow} ${det}factures`],
        ]),
      ),
    ),
  ),
  ...USER_PHRASES,
  // «et qui je contacte si j'y arrive pas ?»: managing it, no invoice arriving.
  ...Object.fromEntries(['arrive', 'arrives', 'arrivons', 'arrivez', 'arrivent', 'arriverai', 'arriverons'].flatMap((verb) => [[`y ${verb} pas`, 'peux pas'], [`y ${verb} plus`, 'peux plus'], [`y ${verb} toujours pas`, 'peux toujours pas']])),
  // «c'est pour mon mémoire (de master)»: a student's thesis, no court invoice («mon mémoire de frais» stays one).
  'c est pour mon memoire': 'c est pour mes etudes', 'c est pour mon memoire de frais': 'c est pour mon memoire de frais',
  'mon memoire de master': 'mes etudes', 'mon memoire de fin d etudes': 'mes etudes', 'mon memoire de recherche': 'mes etudes', 'mon memoire de licence': 'mes etudes',
  // «contact presse», «le service presse»: the press office, no support contact.
  'contact presse': 'relations presse', 'contacts presse': 'relations presse', 'service presse': 'relations presse', 'service de presse': 'relations presse', 'attache de presse': 'relations presse', 'attachee de presse': 'relations presse',
  // «le SSO, c'est supporté ?»: supported (compatible), no support desk.
  ...Object.fromEntries(
    ['supporte', 'supportee', 'supportes', 'supportees'].flatMap((supported) =>
      ['est', 'sont', 'c est', 'soit', 'soient', 'serait', 'seraient', 'sera', 'seront', 'pas', 'bien', 'etre', 'deja'].map((before) => [`${before} ${supported}`, `${before} compatible`]),
    ),
  ),
  // «notre maison mère nous impose l'EDI»: the parent company, a group (no sea, no mother).
  'maison mere': 'groupe', 'maisons meres': 'groupes', 'societe mere': 'groupe', 'societes meres': 'groupes', 'entreprise mere': 'groupe', 'structure mere': 'groupe',
  // «si je suis une petite boîte», «on est une grosse boîte»: a company, no mailbox.
  ...Object.fromEntries(
    ['petite', 'petites', 'grosse', 'grosses', 'grande', 'grandes', 'jeune', 'jeunes'].flatMap((size) => [[`${size} boite`, `${size} entreprise`], [`${size} boites`, `${size} entreprises`]]),
  ),
  // «les dates d'entrée en vigueur selon la taille de l'entreprise»: when the rule becomes an obligation.
  'entree en vigueur': 'obligation', 'entrees en vigueur': 'obligations', 'entre en vigueur': 'devient obligatoire', 'entrera en vigueur': 'deviendra obligatoire',
  // «ça prend combien de temps en général ?»: usually, no «décompte général».
  'de temps en general': 'de temps normalement', 'en general combien': 'normalement combien', 'delai en general': 'delai normalement', 'delais en general': 'delais normalement',
  // «les courses B2C de nos clients taxi», «une course»: a ride (or errands) after a French determiner, no English course (training).
  ...Object.fromEntries(
    [...['les', 'des', 'aux', 'nos', 'mes', 'vos', 'ses', 'leurs', 'ces', 'de'].map((det) => [`${det} courses`, `${det} ventes`]), ...['la', 'une', 'ma', 'cette', 'chaque', 'sa', 'notre', 'votre'].map((det) => [`${det} course`, `${det} vente`])],
  ),
  // «nos ventes au marché du samedi»: a market day says where one sells, no opening hours asked.
  ...Object.fromEntries(
    ['lundi', 'mardi', 'mercredi', 'jeudi', 'vendredi', 'samedi', 'dimanche'].flatMap((day) =>
      ['marche', 'marches'].flatMap((m) => [`${m} du ${day}`, `${m} du ${day} matin`, `${m} le ${day}`, `${m} le ${day} matin`].map((said) => [said, m])),
    ),
  ),
  // Live sessions and their replays, talking to the bot or a person (lexicon-talk.ts).
  ...SESSION_PHRASES, ...TALK_PHRASES,
  // «c'est la galère totale !!!»: an intensifier, no total amount (a statement of court costs reports its total).
  ...Object.fromEntries(['galere', 'catastrophe', 'cata', 'honte', 'horreur', 'panique', 'misere', 'folie', 'blague', 'arnaque', 'confusion', 'incomprehension'].map((w) => [`${w} totale`, w])),
  // «les webinaires ont lieu quand ?»: taking place, no place («lieu») asked.
  'ont lieu': 'sont', 'a lieu': 'est', 'aura lieu': 'sera', 'auront lieu': 'seront', 'avoir lieu': 'etre', 'auraient lieu': 'seraient', 'aurait lieu': 'serait',
  // «ça marche aussi pour une boîte de notre taille ?»: whether it works for us, no public contract («marché») nor size.
  // «et ça s'applique aux offices notariaux ?»: whether what was said concerns one more case, no rate applied («ça
  // s'applique aussi ?» keeps its words).
  ...Object.fromEntries(['ca s applique', 'cela s applique', 'ca s appliquera', 'ca applique', 'cela applique', 'ca appliquera'].flatMap((p) => [[`${p} aux`, 'ca concerne aussi les'], [`${p} a`, 'ca concerne aussi']])),
  // «l'IPM dont parle la lettre, c'est quoi ?», «le webinaire mentionné dans votre newsletter»: where the topic was read, not the topic.
  ...Object.fromEntries(['dont parle', 'dont parlait', 'dont vous parlez dans', 'dont on parle dans', 'mentionne dans', 'mentionnee dans', 'mentionnes dans', 'evoque dans', 'evoquee dans', 'cite dans', 'citee dans'].flatMap((said) =>
    ['la lettre', 'votre lettre', 'la newsletter', 'votre newsletter', 'la derniere lettre', 'la derniere newsletter', 'la lettre d information', 'votre lettre d information'].map((src) => [`${said} ${src}`, 'donc']))),
  // «l'e-reporting s'applique aussi quand je vends à des particuliers ?» (the elision dropped): one more case, whatever the
  // subject (no application); «… aussi aux factures déjà envoyées ?» keeps its words, as above.
  ...Object.fromEntries([['applique', 'concerne'], ['appliquent', 'concernent'], ['appliquera', 'concernera'], ['appliqueront', 'concerneront']].flatMap(([verb, to]) =>
    ['aussi', 'egalement', 'meme'].flatMap((also) => ['quand', 'lorsque', 'si', 'chez'].map((x) => [`${verb} ${also} ${x}`, `${to} aussi ${x}`]))),
  ),
  // «le portail marche, par contre…»: working, no public contract («marché», whose stem it shares).
  ...Object.fromEntries(['le portail', 'le site', 'la plateforme', 'chorus', 'chorus pro', 'mon compte', 'mon acces'].flatMap((it) => [[`${it} marche`, `${it} fonctionne`], [`${it} marchent`, `${it} fonctionnent`]])),
  'ca marche aussi': 'donc aussi', 'ca marche pour': 'donc pour', 'cela marche aussi': 'donc aussi', 'de notre taille': 'comme nous', 'de ma taille': 'comme moi', 'de cette taille': 'comme celle ci',
  // «et pour l'EDI, on démarre comment ?»: how to start, no topic of its own.
  'on demarre comment': 'comment faire', 'comment on demarre': 'comment faire', 'comment demarrer': 'comment faire', 'par ou on commence': 'comment faire', 'par ou commencer': 'comment faire',
  // «je suis sur le chantier»: where the user writes from, no works invoice.
  ...Object.fromEntries(['suis', 'sommes', 'est', 'etais', 'etait'].flatMap((be) => ['sur le chantier', 'sur un chantier', 'sur mon chantier', 'au chantier', 'en chantier', 'sur la route', 'au volant'].map((where) => [`${be} ${where}`, `${be} donc`]))),
  // «ça compte aussi ?» asks whether it counts, no account; «il se débloque tout seul ?»: by itself.
  'ca compte': 'donc', 'cela compte': 'donc', 'ca compte t il': 'donc', 'ca compterait': 'donc', 'tout seul': 'donc', 'toute seule': 'donc', 'tous seuls': 'donc', 'toutes seules': 'donc',
  // «et si c'est un chantier, ça change quelque chose ?»: asks whether the case differs, no change of anything.
  'ca change quelque chose': 'donc', 'cela change quelque chose': 'donc', 'ca change quoi': 'donc', 'ca change rien': 'donc', 'ca change tout': 'donc', 'ca change t il quelque chose': 'donc', 'ca change la donne': 'donc', 'does that change anything': 'donc', 'does it change anything': 'donc',
  // «comment j'arrive à quelqu'un ?», «tomber sur un humain»: reaching a person.
  ...Object.fromEntries(['arrive a', 'arriver a', 'arrive jusqu a', 'tomber sur', 'tombe sur', 'avoir affaire a'].flatMap((verb) => ['quelqu un', 'un humain', 'une personne', 'un vrai humain', 'une vraie personne'].map((who) => [`${verb} ${who}`, `contacter ${who}`]))),
  // «on a payé une fortune pour passer en EDI»: what it cost, no invoice paid.
  ...Object.fromEntries(['paye', 'payer', 'coute', 'coutait', 'depense', 'claque'].flatMap((verb) => ['une fortune', 'une blinde', 'un bras', 'tres cher', 'super cher', 'si cher'].map((much) => [`${verb} ${much}`, 'donc']))),
  // «quel mode de dépôt nous conseillez-vous ?»: a way of sending (no draft «mode»), and the asking verb, no adviser
  // (which product or provider to pick is the `recommend` facet, facets.ts).
  'mode de depot': 'depot', 'modes de depot': 'depot', 'mode d envoi': 'envoi', 'modes d envoi': 'envoi', 'mode de transmission': 'transmission', 'modes de transmission': 'transmission',
  ...Object.fromEntries(['conseillez vous', 'conseilleriez vous', 'me conseillez', 'nous conseillez', 'me conseilleriez', 'nous conseilleriez', 'recommandez vous', 'me recommandez', 'nous recommandez', 'me recommanderiez', 'nous recommanderiez'].map((asking) => [asking, 'donc'])),
  // «il n'est pas allé jusqu'au bout de l'envoi»: the sending not finished (a draft), nobody going anywhere.
  // (the normalised text has lost «jusqu'»: «allé au bout»).
  ...Object.fromEntries(['alle', 'allee', 'alles', 'allees', 'aller', 'va', 'vais', 'vont', 'ete'].map((go) => [`${go} au bout`, 'finalise'])),
  // «et c'est quoi ce sigle ?»: the word just said, which the previous message names.
  'ce sigle': 'cela', 'cet acronyme': 'cela', 'ce terme': 'cela', 'this acronym': 'cela', 'that acronym': 'cela',
  // «bon tant pis. Sinon…», «tant mieux»: a reaction, no topic of its own.
  'tant pis': 'donc', 'tant mieux': 'donc',
  // «je commence par quoi ?»: which of the problems just said first, no topic of its own.
  'commence par quoi': 'donc', 'commencer par quoi': 'donc', 'commence par ou': 'donc', 'quoi je commence': 'donc', 'ou je commence': 'donc',
  // «elles peuvent partir par ce canal ?»: the way just spoken of, named by the previous message.
  'par le biais de': 'via', 'par le biais du': 'via le', 'par le biais des': 'via les', 'par l intermediaire de': 'via', 'par l intermediaire du': 'via le',
  'par ce canal': 'donc', 'via ce canal': 'donc', 'par ce biais': 'donc', 'par cette voie': 'donc', 'par ce moyen': 'donc', 'par ce meme canal': 'donc',
  // «qu'est-ce que j'ai raté ?», «on a loupé quoi ?»: what went wrong in what was just said, no
  // topic of its own («raté» is the English «rate» of the boundaries once its accent is gone).
  'ai rate': 'donc', 'a rate': 'donc', 'avons rate': 'donc', 'ai je rate': 'donc', 'ai loupe': 'donc', 'a loupe': 'donc', 'avons loupe': 'donc',
  'ai manque': 'donc', 'a manque': 'donc', 'avons manque': 'donc',
  // «comment marche ClaudIA ?»: how it works, no public works contract («marché»).
  'comment marche': 'comment', 'comment marchent': 'comment', 'comment ca marche': 'comment', 'comment cela marche': 'comment',
  // «c'est lu par quelqu'un au moins ?»: a hedge, no quantity asked.
  'au moins': 'donc', 'du moins': 'donc',
  // «une facture en cours de processus» (a translated «in process»): waiting to be processed.
  'attente de processus': 'attente de traitement', 'attente du processus': 'attente de traitement', 'cours de processus': 'cours de traitement', 'cours du processus': 'cours de traitement',
  // «et côté brouillon, …?», «et du côté des frais de justice ?»: a follow-up turning to what follows, no
  // «côté» of its own (elsewhere «côté mairie», «à côté de la plaque» keep theirs).
  'et cote': 'et pour', 'et du cote de': 'et pour', 'et du cote des': 'et pour les', 'et du cote du': 'et pour le', 'et cote de': 'et pour',
  'du coup': 'donc', 'dans ce cas': 'donc', 'en tout cas': 'donc', 'dans ce cas la': 'donc', 'au passage': 'donc', 'apres coup': 'ensuite',
  // «il se passe quoi ?»: what happens next, no «passez-moi quelqu'un».
  'se passe': 'donc', 'se passer': 'donc', 'se passera': 'donc', 'est passe': 'donc',
  // «n'importe quoi» (the elision is gone: «importe quoi»), «peu importe»: nothing imported.
  'importe quoi': 'donc', 'importe quel': 'un', 'importe quelle': 'une', 'peu importe': 'donc',
  // «le bouton dont vous parlez»: what the bot said, no one to talk to.
  'dont vous parlez': 'donc', 'dont vous avez parle': 'donc', 'que vous mentionnez': 'donc', 'que vous avez mentionne': 'donc',
  // «à plus» says goodbye; «(il) y a (pas) plus simple», «y a plus de…» compares.
  'y a': 'ya', 'a plus': 'aplus',
  // «il n'a plus le code», «on n'a plus accès au compte» (the «n'» is gone): no longer having, no goodbye.
  ...Object.fromEntries(
    ['je', 'j', 'il', 'elle', 'on', 'ca', 'qui', 'ils', 'elles'].flatMap((who) =>
      ['acces', 'le', 'la', 'les', 'l', 'son', 'sa', 'ses', 'mon', 'ma', 'mes', 'leur', 'notre', 'aucun', 'aucune', 'rien', 'jamais'].map((what) => [`${who} a plus ${what}`, `${who} a pas ${what}`]),
    ),
  ),
  // «je dois y aller», «faut que j'y aille», «je file»: leaving, a goodbye like «à plus».
  // «à la prochaine» says goodbye; «la semaine prochaine» is no goodbye.
  'a la prochaine': 'aplus',
  'dois y aller': 'aplus', 'doit y aller': 'aplus', 'dois filer': 'aplus', 'faut que j y aille': 'aplus', 'je file': 'aplus', 'je me sauve': 'aplus',
  // «pour faire suite à mon précédent message»: a letter continuing the conversation, no «suivi» nor message asked about.
  ...Object.fromEntries(letterFollowUpPhrases().map((phrase) => [phrase, 'donc'])),
  // «quelles sont les étapes (à suivre) pour… ?» asks a procedure, no invoice's stage («à quelle étape en est-elle ?»).
  'marche a suivre': 'procedure', 'procedure a suivre': 'procedure', 'etapes a suivre': 'procedure', 'etape a suivre': 'procedure', 'demarche a suivre': 'demarche',
  // «le facture de travail», «invoice for work»: a learner's «facture de travaux».
  'facture de travail': 'facture de travaux', 'factures de travail': 'factures de travaux',
  // «Pourriez-vous m'indiquer la voie à suivre ?», «la conduite à tenir»: the way to proceed, nothing followed.
  'voie a suivre': 'procedure', 'chemin a suivre': 'procedure', 'methode a suivre': 'procedure', 'conduite a tenir': 'procedure', 'regles a suivre': 'procedure',
  // «pour envoyer en EDI, c'est quoi les étapes ?», «quelle est la procédure ?»: how it is done, no word of its own.
  ...Object.fromEntries(['quelle est la procedure', 'c est quoi la procedure', 'c est quoi les etapes', 'c quoi les etapes', 'quoi les etapes', 'quoi les etape'].flatMap((p) => [[p, 'comment'], [`${p} a suivre`, 'comment']])),
  // …but «c'est quoi les étapes de ma facture ?» asks where it stands.
  ...Object.fromEntries(['c est quoi les etapes', 'quoi les etapes'].flatMap((p) => ['de', 'du', 'des', 'd'].map((d) => [`${p} ${d}`, `${p} ${d}`]))),
  'sont les etapes': 'est la procedure', 'sont les etape': 'est la procedure', 'sont les etapes a suivre': 'est la procedure', 'sont les etape a suivre': 'est la procedure',
  'fait partie': 'membre', 'font partie': 'membres', 'faire partie': 'membre', 'fais partie': 'membre', 'faisons partie': 'membres',
  'faites partie': 'membres', 'faisait partie': 'membre', 'faisaient partie': 'membres', 'en fait parti': 'en est membre', 'en font parti': 'en sont membres', 'en faire parti': 'en etre membre',
  // «j'arrive pas à rentrer sur le site», «entrer dans mon compte»: logging in, no word of its own
  // («ça rentre dans le e-reporting» falls within it).
  ...Object.fromEntries(
    ['rentrer', 'rentre', 'entrer'].flatMap((verb) =>
      [...['le', 'mon', 'notre', 'l', 'la', 'ma'].map((det) => `sur ${det}`), 'dans mon', 'dans ma', 'dans notre'].map((where) => [`${verb} ${where}`, `connecter ${where}`]),
    ),
  ),
  // «l'état d'une facture transmise le 4 avril au CHU», «envoyée en mai», «transmise à un établissement public»: an invoice
  // sent on a date or to a buyer is one already deposited, to follow (no EDI «transmission» asked); «envoyée au CHU» may still be a draft.
  ...Object.fromEntries(
    ['facture', 'factures'].flatMap((noun) =>
      ['transmise', 'transmises', 'envoyee', 'envoyees', 'adressee', 'adressees', 'expediee', 'expediees'].flatMap((sent) =>
        [...['le', 'il y a', 'depuis', 'hier', 'avant hier', 'ce matin', 'cette semaine', 'ce mois', 'la semaine', 'le mois', 'courant', 'debut', 'fin', 'en debut', 'en fin', ...(sent.startsWith('envoyee') ? [] : ['a un', 'a une', 'au', 'a la', 'a l', 'aux'])], ...MONTHS.map((month) => `en ${month}`)].map((when) => [`${noun} ${sent} ${when}`, `${noun} deposee ${when}`]),
      ),
    ),
  ),
  // «et pour l'EDI, c'est quoi la différence avec le dépôt sur le portail ?»: a comparison, named by the things compared
  // («la différence entre les deux (menus)» keeps its word: the pair it names is the two applications').
  'difference avec': 'avec', 'differences avec': 'avec',
  // «marquée Rejetée dans la liste», «elle apparaît comme suspendue»: the status an invoice shows, said as the portal says it.
  ...Object.fromEntries(
    ['marquee', 'marque', 'marquees', 'affichee', 'affiche', 'indiquee', 'indique', 'apparait', 'apparaissent'].flatMap((shows) =>
      ['', 'comme ', 'en '].flatMap((as) =>
        ['rejetee', 'rejete', 'rejetees', 'suspendue', 'suspendu', 'suspendues', 'mise a disposition', 'validee', 'refusee', 'a recycler', 'mandatee', 'comptabilisee'].map((status) => [
          `${shows} ${as}${status}`,
          `au statut ${status}`,
        ]),
      ),
    ),
  ),
  // «comment c'est possible ?», «c'est pas possible !»: surprise or protest, no possibility asked (the newsletter's «est-il possible de proposer…»).
  'comment c est possible': 'pourquoi', 'comment est ce possible': 'pourquoi', 'comment ca se fait': 'pourquoi', 'c est pas possible': 'c est nul', 'ce est pas possible': 'c est nul',
  // «une réunion pour la forme», «une formalité de pure forme», «en pleine forme»: appearances or health, no training («former»).
  'pour la forme': 'symbolique', 'de pure forme': 'symbolique', 'en pleine forme': 'en bonne sante',
  // «la réforme des retraites»: the pensions, not the e-invoicing reform.
  'reforme des retraites': 'retraites', 'reforme des retraite': 'retraites', 'reforme retraites': 'retraites', 'reforme de la retraite': 'retraite',
  // «c'est quoi les règles ?», «la règle entre travaux et le reste»: the rule asked names no topic of its own (no payment «réglée»).
  ...Object.fromEntries(['la', 'une', 'cette', 'les', 'des', 'ces', 'quelle', 'quelles', 'nouvelles', 'memes', 'grandes', 'principales'].flatMap((det) => ['regle', 'regles'].map((noun) => [`${det} ${noun}`, det]))),
  // «c'est l'ordonnateur qui mandate ?», «on la mandate comment ?»: the French verb «mandater» (ordering the payment), not the
  // English «mandate» of the reform that the glossary makes «obligation».
  ...Object.fromEntries(['qui', 'il', 'elle', 'on', 'je', 'la', 'ordonnateur', 'comptable', 'tresorerie', 'mairie', 'acheteur', 'client'].map((who) => [`${who} mandate`, `${who} mandate`])),
});
