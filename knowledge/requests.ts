/**
 * Whether a clause asks the bot for a person or a ticket now («je veux parler à un conseiller»,
 * «ouvrez-moi un ticket», «put me through to someone»), or only names one or asks how to reach it
 * («comment contacter un conseiller ?»). Read on normalised clause text, for message.ts.
 */

import { indirectAgentAt, SUPERIOR } from './requests-indirect';
import { alternation, OTHER_BODIES, PUBLIC_AGENT_QUALIFIERS, THROUGH_ADVERBS } from './shared-phrases';

export type Request = 'agent' | 'ticket';

/** A person to talk to, named («un conseiller», «un humain», «an agent»); not the operator that sends invoices («passer en EDI avec un opérateur»). */
export const AGENT_TARGET = new RegExp(
  `\\b(?:(?<!\\b(?:me|m|nous|vous|te|t|lui|leur|pour|en)\\s)conseill(?:er|ere|ers|eres)(?!\\s+(?:(?:de\\s+la|de\\s+l|de|du|des|d|a\\s+la|a\\s+l|chez)\\s+)?(?:${alternation(OTHER_BODIES)}|banque|bancaires?|financiers?|fiscal|fiscaux)\\b)|(?<=\\b(?:un|une|1|au|a un|avec un|le|des|vos)\\s)conseill(?:e|ee|es|ees)\\b(?!\\s+(?:par|de|d|a)\\b)|(?<!\\b(?:repondre|expliquer|dire|informer|former|renseigner|transmettre|rassurer)\\s+(?:a\\s+|aux\\s+|a\\s+nos\\s+|a\\s+mes\\s+|nos\\s+|mes\\s+|les\\s+)?)agents?(?!\\s+(?:${alternation(PUBLIC_AGENT_QUALIFIERS)})\\b)|humains?|etre humain|(?<!\\b(?:notre|nos|mon|mes|leur|leurs)\\s|\\b(?:par|via|through)\\s+(?:un|une|des|l|le|a|an)\\s|\\b(?:parametr|configur|install|raccord|integr|branch|connect)\\w*\\s+par\\s|\\b(?:intermediaire|biais|entremise|recours)\\s+(?:(?:d|de|des|du|a)\\s+)?(?:un|une|l)\\s|\\b(?:edi|dematerialis\\w*)\\s+(?:\\w+\\s+){0,3}?(?:avec|par|via|chez)\\s+(?:un|une|des|l|le|notre|mon)\\s|\\b(?:recommand|conseill|propos|sugger|compar)\\w*\\s+(?:un|une|des|quel|quels|les|le|l|de\\s+bons?)\\s)operat(?:eur|eurs|rice)(?!\\s+(?:de\\s+|d\\s+|en\\s+)?(?:dematerialisation|dematerialise|edi|flux|plateforme|pdp|agree|agrees|immatricul\\w*|telecom\\w*|telephon\\w*|mobile))|interlocut(?:eur|rice)|(?<=\\b(?:vos|votre)\\s)collaborat(?:eur|eurs|rice|rices)|(?:une|1|vraie?s?|real)\\s+(?:vraie?s?\\s+)?personnes?|(?<=\\b(?:vraie?s?)\\s)persos?\\b|vraie?s?\\s+gens|quelqu un|quelquun|quelqun|qqn|employee?s?(?=\\s+(?:en chair et en os|humains?|de chez vous|du support|de vos services)\\b)|en chair et en os|person|someone|somebody|human|(?:support|help ?desk) (?:guy|guys|person|people|team member)|advis(?:e|o)rs?|representatives?|members? of (?:staff|your (?:team|staff|support team)|the (?:support )?team)|membres? (?:de votre|de vos|du|de l) (?:equipe|service|support|equipes|services)|${SUPERIOR})\\b`,
);
const AGENT_ACTION = new RegExp(
  `\\b(?:parl\\w*|discut\\w*|echang\\w*|entreten\\w*|entretien|joindr\\w*|contact\\w*|recontact\\w*|avoir|pass(?:e[rz]?|iez)(?!\\s+(?:(?:${alternation(THROUGH_ADVERBS)})\\s+)?par\\b)|mett\\w*|mis|relation|transf\\w*|transm\\w*|rapp?el\\w*|appel\\w*|chatt?\\w*|rendez\\s+vous|rdv|telephon\\w*|interven\\w*|escalat\\w*|escalad\\w*|vive voix|bout du fil|trouvez|communication|communiquer|(?:voir|regler|traiter)(?=\\s+(?:(?:ca|cela|ceci|tout ca|ce point|le probleme|mon probleme|mon dossier)\\s+)?(?:(?:directement|en direct)\\s+)?avec\\b)|(?<=\\b(?:me|m|nous)\\s)guid(?:er|e|ent|iez)|talk|speak|chat|call|phone|ring|connect\\w*|transfer|get|put)\\b`,
);
/** A ticket or a written request to the support, named («faites-moi une demande»: the bot asked to file one; «le signaler au support»: a report to it; «une demande écrite»). */
export const TICKET_TARGET =
  /\b(?:tickets?(?!\s+(?:resto|restos|restaurant|restaurants|repas|de caisse|de metro|de bus|de train|de cinema|cinema))|incident|(?<!\bmemoires?\s+(?:en\s+|de\s+)?)(?<!\bcompetente?s?\s+(?:pour|en matiere de)\s+(?:(?:une|la|les|ma|mes|des|de|d)\s+)?)reclamation|(?<!\b(?:porter|porte|portons|portez|portent|deposer|depose|deposons|deposez|deposent)\s+(?:une\s+)?)plaintes?(?!\s+(?:contre|penales?|au penal|a la (?:police|gendarmerie)|au (?:commissariat|procureur|tribunal)|aupres (?:de la (?:police|gendarmerie)|du (?:procureur|tribunal))))|demande\s+(?:d\s+)?(?:assistance|aide|support|intervention)|demande\s+(?:(?:ecrite|officielle|formelle|en bonne et due forme)\s+)?(?:au|de|aupres\s+du|aupres\s+de\s+(?:votre|vos)|a\s+(?:votre|vos))\s+(?:equipes?\s+(?:de\s+|du\s+)?)?supp?ort|demande\s+(?:\w+\s+){0,4}aupres\s+(?:de\s+)?(?:votre|vos|du)\s+(?:services?|equipes?)\s+(?:d\s+|de\s+|du\s+)?(?:assistance|support)|(?<=\b(?:ma|notre|cette|une)\s)demande\s+(?:\w+\s+){0,3}(?:a|aupres de)\s+(?:vos|votre)\s+(?:services?|equipes?)\b|signalement|(?<=\b(?:une|ma|la|cette)\s)demande\s+ecrite\b|ecri(?:re|vez|s)\s+(?:au|a\s+votre|a\s+un)\s+(?:support|service\s+(?:client|support))|(?<=\bsignal(?:er|e|ons|ez)\s+(?:(?:le|la|les|l|ca|cela)\s+|(?:un|une|mon|ma|ce|cet|cette)\s+\w+\s+)?)(?:au|a\s+votre|a\s+l)\s+(?:support|service\s+(?:client|support)|assistance)|(?<=\b(?:un|une|1)\s)(?:truc|machin|dossier|quelque\s+chose)(?=\s+(?:au|chez\s+le|aupres\s+du|a\s+votre|pour\s+le|with|to)\s+(?:support|service\s+client|assistance|helpdesk|help\s+desk)\b)|formulaire\s+(?:ecrit\s+)?(?:au|a\s+votre|pour\s+le|du)\s+(?:support|service\s+(?:client|support))|(?<=\b(?:create|open|file|raise|submit|log|register)\s+(?:(?:a|the|my|this|that|an|un|une)\s+)?(?:(?:formal|official|written)\s+)?(?:support\s+|help\s+)?)(?:requests?|cases?)(?=\s+(?:(?:au|to|to the|to your|with the|with your|with)\s+(?:technical\s+)?support\s+)?(?:for|on (?:my |our )?behalf|right now|now|asap|immediately|today|please|tout de suite)\b|\s+(?:au|to|to the|to your|with the|with your|with)\s+(?:technical\s+)?support\b|\s*$)|(?:cre\w*|ouvr\w*|enregistr\w*)\s+(?:(?:moi|nous)\s+)?(?:(?:directement|simplement|donc|alors|vite|rapidement|tout de suite|des a present|des maintenant|immediatement|sans attendre)\s+)?(?:la|une|ma|cette)\s+(?:(?:nouvelle|autre|seconde|deuxieme|2e|vraie)\s+)?(?:demande|requete)(?!\s+(?:de|d)\s+(?:paiement|acompte|remboursement))|(?:(?:faites|fais)\s+(?:moi|nous|leur|lui)|(?:pouvez|pourriez|peux|pourrais)\s+(?:(?:vous|tu)\s+)?(?:me|nous|leur|lui)\s+faire)\s+(?:(?:donc|alors|vite|rapidement|tout de suite)\s+)?une\s+demande(?!\s+(?:de|d)\s+(?!(?:assistance|aide|support|intervention|ma\s+part|notre\s+part)\b)))\b/;
