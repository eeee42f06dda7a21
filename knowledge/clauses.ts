import { createRewriter, READER_REWRITES } from './rewrite';

/**
 * One sentence of a message cut into clauses (at commas, «mais», «plutôt»), each marked negated
 * when the user rejects what it names («je ne veux pas de webinaire», «… qui ne me concernent
 * pas», «j'arrive à me connecter», «je connais mon mot de passe»): message.ts reads the clauses, the retriever searches only
 * those that are not negated. Works on normalised text, patterns on whole words.
 */
export interface Clause {
  /** Normalised text of the clause (punctuation kept out). */
  text: string;
  /** The clause sits in a sentence that asks something («?», question word, request). */
  question: boolean;
  /** The user rejects what the clause names («je ne veux pas de webinaire»): it is not searched. */
  negated: boolean;
  /** Reports the step already done before asking the next one («c'est fait, j'ai cliqué sur confirmer, et maintenant… ?»): not searched. */
  done?: boolean;
  /** A letter's closing formula («Veuillez agréer mes salutations distinguées»): frames the message, says nothing. */
  closing?: boolean;
  /** A person or a ticket put off («pas tout de suite», «pour l'instant»): what the message is about, not asked for. */
  deferred?: boolean;
}

/**
 * «je ne veux pas (de)…», «je ne veux ni ClaudIA ni…» (a person or a channel), «je n’ai pas besoin
 * de…», «ce n’est pas (une question de)…», «pas de…», a clause that says there is no problem («je
 * n’ai aucun souci à signaler»), English alike.
 */
