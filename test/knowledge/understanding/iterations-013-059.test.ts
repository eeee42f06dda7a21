import path from 'node:path';
import { createKnowledge } from '../../../knowledge';
import { FEATURE_NAMES } from '../../../knowledge/decision';
import { askInConversation, labelOf } from '../../../knowledge/evaluate';
import { facetAsked } from '../../../knowledge/facets';
import { topicAfter } from '../../../knowledge/follow-up';
import { readMessage } from '../../../knowledge/message';
import { normalizeSurface } from '../../../knowledge/normalize';
import { knowledge, offered, askedIn, conversation, offeredIn, answered } from './asking';

describe('iteration 13: chat spellings, consent, mixed formulas, stories before a follow-up', () => {
  const story =
    "Bonjour, je gère la petite entreprise de menuiserie de mon père depuis qu'il est parti à la retraite. On a refait les " +
    "fenêtres de la bibliothèque municipale cet été et j'ai préparé la facture sur Chorus Pro en septembre, j'ai tout rempli " +
    "et enregistré, mais la mairie me dit qu'elle ne voit rien arriver et chez moi la facture est toujours là, marquée brouillon.";

  it('reads a follow-up after a long story with the topic of the answer given', () => {
    expect(answered(story)).toBe('facture-brouillon');
    expect(answered('et du coup je fais comment ?', { lastQuestion: story, lastArticle: 'facture-brouillon' })).toBe('facture-brouillon');
    expect(answered('bon, concrètement, je clique où ?', { lastQuestion: story, lastArticle: 'facture-brouillon' })).toBe('facture-brouillon');
  });

  it('reads «me co» as connecting and «bloke» as blocked, not as unknown words', () => {
    expect(answered('jarrive plu a me co depuis hier, compte bloke')).toBe('mot-de-passe-oublie');
  });

  it('takes a bare yes after a question about a person as that request, and a yes-thanks as thanks', () => {
    expect(answered('oui, tout de suite svp', { lastQuestion: 'on peut parler à un conseiller en direct ?', lastArticle: 'contacter-le-support' })).toBe('intent:agent');
    expect(answered('oui merci', { lastQuestion: 'comment suivre ma facture ?', lastArticle: 'suivre-une-facture' })).toBe('intent:thanks');
  });

  it('reads a goodbye and a thanks written together as the goodbye', () => {
    expect(answered('ok bye, thanks !')).toBe('intent:goodbye');
  });

  it('tells an EDI operator from a person to talk to', () => {
    expect(answered("pour l'EDI, on doit passer par un opérateur agréé ?")).toBe('envoi-edi');
    expect(answered('je veux parler à un opérateur')).toBe('intent:agent');
  });

  it('hears «merci d’ouvrir un ticket» at the end of a long message as the request', () => {
    const q =
      "Bonjour, interprète auprès du tribunal, je n'arrive plus à valider mes mémoires de frais de justice depuis ce matin, " +
      "message d'erreur systématique. Merci d'ouvrir un ticket pour ce problème.";
    expect(answered(q)).toBe('intent:ticket');
  });

  it('unites the forms of «voir» and «recevoir» the stemmer leaves apart', () => {
    expect(answered("où est-ce qu'on voit si la mairie a payé la facture ?")).toBe('suivre-une-facture');
  });
});

describe('iteration 14: offers taken by a yes, where an invoice stands in the users’ words', () => {
  it('takes the offer the bot made on a bare yes or «vas-y», and reads the same yes as nothing without an offer', () => {
    expect(answered('oui', { lastOffer: 'ticket' })).toBe('intent:ticket');
    expect(answered('ok vas-y', { lastOffer: 'agent' })).toBe('intent:agent');
    // The offer wins over what the previous question named (the bot's last words are the offer).
    expect(answered('oui', { lastQuestion: 'on peut parler à un conseiller ?', lastOffer: 'ticket' })).toBe('intent:ticket');
    expect(answered('oui')).toBe('fallback');
    // A yes with a question of its own is that question.
    expect(answered('oui mais comment je fais pour envoyer ma facture restée en brouillon ?', { lastOffer: 'ticket' })).toBe('facture-brouillon');
  });

  it('carries the offer of a request through a conversation, as the bot does (evaluate.askInConversation)', () => {
    expect(labelOf(askInConversation(knowledge.ask, { q: 'oui', context: ['je veux parler à un conseiller'] }))).toBe('intent:agent');
    expect(labelOf(askInConversation(knowledge.ask, { q: 'vas-y', context: ['vous pouvez ouvrir un ticket pour moi ?'] }))).toBe('intent:ticket');
    // An answer in between ends the offer.
    expect(labelOf(askInConversation(knowledge.ask, { q: 'oui', context: ['je veux un conseiller', 'comment suivre ma facture ?'] }))).not.toBe('intent:agent');
  });

  it('reads «elle est où», «bien reçue» and «rien ne bouge» as where an invoice stands, and a blocked invoice as no login problem', () => {
    expect(answered('comment je vois si la mairie l’a bien reçue ?')).toBe('suivre-une-facture');
    expect(answered('ma facture, elle est où ? rien ne bouge depuis des semaines')).toBe('suivre-une-facture');
    expect(answered('ma facture est bloquée en cours de traitement, elle est où ?')).toBe('suivre-une-facture');
    expect(answered('mon compte est bloqué, je ne peux plus me connecter')).toBe('mot-de-passe-oublie');
  });

  it('reads «où en est» as where a thing stands more surely than a draft’s «statut», and thanks in other languages as thanks', () => {
    expect(answered('pas besoin de formation, je voudrais juste savoir où en est ma facture envoyée à la DDFiP')).toBe('suivre-une-facture');
    expect(answered('grazie mille, c’est parfait')).toBe('intent:thanks');
    expect(answered('muchas gracias')).toBe('intent:thanks');
  });

  it('reads «ce qu’elle devient» and «aucune visibilité» as where an invoice stands', () => {
    expect(answered('aucune visibilité sur ma facture depuis un mois, où je vois ce qu’elle devient ?')).toBe('suivre-une-facture');
    expect(answered('je n’ai aucune idée de ce que deviennent mes factures')).toBe('suivre-une-facture');
  });
});

describe('iteration 16: what only the boundaries know', () => {
  const share = (q: string) => knowledge.analyse(q).vector[FEATURE_NAMES.indexOf('outsideShare')];
  it('measures the share of the asking clauses’ words that only topics the base does not answer hold', () => {
    expect(share('quel taux de TVA appliquer sur mes frais de déplacement d’expert ?')).toBeGreaterThan(0);
    expect(share('changer le RIB de mon compte')).toBeGreaterThan(share('quel taux de TVA appliquer sur mes frais de déplacement d’expert ?')!);
    expect(share('comment déclarer mes frais de déplacement d’expert ?')).toBe(0);
  });
});

describe('iteration 20: how in more words, no news, narrowing words', () => {
  it('reads «la manière de» as how and «aucune nouvelle» as where an invoice stands', () => {
    expect(answered('je souhaiterais connaître la manière de consulter le traitement de mes factures, je n’ai aucune nouvelle')).toBe('suivre-une-facture');
  });

  it('reads «en particulier» as narrowing, not as a private person', () => {
    const r = knowledge.ask('et pour les architectes en particulier ?', { lastQuestion: 'il y a des formations ?', lastArticle: 'accompagnement-webinaires' });
    expect(r.kind === 'answer' || r.kind === 'clarify').toBe(true);
    expect(knowledge.analyse('je suis un particulier').message.terms).toContain('particuli');
  });
});

describe('iteration 21: another site’s password, professional training', () => {
  it('does not answer the Chorus Pro password article for the password of a bank or another administration', () => {
    expect(answered('le mot de passe de mon espace client de la banque ne marche plus')).toBe('fallback');
    expect(answered('j’ai oublié mon mot de passe Chorus Pro')).toBe('mot-de-passe-oublie');
  });

  it('reads a training funded by the OPCO as a topic the base does not answer', () => {
    expect(answered('mon OPCO peut-il financer un stage de comptabilité ?')).toBe('fallback');
    expect(answered('quels webinaires pour se former à Chorus Pro ?')).toBe('accompagnement-webinaires');
  });
});

describe('iteration 22: greetings of France’s regional languages, private EDI, «a été traitée»', () => {
  it('greets back in Breton, Corsican or Occitan, and reads «a-t-elle été traitée» as where an invoice stands', () => {
    expect(answered('Demat !')).toBe('intent:greeting');
    expect(answered('Bonghjornu')).toBe('intent:greeting');
    expect(answered('je voudrais savoir si ma facture a bien été traitée par la mairie')).toBe('suivre-une-facture');
  });

  it('does not answer the portal’s EDI article for an EDI link with a retailer', () => {
    expect(answered('notre EDI avec la centrale d’achat de la grande distribution rejette nos avis d’expédition DESADV')).toBe('fallback');
    expect(answered('comment envoyer mes factures à Chorus Pro en EDI ?')).toBe('envoi-edi');
  });
});