const TICKET_ACTION =
  /\b(?:adresser|adressons|adressez|adresserai|adresserais|adresse\s+(?=(?:une|ma|la|cette|notre)\s+demande\b)|ouvr\w*|ouverture|soi(?:t|ent)\s+(?:\w+ment\s+)?ouverte?s?|transm\w*|cre[eai]\w*|cree|fai\w*|fais|depos\w*|envoy\w*|rempli\w*|laiss\w*|signal\w*|declar\w*|enregistr\w*|open\w*|creat\w*|rais\w*|file|filed|log|logged|submit\w*)\b/;
/** «ouvrez-en un», «créez-en un pour moi», «faites-en un»: the ticket named in the previous message. */
const TICKET_PRONOUN = /\b(?:(?:(?:ouvr|cre)\w*|fais|faites)\s+en\s+(?:un|une|1)|en\s+(?:(?:ouvr|cre|fair)\w*|fais|faites)\s+(?:un|une|1))(?!\w)/;
/** «fermer mon compte et en créer un»: the «en» stands for a thing of the portal the clause named first, no ticket. */
const OTHER_THING = /\b(?:comptes?|espaces?|acces|structures?|utilisateurs?|factures?|avoirs?|identifiants?|mots? de passe|adresses?)\b/;
const ticketPronoun = (clause: string): boolean => {
  const m = TICKET_PRONOUN.exec(clause);
  return m !== null && !OTHER_THING.test(clause.slice(0, m.index));
};
/** «ce serait bien que le support soit au courant», «pouvez-vous prévenir le support ?»: the support told of it, a ticket. */
const INFORM_SUPPORT =
  /\b(?:(?:que|qu)\s+(?:le|votre|l)\s+(?:support|assistance|service\s+(?:client|support))\s+(?:soit|soient|sera|est)\s+(?:mis\s+|tenu\s+)?au\s+courant|(?:mettre|mettez|mets|tenir|tenez|tiens)\s+(?:le|votre|l)\s+(?:support|assistance|service\s+(?:client|support))\s+au\s+courant|(?:prevenir|prevenez|previens|informer|informez|alerter|alertez)\s+(?:le|votre|l)\s+(?:support|assistance|service\s+(?:client|support)|equipe\s+(?:technique|support)))\b/;