const NEGATION =
  /\b(?:(?:je|j|on|nous)\s+(?:ne\s+)?(?:(?:me|te|vous|lui|leur|le|la|les|l|y|en)\s+)?(?:veux|veut|voulons|voudrais|cherche|cherchons|demande|demandons|parle|parlons|souhaite|souhaitons|vise|signale|signalons|sollicite|sollicitons|desire|desirons)\s+(?:pas|ni\s+(?:(?:de|d|du|des|un|une|le|la|l|parler\s+(?:a|avec)(?:\s+(?:un|une|le|la|l))?)\s+)?(?:claudia|quelqu\s+un|agents?|conseill(?:er|ere)s?|humains?|robots?|bots?|chatbots?|chat|tickets?|formulaires?|personne|assistante?s?))|(?:ne\s+)?(?:porte|portent|concerne|concernent)\s+pas\s+sur|(?:ce|c)\s+ne\s+sont\s+pas|(?:(?:je|j|on|nous)\s+(?:ne\s+|n\s+)?(?:ai|avons|a)|^(?:ne\s+|n\s+)?ai)\s+pas\s+(?:besoin|(?=(?:oublie|perdu)\b))|\b(?:ne\s+|n\s+)?(?:a|ont)\s+pas\s+(?=(?:oublie|perdu)\b)|(?:ce|c)\s+(?:ne\s+)?est\s+ni\b|^(?:(?:et|mais|non)\s+)?ni\s+(?:\w+\s+){1,5}?ni\b|(?:ce|c)\s+(?:ne\s+)?est\s+pas\s+(?!(?:le|la|les)\s+memes?\b)(?=(?:pour|de|d|du|des|un|une|la|le|les|sur|au|ma|mon|mes|une question|(?:que|qu)\s+(?!(?:je|j|ai)\b))\b)|(?:il\s+)?(?:ne\s+)?agit\s+pas|(?<=\b(?:probleme|souci|soucis|question|demande|blocage)\s)(?:ne\s+|n\s+)?(?:est|vient|concerne|porte)\s+pas\b|^(?:non\s+)?pas\s+(?:de|d|du|des|pour|besoin)\b|^(?:(?:et|mais)\s+)?(?:non\s+)?pas\s+(?:sur|via|dans)\s+(?!(?:que|qu|de|d|du|des|le|la|les|l|ce|ca)\b)(?=\w+\s+\w+)|^(?:et\s+|mais\s+)?(?:(?:ca|cela|ce|c)\s+(?:n\s+)?(?:a|est)\s+)?rien\s+a\s+voir\s+avec\b|^(?:et\s+|mais\s+)?aucune?\s+(?:souci|soucis|probleme|problemes|blocage|difficulte|question|questions)\b|(?:^|\b(?:je|j|on|nous)\s+)(?:ne\s+|n\s+)?(?:ai|avons|a)\s+(?:pas|aucune?)\s+(?:(?:de|d)\s+)?(?:bugs?|soucis?|problemes?|blocages?|difficultes?|pannes?|incidents?)(?:\s+(?:particuliers?|techniques?))?(?:\s+a\s+(?:signaler|declarer|remonter))?$|^(?:et\s+)?(?:non\s+)?(?:pas|surtout pas)\s+(?=(?:le|la|les|un|une|mon|ma|mes|ce|cette|ces|son|sa|ses|votre|vos|notre|nos)\s+\w)|(?:ce|c)\s+(?:ne\s+)?est\s+pas\s+(?=(?:\w+\s+){0,6}?(?:qui\s+(?:me\s+|nous\s+)?(?:interesse|interessent|concerne|concernent|preoccupe|preoccupent)|que\s+(?:je|nous|on)\s+(?:cherche|cherchons|veux|voulons|demande|demandons|vise|visons))\b)|^(?:et\s+)?(?:non\s+)?(?:pas|surtout pas)\s+(?!moyen\b)(?:(?:le|la|les|l|un|une|me|m|se|s|en|y)\s+)?\w+(?:er|ir|re)\b|(?:je|j|on|nous)\s+(?:ne\s+)?(?:suis|sommes|est)\s+pas\s+(?=(?:bloqu|coinc|concern|perdu|en panne)\w*)|(?:(?:ma|mes|la|les|notre|nos|cette|ces)\s+)?(?:factures?|elle|elles)\s+(?:ne\s+|n\s+)?(?:est|sont)\s+pas\s+(?=(?:bloqu|coinc)\w*)|(?:(?:est|sont)|^(?:(?:et|mais)\s+)?(?:non\s+)?)\s*(?:pas|plus)\s+(?=(?:en|au)\s+(?:mode\s+|statut\s+|etat\s+)?brouillons?\b)|(?:isn\s?t|is not|aren\s?t|are not|wasn\s?t|was not|is no longer|are no longer)\s+(?=(?:in\s+|a\s+|in\s+a\s+|stuck\s+in\s+)?drafts?\b)|(?:je|j|nous)\s+(?:ne\s+)?(?:suis|sommes)\s+pas\s+(?=(?:un|une|des|le|la|l)?\s*(?:experts?|avocats?|huissiers?|interpretes?|traducteurs?|prestataires?|enqueteurs?|mediateurs?|notaires?|medecins?|fonctionnaires?|agents?|fournisseurs?|maitres?|architectes?|titulaires?|comptables?|acheteurs?|mandataires?|sous traitants?|cotraitants?|collectivites?|entreprises?|artisans?|associations?)\b)|(?:i\s?m|i am|we\s?re|we are)\s+not\s+(?=(?:stuck|locked|blocked)\b)|^(?:(?:et|mais|surtout|svp|non)\s+)*ne\s+(?:(?:me|m|nous|lui|leur|le|la|les|l|y|en)\s+){0,2}(?:\w+ez|mets|passe|transfere|ouvre|cree|envoie|redirige|bascule)\s+pas\b|^(?:(?:and|but|please)\s+)*(?:don\s?t|do not|dont)\s+(?:transfer|put|pass|connect|send|redirect|open|escalate|create|forward|hand|give|file|raise|route)\b|(?:i|we)\s+(?:don\s?t|do not|dont|didn\s?t)\s+(?:want|need|mean|care)|\bnot\s+(?:about|asking|looking for|interested in)|^(?:and\s+|but\s+)?not\s+(?=(?:the|a|an|my|our|your|this|that|via|through|by)\s+\w)|i\s?m not\s+(?:asking|looking|talking)|(?:this|it)\s+(?:is|s)\s+not\s+about|no\s+thanks?|^(?:(?:et|mais|ok|bon|alors)\s+)*(?:oubliez|oublie|oublions|forget)\s+(?:(?:ma|mon|la|le|cette|ce|mes|my|the|that)\s+)?(?:(?:derniere|premiere|last|first)\s+)?(?:question|message|demande)\b|^(?:non\s+)?pas\s+(?=(?:tickets?|formulaire|chat|mail|robot|bot|claudia)\s*$)|^(?:(?:et|mais)\s+)?sans\s+(?:passer|repasser)\s+(?:ni\s+)?par\b|^(?:(?:and|but)\s+)?without\s+(?:going\s+through|using)\b)\b/;