describe('an article written in the console after the calibration', () => {
  it('is offered for one of its own phrasings, which the decision alone could not yet trust', () => {
    const question = 'comment imprimer l’accusé de dépôt de ma facture';
    const extra = {
      id: 'accuse-de-depot',
      title: 'Imprimer l’accusé de dépôt d’une facture',
      questions: [question, 'imprimer accusé de dépôt', 'télécharger l’accusé de dépôt de ma facture', 'preuve de dépôt d’une facture à imprimer', 'accusé de dépôt', 'où est l’accusé de dépôt'],
      tags: ['accusé de dépôt'],
      links: [],
      related: [],
      body: 'Ouvrez la facture dans « Synthèse » puis « Imprimer ».',
      file: 'base:accuse-de-depot',
    };
    const withNew = createKnowledge({ articlesDir: path.join(__dirname, '..', '..', '..', 'knowledge', 'articles'), articles: [...knowledge.articles, extra] });
    const r = withNew.ask(question);
    expect(['answer', 'clarify']).toContain(r.kind);
    expect(r.candidates[0]?.articleId).toBe('accuse-de-depot');
    // The articles the calibration knows keep its decision.
    expect(withNew.ask('quel temps fera-t-il demain ?').kind).toBe('fallback');
  });
});

describe('iteration 25: follow-ups that leave the topic, letters’ politeness', () => {
  it('weighs a follow-up’s own words: a payment delay after a tracking answer is no tracking question', () => {
    const tracking = { lastQuestion: 'comment suivre ma facture déposée ?', lastArticle: 'suivre-une-facture' };
    expect(answered('et la mairie a combien de temps pour me régler ?', tracking)).toBe('fallback');
    // Follow-ups that stay on the topic keep it.
    expect(answered('et je peux le refuser ?', { lastQuestion: 'que faire du projet de décompte mensuel envoyé par le titulaire ?', lastArticle: 'moe-projet-decompte-mensuel' })).toBe('moe-projet-decompte-mensuel');
    expect(answered('et pour une facture de travaux ?', tracking)).not.toBe('fallback');
  });

  it('reads «je vous serais obligé de…» as politeness, not an obligation', () => {
    const knowledgeTerms = (q: string) => knowledge.analyse(q).message.terms;
    expect(knowledgeTerms('Je vous serais obligé de m’indiquer où en est ma facture')).not.toContain('oblig');
    expect(knowledgeTerms('suis-je obligé de passer par Chorus pour mes clients privés ?')).toContain('oblig');
  });
});

describe('iteration 26: several questions in one message, chat spellings', () => {
  it('answers the one question the base covers when the others are on topics it does not answer', () => {
    expect(answered('quel taux de TVA pour une prestation de nettoyage ? et sinon ma facture est restée en brouillon, je l’envoie comment ?')).toBe('facture-brouillon');
    // Two covered questions are no reason to drop one: the message is read whole.
    expect(answered('comment suivre ma facture ? et comment savoir si ma facture a été payée ?')).toBe('suivre-une-facture');
    // A remark after the question is not a question of its own, and a question that needs the rest keeps it.
    expect(answered('Où suivre le colis de nos uniformes envoyés à Lyon ? Le numéro de suivi du transporteur ne marche pas.')).toBe('fallback');
  });

  it('reads letters typed three times or more as one («merciiii», «svppp»)', () => {
    expect(answered('merciiii c bon jai trouvé')).toBe('intent:thanks');
    expect(knowledge.analyse('svppp ma factureee est en brouilloonnn').message.terms).toEqual(knowledge.analyse('svp ma facture est en brouillon').message.terms);
  });
});

describe('iteration 27: a person asked for in typos, what a message sets aside, granting access', () => {
  it('hears «je veut parler a une vrai personne» as a request for a person', () => {
    expect(answered('je veut parler a une vrai personne svp, rien ne marche avec mon mot de passe')).toBe('intent:agent');
  });

  it('reads greetings and goodbyes on what the message does not set aside', () => {
    expect(answered('Pas de question tout de suite, je dis juste bonjour !')).toBe('intent:greeting');
    expect(answered('je ne veux pas de webinaire, merci')).toBe('intent:thanks');
    expect(answered('Madame, Monsieur, je n’ai pas d’autre question. Je vous souhaite une excellente fin de journée.')).toBe('intent:goodbye');
  });

  it('reads «elles ont avancé ?» as where invoices stand, and «donner accès à mon comptable» as rights, not a login', () => {
    expect(answered('comment je vois si mes factures ont avancé ?')).toBe('suivre-une-facture');
    expect(answered('comment je donne accès à mon comptable sur notre compte ?')).toBe('fallback');
  });
});

describe('iteration 29: the next step named by its own words, words the articles share with a boundary, «pour moi»', () => {
  it('reads a next step with the article named as next when the message’s own words point to it too', () => {
    const draft = { lastQuestion: 'ma facture est en brouillon, je fais comment ?', lastArticle: 'facture-brouillon' };
    expect(answered('et une fois partie, elle arrive où ?', draft)).toBe('suivre-une-facture');
  });

  it('keeps the topic when a follow-up adds a word the articles also use, and leaves it for a word only the boundaries hold', () => {
    const decompte = { lastQuestion: "le titulaire s'est trompé de montant dans son projet de décompte" };
    expect(answered('et je peux rejeter ?', decompte)).toBe('moe-projet-decompte-mensuel');
    expect(answered('et la TVA, je la mets à combien ?', decompte)).toBe('fallback');
  });

  it('hears «ouvrir un ticket pour moi» as the request, and «comment ouvrir un ticket pour moi ?» as the question', () => {
    expect(answered('fo creer 1 ticket pr moi, g 1 souci sur mes frais de justice')).toBe('intent:ticket');
    expect(answered('ouvrir un ticket pour nous, le dépôt bloque depuis lundi')).toBe('intent:ticket');
    expect(answered('comment ouvrir un ticket pour moi ?')).toBe('ticket-support');
  });
});

describe('iteration 30: an EDI operator, «ça passe par où ?», what to do now, one-word questions among several', () => {
  it('reads an operator of dematerialisation and «passer par» as no person asked for, and «par où ?» as how', () => {
    expect(answered('Notre DSI veut passer par un opérateur de dématérialisation pour les flux, comment raccorder notre ERP en EDI ?')).toBe('envoi-edi');
    expect(answered('et pour ça, on passe par où ?', { lastQuestion: 'je dois envoyer une demande écrite au support', lastArticle: 'ticket-support' })).not.toBe('intent:agent');
    expect(answered('je veux parler à un opérateur')).toBe('intent:agent');
  });

  it('reads thanks and a goodbye written together in English as the goodbye', () => {
    expect(answered('thanks a lot, bye bye')).toBe('intent:goodbye');
  });

  it('sets aside what «mon souci n’est pas…» names', () => {
    const r = readMessage("mon souci n'est pas le mot de passe, c'est ma facture qui reste en brouillon");
    expect(r.clauses.filter((c) => c.negated).map((c) => c.text)).toEqual(['est pas le mot de passe']);
    expect(answered("mon souci n'est pas le mot de passe, c'est ma facture qui reste en brouillon")).toBe('facture-brouillon');
  });

  it('reads «que dois-je faire ?» after a report as a question about the previous topic', () => {
    const reset = { lastQuestion: "le mail de réinitialisation du mot de passe n'arrive pas", lastArticle: 'mot-de-passe-oublie' };
    // Read with the password topic (p ≈ 0.8, at the follow-up threshold since iteration 44's
    // calibration, 0.825): the same article, or the fallback that offers a person — never another article.
    expect(['mot-de-passe-oublie', 'fallback']).toContain(answered("j'ai fouillé les courriers indésirables et la corbeille, rien. je fais quoi ?", reset));
    expect(knowledge.analyse("j'ai fouillé les courriers indésirables et la corbeille, rien. je fais quoi ?", reset).ranked[0]?.articleId).toBe('mot-de-passe-oublie');
  });

  it('answers none of several questions when the covered one is a single word', () => {
    expect(answered("Pourquoi l'URSSAF me réclame des cotisations ??? Vous pouvez vérifier ???")).toBe('fallback');
  });

  it('reads «on sui» as following an invoice', () => {
    expect(answered('cmt on sui 1 fact envoyee a l hopital')).toBe('suivre-une-facture');
  });
});