/** «ouvre-m'en un», «créez-en une»: the imperative itself asks for it, no «je veux» needed. */
const OPEN_ONE = /\b(?:ouvr(?:e|ez)|cre(?:e|ez)|fai(?:s|tes))\s+(?:(?:moi|nous)\s+)?en\s+(?:un|une|1)(?!\w)/;
/**
 * The user asks the bot to do it (desire, polite request, imperative, «il conviendrait que je sois
 * mis en relation…», «je vous saisis afin que soit ouverte une demande…» of a formal letter), not how it is done nor what was heard of it («I heard you
 * can raise a ticket…»).
 */
export const REQUEST_MARKER =
  /\b(?:il\s+(?:faudrait|faut|conviendrait|convient|serait\s+(?:souhaitable|preferable|bon|utile|opportun|urgent))\s+(?:\w+\s+){0,2}?(?:que|qu)\s+(?:je|nous|on)\s+(?:sois|soit|soyons)\b|(?:je|j)\s+(?:veux|veut|veu|souhaite|prefere|demande)|(?:(?:je|j)\s+)?(?:voudrais|voudrai|vouderais|voudrait|aimerais|aimerai|souhaiterais|prefererais|exige|exigeons|sollicite)|(?:on|nous)\s+(?:aimerait|aimerions|voudrait|voudrions)|je vous prie(?:\s+de)?|nous vous prions(?:\s+de)?|je vous demande|nous vous demandons|vous solliciter|(?:je|nous) vous saisi(?:s|ssons)(?=\s+(?:\w+\s+){0,4}?(?:afin|pour|de|d|que|qu)\b)|(?:ai|avons) (?:l )?honneur de (?:vous )?(?:solliciter|demander)|a pour objet de (?:solliciter|demander)|(?:auriez|auriez vous|aurais tu) (?:l )?(?:obligeance|amabilite|gentillesse)|(?:me )?permettriez vous|i (?:would|d) be (?:most |very |really |so )?grateful (?:if|for)|(?:would|will) it be possible (?=for|to)|is it possible (?=for (?:someone|somebody|a|an|one)\b)|bien vouloir|veuillez|je vous saurais gre|(?:je|nous) vous (?:serais|serions|serai|serons) (?:tres |bien )?(?:oblige|obligee|obliges|obligees|reconnaissante?s?)|(?:pouvez|pourriez|pourrais|peux)\s+(?:vous|tu|je)|je\s+(?:peux|pourrais)\s+(?=(?:parler|avoir|discuter|echanger|joindre|etre mis|etre rappele|talk|speak)\b)|(?:vous|tu)\s+(?:pouvez|pourriez|peux|pourrais)|(?:vous|tu)\s+(?:allez|vas)\s+(?:me|m|nous)\b|passez|passe moi|passes moi|trouvez (?:moi|nous)|trouve (?:moi|nous)|mettez|mets moi|transferez|transmettez|escaladez|escalate (?:moi|me|nous|us|this|it|my)|serait il (?:possible|envisageable) de (?=transmettre|ouvrir|creer|me mettre|me passer|faire suivre)|(?:serait il|il serait) (?:possible|envisageable) (?:qu |que )?(?:l )?(?=(?:un|une|quelqu)\s)|serait il (?:possible|envisageable)(?: (?:eventuellement|par hasard|peut etre))? (?:de |d )?(?=(?:avoir|parler|joindre|echanger|discuter|etre (?:mis|rappele|recontacte))\b)|(?:je )?me permets de vous (?:demander|solliciter)|(?:si|if)\s+(?:(?:jamais|toutefois|seulement|par hasard|ever)\s+)?(?:\w+\s+){0,5}?(?:pouvait|pouviez|pouvaient|voulait|vouliez|voulaient|could|would)\b|(?:ce|ca|cela|it)\s+(?:serait|serais|would be|d be)\s+(?:(?:vraiment|tres|trop|really|so)\s+)?(?:bien|top|cool|parfait|genial|super|ideal|sympa|gentil|nice|great|good|helpful|lovely)\s+(?:(?:d|de|to|si|if|que|qu)\b|(?=(?:avoir|etre|parler|pouvoir|joindre|echanger)\b))|je me demandais si (?=(?:quelqu|qqn|quelquun|vous|un|une|on)\b)|i was wondering (?:whether|if) (?=(?:i|we|someone|somebody|you|it|an?)\b)|(?:whether|if) it (?:would|might|could) be possible (?=for|to)|is it possible (?=(?:to|de|d)\s+(?:speak|talk|chat|parler|discuter|echanger|get|have|avoir)\b)|^(?:(?:bon|ok|alors|donc)\s+)?(?:ouvre|cree|fais|transmets|envoie)\s+(?:un|une|ma|le|la)\s+(?=tickets?|demande)|rappelez|ouvrez|creez|faites|enregistrez|il me faut|besoin\s+(?:de|d)|(?:ai|aurais|aurai|avons|aurions|avais)\s+(?:(?:vraiment|absolument|urgemment|grandement)\s+)?besoin\b|est ce que je peux|est ce qu on peut|puis je|svp|stp|il vous plait|please|can i|could i|can you|could you|would you|will you|i (?:really |just |urgently )?(?:want|d like|would like|need)|i (?:hereby )?wish to|i (?:hereby )?request (?:that )?|i (?:could|can) (?=(?:speak|talk|chat|get|have|be put)\b)|(?:is there )?any chance|(?<!\b(?:heard|told|read|said|says|know|knew|think|thought|believe|believed|understand|understood|seems|apparently|that)\s)(?:if )?you (?:could|can|would) (?=(?:open|create|file|raise|log|put|connect|transfer|escalate|pass|get)\b)|(?:je|j|on) (?:need|want)|open (?:moi |me |nous |us )?(?:un|une|a|an|my|mon)\s+(?=(?:tickets?|demande|request|case)\b)|(?:ouvre|cree|fais|envoie|passe|mets|transfere|rappelle|enregistre)s? (?:moi|nous)|let me|get me|put me|connect me|merci de|merci\s+(?:d\s+)?(?:bien vouloir\s+)?(?:(?:m|me|nous)\s+)?(?:ouvr|cre|transmet|transf|pass|mett|rappel|enregistr|contact)\w*|(?<!\b(?:quoi|faire|fais|fait|on fait|je fais|clair|clear|compris|comprends|comprend|mieux|limpide|vois|evident|logique) )maintenant|tout de suite|directement|immediatement|right now|asap|(?:y a t il|y aurait il|il y a|il y aurait|est ce qu il y a) (?:un )?moyen (?=(?:que|qu|quelqu|un|une|vous|on)\b)|\by a moyen (?=(?:de|d)\s+(?:parler|avoir|joindre|discuter|echanger)\b)|(?:il )?y (?:a|aurait) (?:pas|plus|jamais|vraiment pas) moyen (?=(?:que|qu|quelqu|un|une|vous|on|avoir|parler|joindre)\b)|est ce que (?:quelqu un|qqn|quelquun|un conseiller|un agent|vous|quelqu un de chez vous) (?:va|vont|peut|pourrait|pouvez|pourriez|allez)|est ce (?:un conseiller|une conseillere|un agent) (?:va|peut|pourrait) (?=(?:me|m|nous)\s|(?:rapp?el|appel|joindr|recontact|contact|telephon)\w*)|(?:can|could|will) (?:someone|somebody|anyone|one of you)|(?:ouvr|cre|fai|lanc|envoy|depos|ecriv)\w*\s+(?:\w+\s+){1,3}pour (?:moi|nous)|(?:open|create|file|raise|log)\s+(?:\w+\s+){1,3}(?:for (?:me|us)|on (?:my|our) behalf)|kindly (?=(?:open|raise|create|log|file|connect|transfer|escalate|put)\b))\b/;