/** «j'arrive à me connecter», «I can log in»: what works is not what is asked about (a negation of the problem). */
const WORKS =
  /(?:(?:^|\b(?:je|j|on|nous)\s+)(?:arrive|arrivons|reussis|reussissons|parviens|parvenons)\s+(?:bien\s+|tres bien\s+|sans (?:souci|probleme)\s+)?a\s+(?=\w)|(?:^|\b(?:je|j|on|nous)\s+)(?:ai|a|avons)\s+(?:enfin\s+|bien\s+|finalement\s+)?reussi\s+a\s+(?=\w)|\b(?:i|we)\s+can\s+(?:log|sign|connect)\b|\b(?:je|j|on|nous)\s+(?:me|m|nous|se)\s+(?:connecte|connectons|connect|identifie|identifions|logue)\s+(?:tres |parfaitement |tout a fait |sans (?:souci|probleme|difficulte) )?(?:bien|normalement|correctement|sans (?:souci|probleme|difficulte))\b|\b(?:i|we)\s+(?:log|sign)\s+in\s+(?:just\s+)?(?:fine|ok|okay|without (?:any )?(?:problem|issue)s?)\b|\b(?:je|j|on|nous)\s+(?:suis|sommes|est)\s+(?:bien\s+)?(?:connecte|connectee|connectes|connectees|identifie|identifiee)\b|\b(?:i\s?m|i am|we\s?re|we are)\s+(?:logged|signed)\s+in\b)/;
/**
 * «je connais mon mot de passe», «je sais où elle en est»: what the user already knows is not what
 * is asked about (not «je sais pas…», «je sais qu'il…», «comment je sais où elle en est ?»).
 */
const KNOWN =
  /(?<!\b(?:comment|ou|quand|pourquoi|si|est ce que|est ce qu)\s+)\b(?:je|j|on|nous)\s+(?:sais|savons|connais|connaissons)\s+(?:deja\s+|bien\s+|tres\s+bien\s+|parfaitement\s+)?(?!(?:pas|plus|rien|trop|vraiment|meme|jamais|toujours|encore|que|qu|si|il|elle|ils|elles|on|vous|nous|c|ce|ca|cela)\b)(?=\w)/;
/** «mon mot de passe marche très bien», «mon compte marche», «the login works fine»: the whole clause is what works, not the question. */
const FINE = /\b(?:marche|marchent|fonctionne|fonctionnent) (?:tres |parfaitement |tout a fait )?(?:bien|correctement|normalement)\b|\b(?:works|is working|are working) (?:just )?(?:fine|well|perfectly)\b|^(?:mon|ma|mes|notre|nos)\s+(?:comptes?|acces|connexion|identifiants?|mots? de passe|login)\s+(?:marche|marchent|fonctionne|fonctionnent)(?:\s+(?:bien|parfaitement|correctement|normalement))?$/;
/**
 * «j'ai pas le temps de lire», «on n'a pas le temps de chercher»: an aside that names no topic, set
 * aside up to its verb and that verb's object; what follows it, even with no comma («… de chercher
 * passez-moi quelqu'un»), is read on its own.
 */
const NO_TIME =
  /(?:^|\b(?:je|j|on|nous)\s+)(?:ne\s+|n\s+)?(?:ai|avons|a|avais|avait|avions)\s+pas\s+(?:trop\s+|vraiment\s+|beaucoup\s+)?(?:le\s+)?temps(?:\s+(?:de|d|pour))?(?:\s+(?!(?:passez|passe|mettez|donnez|je|j|on|il|elle|nous|vous)\b)\w+(?:\s+(?:la|le|les|l|un|une|des|du|ce|cette|ces|mon|ma|mes|votre|vos)\s+\w+)?)?/;