describe('iteration 31: what works is not the question, an em dash ends a negation, interjections, foreign currencies', () => {
  it('sets aside «je suis bien connecté» and ends an English negation at a dash', () => {
    expect(answered("ce n'est pas le mot de passe, je suis bien connectée ; ma facture reste en brouillon, je l'envoie comment ?")).toBe('facture-brouillon');
    expect(answered('We do not want to type invoices on the website — we want to send all of them through EDI, how?')).toBe('envoi-edi');
  });

  it('reads «super, …» before a follow-up as no topic, and «sign up» as registering', () => {
    const webinars = { lastQuestion: 'Are there webinars for suppliers?', lastArticle: 'accompagnement-webinaires' };
    expect(answered('Great, how do I sign up?', webinars)).toBe('accompagnement-webinaires');
  });

  it('knows an invoice’s currency and a Swiss client as topics the base does not answer', () => {
    for (const q of ['can I invoice in pounds sterling?', 'changer la devise de ma facture', 'facturer un client en Suisse']) {
      // Out of the domain: no article is likely right (whether the learned classifier also
      // agrees with the boundary, `outside`, moves with each calibration).
      expect(knowledge.analyse(q).pDomain).toBeLessThan(0.05);
      expect(answered(q)).toBe('fallback');
    }
  });
});

describe('iteration 32: where a button is, not where an invoice stands', () => {
  it('reads «le bouton il est où ?» after a draft as the draft’s question, «elle est où ?» as where the invoice stands', () => {
    const draft = { lastQuestion: "ma facture pour l'hôpital est restée en brouillon", lastArticle: 'facture-brouillon' };
    expect(answered('et le bouton il est où ?', draft)).toBe('facture-brouillon');
    expect(answered('ma facture, elle est où ? rien ne bouge depuis des semaines')).toBe('suivre-une-facture');
  });
});

describe('iteration 33: who decides what is published', () => {
  it('reads «qui décide si c’est publié ?» after an article idea as the newsletter’s editorial board, not the portal’s governance', () => {
    const idea = { lastQuestion: "j'aimerais suggérer un sujet pour la lettre d'information", lastArticle: 'lettre-information' };
    expect(answered('et qui choisit si mon sujet est publié ?', idea)).toBe('lettre-information');
    expect(answered("et c'est qui qui décide si c'est publié ?", { lastQuestion: 'je voudrais proposer un sujet à votre newsletter', lastArticle: 'lettre-information' })).toBe('lettre-information');
    expect(answered('qui décide des évolutions de Chorus Pro ?')).toBe('gouvernance-ipm');
  });
});

describe('a follow-up right after the bot offered a ticket or a person', () => {
  it('reads «et je fais comment ?» with what was offered, and as nothing without an offer', () => {
    expect(answered('et je fais comment ?', { lastOffer: 'ticket' })).toBe('ticket-support');
    expect(answered('et je fais comment ?', { lastOffer: 'agent' })).toBe('contacter-le-support');
    expect(answered('et je fais comment ?')).toBe('fallback');
  });
});

describe('iteration 34: a price or an address no article gives, the screen’s words, idioms, the account’s e-mail address', () => {
  it('does not answer the price of what was just explained with the same article again', () => {
    const edi = { lastQuestion: 'on voudrait passer en EDI avec un opérateur de dématérialisation', lastArticle: 'envoi-edi' };
    expect(answered('comment envoyer nos factures en EDI via un opérateur ?')).toBe('envoi-edi');
    expect(answered('et un opérateur, ça coûte combien par mois ?', edi)).toBe('fallback');
    expect(answered('et il est payant, ce raccordement ?', edi)).toBe('fallback');
    // A follow-up on the topic itself is still the article.
    expect(answered('et on commence par quoi pour le raccordement EDI ?', edi)).toBe('envoi-edi');
  });

  it('does not answer a rate the article does not give, but answers the how of a message that also asks a price', () => {
    expect(answered('je voudrais connaître le barème des indemnités kilométriques d’un expert judiciaire')).toBe('fallback');
    expect(answered('comment déclarer mes frais kilométriques dans mon mémoire de frais de justice ?')).toBe('frais-de-justice-frais-divers');
    expect(answered('webinaire chorus cmt on sinscrit, c gratuit ?')).toBe('accompagnement-webinaires');
  });

  it('does not answer a postal address with the article that led to it', () => {
    const court = { lastQuestion: 'comment déclarer des frais divers dans mon mémoire de frais de justice ?', lastArticle: 'frais-de-justice-frais-divers' };
    expect(answered('et à quelle adresse j’envoie le mémoire papier ?', court)).toBe('fallback');
    // A wrong address as a reason is no question about an address.
    const moe = { lastQuestion: 'je suis MOE, le titulaire a mis un montant trop élevé dans son projet de décompte', lastArticle: 'moe-projet-decompte-mensuel' };
    expect(answered('et si l’adresse de la MOA est fausse, je peux le refuser ?', moe)).toBe('moe-projet-decompte-mensuel');
  });

  it('reads a message made only of the screen’s words as no topic in a fresh conversation, and as a follow-up after one', () => {
    expect(answered('je clique où ?')).toBe('fallback');
    expect(answered('c’est quelle rubrique ?')).toBe('fallback');
    expect(answered('et je clique où ?', { lastQuestion: 'ma facture est restée en brouillon, elle n’est pas partie', lastArticle: 'facture-brouillon' })).toBe('facture-brouillon');
  });

  it('reads «en faire partie» as membership, «la marche à suivre» as a procedure and «du coup» as nothing', () => {
    expect(answered('et qui en fait partie ?', { lastQuestion: 'c’est quoi l’IPM de Chorus Pro ?', lastArticle: 'gouvernance-ipm' })).toBe('gouvernance-ipm');
    expect(knowledge.analyse('la marche à suivre').message.terms).not.toContain('cptsuivi');
    expect(knowledge.analyse('du coup je fais comment').message.terms).toEqual([]);
    expect(answered('Who sits in the IPM?')).toBe('gouvernance-ipm');
  });

  it('reads the account’s e-mail address as an account setting the base does not answer, and a lost mailbox as a login problem', () => {
    expect(answered('je voudrais changer l’adresse e-mail de connexion de mon compte')).toBe('fallback');
    expect(answered('je veux changer l’adresse mail du compte, mon mot de passe marche très bien')).toBe('fallback');
    expect(answered('j’ai oublié mon mot de passe et je n’ai plus accès à l’adresse mail du compte')).toBe('mot-de-passe-oublie');
  });

  it('reads the status «mise à disposition» as where an invoice stands', () => {
    expect(answered('mise à disposition, ça veut dire quoi pour ma facture ?')).toBe('suivre-une-facture');
    const status = { lastQuestion: 'où je vois le statut de ma facture ?', lastArticle: 'suivre-une-facture' };
    expect(answered("et quand c'est écrit mise à disposition, ça signifie quoi ?", status)).toBe('suivre-une-facture');
  });
});

describe('iteration 35: «à plus» and «pas plus simple», chat spellings of a person, «ouvrez-moi une demande», «ça se règle», when it will be paid', () => {
  it('says goodbye to «à plus» but not to «il y a pas plus simple ?»', () => {
    expect(answered('à plus')).toBe('intent:goodbye');
    expect(answered('merci, à plus !')).toBe('intent:goodbye');
    expect(answered('il y a pas plus simple ?', { lastQuestion: 'on saisit 2000 factures par mois à la main sur le portail', lastArticle: 'envoi-edi' })).not.toBe('intent:goodbye');
  });

  it('hears a person asked for in chat spelling and a ticket asked for with «moi» before it', () => {
    expect(answered('je ve parler a 1 vré persone, pa 1 robo')).toBe('intent:agent');
    expect(answered('ouvrez-moi une demande, je veux une trace écrite')).toBe('intent:ticket');
  });

  it('reads «ça se règle comment ?» as solving, not paying', () => {
    expect(answered('et le mot de passe perdu, ça se règle comment ?')).toBe('mot-de-passe-oublie');
  });

  it('does not answer when an invoice will be paid with an article that gives no delay, and does with one that does', () => {
    const tracking = { lastQuestion: 'comment je vois où en est ma facture ?', lastArticle: 'suivre-une-facture' };
    expect(answered('ok, et elle sera payée quand ?', tracking)).toBe('fallback');
    expect(answered('c’est quoi le délai de paiement d’un mémoire de frais de justice ?')).toBe('fallback');
    const moe = { lastQuestion: 'je suis MOE, comment je traite le projet de décompte mensuel du titulaire ?', lastArticle: 'moe-projet-decompte-mensuel' };
    expect(answered('et j’ai combien de temps pour le traiter ?', moe)).toBe('moe-projet-decompte-mensuel');
    // A choice between articles that do not give it is no answer either.
    expect(answered('et dans ce cas il faut combien de temps pour être payé ?', { lastQuestion: 'quelle différence entre Factures émises et Factures de travaux ?' })).toBe('fallback');
  });
});