/** How a thing is done, where, when, whether one cannot even do it («je peux même pas écrire au support ?»): an article's question, not a request to the bot. */
export const HOW_TO =
  /\b(?:comment|(?:je|j)\s+(?:veux|voudrais|aimerais|souhaite|souhaiterais)\s+(?:bien\s+|juste\s+|d abord\s+)?(?:comprendre|connaitre|savoir|en savoir plus)|i\s+(?:want|would like|d like)\s+to\s+(?:understand|know)|(?:je|j|on|nous)\s+(?:ne\s+|n\s+)?(?:peux|peut|pouvons|pourrai|pourrais|arrive|arrivons)\s+(?:meme\s+)?(?:pas|plus)\s+(?:(?:vous|leur|lui|les|le)\s+)?(?:ecrire|contacter|joindre|appeler)|(?<!\b(?:moment|jour|fois|instant|endroit|cas|mesure|epoque|periode|la) )ou (?:est|es|sont|se trouve|trouver|je|on|puis|peut)|(?:c\s+)?est\s+ou|ou(?=\s+(?:une fois|exactement|du coup|svp|stp)\b)|quel|quelle|quels|quelles|difference|differences|chemin d acces|modalites|fonctionnement|horaires?|(?<!\b(?:une|1|deux|trois|quatre|cinq|des|plusieurs|depuis|\d+)\s)heures?|jusqu|quand(?!\s+meme\b(?<=\b(?:(?:vous|tu)\s+(?:pouvez|pourriez|peux|pourrais)|(?:pouvez|pourriez|peux|pourrais)\s+(?:vous|tu)|ouvrez|ouvre|creez|cree|faites|fais|envoyez|transmettez|rappelez|passez)\s+(?:\w+\s+){0,5}quand\s+meme))(?!\s+(?:je|j|on|il|elle|ils|elles|nous|tu)\s+(?!peux|puis|pourrai|pourrais|dois|peut|pourra|pourrons)\w)|samedi|dimanche|week end|saturdays?|sundays?|weekends?|est il possible|il est possible|si c est possible(?=\s+(?:de|d|que|qu|pour)\b)|(?<=\b(?:savoir|sais|demande|demandais|demander) )si c est possible|y a t il(?! moyen)|par (?:ou|qui|quel|quelle|quoi)|aupres (?:de laquelle|duquel|desquels|desquelles|de qui|de quel\w*)|passe par|go through|goes through|existe|procedure|process|processus|workflows?|marche a suivre|demarches? a suivre|trouve pas|how|where|when(?!\s+(?:i|we|you|it|they)\s+(?!can|could|should|will)\w)|which(?!\s+(?:is|was|has|have|had|are|were|keeps?)\s+(?:not|still|never|been|stuck|pending|blocked|failing|broken)\b)|what time|is there(?! any chance\b)|are there|opening(?!\s+(?:a|an|the|my|our|this|that|one|tickets?|cases?|requests?)\b))\b/;