/**
 * Who may relay a question: people around the writer, none of them a portal role («notre
 * opérateur EDI dit que…», «le maître d'œuvre me dit que…» name the topic). A client who asks
 * («un gros client demande qu'on passe en EDI») relays; one who says («le client dit qu'il ne l'a
 * jamais reçue») tells the problem.
 */
const RELAYING_PEOPLE =
  'collegues?|patron(?:ne)?s?|boss|chef(?:fe)?s?|directeur|directrice|dsi|associee?s?|superieure?s?|manager|presidente?|tresoriere?|secretaire|gerante?|fils|fille|mari|femme|epouse|conjointe?|pere|mere|frere|soeur|amie?|stagiaire|assistante?|daf|n 1';
const ASKING = 'demande|demandent|a demande|ont demande|veut savoir|veulent savoir|voudrait savoir|voudraient savoir|aimerait savoir|aimeraient savoir';
const SAYING = 'a dit|ont dit|dit|disent|pretend|pretendent|affirme|affirment';
const relayedBy = (people: string, verbs: string): string =>
  `(?:^|\\b(?:et|mais|alors|donc|ok|bon)\\s+)(?:mon|ma|mes|notre|nos|le|la|les|l|un|une|des|son|sa|ses|leur|leurs)\\s+(?:\\w+\\s+)?(?:${people})(?:\\s+\\w+)?\\s+(?:(?:me|m|nous|se|s)\\s+)?(?:${verbs})\\s+(?=(?:si|s|que|qu|comment|ou|quand|pourquoi|combien|quel|quelle|quels|quelles)\\s)`;

/**
 * «mon DSI demande si…», «un gros client demande qu'on passe en EDI», «ma collègue voudrait savoir
 * comment…», «mon boss m'a dit que…», «on m'a transféré un mail où…» (the «m'» is gone from
 * normalised text): who relays the question frames it and names no topic; the frame is set aside
 * and what is asked, after it, is read on its own.
 */
const RELAYED = new RegExp(
  [
    relayedBy(`${RELAYING_PEOPLE}|clients?|clientes?`, ASKING),
    relayedBy(RELAYING_PEOPLE, SAYING),
    // «notre expert-comptable dit que…»: what the accountant heard is relayed (what the accountant asks may be the accountant's own matter).
    relayedBy('comptables?|expert\\s+comptable', SAYING),
    `^(?:(?:et|mais|alors|donc|bon)\\s+)?(?:on|il|elle|ils|elles|mon \\w+|ma \\w+)\\s+(?:(?:m|me|nous)\\s+)?(?:a|ont)\\s+(?:transfere|transferer|fait suivre|transmis|forwarde)\\s+(?:un|ce|le|cet|une|cette)\\s+(?:mail|email|e mail|mel|courriel|message)(?:\\s+(?:ou|dans lequel|qui dit que|disant que|qui demande si|qui demande))?\\b`,
  ].join('|'),
);

/**
 * «j'imagine qu'il faut encore l'envoyer», «il me semble que la facture est partie», «si j'ai bien
 * compris, …», «I assume it's…»: the writer's doubt opens the clause; what follows is what is
 * asked (the «qu'» and «j'» are gone from normalised text). Shared with the message reader: a follow-up
 * behind such a frame still points back.
 */
export const OPINION_FRAME =
  '(?:(?:et|mais|alors|donc|bon|ok)\\s+)*(?:(?:je|j)\\s+)?(?:suppose|imagine|presume|crois|pense)(?:\\s+(?:bien|donc|alors))?(?:\\s+que)?(?=\\s+(?:il|elle|ils|elles|on|c|ce|ca|cela|la|le|les|y|vous|nous|je|tu|mon|ma|mes|notre|nos|votre|vos|l|un|une|rien|tout)\\b)|(?:(?:et|mais|alors|donc|bon|ok)\\s+)*il\\s+(?:me|nous)\\s+(?:semble|semblait)(?:\\s+(?:bien|pourtant))?(?:\\s+que)?|si\\s+(?:(?:je|j)\\s+)?(?:ai|avais)\\s+bien\\s+compris|si\\s+je\\s+comprends\\s+bien|i\\s+(?:assume|guess|suppose|presume|believe|imagine)(?:\\s+that)?|am\\s+i\\s+right\\s+(?:that|in\\s+thinking\\s+that|to\\s+think\\s+that)|correct\\s+me\\s+if\\s+i\\s+(?:m|am)\\s+wrong';