describe('iteration 36: where an invoice stands in English, «dans ce cas», a password not forgotten, a facet among several questions', () => {
  it('reads «where it is / where it stands» as where an invoice stands', () => {
    expect(answered('How can I see whether the ministry got my invoice and where it is now?')).toBe('suivre-une-facture');
    expect(answered('I want to know where it stands, the invoice we sent to the ministry.')).toBe('suivre-une-facture');
  });

  it('reads «dans ce cas» as no topic', () => {
    expect(knowledge.analyse('dans ce cas je fais comment').message.terms).toEqual([]);
  });

  it('sets aside a password that is not forgotten, and keeps a login problem that remains', () => {
    expect(answered("je n'ai pas oublié mon mot de passe, je voudrais remplacer l'adresse mail du compte")).toBe('fallback');
    expect(answered("je n'ai pas oublié mon mot de passe mais je ne retrouve plus l'adresse mail de connexion, comment je me connecte ?")).toBe('mot-de-passe-oublie');
  });

  it('answers the other question of a message that also asks a price or a delay', () => {
    expect(answered('il y a des formations pour débuter sur Chorus ? c’est gratuit ?')).toBe('accompagnement-webinaires');
    expect(answered('c’est gratuit ?', { lastQuestion: 'il y a des formations pour débuter sur Chorus ?', lastArticle: 'accompagnement-webinaires' })).toBe('fallback');
    const court = { lastQuestion: 'comment déclarer mes frais de déplacement en frais de justice ?', lastArticle: 'frais-de-justice-frais-divers' };
    expect(answered('et je peux savoir quand elle sera payée ? je voudrais voir où elle en est', court)).toBe('suivre-une-facture');
  });
});

describe('iteration 37: a support guy, «quelqun», what «you mention», nothing received, a second question about something else, a rate asked beside a rejection', () => {
  it('hears a person asked for as a «support guy» or with «quelqun»', () => {
    expect(answered('mon dépôt plante, je veux un call avec un support guy')).toBe('intent:agent');
    expect(answered('je voudrais parler a quelqun svp')).toBe('intent:agent');
  });

  it('reads «le bouton que vous mentionnez, il est où sur l’écran ?» as the previous answer’s button, not where an invoice stands', () => {
    const draft = { lastQuestion: 'ma facture est restée en brouillon, comment je l’envoie ?', lastArticle: 'facture-brouillon' };
    expect(answered('le bouton que vous mentionnez, il est où sur l’écran ?', draft)).toBe('facture-brouillon');
  });

  it('reads «rien reçu» opening a clause as a failure report, and a story’s «n’a jamais rien reçu» as none', () => {
    expect(readMessage('j’ai fait la manip, mais rien reçu').failure).toBe(true);
    expect(readMessage('j’ai rien reçu dans ma boîte mail').failure).toBe(true);
    expect(readMessage('la comptable dit qu’elle n’a jamais rien reçu, ma facture est en brouillon').failure).toBe(false);
  });

  it('drops spoken words that name nothing: «n’importe quoi», «au passage», «vous savez»', () => {
    for (const q of ['n’importe quoi', 'au passage', 'vous savez']) expect(knowledge.analyse(q).message.terms).toEqual([]);
  });

  it('answers the one question of two that the base covers when the other is about something else altogether', () => {
    expect(answered('Comment je sais si l’hôpital a reçu ma facture ? Et au passage, vous savez si le comptable peut exiger un devis signé ?')).toBe('suivre-une-facture');
  });

  it('does not answer a rate asked beside a rejection of the how, nor a credit note asked in chat spelling', () => {
    expect(answered('Pas la question de la saisie : quel tarif kilométrique pour un expert judiciaire, et dans quels textes c’est fixé ?')).toBe('fallback');
    expect(answered('cmt fer 1 avoir pour une facture envoyée')).toBe('fallback');
  });
});

describe('iteration 38: what happens after a ticket, sending one without logging in, «je peux parler à quelqu’un ?», «passez-le moi», an address wanted after a rejection, when the transfer arrives', () => {

  it('reads «il se passe quoi ?» after a ticket as what happens next, not «passez-moi»', () => {
    expect(conversation('j’ai envoyé un ticket au support hier soir', 'et après, il se passe quoi ?')).toBe('ticket-support');
  });

  it('reads «est-ce que je peux ouvrir un ticket sans être connecté ?» as a question, «je peux parler à quelqu’un ?» as a request', () => {
    expect(answered('est-ce que je peux ouvrir un ticket sans être connecté ?')).toBe('ticket-support');
    expect(conversation('j’ai lu l’article mais je comprends toujours pas, je peux parler à quelqu’un ?')).toBe('intent:agent');
    expect(conversation('le robot répond à côté', 'bon, il y a quelqu’un de réel ? passez-le moi')).toBe('intent:agent');
  });

  it('reads what is wanted after a rejection when nothing asks, and when the transfer arrives as a delay', () => {
    expect(answered('Pas de chat ni de ticket, merci : juste l’adresse postale de l’AIFE pour un courrier.')).toBe('fallback');
    expect(conversation('comment je vois où en est ma facture ?', 'elle est mise en paiement, le virement arrive en combien de jours ?')).toBe('fallback');
  });
});

describe('iteration 39: writing to the support, a request followed by what it is for, «le lien…, il est où ?»', () => {
  it('reads «je veux écrire au support» as a ticket asked for, «comment écrire au support ?» as a question', () => {
    expect(answered('bon, je veux écrire au support pour ça', { lastQuestion: 'comment je modifie mon IBAN sur Chorus Pro ?' })).toBe('intent:ticket');
    expect(answered('comment écrire au support ?')).toBe('ticket-support');
  });

  it('keeps a request whose how-to words come after it, in a relative clause', () => {
    expect(answered('Madame, je vous saurais gré d’enregistrer une demande d’assistance pour mon compte, que la procédure de réinitialisation ne débloque pas.')).toBe('intent:ticket');
  });

  it('reads «le lien pour l’envoyer, il est où ?» as a place on the screen, «ma facture, elle est où ?» as where it stands', () => {
    const newsletter = { lastQuestion: 'je voudrais proposer un sujet pour la lettre d’information', lastArticle: 'lettre-information' };
    expect(answered('et le lien pour l’envoyer, il est où ?', newsletter)).toBe('lettre-information');
    expect(knowledge.analyse('le lien pour l’envoyer, il est où ?').message.terms).not.toContain('cptouenest');
    expect(answered('ma facture pour la mairie, elle est où ?')).toBe('suivre-une-facture');
  });
});

describe('iteration 40: sending a ticket when one cannot log in (English), validated by the buyer, «j’ai rien compri», answers that do not help, what one managed to do', () => {
  it('reads «can I send a ticket if I am not able to log in?» as a question, «please open a ticket for me» as a request', () => {
    expect(answered('Can I send a ticket to the support if I am not able to log in?')).toBe('ticket-support');
    expect(answered('Please open a ticket for me, I can’t log in')).toBe('intent:ticket');
  });

  it('reads an invoice validated or accepted by the buyer as where it stands', () => {
    expect(offered('comment je sais si ma facture a été validée par la mairie ?')).toContain('suivre-une-facture');
    expect(offered('est-ce que ma facture a été acceptée par le client ?')).toContain('suivre-une-facture');
  });

  it('does not correct «rien compri» into an account', () => {
    expect(answered('c’est quoi l’instance de pilotage mutualisée ? j’ai rien compri au mail')).toBe('gouvernance-ipm');
  });

  it('reads answers that do not help as a failure, and what one managed to do as no part of the question', () => {
    expect(readMessage('et si ses réponses ne m’aident pas ?').failure).toBe(true);
    expect(readMessage('j’ai enfin réussi à envoyer ma facture, je la suis où maintenant ?').clauses.map((c) => c.negated)).toEqual([true, false]);
  });
});