/**
 * «ClaudIA c'est une IA ou un vrai humain ?», «is it a bot or a real person?», «je parle à une vraie
 * personne ou à un programme ?»: what the assistant is, asked, not a person asked for; so is «… ou c'est que
 * le robot ?» after a way to reach someone (whether there is more than the robot).
 */
const BOT_OR_HUMAN =
  /\b(?:c est|est ce|est elle|is (?:it|she|this|that)|it s)\s+(?:(?:un|une|a|an)\s+)?(?:\w+\s+){0,2}(?:ou|or)\s+(?:(?:un|une|a|an)\s+)?(?:(?:vrai|vraie|real|actual)\s+)?(?:humain|personne|human|person|etre humain|human being)\b|\b(?:parle|parlons|discute|discutons|ecris|talking|speaking|chatting)\s+(?:a|avec|to|with)\s+(?:(?:un|une|a|an)\s+)?(?:(?:vrai|vraie|real|actual)\s+)?(?:humain|personne|human|person|etre humain|human being)\s+(?:\w+\s+){0,2}?(?:ou|or)\s+(?:(?:a|avec|to|with)\s+)?(?:(?:un|une|a|an)\s+)?(?:robots?|bots?|program\w*|machine|ia|ai|chatbot|logiciel|algorithm\w*)\b|\bou\s+(?:c\s+est\s+|est\s+ce\s+|il\s+y\s+a\s+|y\s+a\s+)?(?:que|qu|juste|seulement|uniquement)\s+(?:le|la|l|un|une|ce|cette|votre|the|a)\s+(?:robots?|bots?|chatbot|ia|assistante?|claudia|machine|programme)\b/;

