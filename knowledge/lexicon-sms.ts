/**
 * SMS, phonetic and chat spellings of French, word for word, on normalised words (lower case, no
 * accents, apostrophes already split). The replacement is what the word stands for; function
 * words then vanish as stop words, content words meet the articles' vocabulary. Only forms that
 * are not themselves common French words are listed ("sa", "ou", "a" are left alone), so that a
 * correctly spelt message never changes.
 */
export const SMS_WORDS: Readonly<Record<string, string>> = Object.freeze({
  // «jclik où ?», «faut être conecté ?»: clicking and logging in, spelt as heard.
  // «ché le client», «c ou ke je regard»: «chez» and a verb without its final «e».
  che: 'chez', regard: 'regarde',
  clik: 'clique', cliker: 'cliquer', clike: 'clique', conect: 'connecte', conecter: 'connecter', conecte: 'connecte', conection: 'connexion',
  // function words and pronouns
  jsuis: 'je suis', chui: 'je suis', chuis: 'je suis', jsui: 'je suis', jss: 'je suis', sui: 'suis', plu: 'plus',
  jveux: 'je veux', jveu: 'je veux', veu: 'veux', vre: 'vraie', vrai: 'vraie', persone: 'personne', persones: 'personnes', robo: 'robot', jvoudrai: 'je voudrais', jvoudrais: 'je voudrais', voudrai: 'voudrais',
  voi: 'vois', jvoi: 'je vois', jvois: 'je vois',
  // «1 ptite librairie»: small, as said.
  ptit: 'petit', ptite: 'petite', ptits: 'petits', ptites: 'petites', pti: 'petit',
  // «parler à un umain»: a human without its silent «h».
  umain: 'humain', umains: 'humains', umaine: 'humaine',
  // «letat de ma facture», «envoyée a luniversité»: «l'» glued to a noun the portal's questions name.
  letat: 'l etat', lenvoi: 'l envoi', luniversite: 'l universite', lhopital: 'l hopital', lapplication: 'l application', lappli: 'l appli', lacces: 'l acces',
  lassistance: 'l assistance', lagent: 'l agent', ladministration: 'l administration', lacheteur: 'l acheteur', lecole: 'l ecole', lespace: 'l espace', lavancement: 'l avancement', lhistorique: 'l historique',
  // «horraires du chat ?»: the hours asked, with a doubled «r».
  horraire: 'horaire', horraires: 'horaires', oraire: 'horaire', oraires: 'horaires',
  // «conseiller» as it sounds
  conseiye: 'conseiller', conseiyer: 'conseiller', conseye: 'conseiller', conseyer: 'conseiller', consseiller: 'conseiller', maintenan: 'maintenant', mintenan: 'maintenant',
  // «je peux pas me logger»: logging in, in franglais.
  logger: 'connecter', loguer: 'connecter', logguer: 'connecter', relogger: 'reconnecter', reloguer: 'reconnecter',
  // «cpour mon boulot»: «c'est pour», glued.
  cpour: 'c est pour',
  // English chat contractions: «i wanna know…».
  wanna: 'want to', gonna: 'going to', gotta: 'got to',
  vasy: 'vas y', vazy: 'vas y', vasi: 'vas y',
  // ClaudIA written as it sounds
  clodia: 'claudia', klodia: 'claudia', klaudia: 'claudia', claudya: 'claudia', clodya: 'claudia', cladia: 'claudia',
  // «sa srai cool si qqn pouvai mapl»: the conditional and a call back, as typed.
  srai: 'serait', pouvai: 'pouvait', mapl: 'appeler', mapel: 'appeler', mapeler: 'appeler',
  jpeux: 'je peux', jpeu: 'je peux', jpe: 'je peux', peu: 'peux', jsais: 'je sais', jsai: 'je sais', sai: 'sais', jsp: 'je ne sais pas',
  jai: 'j ai', jenvoi: 'j envoie', jenvoie: 'j envoie', jenvois: 'j envoie', jattend: 'j attends', jattends: 'j attends', jessaie: 'j essaie', jessai: 'j essaie', jinscris: 'j inscris', jutilise: 'j utilise', jenregistre: 'j enregistre',
  jariv: 'j arrive', jarive: 'j arrive', jarrive: 'j arrive', jarrives: 'j arrive', jfais: 'je fais', jfai: 'je fais', fai: 'fait', jfe: 'je fais', jfait: 'je fais', apre: 'apres', aprs: 'apres', apr: 'apres',
  jla: 'je la', fe: 'fait', jle: 'je le', jles: 'je les', jme: 'je me', jne: 'je ne', jen: 'j en', jdois: 'je dois', jdoi: 'je dois',
  jtrouve: 'je trouve', jtrouv: 'je trouve', trouv: 'trouve', trouvpa: 'trouve pas', jcomprend: 'je comprends', jcomprends: 'je comprends', jcomprens: 'je comprends',
  cmt: 'comment', cmnt: 'comment', cmment: 'comment', commen: 'comment', koi: 'quoi', kwa: 'quoi', koa: 'quoi',
  pk: 'pourquoi', pq: 'pourquoi', pkoi: 'pourquoi', pourkoi: 'pourquoi', pkq: 'pourquoi', qd: 'quand', kan: 'quand', kand: 'quand',
  ke: 'que', k: 'que', ki: 'qui', kel: 'quel', kelle: 'quelle', kels: 'quels', koman: 'comment', komment: 'comment',
  pa: 'pas', pr: 'pour', fo: 'faut', pou: 'pour', ds: 'dans', dc: 'donc', ac: 'avec', avc: 'avec', avk: 'avec', ms: 'mais',
  el: 'elle', els: 'elles', tps: 'temps', demmande: 'demande', demmandes: 'demandes', demmander: 'demander', rapelle: 'rappelle', ladresse: 'l adresse', ladresses: 'les adresses', lidentifiant: 'l identifiant', rapeler: 'rappeler', rapelez: 'rappelez', rapellez: 'rappelez', vs: 'vous', ns: 'nous', tt: 'tout', tte: 'toute', ts: 'tous', tjr: 'toujours', dpuis: 'depuis', dpui: 'depuis', depui: 'depuis',
  // «m'» glued to a verb that starts with a vowel («quelqu'un peut mouvrir un ticket ?»): read as the elision would.
  mouvrir: 'ouvrir', mouvrez: 'ouvrez', mouvre: 'ouvre', menvoyer: 'envoyer', menvoyez: 'envoyez', menvoie: 'envoie', maider: 'aider', maidez: 'aidez', mappeler: 'appeler', mappelez: 'appelez', mexpliquer: 'expliquer', mexpliquez: 'expliquez', mindiquer: 'indiquer', mindiquez: 'indiquez', mecrire: 'ecrire', mecrivez: 'ecrivez', tjrs: 'toujours', tjs: 'toujours', toujour: 'toujours',
  vrmt: 'vraiment', vrmnt: 'vraiment', vrm: 'vraiment',
  bcp: 'beaucoup', bcq: 'beaucoup', bocou: 'beaucoup', mm: 'meme', mem: 'meme', ya: 'il y a', yen: 'il y en', til: 't il', yatil: 'y a t il', ptet: 'peut etre',
  c: 'c est', cest: 'c est', g: 'j ai', ct: 'c etait', cetait: 'c etait', jetais: 'j etais', 
  auj: 'aujourd hui', ajd: 'aujourd hui', aujourdhui: 'aujourd hui', dmn: 'demain', qq: 'quelques',
  // «trésorier dun club»: «d'un» without its apostrophe (normalised text drops the elision).
  dun: 'un', dune: 'une',
  qqn: 'quelqu un', qqun: 'quelqu un', qq1: 'quelqu un', mtn: 'maintenant', mnt: 'maintenant', kelkun: 'quelqu un', quelquun: 'quelqu un', quelqun: 'quelqu un', qqch: 'quelque chose', qqc: 'quelque chose',
  // «jminscris ou ?», «incrire»: signing up, glued or without its «s».
  jminscris: 'je m inscris', jminscri: 'je m inscris', jmincris: 'je m inscris', jmincri: 'je m inscris', minscrire: 'm inscrire', mincrire: 'm inscrire',
  incrire: 'inscrire', incris: 'inscris', incription: 'inscription', incriptions: 'inscriptions',
  cc: 'coucou', cimer: 'merci', cimeer: 'merci', slvp: 'svp', svpl: 'svp', mrc: 'merci', mci: 'merci', mrci: 'merci', msi: 'merci', mersi: 'merci', combient: 'combien', combiens: 'combien', conbien: 'combien', combein: 'combien', aurevoir: 'au revoir', orevoir: 'au revoir', orevwar: 'au revoir', orvwar: 'au revoir', arevoir: 'au revoir', jst: 'juste', jsute: 'juste', paiment: 'paiement', paiments: 'paiements', paimen: 'paiement', paiemant: 'paiement', ele: 'elle', eles: 'elles', jve: 'je veux', jvx: 'je veux', konekter: 'connecter', koneksion: 'connexion', travo: 'travaux', ecrir: 'ecrire', dp: 'depuis', mot2pass: 'mot de passe', mot2passe: 'mot de passe', bjr: 'bonjour', bonjuor: 'bonjour', bonjoru: 'bonjour', bonojur: 'bonjour', bnojour: 'bonjour', bojour: 'bonjour', bonjou: 'bonjour', bonjoure: 'bonjour', bsr: 'bonsoir', bonsoire: 'bonsoir', bonsior: 'bonsoir', mercii: 'merci', slt: 'salut', cv: 'ca va', cdlt: 'cordialement',
  dsl: 'desole', deso: 'desole', nimporte: 'n importe', nn: 'non', ouai: 'oui', ouais: 'oui', wi: 'oui',
  // content words people shorten
  // «mise enpaiement», «restée enbrouillon»: «en» glued to the state it puts an invoice in (a phone's dictation).
  enpaiement: 'en paiement', enbrouillon: 'en brouillon', enattente: 'en attente', enligne: 'en ligne',
  // «e en brouil»: the draft cut short, as typed with poor coverage.
  brouil: 'brouillon',
  // «frais de depl pr 1 expertise»: a journey, cut short.
  depl: 'deplacement', depla: 'deplacement', deplac: 'deplacement', depls: 'deplacements',
  fact: 'facture', fac: 'facture', factu: 'facture', fctr: 'facture', fctre: 'facture', facts: 'factures', factur: 'facture',
  conexion: 'connexion', connection: 'connexion',
  pb: 'probleme', pbm: 'probleme', pblm: 'probleme', pbl: 'probleme', prob: 'probleme', prblm: 'probleme', pbs: 'problemes',
  kestion: 'question', kestions: 'questions', qestion: 'question', rep: 'reponse', reps: 'reponses',
  msg: 'message', tel: 'telephone', num: 'numero', info: 'information', infos: 'informations',
  adm: 'administration', admin: 'administration', ste: 'societe', entreprize: 'entreprise',
  dossie: 'dossier', regl: 'reglement', dispo: 'disponible', dispos: 'disponibles',
  // phonetic spellings seen in chat
  anvoyer: 'envoyer', resu: 'recu', ressu: 'recu', recoi: 'recois', resoi: 'recois', resois: 'recois', resoit: 'recoit',
  abonement: 'abonnement', abone: 'abonne', sabonner: 's abonner', sabonne: 's abonne', desabonner: 'desabonner',
  kil: 'qu il', kils: 'qu ils', quon: 'qu on', kon: 'qu on', quil: 'qu il', quils: 'qu ils', lont: 'l ont', lai: 'l ai', jlai: 'je l ai', jl: 'je l', tiket: 'ticket', tickect: 'ticket', tiquet: 'ticket',
  // everyday words for the portal's concepts
  hosto: 'hopital', hostos: 'hopitaux', lhosto: 'l hopital', mairi: 'mairie', compta: 'comptabilite', presta: 'prestation', prestas: 'prestations',
  // «on peut les balancer directement ?»: sending, familiar («balance» alone is an account's balance).
  balancer: 'envoyer', balancee: 'envoyee', balancees: 'envoyees',
  egare: 'oublie', egaree: 'oublie', tracker: 'suivre', checker: 'verifier', dashboard: 'tableau de bord',
  moddepasse: 'mot de passe', motdepass: 'mot de passe', passwd: 'mot de passe', identifian: 'identifiant',
  ouvir: 'ouvrir', ouvire: 'ouvrir', ouvrire: 'ouvrir', ouvri: 'ouvrir',
  bloke: 'bloque', blokee: 'bloque', bloker: 'bloquer', bloqe: 'bloque', debloke: 'debloque', debloker: 'debloquer',
  // «quand ils paient ?»: the stemmer keeps «paient» whole; its twin «payent» is the payment's stem.
  paient: 'payent',
});