describe('iteration 41: «c’est» as written, «cv», what is not in draft, who one is not, «la deuxième», the next click, «c’est combien», the right to take so long, «ça passe chez qui ?», another mailbox', () => {

  it('reads «slt cv ?» as a greeting', () => {
    expect(answered('slt cv ?')).toBe('intent:greeting');
  });

  it('reads «c’est» as written: «c’est pas…» sets aside, «c’est fait» reports a step done', () => {
    expect(readMessage('c’est pas le brouillon, c’est le suivi qui bloque').clauses.map((c) => c.negated)).toEqual([true, false]);
    expect(readMessage('c’est fait, et maintenant je la suis où ?').nextStep).toBe(true);
  });

  it('reads «et ça passe chez qui ?» as a question, not a request for a person', () => {
    expect(conversation('je veux proposer une idée d’article pour la lettre d’information', 'et ça passe chez qui ?')).toBe('lettre-information');
  });

  it('reads «elle n’est pas en brouillon» and «je ne suis pas expert» as what the question is not about', () => {
    expect(readMessage('ma facture n’est plus en brouillon, elle est partie').clauses.filter((c) => c.text.includes('brouillon')).map((c) => c.negated)).toEqual([true]);
    expect(answered('Elle n’est pas en brouillon, elle est bien envoyée, mais je dois la corriger par un avoir : comment ?')).toBe('fallback');
    expect(answered('Je ne suis pas un avocat, je suis fonctionnaire : comment me faire rembourser mes frais de mission dans Chorus DT ?')).toBe('fallback');
    expect(answered('je ne suis pas un expert judiciaire, je suis interprète, comment je déclare mes frais de déplacement ?')).toBe('frais-de-justice-frais-divers');
  });

  it('reads «donc la deuxième ?» as a choice between what the previous question offered', () => {
    expect(conversation('Pour des travaux de toiture sur une école, je dépose dans Factures émises ou Factures de travaux ?', 'donc la deuxième ?')).toBe('factures-emises-ou-travaux');
  });

  it('reads «et ensuite je clique où ?» as the next click of the same procedure, once it is done as the next step', () => {
    expect(conversation('ma facture est restée en brouillon, comment je l’envoie ?', 'et ensuite, je clique où ?')).toBe('facture-brouillon');
    expect(readMessage('c’est fait, et maintenant je clique où ?').nextStep).toBe(true);
    expect(readMessage('et ensuite je clique où ?').nextStep).toBe(false);
  });

  it('reads «c’est combien» as a price unless it is a delay, and the right to take so long as a delay', () => {
    expect(conversation('comment je déclare mes frais de déplacement pour une expertise judiciaire ?', 'et le kilomètre, c’est combien ?')).toBe('fallback');
    expect(answered('et côté maître d’œuvre, le délai pour traiter le projet de décompte, c’est combien ?')).toBe('moe-projet-decompte-mensuel');
    expect(conversation('comment suivre ma facture sur chorus ?', 'elle est au statut mise en paiement depuis un mois, ils peuvent tarder autant ?')).toBe('fallback');
  });

  it('reads «ça passe devant qui ?» after a newsletter idea and «le volet déclaratif» as e-reporting', () => {
    expect(conversation('je veux proposer une idée d’article pour la lettre d’information', 'et ça passe devant qui ?')).toBe('lettre-information');
    expect(knowledge.analyse('et le volet déclaratif, il concerne qui ?').message.terms).toContain('ereporting');
  });

  it('reads a mailbox’s own password as another site, the account’s mailbox and «entrer dans mon compte» as the login', () => {
    expect(answered('pas mon compte Chorus : c’est le mot de passe de ma boîte mail SFR que j’ai oublié')).toBe('fallback');
    expect(conversation('Comment récupérer mon mot de passe Chorus Pro ?', 'et si je n’ai plus accès à la boîte mail du compte ?')).toBe('mot-de-passe-oublie');
    expect(answered('impossible d’entrer dans mon compte Chorus Pro')).toBe('mot-de-passe-oublie');
  });
});

describe('iteration 42: logging in fine, a request created in English, the address that is wrong, the courts’ list of experts, equipment maintenance, «je la suis où ?», «fé»', () => {

  it('reads «je me connecte très bien» as what works, not the question', () => {
    expect(readMessage('je me connecte sans problème, mais ma facture ne part pas').clauses.map((c) => c.negated)).toEqual([true, false]);
    expect(answered('Aucun souci de connexion, je me connecte très bien : ma facture est enregistrée mais la mairie ne l’a pas reçue, qu’est-ce qui manque ?')).toBe('facture-brouillon');
  });

  it('reads «can you create the request for me?» as a ticket asked for', () => {
    expect(answered('I would rather use the form. Could you create the request for me?')).toBe('intent:ticket');
    expect(answered('how do I create a request on the form?')).not.toBe('intent:ticket');
  });

  it('does not read an address said to be wrong as an address asked for', () => {
    expect(conversation('comment je traite le projet de décompte du titulaire ?', 'et si c’est pas le montant qui est faux mais l’adresse de la MOA ?')).toBe('moe-projet-decompte-mensuel');
    expect(conversation('comment envoyer mon mémoire papier ?', 'et l’adresse du tribunal pour l’envoyer ?')).toBe('fallback');
  });

  it('reads getting onto the courts’ list of experts as a topic the base does not answer', () => {
    expect(answered('comment s’inscrire sur la liste des experts judiciaires ?')).toBe('fallback');
    expect(knowledge.analyse('candidature pour figurer sur la liste des interprètes de la cour d’appel').message.terms).toContain('listeexperts');
  });

  it('reads the maintenance of equipment as the writer’s trade, not the portal’s maintenance', () => {
    expect(conversation('Factures émises ou Factures de travaux pour la rénovation d’une piscine municipale ?', 'et si c’est pas des travaux mais la maintenance des chaudières ?')).toBe('factures-emises-ou-travaux');
    expect(answered('la maintenance du portail est prévue quand ?')).toBe('fallback');
  });

  it('reads «je la suis où ?» and «j’ai fé valider» after sending a draft as the next step, tracking', () => {
    expect(knowledge.analyse('et je la suis comment ?').message.terms).toContain('cptsuivi');
    expect(conversation('ma fact est tjr en brouillon, cmt jlenvoi ?', 'c bon jai fé valider et envoyer, mtn jla suis ou ?')).toBe('suivre-une-facture');
  });
});

describe('iteration 43: an English colon, keying invoices by hand, a device, «c’est où le chat ?», a request to pass on, a new structure’s account, days counted in English, «en visio», a façade', () => {

  it('ends a negation at a colon written the English way («the API: how does…»)', () => {
    expect(readMessage('I am not asking about the portal: how do I send invoices by EDI?').clauses.filter((c) => !c.negated).map((c) => c.text)).toEqual(['i am', 'how do i send invoices by edi']);
    expect(offered('We don’t want the web form, and not the API either: how does EDI sending work?')).toContain('envoi-edi');
  });

  it('reads keying invoices in one by one as the manual entry EDI replaces, and a device as no quote', () => {
    expect(knowledge.analyse('we are typing in our invoices one by one').message.terms).toContain('cptflux');
    expect(knowledge.analyse('a medical device').message.terms).not.toContain('devis');
  });

  it('reads «c’est où le chat avec un agent ?» as where to find it, not a request', () => {
    expect(answered('c ou le chat avec 1 conseiller stp')).toBe('contacter-le-support');
  });

  it('reads a request to pass on to the support as a ticket asked for', () => {
    expect(answered('Je vous prie de transmettre une demande au support au sujet de mes factures rejetées.')).toBe('intent:ticket');
  });

  it('reads creating the account of a new structure as the boundary, not a login', () => {
    expect(knowledge.analyse('comment créer le compte de notre nouvelle association ?').message.terms).toEqual(['creationcompte']);
    expect(answered('comment créer le compte de notre nouvelle association ?')).toBe('fallback');
  });

  it('reads «c’est combien de days» as a duration, «en visio» as training, a façade as works', () => {
    expect(answered('as MOE, the deadline to process the draft monthly statement, c’est combien de days ?')).toBe('moe-projet-decompte-mensuel');
    expect(offered('c’est en visio ou en présentiel ?', { lastQuestion: 'comment m’inscrire à une formation Chorus Pro ?', lastArticle: 'accompagnement-webinaires' })).toContain('accompagnement-webinaires');
    expect(knowledge.analyse('ravalement de la façade de l’école').message.terms).toContain('cpttravaux');
  });
});