/**
 * «… si je ne me trompe pas ?», «sauf erreur de ma part», «if I'm not mistaken»: a hedge names no
 * topic (its «tromper», its «erreur» would).
 */
const HEDGE = new RegExp(
  `\\b(?:si je ne me trompe pas|si je me trompe pas|sauf erreur(?: de ma part)?|si je ne m abuse|if i m not mistaken|if i am not mistaken|unless i m mistaken|unless i am mistaken)\\b|^(?:${OPINION_FRAME})\\b`,
);

/**
 * «ok bye, thanks, je transmets à mon boss»: passing the answer on to someone is a closing aside,
 * not an invoice transmitted.
 */
const PASS_ON =
  /\b(?:je|j|on|nous)\s+(?:vais\s+|va\s+|allons\s+)?(?:(?:le|la|les|l|lui|leur)\s+)?(?:transmets|transmet|transmettons|transmettrai|transmettre|fais suivre|fait suivre|faire suivre|ferai suivre|transfere|transferer|transfererai|passe l info|passer l info|passe le message|passer le message)\s+(?:(?:tout ca|ca|cela|l info|l information|les infos|la reponse|vos reponses|votre reponse)\s+)?a\s+(?:mon|ma|mes|notre|nos)\s+(?:boss|chef|cheffe|patron|patronne|collegue|collegues|equipe|responsable|directeur|directrice|manager|associe|associee|comptable|dsi|service)\b/;

/**
 * «Madame, Monsieur, je me permets de vous écrire au nom de ma société…», «je vous contacte au
 * sujet de…»: a letter's opening formula frames it, with whom it speaks for, up to what it writes
 * for («… au nom de mon employeur afin de savoir…»); writing to the support is not what it asks.
 */
const LETTER_OPENING =
  /\b(?:(?:je|nous)\s+(?:me|nous)\s+(?:permets|permettons)\s+de\s+(?:vous\s+)?(?:ecrire|contacter|adresser\s+(?:ce|cette|le\s+present|la\s+presente)\s+(?:message|courrier|mail|courriel|demande))|(?:je|nous)\s+vous\s+(?:ecris|ecrivons|contacte|contactons)(?=\s+(?:au\s+nom|au\s+sujet|pour|car|afin|concernant|suite|a\s+propos|en\s+tant|de\s+la\s+part)\b))(?:\s+(?:au\s+nom|de\s+la\s+part)\s+(?:de|d|du|des)\s+(?:(?!(?:afin|pour|car|concernant|au\s+sujet|a\s+propos|suite)\b)\S+\s*)*)?/;

/**
 * «j'ai déjà ouvert un ticket, …», «déjà envoyé deux tickets, …», «on a déjà appelé le support deux fois,
 * …»: what the writer already did with the support tells the story; the question is what follows.
 */
const ALREADY_CONTACTED =
  /\b(?:(?:(?:j|je|on|nous)\s+)?(?:ai|a|avons)\s+)?deja\s+(?:(?:fait|ouvert|envoye|cree|depose|rempli|poste)\s+(?:un|une|1|deux|2|trois|3|plusieurs|des)\s+(?:tickets?|demandes?(?:\s+(?:d\s+)?(?:aide|assistance))?|formulaires?)|(?:appele|telephone|ecrit\s+(?:a|au)|contacte|relance)\s+(?:(?:le|la|l|votre|vos|au)\s+)?(?:support|assistance|hotline|service\s+client|claudia)(?:\s+(?:deux|trois|plusieurs|2|3|\d+)\s+fois)?)\b/;

/**
 * «l'assistance me l'a confirmé», «le conseiller m'a dit de…», «ClaudIA m'a expliqué que…»: what
 * the support already said frames the message; what it said, after, is read on its own.
 */