/**
 * «is there an agent I can chat with right now?», «y a-t-il un conseiller disponible maintenant ?»:
 * whether someone is there now is asking for them (whether there is one at all, or when, is how
 * the support works).
 */
const THERE_NOW = /\b(?:is there|are there|y a t il|est ce qu il y a|il y a)\s+(?:\w+\s+){0,6}?(?:right now|now|maintenant|tout de suite|immediatement|en ce moment)\b/;

/** Someone asked for as there now (above), a person named. */
const asksWhoIsThereNow = (text: string): boolean => THERE_NOW.test(text) && AGENT_TARGET.test(text);

/**
 * «ClaudIA ou un humain ?», «plutôt le formulaire ou un conseiller ?», "chatbot or human?": which way
 * of reaching the support to take, asked with nothing else (how each works is the article's).
 */
const SELF_SERVICE = String.raw`(?:claudia|bot|robot|chatbot|ia|ai|assistante?\s+virtuel(?:le)?|virtual\s+assistant|faq|formulaire|form|mail|email|e\s+mail|courriel|telephone|phone)`;
const PERSON_CHANNEL = String.raw`(?:(?:vrai|vraie|real|live)\s+)?(?:agents?|conseill(?:er|ere)s?|humains?|humans?|operat(?:eur|rice)s?|personne|person)`;
const THE = String.raw`(?:(?:un|une|le|la|l|a|an|the|par|via|avec)\s+)?`;
const OR = String.raw`\s+(?:ou|or|vs|versus|ou\s+bien|ou\s+plutot|or\s+rather)\s+`;
const CHANNEL_CHOICE = new RegExp(
  String.raw`^(?:(?:et|alors|donc|plutot|rather|so)\s+)?${THE}(?:${SELF_SERVICE}${OR}${THE}${PERSON_CHANNEL}|${PERSON_CHANNEL}${OR}${THE}${SELF_SERVICE})(?:\s+(?:alors|donc|plutot|then))?$`,
);

/** «et elle peut m'ouvrir un ticket elle-même ?», «le robot peut le faire tout seul ?»: what the assistant can do by itself, asked. */
const ASSISTANT_ITSELF =
  /\b(?:claudia|elle|le robot|le bot|le chatbot|l assistante?|l ia|it|she|the bot|the assistant)\s+(?:peut|pourrait|sait|saurait|est capable de|can|could)(?:\s+(?:elle|il))?\s+(?:\w+\s+){0,5}?(?:elle meme|lui meme|toute? seule?|itself|herself|on (?:her|its) own|by (?:herself|itself))\b/;

/** A how-to question (or what the assistant is or can do), unless it asks for a person without asking outright («y a-t-il quelqu'un de vivant ?»). */
export const asksHowTo = (text: string): boolean => (HOW_TO.test(text) || BOT_OR_HUMAN.test(text) || ASSISTANT_ITSELF.test(text) || CHANNEL_CHOICE.test(text.trim())) && indirectAgentAt(text) < 0 && !asksWhoIsThereNow(text) && !asksForPersonNow(text);

/** A short clause needs no verb: «un humain svp». */
const SHORT_CLAUSE_WORDS = 8;
/** The verbs of a wish that names what it wants right after it. */
const WISH = 'veux|voudrais|voudrai|aimerais|souhaite|souhaiterais|exige|want|need|d like';
/** «je veux un (vrai) conseiller…», «I want a human»: the wish names the person directly. */
const WANTS_AGENT = new RegExp(`\\b(?:${WISH}|prefere)\\s+(?:(?:juste|seulement|simplement|vraiment|just|only|really)\\s+)?(?:(?:un|une|1|a|an|vrai|vraie|real|live)\\s+)*${AGENT_TARGET.source.slice(2)}`);
/** «je veux un ticket», «I want a ticket»: the wish names the ticket directly. */
const WANTS_TICKET = new RegExp(`\\b(?:${WISH})\\s+(?:(?:un|une|1|a|an|mon|my)\\s+)?(?:tickets?|incident|demande\\s+(?:d\\s+)?(?:assistance|aide|support))\\b`);
/** «Un humain. Pas un bot.», «un conseiller !», «need a human»: a clause that is only the person asks for one. */
const BARE_AGENT = /^(?:(?:i\s+)?(?:need|want)\s+)?(?:(?:un|une|1|a|an|vrai|vraie|real|live|des|de)\s+)*(?:humains?|agents?|etre humain|conseill(?:er|ere)s?|human|human being|real person|vraie personne|interlocut(?:eur|rice))(?:\s+(?:possible|dispo|disponible|available))?$|^(?:votre|your)\s+(?:chef|superieure?|responsable|manager|supervisor)$/;