describe('iteration 44: «comment ça marche ?» after a wish, being paid for an article, contesting the court’s taxation, a «centre hospitalier», «c’est pour…» after a choice', () => {

  it('reads «je préfère écrire au support : comment ça marche ?» as a question about tickets', () => {
    expect(answered('Pas de chat pour moi, je préfère écrire au support : comment ça marche ?')).toBe('ticket-support');
  });

  it('reads being paid for what one writes as a price no article states', () => {
    expect(conversation('je voudrais proposer une rubrique pour la lettre d’information', 'est-ce que la contribution est rémunérée ?')).toBe('fallback');
  });

  it('reads contesting the judge’s taxation of a mémoire as a topic the base does not answer', () => {
    expect(answered('comment contester l’ordonnance de taxe du juge sur mon mémoire de frais de justice ?')).toBe('fallback');
  });

  it('reads a «centre hospitalier» as a hospital, a département as a story word', () => {
    expect(knowledge.analyse('le centre hospitalier universitaire du département').message.terms).toEqual(['hopital']);
  });

  it('reads «c’est pour…» after a choice between applications as the answer to it', () => {
    expect(readMessage('c’est pour des chaises de bureau').followUp).toBe(true);
    expect(conversation('Factures émises ou Factures de travaux, laquelle choisir ?', 'c’est pour de la fourniture de papier')).toBe('factures-emises-ou-travaux');
  });
});

describe('iteration 45: «vous pouvez le créer pour moi ?», «ouvrez-moi directement la demande», booking a webinar, unsubscribing, the weather, a failure is no next step', () => {

  it('reads «vous pouvez le créer pour moi maintenant ?» after a question about tickets as the request it names', () => {
    expect(readMessage('vous pouvez le créer pour moi maintenant ?').doIt).toBe(true);
    expect(readMessage('vous pouvez la déposer où ?').doIt).toBe(false);
    expect(conversation('Comment envoyer un ticket au support ?', 'vous pouvez le créer pour moi maintenant ?')).toBe('intent:ticket');
  });

  it('reads «ouvrez-moi directement la demande» as a ticket asked for', () => {
    expect(readMessage('bon ok, ouvrez-moi directement la demande alors').names).toBe('ticket');
    expect(conversation('Comment contacter le support ?', 'bon ok, ouvrez-moi directement la demande alors')).toBe('intent:ticket');
  });

  it('reads booking a webinar for new users as registering for the training', () => {
    expect(answered('Je peux book un webinar pour les new users ?')).toBe('accompagnement-webinaires');
  });

  it('reads unsubscribing as a topic the base does not answer, while subscribing and proposing an article stay answered', () => {
    expect(conversation('Je voudrais proposer un article pour la lettre d’information', 'et pour me désabonner ?')).toBe('fallback');
    expect(answered('je veux me désabonner de la newsletter Chorus Pro')).toBe('fallback');
    expect(answered('comment m’abonner à la newsletter Chorus Pro ?')).toBe('lettre-information');
    expect(answered('Je ne veux pas me désabonner, je veux proposer un sujet pour la lettre d’info.')).toBe('lettre-information');
  });

  it('does not read the weather as a follow-up of the previous topic', () => {
    expect(conversation('Qui décide des évolutions de Chorus Pro ?', 'et il fera beau demain à Paris ?')).toBe('fallback');
  });

  it('reads «ça marche pas… je fais quoi maintenant ?» as a failure, not as the step after a success', () => {
    const r = readMessage('ça marche pas, le mail n’arrive jamais. je fais quoi maintenant ?');
    expect(r.failure).toBe(true);
    expect(r.nextStep).toBe(false);
    expect(readMessage('c’est fait, et maintenant je fais quoi ?').nextStep).toBe(true);
  });
});

describe('iteration 46: «elle m’a pas aidé», when the money arrives, «c’est dans quel menu ?» after a topic', () => {

  it('reads «elle m’a pas aidé du tout» as a failure report that points back to the previous answer', () => {
    const r = readMessage('elle m’a pas aidé du tout, je fais quoi maintenant');
    expect(r.failure).toBe(true);
    expect(r.nextStep).toBe(false);
    expect(offeredIn('Comment parler à ClaudIA ?', 'elle m’a pas aidé du tout, je fais quoi maintenant')).toContain('contacter-le-support');
  });

  it('reads when the money arrives as the payment delay, which the tracking article does not state', () => {
    expect(facetAsked(readMessage('l’argent arrive sur le compte quand ?').clauses)).toBe('delay');
    expect(facetAsked(readMessage('quand est-ce que le virement arrive ?').clauses)).toBe('delay');
    expect(conversation('comment suivre ma facture déposée', 'elle est au statut mise en paiement, l’argent arrive sur le compte quand ?')).toBe('fallback');
  });

  it('reads «c’est dans quel menu ?» after a topic with that topic, and alone as no topic', () => {
    const context = { lastQuestion: 'où voir si ma facture est arrivée chez le client public', lastArticle: 'suivre-une-facture' };
    expect(knowledge.analyse('c’est dans quel menu ?', context).joined).toBe(true);
    expect(answered('c’est dans quel menu ?')).toBe('fallback');
  });
});

describe('iteration 47: «nous conseiller un logiciel», «rien à voir avec…», «comment avoir quelqu’un ?», how soon the support answers, «à mon compte», «à quel stade en est…»', () => {

  it('reads «vous pourriez nous conseiller un logiciel» as asking advice, not for an adviser', () => {
    const r = readMessage('Vous pourriez nous conseiller un logiciel qui gère les devis et les relances ?');
    expect(r.request).toBeNull();
    expect(r.names).toBeNull();
    expect(readMessage('je veux parler à un conseiller').request).toBe('agent');
  });

  it('reads «rien à voir avec les frais de justice :» as a negation of that topic', () => {
    const q = 'Rien à voir avec les frais de justice : comment contester une amende devant le tribunal de police ?';
    expect(readMessage(q).clauses[0]?.negated).toBe(true);
    expect(answered(q)).toBe('fallback');
  });

  it('reads «comment avoir quelqu’un ?» as a question about reaching the support', () => {
    expect(offered('comment avoir quelqu’un ?')).toContain('contacter-le-support');
  });

  it('reads how soon the support answers in the words of the articles («dans les meilleurs délais»)', () => {
    expect(knowledge.analyse('ils répondent en combien de temps en général ?').message.terms).toContain('cptdelaireponse');
    expect(knowledge.analyse('how quickly do you answer?').message.terms).toContain('cptdelaireponse');
    expect(offeredIn('comment contacter le support ?', 'et au formulaire ils répondent en combien de temps en général ?')).toContain('ticket-support');
  });

  it('reads «plombier à mon compte» as self-employed, not the portal account', () => {
    expect(knowledge.analyse('je suis plombier à mon compte').message.terms).not.toContain('compt');
    expect(knowledge.analyse('je n’arrive plus à accéder à mon compte').message.terms).toContain('compt');
    const long =
      'Plombier chauffagiste à mon compte, j’ai changé la chaudière d’une école le mois dernier. J’ai saisi ma facture sur ' +
      'Chorus Pro il y a quinze jours, elle apparaît dans ma liste, mais la mairie n’a rien reçu ; on dirait qu’elle est ' +
      'restée en brouillon. Comment je la fais partir pour de bon ?';
    expect(answered(long)).toBe('facture-brouillon');
  });

  it('reads the names of other countries written in English as the French names the boundary holds', () => {
    expect(knowledge.analyse('e-invoicing in Germany').message.terms).toContain(knowledge.analyse('en Allemagne').message.terms[0]);
  });

  it('reads «à quel stade en est ma facture ?» as where it stands', () => {
    expect(knowledge.analyse('à quel stade en est ma facture ?').message.terms).toContain('cptouenest');
    expect(answered('à quel stade en est ma facture ?')).toBe('suivre-une-facture');
  });
});

describe('iteration 48: «notre opérateur», «même les petites boîtes ?», «je dois y aller»', () => {

  it('reads «notre opérateur» as the writer’s own provider, not a person to talk to', () => {
    expect(readMessage('notre opérateur dit qu’il a tout paramétré').names).toBeNull();
    expect(knowledge.analyse('notre opérateur dit qu’il a tout paramétré').message.terms).toContain('cptflux');
    expect(readMessage('je veux parler à un opérateur').request).toBe('agent');
    expect(conversation('comment envoyer nos factures à Chorus en EDI ?', 'notre opérateur dit qu’il a tout paramétré et ça ne passe toujours pas')).toBe('envoi-edi');
  });

  it('reads a message opening on «même les…» as a follow-up', () => {
    expect(readMessage('même les toutes petites boîtes ?').followUp).toBe(true);
    expect(readMessage('même pas la peine').followUp).toBe(false);
    expect(conversation('la facture électronique va devenir obligatoire entre entreprises ?', 'même les toutes petites boîtes ?')).toBe('facturation-electronique-b2b');
  });

  it('reads «je dois y aller» as a goodbye', () => {
    expect(answered('bon, je dois y aller')).toBe('intent:goodbye');
  });
});