const SAID = '(?:dit|confirme|conseille|explique|indique|recommande|assure|promis)';
const SUPPORT_SAID = new RegExp(
  String.raw`\b(?:(?:votre|vos|le|la|l|les|un|une|ton|ta)\s+)?(?:support|agents?|agentes?|conseill(?:er|ere)s?|operat(?:eur|rice)s?|hotline|assistance|service\s+client|claudia|chatbot|bot|robot)(?:\s+(?:d\s+hier|de\s+hier|hier|de\s+la\s+semaine\s+derniere|du\s+support|au\s+telephone|du\s+chat|ce\s+matin))?\s+(?:(?:(?:me|m|nous)\s+)?(?:a|ont|avait|avaient)\s+(?:(?:deja|bien|gentiment)\s+)?${SAID}(?=\s+(?:de|d|que|qu|si|il|elle|ils|elles|on|c|ca|cela|je|j|nous|vous)\b)|(?:me|m|nous)\s+(?:(?:l|le)\s+)?(?:a|ont|avait|avaient)\s+(?:(?:deja|bien)\s+)?${SAID}(?=\s*$))\b`,
);

/** What the sentence then asks about the ticket or the call itself («…, où il en est ?», «…, toujours pas de réponse»): the contact is the topic. */
const ABOUT_THE_CONTACT =
  /\b(?:ou (?:il|elle|ils|elles) en (?:est|sont)|ou en est (?:il|elle)|(?:le|la|les) (?:suivre|relancer|retrouver|consulter)|(?:il|elle|ils|elles) (?:a|ont) (?:bien )?ete (?:traitee?s?|lue?s?|pris en compte|prise en compte|recue?s?)|(?:son|sa|leur) (?:suivi|statut|etat|numero|reference)|(?:pas|aucune?|sans|toujours pas) (?:de |d )?(?:reponse|retour|nouvelles?))\b/;

/** The asides above, where they start in a clause. */
const ASIDES = [NO_TIME, RELAYED, HEDGE, PASS_ON, LETTER_OPENING, ALREADY_CONTACTED, SUPPORT_SAID] as const;
function firstAside(text: string, contactIsTopic: () => boolean): RegExpExecArray | null {
  return ASIDES.map((a) => (a === ALREADY_CONTACTED ? alreadyContacted(text, contactIsTopic) : a.exec(text)))
    .filter((m) => m !== null && m[0].trim() !== '')
    .sort((a, b) => a!.index - b!.index)[0] ?? null;
}
/** The contact already made, unless the sentence asks about it (read only once that contact is found). */
function alreadyContacted(text: string, contactIsTopic: () => boolean): RegExpExecArray | null {
  const m = ALREADY_CONTACTED.exec(text);
  return m && !contactIsTopic() ? m : null;
}

/**
 * «c'est qui ClaudIA ? je l'ai vue en bas de la page»: where the thing asked about was seen (the
 * «l'» is gone from normalised text), a whole clause that ends with the place, says no topic.
 */
const SEEN_AT =
  /^(?:(?:et|mais|car|parce que)\s+)?(?:je|j|on|nous)\s+(?:ai|a|avons)\s+(?:vu|vue|vus|vues|apercu|apercue|remarque|remarquee|croise|croisee)\s+(?:(?:en\s+(?:bas|haut))(?:\s+a\s+(?:droite|gauche))?|sur|dans|au|a)\s+(?:(?:de|du|des|d)\s+)?(?:(?:la|le|les|l|votre|ce|cette)\s+)?(?:page|ecran|site|portail|accueil|ecran d accueil|fenetre|coin|menu|interface|appli|application)(?:\s+(?:d accueil|de chorus|de chorus pro|chorus pro|chorus|du portail|du site|internet|web))?$/;

/**
 * «je suis le fils d'un plombier», «je découvre le portail», «je suis nouvelle ici»: who the
 * writer is, in a few words and nothing else (no «et…», no problem), says what the message is not
 * about: beside a greeting in a message that asks nothing, it is that greeting.
 */
const PRESENTS_ONESELF =
  /^(?:(?:et|alors|donc)\s+)?(?:(?:je|j)\s+(?:suis|decouvre|debute|commence)(?:\s+(?!(?:et|mais|car|donc|ou|bloquee?s?|perdue?s?|coincee?s?|perdu|ne|n|pas|plus|rien)\b)\w+){0,7}|(?:c|ce)\s+est\s+ma\s+premiere\s+(?:fois|connexion|visite))$/;
export const presentsOneself = (text: string): boolean => PRESENTS_ONESELF.test(text);