/**
 * Chat forms that are common words alone and mean something else after a pronoun: «co» is
 * «connecter» in «me co», «se co», «te co» («je me co pas»), never on its own; and the common
 * words a phone's autocorrect puts in place of the portal's, in the phrase that gives them away.
 */
export const SMS_PHRASES: Readonly<Record<string, string>> = Object.freeze({
  // «tt 2 suite», «o support»: numbers for sounds and «o» for «au», only in these phrases.
  // «ss traitant»: «sous» in a subcontractor, only there («ss» alone may be «sans»).
  // «le we ya qqn ?»: the weekend, not the English «we».
  'le we': 'le week end', 'ce we': 'ce week end', 'du we': 'du week end', 'les we': 'les week ends', 'pendant le we': 'pendant le week end',
  // «mon collègue ma dit de…»: «m'a» without its apostrophe, before a verb of telling (never «ma» + a noun there).
  ...Object.fromEntries(['dit', 'conseille', 'explique', 'propose', 'repondu', 'indique', 'montre', 'envoye'].map((v) => [`ma ${v}`, `m a ${v}`])),
  // «mdp Wi-Fi»: the network, not «wi» for «oui».
  'wi fi': 'wifi',
  // «à partir de quant», «c'est quant ?»: «quand» spelled as «quant» (not «quant à», «as for»).
  'partir de quant': 'partir de quand', 'depuis quant': 'depuis quand', 'jusqu a quant': 'jusqu a quand', 'c est quant': 'c est quand', 'quant est ce': 'quand est ce', 'ce est quant': 'c est quand',
  'ss traitant': 'sous traitant', 'ss traitants': 'sous traitants', 'ss traitance': 'sous traitance', 'ss traitante': 'sous traitante',
  // «tu peu men créer un ?»: «m'en» glued after «peux» («men» alone may be English).
  // «tu px en faire 1 ?»: «px» after a pronoun is «peux» («px» alone may be a price).
  'tu px': 'tu peux', 'je px': 'je peux', 'on px': 'on peut', 'sa serait': 'ca serait', 'sa serai': 'ca serait', 'sa srai': 'ca serait',
  'peux men': 'peux m en', 'peu men': 'peux m en', 'pouvez men': 'pouvez m en', 'pourriez men': 'pourriez m en',
  // «c'est normal un tel délai ?»: «tel» after «un» is «such», no phone («tel» alone is one).
  'un tel': 'un tel', 'une telle': 'une telle',
  'tt 2 suite': 'tout de suite', 'tout 2 suite': 'tout de suite', 'o support': 'au support', 'o tel': 'au telephone', 'j ve fer': 'je veux faire', 've fer': 'veux faire',
  // Dictation's homophones where grammar allows no other reading: «ces un mémoire» is «c'est un», «mes je voudrais»
  // is «mais je» (a possessive is never followed by a pronoun).
  ...Object.fromEntries(
    ['ces', 'ses'].flatMap((heard) => ['un', 'une', 'pas', 'pour', 'quoi', 'bon', 'fait', 'normal'].map((next) => [`${heard} ${next}`, `c est ${next}`])),
  ),
  ...Object.fromEntries(['mes', 'met'].flatMap((heard) => ['je', 'j', 'on', 'nous', 'il', 'elle', 'ca'].map((next) => [`${heard} ${next}`, `mais ${next}`]))),
  // «le dep a payé ma fact»: the département, cut short (only after an article: «dep» alone may be a deposit).
  'le dep': 'le departement', 'du dep': 'du departement', 'au dep': 'au departement',
  // «fré de justice», «mr bcp»: fees and thanks as they sound or cut short (only in these phrases: «mr» alone is «monsieur»).
  'fre de': 'frais de', 'fres de': 'frais de', 'frait de': 'frais de', 'mr bcp': 'merci beaucoup', 'mr beaucoup': 'merci beaucoup',
  // «passe moi un agen»: an agent without its «t» (after an article: «Agen» alone is a town).
  'un agen': 'un agent', 'l agen': 'l agent', 'votre agen': 'votre agent', 'un vrai agen': 'un vrai agent',
  // A phone's dictation hears «factures émises» as «faction et mise(s)» (the application's name).
  'faction et mise': 'factures emises', 'faction et mises': 'factures emises', 'factions et mises': 'factures emises',
  // «ça fé 2 sem jai pa de nouvel»: weeks and news cut short («nouvel» alone stays, «un nouvel identifiant»).
  'pas de nouvel': 'pas de nouvelles', 'pa de nouvel': 'pas de nouvelles', 'aucune nouvel': 'aucune nouvelles',
  '1 sem': '1 semaine', '2 sem': '2 semaines', '3 sem': '3 semaines', '4 sem': '4 semaines', '15 j': '15 jours', '10 j': '10 jours', '8 j': '8 jours',
  // «jai cb de jours ?»: how many («cb» alone stays, a bank card).
  'cb de': 'combien de', 'cb d': 'combien d',
  // «le e reporting ces quoi ?»: «c'est» written as it sounds.
  // «i wanna know were it is»: «where» written as it sounds, before what it asks about («were» never stands there).
  'know were': 'know where', 'were is': 'where is', 'were it is': 'where it is', 'were are': 'where are', 'were can': 'where can', 'were do': 'where do', 'were does': 'where does',
  // «on a un max de factures»: a lot of them.
  '1 max de': 'beaucoup de', '1 max d': 'beaucoup d', 'un max de': 'beaucoup de', 'un max d': 'beaucoup d',
  // «elle a bien etait envoyée»: «été» written as «était» after «a», which it never follows.
  'a etait': 'a ete', 'a bien etait': 'a bien ete', 'ont etait': 'ont ete', 'ont bien etait': 'ont bien ete', 'a deja etait': 'a deja ete',
  // «un peu», «peu de» are no «peux» (the chat «je peu» is).
  'un peu': 'un peu', 'peu de': 'peu de', 'peu d': 'peu d', 'tres peu': 'tres peu', 'trop peu': 'trop peu', 'si peu': 'si peu', 'a peu pres': 'a peu pres', 'peu a peu': 'peu a peu',
  'ces quoi': 'c est quoi', 'sest quoi': 'c est quoi', 'ses quoi': 'c est quoi',
  // «c'est pas le mot de passe le souci ses que…» dictated: «c'est que», the turn to what is meant («ses» never stands before «que»).
  'ses que': 'c est que', 'ses qu': 'c est qu', 'sest que': 'c est que', 'sest qu': 'c est qu', 'ces que': 'c est que', 'ces qu': 'c est qu',
  // «mon mot de pase», «mot 2 passe»: the password with one letter short.
  'mot de pase': 'mot de passe', 'mot de pass': 'mot de passe', 'mo de passe': 'mot de passe', 'mo de pass': 'mot de passe', 'mo de pase': 'mot de passe', 'mots de pase': 'mots de passe', 'mot 2 passe': 'mot de passe', 'mot 2 pass': 'mot de passe',
  'me co': 'me connecter', 'se co': 'se connecter', 'te co': 'te connecter', 'm co': 'me connecter',
  // «jpeu voir ou elle en e ?»: «en e» after who or where is «en est» (where it stands), never an «e-mail».
  'elle en e': 'elle en est', 'il en e': 'il en est', 'ou en e': 'ou en est', 'on en e': 'on en est', 'ca en e': 'ca en est', 'sa en e': 'ca en est',
  // «on sui 1 fact»: after «on», «il», «elle», «sui» is «suit» (follows), after «je» «suis».
  // «je ve parlé a 1 vré persone»: after «je», «ve» is «veux».
  'je ve': 'je veux', 'j ve': 'je veux',
  // «ca fai 2 mois» is «fait»; «fai moi un ticket» the imperative «fais».
  'fai moi': 'fais moi', 'fai nous': 'fais nous',
  // «c'est» read as written: the chat «c» alone is «c'est», «c est» is already.
  'c est': 'c est',
  // «cmt fer 1 avoir»: a credit note, «fer» is «faire».
  '1 avoir': 'un avoir', 'fer 1': 'faire un',
  'on sui': 'on suit', 'il sui': 'il suit', 'elle sui': 'elle suit',
  // A phone's autocorrect turns the portal's words into common ones: «en brouillard», «chorizo pro».
  'en brouillard': 'en brouillon', 'mode brouillard': 'mode brouillon', 'statut brouillard': 'statut brouillon', 'chorizo pro': 'chorus pro',
  'facture brouillard': 'facture brouillon', 'factures brouillard': 'factures brouillon', 'etat brouillard': 'etat brouillon',
  // Dictated or «corrected» by a spell-checker: «chorale pro», «corus pro», «course pro», «cœur us pro», «chœurs pro» for the portal.
  'choeurs pro': 'chorus pro', 'choeur pro': 'chorus pro', 'coeurs pro': 'chorus pro', 'coeur pro': 'chorus pro', 'chorale pro': 'chorus pro', 'choral pro': 'chorus pro', 'corus pro': 'chorus pro', 'course pro': 'chorus pro', 'coeur us pro': 'chorus pro', 'chorus prot': 'chorus pro',
  // «je use quelle app ?», «la bonne app»: which of the portal's applications (an «app mobile» is another matter).
  'quelle app': 'quelle appli', 'la bonne app': 'la bonne appli', 'quelle app chorus': 'quelle appli chorus',
  // Acronyms dictated letter by letter («c'est quoi l i p m ?», «en p d p», «en e d i»).
  'i p m': 'ipm', 'p d p': 'pdp', 'p p f': 'ppf', 'm o e': 'moe', 'm o a': 'moa', 'e d i': 'edi', 'b to b': 'b2b', 'b 2 b': 'b2b',
  'me deco': 'me deconnecter', 'se deco': 'se deconnecter', 'me reco': 'me reconnecter', 'se reco': 'se reconnecter',
});

/**
 * «jdepose», «jcomprend», «jtrouve»: «je» glued to a verb, which no table can list whole. No French
 * or English word starts with «j» and a consonant but a few file names, kept as they are; nor with
 * «m» and a consonant, bar chat abbreviations, which are short and end otherwise.
 */
const GLUED_JE = /^j([bcdfgklmnpqrstvwxz][a-z]{3,})$/;
const GLUED_JE_EXCEPTIONS = new Set(['jpeg', 'jpegs', 'json', 'jsons']);
/** «mrappeler», «mrenvoyer»: «me» glued to an infinitive or an imperative (never «mdp», «mtn», «mms»). */
const GLUED_ME = /^m([bcdfgklnpqrstvz][a-z]{3,}(?:er|ez))$/;
export function splitGluedPronoun(word: string): string[] | null {
  const je = GLUED_JE.exec(word);
  if (je && !GLUED_JE_EXCEPTIONS.has(word)) return ['je', je[1]!];
  const me = GLUED_ME.exec(word);
  return me ? ['me', me[1]!] : null;
}