describe('iteration 49: «la semaine prochaine» is no goodbye, «une idée pour le fix ?» proposes no idea', () => {
  it('reads «à la prochaine» as a goodbye and «la semaine prochaine» as a date', () => {
    expect(answered('à la prochaine')).toBe('intent:goodbye');
    expect(conversation('comment s’inscrire à un webinaire Chorus Pro ?', 'il y en a un la semaine prochaine ?')).toBe('accompagnement-webinaires');
  });

  it('reads «une idée pour le fix ?» as asking a way, while an idea for the newsletter is still one', () => {
    expect(knowledge.analyse('une idée pour le fix ?').message.terms).not.toContain('cptproposer');
    expect(answered('mon wifi drop tout le temps au bureau, une idée pour le fix ?')).toBe('fallback');
    expect(knowledge.analyse('j’ai une idée pour la newsletter').message.terms).toContain('cptproposer');
  });
});

describe('iteration 50: a story before «… maintenant ?» keeps its topic', () => {
  it('sets aside a short report of a step done, not a story that holds the topic', () => {
    expect(readMessage('c’est fait, j’ai cliqué sur confirmer. Et maintenant je la suis où ?').clauses.filter((c) => c.done).length).toBe(2);
    const story =
      'Bonjour, je suis menuisier près de Rennes. J’ai fait une facture pour le collège en avril. Le gestionnaire me dit ' +
      'qu’il n’a rien reçu, et sur Chorus ma facture est marquée brouillon. Qu’est-ce que j’ai oublié et comment je l’envoie maintenant ?';
    expect(readMessage(story).clauses.some((c) => c.done)).toBe(false);
    expect(answered(story)).toBe('facture-brouillon');
  });
});

describe('iteration 51: after a «Vouliez-vous dire», screen words and failure reports, «l’avoir», an account to open, an assistant that cannot answer', () => {
  it('offers the same choices again when a reaction with no word of its own follows a clarification', () => {
    // (Until iteration 68 «mon client public n’a pas reçu ma facture» clarified; it is the draft article's first case now.)
    const unsure = 'pourquoi ma facture est toujours en cours de transmission';
    expect(askedIn(unsure).kind).toBe('clarify');
    expect(offeredIn(unsure, 'et si c’est pas ça ?')).toEqual(offeredIn(unsure));
  });

  it('keeps the topic when a follow-up names only the screen («je clique où ?», «je vois rien dans la liste»)', () => {
    expect(conversation('je voudrais savoir comment envoyer un ticket sans pouvoir me connecter', 'je clique où ?')).toBe('ticket-support');
    expect(conversation('ma facture est restée en brouillon, où je la retrouve ?', 'mais je ne vois rien dans la liste')).toBe('facture-brouillon');
    expect(readMessage('mais je ne vois rien dans la liste').failure).toBe(true);
    expect(readMessage('rien ne s’affiche').failure).toBe(true);
  });

  it('reads «l’avoir» as a credit note unless a participle follows', () => {
    expect(normalizeSurface('l’avoir, je le dépose où ?')).toContain('l avoir');
    expect(normalizeSurface('après l’avoir envoyée')).not.toContain('l avoir');
    expect(knowledge.analyse('l’avoir, je le dépose où ?').message.terms).toContain('avoircredit');
    expect(conversation('c’est quoi la différence entre Factures émises et Factures de travaux ?', 'ok, et l’avoir je le mets où ?')).toBe('fallback');
  });

  it('does not read opening an account for a new structure as opening a ticket', () => {
    expect(conversation('nous venons de créer une filiale', 'comment je leur ouvre un compte ?')).toBe('fallback');
    expect(knowledge.analyse('je n’arrive pas à ouvrir mon compte').message.terms).not.toContain('cptcreationcompte');
  });

  it('sends to the support when the assistant cannot answer', () => {
    expect(conversation('ClaudIA, c’est quoi exactement ?', 'et quand elle ne sait pas répondre ?')).toBe('contacter-le-support');
  });
});

describe('iteration 52: a step done in a first message, reaching the support, learning with someone, failures in other words', () => {
  it('reads what a first message reports done as its context, or as its topic', () => {
    // Answered on its own, the step done is the context: the next step is asked.
    expect(answered('voilà, j’ai cliqué sur «Confirmer et envoyer» pour ma facture. Et maintenant ?')).toBe('suivre-une-facture');
    // Not answered on its own, it is what the message is about, and is searched.
    const q = 'J’ai envoyé une demande d’assistance par le formulaire il y a deux semaines et toujours aucune réponse, je fais quoi maintenant ?';
    expect(answered(q)).toBe('ticket-support');
  });

  it('reads «on vous joint» as reaching the support, «je vous joins la facture» as attaching', () => {
    expect(answered('comment on vous joint ? pas de numéro nulle part')).toBe('contacter-le-support');
    expect(knowledge.analyse('je vous joins la facture').message.terms).not.toContain('cptassistance');
    expect(knowledge.analyse('je m’adresse à qui ?').message.terms).toContain('cptassistance');
  });

  it('does not take learning with someone for a request for a person', () => {
    expect(readMessage('je préfère apprendre avec quelqu’un qui explique').request).toBeNull();
    expect(readMessage('je préfère parler avec quelqu’un').request).toBe('agent');
  });

  it('hears failures said otherwise («je ne la vois pas», «still blocked»)', () => {
    expect(readMessage('je ne la vois pas').failure).toBe(true);
    expect(readMessage('still blocked').failure).toBe(true);
    expect(conversation('I can’t log in to Chorus Pro', 'tried resetting it twice, still blocked')).toBe('mot-de-passe-oublie');
  });
});

describe('iteration 53: «un conseillé», «1 humain», a screen not found, «ça compte comme…», «qui je peux appeler ?»', () => {
  it('reads a person asked for in SMS or with a misspelt «conseiller»', () => {
    expect(readMessage('bonjour je voudrais parler a un conseillé svp').request).toBe('agent');
    expect(readMessage('la réponse est à côté, jveu 1 humain maintenant').request).toBe('agent');
    // The participle is no person: «je suis mal conseillé par mon comptable».
    expect(readMessage('je veux savoir si je suis bien conseillé par mon comptable').request).toBeNull();
  });

  it('keeps the topic when the screen the answer names cannot be found', () => {
    expect(readMessage('je vois pas l’écran dont vous parlez').failure).toBe(true);
    expect(offeredIn('comment je suis une facture déposée ?', 'je vois pas l’écran dont vous parlez')).toEqual(['suivre-une-facture']);
  });

  it('reads «ça compte comme…» as counting, not as an account, and painting as works', () => {
    expect(knowledge.analyse('ça compte comme des travaux ?').message.terms).not.toContain('compt');
    expect(knowledge.analyse('on repeint la mairie').message.terms).toContain('cpttravaux');
  });

  it('reads «qui je peux appeler ?» as reaching the support', () => {
    expect(knowledge.analyse('qui je peux appeler ?').message.terms).toContain('cptassistance');
  });
});

describe('iteration 54: hours of the day, who chooses the topics', () => {
  it('reads being available at night or around the clock as one concept, the story words «nuit», «soir» alone as nothing', () => {
    expect(knowledge.analyse('elle marche aussi la nuit ?').message.terms).toContain('cptjouretnuit');
    expect(knowledge.analyse('ClaudIA répond 24h/24 ?').message.terms).toContain('cptjouretnuit');
    expect(knowledge.analyse('je l’ai envoyée hier soir').message.terms).not.toContain('cptjouretnuit');
  });

  it('reads «qui choisit les sujets ?» after a newsletter idea as the editorial board', () => {
    expect(knowledge.analyse('c’est qui qui choisit les articles ?').message.terms).toContain('cptredaction');
    expect(conversation('je voudrais proposer un sujet pour la lettre d’information', 'et c’est qui qui choisit les articles au final ?')).toBe('lettre-information');
  });
});

describe('iteration 55: requests in franglais and in the familiar imperative, English modals, currency conversion', () => {
  it('drops the English modal «may» (not the month «mai») and refuses converting a currency', () => {
    expect(knowledge.analyse('How long may a hospital take to pay?').message.terms).not.toContain('mai');
    expect(answered('Can Chorus Pro convert our invoices from USD to EUR automatically?')).toBe('fallback');
  });

  it('reads «je need un human», «ouvre-moi une demande», «mets-moi en relation» as requests', () => {
    expect(readMessage('je need un human là now, ClaudIA comprend rien').request).toBe('agent');
    expect(readMessage('ok vas-y, ouvre-moi une demande').request).toBe('ticket');
    expect(readMessage('mets-moi en relation avec le support').request).toBe('agent');
    // Asking how is still a question for the articles.
    expect(readMessage('comment ouvrir une demande au support ?').request).toBeNull();
  });
});