/** «…, Transports Dupont SARL.»: a company's name alone, its legal form last, signs; it asks nothing. */
const COMPANY_NAME =
  /^(?!.*\b(?:je|j|nous|on|il|elle|suis|sommes|est|sont|ma|mon|notre|nos|mes|un|une|la|le|les|des|en|pour|de|du|d|ou|et|ni|or|and|quel|quelle|quoi|what|which)\b)(?:\w+\s+){1,4}(?:sarl|sas|sasu|eurl|sci|scop|snc|eirl|selarl|gie)$/;

/** Where a negated clause turns to what is wanted: «pas X, juste Y». */
const ONLY = /\b(?:juste|seulement|simplement|uniquement|just|only)\b/;
/**
 * «ce n'est pas X le souci, c'est que…», «… le problème c'est plutôt…»: the turn to the real matter;
 * «c'est pas la saisie qui m'intéresse c'est l'envoi par EDI», «c'est pas les honoraires qui posent
 * problème c'est les péages», even with no comma before it; a dictated «je veux pas de la FAQ du coup
 * je voudrais…», «non pas pour des fournitures du coup c'est pour un chantier»: what the user goes on to say;
 * «ma facture, pas en brouillon, elle est où ?»: the question about the thing named.
 */
const TURN =
  /\b(?:(?:du\s+coup|donc|alors|par\s+contre|en\s+fait)\s+(?=(?:je|j|on|nous|est\s+ce|comment|ou|quand|c\s+est\s+pour)\s)|(?<=\s)(?:il|elle|ils|elles)\s+(?:est|sont)\s+ou\b|(?:le|mon|notre|la|ma)\s+(?:vrai\s+)?(?:souci|soucis|probleme|blocage|question)\s+(?:c\s+est|est|ce\s+est)\s+(?:que|qu|plutot)|c\s+est\s+plutot|(?<!\bce\s+est\s+pas\s)c\s+est\s+(?:que|qu)|(?<=\b(?:interesse|interessent|concerne|concernent|preoccupe|preoccupent|cherche|cherchons|veux|voulons|demande|demandons|vise|visons|probleme|problemes|souci|soucis)\s)(?:c|ce)\s+est\s+(?!pas\b|plus\b|ni\b))\b/;

/**
 * «… à part des histoires de frais de justice qui ne me concernent pas», «… which don't apply to
 * us»: what the clause names is set aside as a whole, like a negated one.
 */
const NOT_MINE =
  /\bqui\s+ne\s+(?:me|nous)\s+(?:concerne|concernent|regarde|regardent|interesse|interessent)\s+pas\b|\bqui\s+n\s+(?:a|ont)\s+rien\s+a\s+voir\b|\b(?:that|which)\s+(?:don\s?t|do not|doesn\s?t|does not)\s+(?:concern|apply to|interest)\s+(?:me|us)\b/;

/** Chat spellings («jvoudrai» → «je voudrais») and a neighbour's request for a person read as the French one: the patterns below are French and English. */
const reader = createRewriter(READER_REWRITES);

/** Words of a normalised string: letters and digits only, one space apart, chat spellings expanded. */
export const wordsOf = (s: string): string => {
  const plain = s.match(/[a-z0-9]+/g);
  return plain ? reader.apply(plain).join(' ') : '';
};

/**
 * «pas les guides généraux, ceux pour les maîtres d'œuvre»: what a negated clause names, then «ceux» for
 * another kind of it (not «celui de l'URSSAF», someone else's, which the negation moved away from).
 */
const NEGATED_NOUN = /\b(?:pas|plus|ni|not)\s+(?:(?:de|d|les|le|la|l|des|du|un|une|ces|ce|cette|vos|votre|mes|ma|mon|nos|notre|the|a|an)\s+)?([a-z]{3,})\b/;
const THAT_KIND = /^((?:(?:je|j|on|nous)\s+(?:cherche|cherchons|veux|voulons|voudrais|parle|parlais|demande|demandais|vise|pensais\s+a)\s+)?(?:plutot\s+|mais\s+|juste\s+|seulement\s+)?)(?:ceux|celles|celui|celle)\b(?!\s+(?:ci|la|de|du|des|d)\b)/;