/** A clause that only names a person («un vrai humain», «l'agent», «votre responsable»), politeness and urgency aside. */
export function onlyNamesPerson(text: string): boolean {
  return BARE_AGENT.test(text.replace(URGE, ' ').replace(/\s+/g, ' ').trim());
}

/** «qu'on me rappelle», «que quelqu'un me rappelle», «could someone get back to me»: a call back names no person but asks for one. */
const CALL_BACK = new RegExp(
  [
    // «je voudrais qu'on me rappelle», «je préférerais qu'on m'appelle» (the elided «m'» is gone): a wish right before it.
    '\\b(?:veux|voudrais|voudrai|aimerais|souhaite|souhaiterais|prefere|prefererais)\\s+(?:qu\\s+|que\\s+)?(?:on|quelqu un|quelquun|qqn|vous|un conseiller|une conseillere|une personne)\\s+(?:me\\s+|m\\s+|nous\\s+)?(?:rapp?ell?\\w*|appell?\\w*|recontact\\w*|telephon\\w*|contact\\w*)\\b',
    // «pouvez-vous me rappeler demain ?», never «me rappeler le délai» (reminding).
    '\\b(?:me|nous)\\s+(?:rapp?ell?er|recontacter|telephoner)\\b(?=\\s*$|\\s+(?:par telephone|au \\d|sur mon|svp|stp|rapidement|vite|demain|des que possible|asap|aujourd hui|ce matin|cet apres midi)\\b)',
    '\\b(?:call|ring|phone)\\s+(?:me|us)\\s+back\\b|\\bget back to (?:me|us)\\b|\\b(?:call|ring|phone)\\s+(?:me|us)(?=\\s*$|\\s+(?:please|asap|today|tomorrow|on|at)\\b)',
  ].join('|'),
);

/** Being put in touch names no person but asks for one («mettez-moi en relation», «passez-le-moi», «vous pouvez me le passer ?»). */
const PUT_THROUGH = /\b(?:mett\w*|mets|mis)\s+(?:(?:moi|nous)\s+)?en\s+(?:relation|contact)\b|\bput me through\b|\bpasse[sz]?\s+(?:le|la|les)\s+moi\b|\b(?:me|nous)\s+(?:le|la|les)\s+passer\b/;

/** Politeness and urgency say nothing of a clause's length: «un vrai humain, tout de suite s'il vous plaît» is short. */
const URGE = /\b(?:s il vous plait|s il te plait|svp|stp|please|pls|plz|tout de suite|maintenant|immediatement|right now|now|asap|vite|rapidement|quickly)\b/g;

/** The word that closes a request («un conseiller svp, …»). */
const PLEASE = /\b(?:s il vous plait|s il te plait|svp|stp|please|pls|plz)\b/;

/**
 * «cmt je parle à un vrai conseiller là tout de suite stp»: the how-to asks for the person now
 * (right after who is named), not how contact works; «maintenant que le chat est fermé» is a time.
 */
const NOW_AFTER = /^\S+(?:\s+\S+){0,2}?\s+(?:la\s+)?(?:tout de suite|immediatement|maintenant(?!\s+(?:que|qu)\b)|right now|asap)\b/;
export function asksForPersonNow(text: string): boolean {
  const agent = AGENT_TARGET.exec(text);
  return agent !== null && NOW_AFTER.test(text.slice(agent.index));
}

/** «je voudrais lui parler, tout de suite»: the person was named before (the chat's agent); only urgency makes it a request now. */
const TALK_TO_THEM = /\b(?:lui|leur)\s+(?:parl\w*|caus\w*|discut\w*)\b.*\b(?:tout de suite|maintenant|immediatement|right now|asap)\b/;

/** Learning with someone («apprendre avec quelqu'un qui explique», «je préfère suivre quelqu'un qui explique») asks for a training, not for a person to talk to. */
const LEARN_WITH =
  /\b(?:apprendre|apprends|se former|me former|nous former|etre forme\w*|learn|learning|be trained)\s+(?:\w+\s+){0,2}(?:avec|aupres d\w*|with|from)\s+(?:un|une|des|quelqu|someone|somebody|a|an)\b|\b(?:suivre|ecouter|regarder|voir|follow|watch)\s+(?:quelqu un|qqn|une personne|un formateur|une formatrice|someone|somebody)\s+qui\s+(?:explique|montre|presente|forme|explains|shows)\b/;