describe('iteration 56: paid by a named buyer, reaching someone, an acknowledgement', () => {
  it('reads «payée par le collège» as where a payment stands, whichever buyer is named', () => {
    expect(knowledge.analyse('je voudrais savoir si ma facture a été réglée par le collège').message.terms).toEqual(expect.arrayContaining(['cptsuivi', 'cptpaiement']));
    expect(knowledge.analyse('je voudrais savoir si ma facture a été réglée par le collège').message.terms).not.toContain('colleg');
    expect(answered('cmt savoir si ma fact a ete payee par le college')).toBe('suivre-une-facture');
    expect(answered('comment voir si la facture est payée par l’université ?')).toBe('suivre-une-facture');
  });

  it('reads «joindre quelqu’un» conjugated as reaching the support, not as an attachment', () => {
    expect(knowledge.analyse('comment je joins un conseiller par téléphone ?').message.terms).toContain('cptassistance');
    expect(answered('pas de ticket pour moi, je cherche juste comment on joint un agent en direct')).toBe('contacter-le-support');
    // Attaching a file keeps its meaning.
    expect(knowledge.analyse('je joins le bon de commande à ma facture').message.terms).not.toContain('cptassistance');
  });

  it('takes «c’est noté» as an acknowledgement that closes the exchange, after an answer or alone', () => {
    expect(answered('ok c’est noté')).toBe('intent:thanks');
    expect(answered('bien noté, merci beaucoup', { lastQuestion: 'comment joindre le support ?', lastArticle: 'contacter-le-support' })).toBe('intent:thanks');
    // «une note de frais» is still the expenses' topic.
    expect(answered('comment déclarer une note de frais de déplacement pour une expertise judiciaire ?')).toBe('frais-de-justice-frais-divers');
  });
});

describe('iteration 57: a chat spelling of «trouve», a community of communes, the portal words of other languages', () => {
  it('reads the chat form «trouv» as the story word «trouve»', () => {
    expect(knowledge.analyse('jtrouv pa le bouton, il est ou claudia').message.terms).not.toContain('trouv');
    expect(answered('ou est claudia sur le site ? je la trouv pa')).toBe('contacter-le-support');
  });

  it('reads «la communauté de communes» as a buyer like a town hall, not the portal’s governance', () => {
    expect(knowledge.analyse('la communauté d’agglomération a-t-elle reçu ma facture ?').message.terms).not.toContain('communaut');
    expect(answered('comment savoir si la comunauté de communes a bien reçu ma facture')).toBe('suivre-une-facture');
    // The «Communauté Chorus Pro» site keeps its name.
    expect(knowledge.analyse('je cherche le site Communauté Chorus Pro').message.terms).toContain('communaut');
  });

  it('reads the portal’s words in Spanish, Italian, German and Portuguese mixed into a message', () => {
    expect(answered('buenos días, olvidé mi contraseña de Chorus Pro, que hago ?')).toBe('mot-de-passe-oublie');
    expect(answered('Guten Tag, mein Kennwort für Chorus Pro funktioniert nicht mehr, comment le changer ?')).toBe('mot-de-passe-oublie');
    expect(knowledge.analyse('la mia fattura è rimasta in bozza').message.terms).toEqual(expect.arrayContaining(['factur', 'brouillon']));
  });
});

describe('iteration 58: what the screen shows mid-procedure, «sauf que», a greyed-out button, «payer par la comune»', () => {
  it('keeps a window that opens in the middle of a procedure in that procedure, not the step after it', () => {
    expect(readMessage('j’ai fait valider et envoyer, une fenêtre s’affiche, et maintenant ?').nextStep).toBe(false);
    expect(readMessage('c’est fait, je l’ai envoyée, et maintenant ?').nextStep).toBe(true);
    expect(conversation('comment envoyer ma facture qui est en brouillon ?', 'j’ai cliqué sur valider et envoyer, une fenêtre s’ouvre, et ensuite ?')).toBe('facture-brouillon');
  });

  it('reads «sauf que…» as an objection to the previous answer', () => {
    expect(readMessage('sauf que je n’arrive pas à me connecter').followUp).toBe(true);
    expect(conversation('comment on envoie un ticket au support ?', 'sauf que je n’arrive pas du tout à me connecter au portail')).toBe('ticket-support');
  });

  it('reads a greyed-out button as a control that cannot be used, not as a «carte grise»', () => {
    expect(knowledge.analyse('le bouton valider est grisé').message.terms).toContain('desactive');
    expect(knowledge.analyse('changer la carte grise du camion').message.terms).not.toContain('desactive');
    expect(conversation('ma facture est en brouillon, comment l’envoyer ?', 'et si valider et envoyer est grisé ?')).toBe('facture-brouillon');
  });

  it('reads «payer par la comune» with its typos as a payment to track', () => {
    expect(answered('comment je sais si ma facture a été payer par la comune ?')).toBe('suivre-une-facture');
  });
});

describe('iteration 59: a chain of follow-ups keeps its topic, the question inside a story, a written form to the support, chat spellings of «je fais quoi après»', () => {
  it('gives a follow-up’s answer the topic it was read with, so that the next follow-up keeps it', () => {
    const first = knowledge.ask('ma facture est restée en brouillon, comment je l’envoie ?');
    const context = { lastQuestion: 'ma facture est restée en brouillon, comment je l’envoie ?', lastArticle: first.articleId };
    const second = knowledge.ask('une fenêtre s’ouvre, je fais quoi ensuite ?', context);
    expect(second).toMatchObject({ kind: 'answer', articleId: 'facture-brouillon', followUp: true });
    expect(second.topic).toBe('ma facture est restée en brouillon, comment je l’envoie ?\nune fenêtre s’ouvre, je fais quoi ensuite ?');
    // A question answered on its own words starts a topic of its own.
    expect(first.topic).toBeUndefined();
    expect(conversation('ma facture est restée en brouillon, comment je l’envoie ?', 'une fenêtre s’ouvre, je fais quoi ensuite ?', 'et si le bouton est grisé ?')).toBe('facture-brouillon');
  });

  it('says when a message reports that what was tried does not work, for the bot to offer a person', () => {
    const context = { lastQuestion: 'comment envoyer une facture restée en brouillon ?', lastArticle: 'facture-brouillon' };
    expect(knowledge.ask('et si ça ne marche toujours pas ?', context)).toMatchObject({ kind: 'answer', articleId: 'facture-brouillon', failure: true });
    expect(knowledge.ask('et pour une facture de travaux ?', context).failure).toBeUndefined();
  });

  it('keeps the earlier topic alone when the chain outgrows a message', () => {
    const long = `ma facture est restée en brouillon ${'et je ne comprends pas pourquoi '.repeat(30)}`;
    expect(topicAfter(long, 'et ensuite ?')).toBe(long);
    expect(topicAfter('facture en brouillon', 'et ensuite ?')).toBe('facture en brouillon\net ensuite ?');
  });

  it('reads the asking clauses alone when the story drew the ranking to another article', () => {
    const story =
      'Bonjour, je travaille au service de la commande publique d’un conservatoire. Un prestataire de nettoyage nous relance tous les lundis, il ne sait pas ce qui se passe après le dépôt et moi non plus. ' +
      'Comment un fournisseur peut-il voir le statut de sa facture une fois déposée ?';
    expect(knowledge.analyse(story).ranked[0]?.articleId).not.toBe('suivre-une-facture');
    expect(answered(story)).toBe('suivre-une-facture');
    // When the question alone points where the story did, the story's refusal stands.
    expect(answered('Ce n’est pas le montant qui pose problème, c’est le taux de TVA : 10 ou 20 % pour des travaux dans une école ?')).toBe('fallback');
  });

  it('does not read knowing denied as a question', () => {
    expect(readMessage('personne ici ne semble savoir. comment suivre ma facture ?').clauses[0]?.question).toBe(false);
    expect(readMessage('je voudrais savoir où en est ma facture').clauses[0]?.question).toBe(true);
  });

  it('reads «l’étape de traitement à laquelle se trouve» an invoice as where it stands', () => {
    expect(knowledge.analyse('l’étape de traitement à laquelle se trouve ma facture').message.terms).toEqual(['cptsuivi', 'factur']);
  });

  it('reads a written form sent to the support as a ticket asked for', () => {
    expect(answered('pas de chat, je veux envoyer un formulaire écrit au support tout de suite')).toBe('intent:ticket');
    expect(answered('comment remplir le formulaire du support ?')).toBe('ticket-support');
  });

  it('reads «jfé koi apré» as «je fais quoi après»', () => {
    expect(readMessage('jfé koi apré').clauses[0]?.text).toBe('je fais quoi apres');
    expect(conversation('slt ma fact é en brouillon, cmt je l’envoi', 'jfé koi apré')).not.toBe('fallback');
  });
});