/** «pas de souci d'EDI, ni de brouillon, rien de tout ça…»: the list the negation goes on with. */
const NEGATION_GOES_ON = /^(?:(?:et|ou)\s+)?(?:ni\s+\w|rien\s+de\s+(?:tout\s+)?(?:ca|cela)$|(?:ni|ou)\s+rien\b)/;

function negationGoesOn(clauses: Clause[]): void {
  clauses.forEach((c, i) => {
    if (!c.negated && clauses[i - 1]?.negated && NEGATION_GOES_ON.test(c.text)) c.negated = true;
  });
}

/**
 * «pas les tutoriels pour débutants, je cherche ceux pour les experts»: the
 * demonstrative after a negated clause stands for the noun that clause rejected a kind of; it is
 * written out, so that the kind asked for is read with its noun.
 */
function namedAgain(clauses: Clause[]): void {
  clauses.forEach((c, i) => {
    const before = clauses[i - 1];
    if (c.negated || !before?.negated) return;
    const kind = THAT_KIND.exec(c.text);
    const noun = kind ? NEGATED_NOUN.exec(before.text)?.[1] : undefined;
    if (kind && noun) c.text = `${kind[1]}${noun}${c.text.slice(kind[0].length)}`;
  });
}

/**
 * Splits a sentence into clauses at commas and «mais»; a negation covers its clause from the
 * trigger on (words before it stay: «facture, je ne veux pas de webinaire»).
 */
export function clausesOf(sentence: string, question: boolean): Clause[] {
  const out: Clause[] = [];
  // «le lien pour l'envoyer, il est où ?»: the pronoun takes up what the clause before named.
  // «il est où, le bouton ?»: the thing named after the question is its subject.
  const joined = sentence
    .replace(/,\s*(?=(?:il|elle|ils|elles)\s+(?:est|sont)\s+ou\b)/g, ' ')
    .replace(/\b((?:il|elle|ils|elles)\s+(?:est|sont)\s+ou(?:\s+(?:exactement|donc|alors|deja))?)\s*,\s*(?=(?:le|la|les|l|ce|cet|cette|ces|votre|vos)\s+\w)/g, '$1 ');
  let aboutTheContact: boolean | undefined;
  const contactIsTopic = () => (aboutTheContact ??= ABOUT_THE_CONTACT.test(wordsOf(joined)));
  const parts = joined.split(/(?<!\d),|,(?!\d)|\bmais\b|\bbut\b|\bplutot\b|\brather\b/).flatMap((part): { text: string; aside?: true }[] => {
    const out: { text: string; aside?: true }[] = [];
    let text = wordsOf(part);
    for (let aside = firstAside(text, contactIsTopic); aside; aside = firstAside(text, contactIsTopic)) {
      const end = aside.index + aside[0].length;
      out.push({ text: text.slice(0, aside.index).trim() }, { text: aside[0].trim(), aside: true });
      text = text.slice(end).trim();
    }
    return [...out, { text }];
  });
  for (const { text, aside } of parts) {
    if (!text) continue;
    if (aside) {
      out.push({ text, question, negated: true });
      continue;
    }
    const neg = NEGATION.exec(text) ?? WORKS.exec(text) ?? KNOWN.exec(text);
    if (!neg && (FINE.test(text) || NOT_MINE.test(text) || SEEN_AT.test(text) || (!question && COMPANY_NAME.test(text)))) {
      out.push({ text, question, negated: true });
    } else if (neg) {
      const before = text.slice(0, neg.index).trim();
      if (before) out.push({ text: before, question, negated: false });
      // «je ne veux pas refuser le décompte, juste corriger le montant»: what follows «juste» is wanted.
      const rest = text.slice(neg.index);
      // «ce n'est pas le mot de passe le souci, c'est que je ne sais pas où elle en est»: so is what follows the turn.
      const only = [ONLY.exec(rest), TURN.exec(rest)].filter((m) => m !== null).sort((a, b) => a.index - b.index)[0];
      out.push({ text: only ? rest.slice(0, only.index).trim() : rest, question, negated: true });
      if (only) out.push({ text: rest.slice(only.index).trim(), question, negated: false });
    } else {
      out.push({ text, question, negated: false });
    }
  }
  negationGoesOn(out);
  namedAgain(out);
  return out;
}