/**
 * «quelqu'un peut m'expliquer…», «qqn peut résumer la réforme svp», «can someone explain…»: anyone
 * who explains will do, the explanation is what is asked (an article's); «quelqu'un peut me
 * rappeler ?» still asks for a person.
 */
const SOMEONE_EXPLAINS = /\b(?:quelqu un|quelquun|quelqun|qqn|someone|somebody|anyone|anybody)(?=\s+(?:peut|pourrait|pourra|pourrai[st]?|sait|saurait|can|could|will)\s+(?:(?:me|m|nous|moi|us|me)\s+)?(?:expliqu\w*|resum\w*|dire|eclair\w*|detaill\w*|precis\w*|indiqu\w*|clarifi\w*|explain|summari[sz]e|clarify|tell)\b)/;

/** «a transcript of my chat with the agent», «une copie de mon échange avec le conseiller»: a record of a conversation asked for, not a person. */
const RECORD_OF_A_CHAT =
  /\b(?:transcript|transcription|copy|copie|record|recording|enregistrement|log|history|historique|summary|resume|compte rendu)\s+(?:of|de|du|des|d)\s+(?:(?:my|our|the|this|that|ma|mon|notre|la|le|l|cette|ce|mes|nos|les)\s+)?(?:\w+\s+)?(?:chat|conversation|echange|exchange|discussion|call|appel)s?\b/;

/** The person or ticket a clause asks for now, if any (a how-to before what it names asks how, not for it). */
export function requestIn(text: string): Request | null {
  if (BOT_OR_HUMAN.test(text) || RECORD_OF_A_CHAT.test(text) || CHANNEL_CHOICE.test(text.trim())) return null;
  const clause = text.replace(SOMEONE_EXPLAINS, 'on');
  if (onlyNamesPerson(clause)) return 'agent';
  const calm = clause.replace(URGE, ' ');
  // «si personne ne peut m'aider, je laisse tomber», «y a quelqu'un de vivant ?»: asked without asking (requests-indirect.ts).
  const indirect = indirectAgentAt(clause);
  if (indirect >= 0 && !HOW_TO.test(clause.slice(0, indirect))) {
    // «I want to open a ticket now so someone can look at our account»: the ticket asked for first.
    const ticketFirst = TICKET_TARGET.exec(clause.slice(0, indirect));
    return ticketFirst && REQUEST_MARKER.test(clause) && TICKET_ACTION.test(clause) && !HOW_TO.test(clause.slice(0, ticketFirst.index)) ? 'ticket' : 'agent';
  }
  const thereNow = asksWhoIsThereNow(clause);
  if (!REQUEST_MARKER.test(clause) && !OPEN_ONE.test(clause) && !thereNow) return null;
  const agent = LEARN_WITH.test(clause) ? null : AGENT_TARGET.exec(clause);
  const ticket = TICKET_TARGET.exec(clause);
  // How-to words before the person or ticket make it a question («comment contacter un
  // conseiller ?»); after it, they say what for («… une demande au sujet de mon mot de passe,
  // que la procédure de réinitialisation ne rétablit pas»).
  const call = CALL_BACK.exec(clause);
  const target = Math.min(agent?.index ?? clause.length, ticket?.index ?? clause.length, call?.index ?? clause.length);
  if (HOW_TO.test(clause.slice(0, target)) && !thereNow && !asksForPersonNow(clause)) return null;
  // «un VRAI conseiller svp je paye mes impôts pour ça»: a short request closed by «svp», then a remark.
  const closed = PLEASE.exec(clause);
  const words = (text: string) => text.split(' ').filter(Boolean).length;
  const short = words(calm) <= SHORT_CLAUSE_WORDS || (closed !== null && target < closed.index && words(clause.slice(0, closed.index)) <= SHORT_CLAUSE_WORDS);
  // «merci de bien vouloir me mettre en relation»: the person is implied.
  const wantsAgent = (agent !== null && (short || AGENT_ACTION.test(clause) || WANTS_AGENT.test(clause) || thereNow)) || PUT_THROUGH.test(clause) || TALK_TO_THEM.test(clause) || call !== null;
  const wantsTicket = (ticket !== null && (short || TICKET_ACTION.test(clause) || WANTS_TICKET.test(clause))) || ticketPronoun(clause) || INFORM_SUPPORT.test(clause);
  // «open a ticket for me now: … we need someone to look into it»: the first thing asked for.
  if (wantsAgent && wantsTicket && ticket !== null) return ticket.index < (agent?.index ?? call?.index ?? clause.length) ? 'ticket' : 'agent';
  return wantsAgent ? 'agent' : wantsTicket ? 'ticket' : null;
}
