import path from 'node:path';
import { createKnowledge } from '../../knowledge';
import { outcomeOf, probability, trainLogistic, FEATURE_NAMES } from '../../knowledge/decision';
import { loadDecisionModel } from '../../knowledge';
import { askInConversation, labelOf } from '../../knowledge/evaluate';
import { facetAsked, unansweredFacet } from '../../knowledge/facets';
import { writtenPunctuation } from '../../knowledge/dictation';
import { dropComparisons } from '../../knowledge/comparisons';
import { dropIdentifiers } from '../../knowledge/identifiers';
import { topicAfter } from '../../knowledge/follow-up';
import { wordsOf } from '../../knowledge/clauses';
import { typedBack } from '../../knowledge/keyboard-layout';
import { readMessage, type MessageReading } from '../../knowledge/message';
import { normalizeSurface } from '../../knowledge/normalize';
import { announcedItems, numberedItems } from '../../knowledge/numbered-choice';
import { oneOfSeveral, questionsWithin } from '../../knowledge/several-questions';
import type { AskResult } from '../../knowledge/types';

/** The behaviours of issue 10 on the real base (the figures are in knowledge/eval/README.md). */
const knowledge = createKnowledge({ articlesDir: path.join(__dirname, '..', '..', 'knowledge', 'articles') });
/** The article answered, or the articles a « Vouliez-vous dire » offers. */
const offered = (q: string, context?: { lastQuestion?: string; lastArticle?: string }) => {
  const r = knowledge.ask(q, context);
  return r.kind === 'answer' ? [r.articleId] : r.kind === 'clarify' ? r.candidates.map((c) => c.articleId) : [];
};
/** What a conversation's last message gets: its earlier messages are asked first (evaluate.ts). */
const askedIn = (...messages: string[]) => askInConversation(knowledge.ask, { q: messages.at(-1)!, context: messages.slice(0, -1) });
/** The label (article, intent or fallback) of what a conversation's last message gets. */
const conversation = (...messages: string[]) => labelOf(askedIn(...messages));
/** The article a conversation's last message is answered with, or the articles a « Vouliez-vous dire » offers. */
const offeredIn = (...messages: string[]) => {
  const r = askedIn(...messages);
  return r.kind === 'answer' ? [r.articleId] : r.kind === 'clarify' ? r.candidates.map((c) => c.articleId) : [];
};
const answered = (q: string, context?: { lastQuestion?: string; lastArticle?: string; lastOffer?: 'agent' | 'ticket' }) => {
  const r = knowledge.ask(q, context);
  return r.kind === 'answer' ? r.articleId : r.kind === 'intent' ? `intent:${r.intent}` : r.kind;
};

describe('understanding people as they write', () => {
  it('finds the question inside a long story as surely as in two words', () => {
    const long =
      'Bonjour, je suis traiteur et j’ai fait le buffet des vœux du maire en janvier. J’ai saisi ma facture sur le portail ' +
      'la semaine dernière, tout rempli, puis j’ai cliqué sur Enregistrer avant de fermer. La comptable de la mairie me dit ' +
      'qu’elle n’a rien reçu et dans mon espace la facture est toujours marquée brouillon. Qu’est-ce que j’ai oublié ? Merci !';
    expect(long.length).toBeGreaterThan(350);
    expect(answered(long)).toBe('facture-brouillon');
    expect(answered('facture brouillon')).toBe('facture-brouillon');
    expect(knowledge.ask(long).score).toBeGreaterThan(0.8);
  });

  it.each([
    ['jarive pa a envoyé ma fact, elle est tjr en brouillon', 'facture-brouillon'],
    ['jai oublie mon mdp et jarrive plu a me connecter', 'mot-de-passe-oublie'],
    ['cmt je declare mes frais de deplacement pr une expertise judiciaire', 'frais-de-justice-frais-divers'],
  ])('reads SMS spelling and typos: %s', (q, id) => {
    expect(answered(q)).toBe(id);
  });

  it('answers English with the right article and says the message is English', () => {
    const r = knowledge.ask('Can we send our invoices to Chorus Pro by EDI through a service provider instead of uploading them?');
    expect(r).toMatchObject({ kind: 'answer', articleId: 'envoi-edi', language: 'en' });
    expect(knowledge.ask('Comment envoyer mes factures en EDI ?').language).toBe('fr');
  });

  it('lets an explicit request for a person or a ticket win over the topic around it', () => {
    expect(answered('est-ce que je peux avoir un humain ? ma facture est en brouillon depuis trois semaines')).toBe('intent:agent');
    expect(answered('je voudrais parler à quelqu’un svp')).toBe('intent:agent');
    expect(answered('Rien ne marche avec mon mot de passe, ouvrez-moi un ticket svp')).toBe('intent:ticket');
    // Asking how to reach support is a question for the articles, not a request.
    expect(answered('comment contacter le support, et à quelles heures ?')).toBe('contacter-le-support');
    expect(answered('et pour discuter directement avec un agent, ça se passe comment ?')).toBe('contacter-le-support');
  });

  it('reads the assistant’s name as a word of the question, and as nothing in a thank-you', () => {
    expect(knowledge.ask('c ki claudia ??').candidates[0]?.articleId).toBe('contacter-le-support');
    expect(answered('merci claudia')).toBe('intent:thanks');
    expect(answered('Who is ClaudIA and what can she help me with?')).not.toBe('intent:thanks');
  });

  it('does not take another kind of ticket for a request, and hears «thx, ça marche» as thanks (iteration 24)', () => {
    // «ticket» and its concept token counted as two words of the ticket intent in three.
    expect(answered('ticket restaurant')).not.toBe('intent:ticket');
    expect(answered('ticket de caisse')).not.toBe('intent:ticket');
    expect(answered('un ticket svp')).toBe('intent:ticket');
    expect(answered('thx ça marche !!')).toBe('intent:thanks');
    expect(answered('ça marche pas')).not.toBe('intent:thanks');
  });

  it('keeps the question when greetings and thanks surround it', () => {
    expect(answered('Bonjour ! merci de m’aider : où en est ma facture déposée à l’hôpital ? Bonne journée')).toBe('suivre-une-facture');
  });

  it('does not match the topic the user rejects', () => {
    expect(answered('je ne veux pas de webinaire, je veux récupérer mon mot de passe')).toBe('mot-de-passe-oublie');
    expect(answered('Je ne veux pas de réponse sur les factures, je veux changer l’adresse de ma carte grise')).toBe('fallback');
  });

  it('understands follow-ups with the previous question as context', () => {
    expect(answered('et le samedi ?', { lastQuestion: 'Quels sont les horaires du chat avec un agent ?' })).toBe('contacter-le-support');
    expect(answered('et les timbres pour envoyer mon rapport ?', { lastQuestion: 'comment déclarer mes frais de déplacement d’expert judiciaire ?' })).toBe(
      'frais-de-justice-frais-divers',
    );
    // A follow-up that names a topic of its own is answered on it.
    expect(answered('et si elle est encore en brouillon ?', { lastQuestion: 'comment suivre ma facture ?' })).toBe('facture-brouillon');
    // A follow-up with no topic of its own: the context is all it has.
    expect(answered('et après ?', { lastQuestion: 'comment envoyer mes factures en EDI ?' })).toBe('envoi-edi');
    expect(answered('et après ?')).toBe('fallback');
    // A pronoun points back to the answer just given.
    const expertise = { lastQuestion: 'comment déclarer mes frais de déplacement d’expert judiciaire ?', lastArticle: 'frais-de-justice-frais-divers' };
    expect(answered('je les déclare où ?', expertise)).toBe('frais-de-justice-frais-divers');
    // Alone, «déclarer» says little: at most the one article that declares something (the frais
    // de justice), never another; whether it is offered or answered is the calibration's call.
    expect(['fallback', 'clarify', 'frais-de-justice-frais-divers']).toContain(answered('je les déclare où ?'));
    expect(['fallback', 'clarify']).toContain(answered('je le mets où ?'));
    // A follow-up on a topic the base does not answer is not answered with the previous topic.
    expect(answered('et la TVA ?', { lastQuestion: 'ma facture est restée en brouillon', lastArticle: 'facture-brouillon' })).toBe('fallback');
    expect(answered('et pour changer mon RIB ?', { lastQuestion: 'comment suivre ma facture ?', lastArticle: 'suivre-une-facture' })).toBe('fallback');
    // The next step after an answer is another topic: sent, then followed.
    const draft = { lastQuestion: 'ma facture est restée en brouillon, comment je l’envoie ?', lastArticle: 'facture-brouillon' };
    // (answered, or offered alone to confirm when the follow-up threshold asks more: iteration 26)
    expect(offered('ok c’est fait. Et maintenant je vois où si elle est bien arrivée ?', draft)).toEqual(['suivre-une-facture']);
    // …even when the message only repeats the step done: the article names the step after it.
    expect(answered("c'est bon, j'ai cliqué sur confirmer et envoyer. Et maintenant ?", draft)).toBe('suivre-une-facture');
    // With nothing before it, the step it reports done is its own context (iteration 52).
    expect(answered("c'est bon, j'ai cliqué sur confirmer et envoyer. Et maintenant ?")).toBe('suivre-une-facture');
    // What a follow-up adds is a topic the base does not answer: not the previous answer again.
    const expertise2 = { lastQuestion: 'comment déclarer mes frais de déplacement d’expert judiciaire ?', lastArticle: 'frais-de-justice-frais-divers' };
    expect(answered('et les cotisations URSSAF sur ces sommes, je les déclare aussi ?', expertise2)).toBe('fallback');
    expect(answered('et les timbres, je les mets où ?', expertise2)).toBe('frais-de-justice-frais-divers');
    // A request for a person after the how-to wins over the previous topic.
    expect(answered("j'ai suivi la procédure, le mail n'arrive pas, je veux parler à un conseiller", { lastQuestion: "j'ai perdu mon mot de passe", lastArticle: 'mot-de-passe-oublie' })).toBe('intent:agent');
    // «faites-le pour moi» after a question about tickets is the request itself.
    expect(answered('ok, faites-le pour moi, ma facture ne part pas', { lastQuestion: 'comment on ouvre un ticket au support ?' })).toBe('intent:ticket');
    expect(answered('ok, faites-le pour moi, ma facture ne part pas')).not.toBe('intent:ticket');
    // A formal thank-you is a thank-you; a formal question that ends with thanks is not.
    expect(answered('Madame, Monsieur, je vous remercie vivement pour la clarté de vos explications. Veuillez agréer mes salutations distinguées.')).toBe('intent:thanks');
    expect(answered('Madame, Monsieur, pourriez-vous me dire comment renouveler ma carte grise ? Je vous en remercie.')).toBe('fallback');
    // «l'état de traitement» is a status, not the works' «état d'acompte».
    expect(answered('où voir l’état de traitement de ma facture déposée la semaine dernière ?')).toBe('suivre-une-facture');
    // A thank-you made only of thanks and praise is a thank-you, however long.
    expect(answered('Merci beaucoup, super clair et très complet !')).toBe('intent:thanks');
    expect(answered('merci, et pour une facture de travaux ?')).not.toBe('intent:thanks');
    // «mon expert-comptable» is an accountant, no court expert: the question is the e-reporting.
    expect(answered('notre expert-comptable nous parle du e-reporting, ça concerne qui ?')).toBe('facturation-electronique-b2b');
    // A thank-you after an answer stays a thank-you.
    expect(answered('super, merci beaucoup !', { lastQuestion: 'comment envoyer mes factures en EDI ?' })).toBe('intent:thanks');
  });

  it.each([
    'comment modifier le RIB de ma société pour les virements ?',
    'quel taux de TVA appliquer sur ma facture chorus pro ?',
    'faire un avoir sur une facture déjà payée',
    'erreur 401 sur l’API avec mon compte technique',
    'comment renouveler mon passeport ?',
    // Iteration 23: a company's own governance, another body's newsletter, a feature of one's own software, a civil servant's mission.
    'comment convoquer l’assemblée générale des associés de notre SARL ?',
    'je voudrais recevoir la newsletter de la fédération du bâtiment',
    'comment transformer un devis en facture dans Sage ?',
    'en tant qu’agent, comment me faire rembourser mes frais de mission ?',
  ])('falls back on portal questions the base does not answer: %s', (q) => {
    expect(knowledge.ask(q).kind).toBe('fallback');
  });
});

describe('the decision model', () => {
  it('is two logistic models over the documented inputs, with thresholds from calibration', () => {
    const m = loadDecisionModel();
    expect(m.features).toEqual([...FEATURE_NAMES]);
    expect(m.weights).toHaveLength(FEATURE_NAMES.length);
    expect(m.inDomain.weights).toHaveLength(FEATURE_NAMES.length);
    for (const t of [m.answer, m.answerFollowUp, m.clarify]) {
      expect(t).toBeGreaterThan(0);
      expect(t).toBeLessThan(1);
    }
  });

  it('offers choices rather than a fallback when the question is in the domain but between two articles', () => {
    const r = knowledge.ask('mon client public n’a pas reçu ma facture');
    expect(['answer', 'clarify']).toContain(r.kind);
    const offered = r.kind === 'clarify' ? r.candidates.map((c) => c.articleId) : [r.articleId];
    expect(offered.some((id) => id === 'facture-brouillon' || id === 'suivre-une-facture')).toBe(true);
  });

  it('answers when trusted, offers the close articles when tied or merely in the domain — one alone to confirm — else falls back', () => {
    const t = { answer: 0.8, answerFollowUp: 0.6, clarify: 0.7 };
    const q = (p: number, pDomain: number, joined = false) => ({ p, pDomain, joined });
    expect(outcomeOf(q(0.9, 0.9), t, { tie: false, choices: 2 })).toBe('answer');
    expect(outcomeOf(q(0.9, 0.9), t, { tie: true, choices: 2 })).toBe('clarify');
    expect(outcomeOf(q(0.5, 0.75), t, { tie: false, choices: 1 })).toBe('clarify');
    expect(outcomeOf(q(0.5, 0.75), t, { tie: false, choices: 0 })).toBe('fallback');
    expect(outcomeOf(q(0.5, 0.6), t, { tie: false, choices: 3 })).toBe('fallback');
    // A follow-up read with the previous topic has its own answer threshold.
    expect(outcomeOf(q(0.65, 0.5, true), t, { tie: false, choices: 1 })).toBe('answer');
    expect(outcomeOf(q(0.65, 0.5), t, { tie: false, choices: 1 })).toBe('fallback');
  });

  it('learns a separable rule and its probability grows with the evidence', () => {
    const xs: number[][] = [];
    const ys: number[] = [];
    for (let i = 0; i < 200; i++) {
      const a = (i % 20) / 20;
      const b = ((i * 7) % 20) / 20;
      xs.push([a, b]);
      ys.push(a + b > 1 ? 1 : 0);
    }
    const fitted = trainLogistic(xs, ys, { epochs: 2000 });
    const m = { ...fitted, features: ['a', 'b'] };
    const right = xs.filter((x, i) => (probability(m, x) >= 0.5 ? 1 : 0) === ys[i]).length;
    expect(right / xs.length).toBeGreaterThan(0.95);
    expect(probability(m, [0.9, 0.9])).toBeGreaterThan(probability(m, [0.6, 0.6]));
    expect(probability(m, [0.6, 0.6])).toBeGreaterThan(probability(m, [0.1, 0.1]));
  });
});

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
    const withNew = createKnowledge({ articlesDir: path.join(__dirname, '..', '..', 'knowledge', 'articles'), articles: [...knowledge.articles, extra] });
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

describe('iteration 60: an alternative asked after a complaint, a clarified follow-up keeps its topic, whether «it» was processed, autocorrect slips', () => {
  it('reads «j’ai quoi comme autre solution ?» as pointing back to what was said before', () => {
    expect(knowledge.analyse('j’ai quoi comme autre solution ?').message.terms).toEqual([]);
    expect(conversation('ClaudIA ne répond pas à ma question.', 'et à part elle, j’ai quoi comme autre solution ?')).toBe('contacter-le-support');
  });

  it('keeps the topic of a follow-up that was clarified for the message after it', () => {
    const first = 'comment déposer une situation de travaux pour un marché public ?';
    const clarified = knowledge.ask('et pour une livraison de fournitures au même client ?', { lastQuestion: first });
    expect(clarified.kind).toBe('clarify');
    expect(clarified.topic).toBe(`${first}\net pour une livraison de fournitures au même client ?`);
    expect(conversation(first, 'et pour une livraison de fournitures au même client ?', 'et du coup je passe par où ?')).toBe('factures-emises-ou-travaux');
  });

  it('reads «comment je sais s’il a été traité ?» as asking about what the sentence before names', () => {
    const reading = readMessage('Dix jours que j’attends une réponse à mon ticket. Comment je sais s’il a été traité ?');
    expect(reading.clauses.every((c) => c.question)).toBe(true);
    expect(offered('Dix jours que j’attends une réponse à mon ticket !!! Comment je sais s’il a été traité ?')).toContain('ticket-support');
  });

  it('reads a phone’s autocorrect slips of the portal’s words: «en brouillard», «chorizo pro»', () => {
    expect(answered('ma facture est en brouillard depuis hier, comment je la fais partir')).toBe('facture-brouillon');
    expect(knowledge.analyse('le site chorizo pro').message.terms).toContain('chorus');
  });
});

describe('iteration 61: received by the buyer, holding a document back, suing a buyer, «voi»', () => {
  it('reads «reçue par le client» as where an invoice stands, and «voi» as «vois»', () => {
    expect(knowledge.analyse('ma facture a été reçue par la mairie ?').message.terms).toContain('cptsuivi');
    expect(answered('c ou ke je voi si ma fact a bien ete recu par la mairie')).toBe('suivre-une-facture');
  });

  it('reads putting a document on hold as suspending it, not an invoice waiting for payment', () => {
    expect(knowledge.analyse('je peux le mettre en attente ?').message.terms).toEqual(['cptsuspens']);
    expect(knowledge.analyse('ma facture est en attente de paiement').message.terms).not.toContain('cptsuspens');
    expect(conversation('le projet de décompte mensuel du titulaire, côté maîtrise d’œuvre', 'il manque des pièces, je peux le mettre en attente plutôt que le rejeter ?')).toBe('moe-projet-decompte-mensuel');
  });

  it('knows suing a public buyer that does not pay as a topic the base does not answer', () => {
    const suing = 'on en a marre, on attaque l’hôpital en justice pour nos factures impayées, c’est quel tribunal ?';
    expect(knowledge.analyse(suing).outside).toBe(true);
    expect(answered(suing)).toBe('fallback');
  });
});

describe('iteration 62: a formal request to the support, «…, rien.», a rate with its adjective', () => {
  it('reads «une demande officielle au support» as a ticket asked for', () => {
    expect(answered('trois relances sans réponse claire sur notre flux EDI : je veux déposer une demande officielle au support')).toBe('intent:ticket');
  });

  it('reads a bare «rien» after what was checked as a failure, and the follow-up keeps its topic', () => {
    expect(readMessage('j’ai regardé dans les courriers indésirables, rien.').failure).toBe(true);
    expect(readMessage('rien à signaler').failure).toBe(false);
    expect(conversation('le mail de réinitialisation du mot de passe n’arrive pas', 'j’ai regardé dans les indésirables, rien. je fais comment ?')).toBe('mot-de-passe-oublie');
  });

  it('asks for a price when a rate is named with its adjective («le barème kilométrique applicable»)', () => {
    expect(facetAsked(readMessage('je voudrais connaître le barème kilométrique applicable aux interprètes').clauses)).toBe('price');
  });
});

describe('iteration 63: plain follow-ups read with the answer’s title, «correctement», «… aussi ?», partial payments, the weather, buyers abroad', () => {
  it('reads a follow-up in the base’s own words with the previous answer’s title, not one with a word the base never saw', () => {
    expect(conversation('comment je suis ma facture sur le portail ?', 'et cette info, je la vois où ?')).toBe('suivre-une-facture');
    expect(conversation('où voir le statut de ma facture ?', 'et je la trouve dans quel écran cette information ?')).toBe('suivre-une-facture');
    expect(conversation('ma facture est restée en brouillon', 'et si je préfère plutôt la supprimer ?')).toBe('fallback');
  });

  it('reads «correctement» as done well, not as correcting an invoice', () => {
    expect(knowledge.analyse('elle ne me répond pas correctement').message.terms).not.toContain('correct');
    expect(conversation('à quoi sert ClaudIA ?', 'et si elle ne me répond pas correctement ?')).toBe('contacter-le-support');
  });

  it('reads «ok mais concrètement…» and «…, on est concernés aussi ?» as follow-ups', () => {
    expect(readMessage('ok mais concrètement, je vais où ?').followUp).toBe(true);
    expect(readMessage('nous sommes une association, on est concernés aussi ?').followUp).toBe(true);
    expect(readMessage('je voudrais aussi savoir comment suivre ma facture').followUp).toBe(false);
    expect(conversation('ma facture pour le collège est toujours en brouillon, ils ne l’ont pas', 'ok mais concrètement je clique où ?')).toBe('facture-brouillon');
    expect(conversation('c’est quoi la facturation électronique entre entreprises ?', 'on est une TPE de 5 salariés, on est concernés aussi ?')).toBe('facturation-electronique-b2b');
  });

  it('knows a partial payment and the weather as topics the base does not answer, even after an answer', () => {
    expect(knowledge.analyse('mais juste une partie, c’est normal ?').message.terms).toContain('partiel');
    expect(conversation('le département m’a enfin réglé ma facture', 'mais juste une partie, c’est normal ?')).toBe('fallback');
    expect(conversation('comment s’inscrire aux webinaires ?', 'et il fera quel temps demain à Lyon ?')).toBe('fallback');
  });

  it('asks a delay when a reimbursement is asked «sous combien de temps»', () => {
    expect(facetAsked(readMessage('et ils me remboursent sous combien de temps ?').clauses)).toBe('delay');
  });

  it('reads buyers abroad as their country, but not the language an interpreter translates', () => {
    expect(knowledge.analyse('nos clients espagnols').message.terms).toContain(knowledge.analyse('en Espagne').message.terms[0]);
    expect(knowledge.analyse('je suis traducteur en allemand').message.terms).not.toContain(knowledge.analyse('en Allemagne').message.terms[0]);
    expect(conversation('We send our invoices to Chorus Pro through an EDI operator.', 'could that operator also send to our German customers too?')).toBe('fallback');
  });

  it('keeps «voirie» and «organiser» from the stems of «voir» and of the boundaries’ «organismes»', () => {
    expect(knowledge.analyse('des travaux de voirie').message.terms).toContain('voirie');
    expect(conversation('comment envoyer une facture restée en brouillon ?', 'et pour des travaux de voirie pour la commune, c’est le même écran ?')).toBe('factures-emises-ou-travaux');
    expect(answered('est-ce que vous organisez des webinaires ?')).toBe('accompagnement-webinaires');
  });

  it('reads «savoir si elle est prise en compte» as where an invoice stands', () => {
    expect(knowledge.analyse('je voudrais savoir si ma facture est bien prise en compte').message.terms).toContain('cptsuivi');
  });
});

describe('iteration 64: a request after what the user knows, the VAT, wrong addressing data, «précision :», the screen’s words, other administrations’ numbers, credit notes, «sur ce point»', () => {
  it('keeps a request made after a how-to the user already knows', () => {
    expect(readMessage('Je sais qu’on peut écrire au support sans être connecté, donc ouvrez-moi un ticket tout de suite s’il vous plaît.').request).toBe('ticket');
    expect(readMessage('je veux ouvrir un ticket, comment on fait sans être connecté ?').request).toBeNull();
  });

  it('asks the VAT of a topic as a facet no article answers, unless another how-to is asked beside it', () => {
    expect(facetAsked(readMessage('et la TVA sur mes frais de mission, je la déclare ou pas ?').clauses)).toBe('tax');
    expect(answered('la TVA s’applique-t-elle à mes frais de déplacement d’interprète judiciaire ?')).toBe('fallback');
    const vatThenHow = 'Je me demande aussi quelle mention de TVA mettre, mais d’abord : comment je récupère mon mot de passe Chorus Pro ?';
    const vatHow = 'et la TVA sur ces frais, je la calcule comment ?';
    expect(unansweredFacet(vatThenHow, readMessage(vatThenHow), ['mot-de-passe-oublie'], false, () => false)).toBeNull();
    expect(unansweredFacet(vatHow, readMessage(vatHow), ['frais-de-justice-frais-divers'], false, () => false)).toBe('tax');
  });

  it('reads wrong «coordonnées» of the MOA as the décompte’s addressing data, not bank details', () => {
    expect(knowledge.analyse('les coordonnées de la MOE sont erronées').message.terms).toEqual(expect.arrayContaining(['adressag', 'incorrect']));
    expect(conversation('je dois refuser le projet de décompte mensuel du titulaire ?', 'et si les coordonnées de la MOE sont erronées ?')).toBe('moe-projet-decompte-mensuel');
  });

  it('reads «précision : …» as a detail added to the previous question', () => {
    expect(readMessage('précision : on est sous-traitant du lot plomberie').followUp).toBe(true);
  });

  it('reads a follow-up made of the screen’s words with the previous answer, «elle s’affiche où ?» included', () => {
    expect(conversation('ma facture est toujours en brouillon, le service ne l’a pas', 'c’est dans quel menu ?')).toBe('facture-brouillon');
    expect(conversation('comment je suis ma facture déposée lundi ?', 'elle s’affiche où exactement ?')).toBe('suivre-une-facture');
  });

  it('knows another administration’s phone number, and a credit note in English, as topics the base does not answer', () => {
    expect(conversation('comment contacter le support Chorus Pro ?', 'et le numéro de téléphone de la trésorerie de ma commune ?')).toBe('fallback');
    expect(knowledge.analyse('can I send a credit note?').message.terms).toContain('avoircredit');
  });

  it('reads «pourriez-vous m’éclairer sur ce point ?» as asking what the sentence before says', () => {
    const reading = readMessage('Je m’interroge sur l’autoliquidation de la TVA de mes factures. Pourriez-vous m’éclairer sur ce point ?');
    expect(reading.clauses[0]?.question).toBe(true);
  });
});

describe('iteration 65: «par quel moyen» asks how', () => {
  it('reads «par quel moyen» as «comment», no topic of its own', () => {
    expect(knowledge.analyse('par quel moyen consulter l’état de traitement de ma facture ?').message.terms).not.toContain('moyen');
    expect(answered('par quels moyens puis-je suivre ma facture ?')).toBe('suivre-une-facture');
  });
});

describe('iteration 66: a county council as the buyer, ClaudIA as it sounds, SMS «vasy fai le», «je peux même pas écrire au support ?», an English provider and start date, a cheaper operator, «à quelle étape elle se trouve»', () => {
  it('reads «reçue par le conseil départemental» as where an invoice stands', () => {
    expect(knowledge.analyse('ma facture a-t-elle été reçue par le conseil régional ?').message.terms).toContain('cptsuivi');
  });

  it('reads ClaudIA written as it sounds', () => {
    expect(knowledge.analyse('klodia elle sert a quoi').message.terms).toContain(knowledge.analyse('ClaudIA').message.terms[0]);
  });

  it('reads «vasy fai le pr moi» as doing what the previous message named, «ça fai 2 mois» as a duration', () => {
    expect(readMessage('vasy fai le pr moi stp').doIt).toBe(true);
    expect(conversation('cmt on ouvre 1 ticket', 'vasy fai le pr moi stp')).toBe('intent:ticket');
    expect(readMessage('ca fai 2 mois que j attends').doIt).toBe(false);
  });

  it('reads «je peux même pas écrire au support ?» as a question, not a request', () => {
    expect(readMessage('jpeu meme pa ecrire au support du coup ?').asksHow).toBe(true);
    expect(readMessage('je ne peux même pas vous écrire, ouvrez-moi un ticket !').request).toBe('ticket');
  });

  it('reads an English «service provider» as an EDI operator, «connect directly» as connecting a system, «starting when» as when it starts', () => {
    expect(conversation('How do we send invoices to Chorus Pro by EDI?', 'must we use a service provider, or can we connect directly?')).toBe('envoi-edi');
    expect(conversation('Is e-invoicing becoming mandatory between private companies?', 'starting when?')).toBe('facturation-electronique-b2b');
  });

  it('asks a price when a cheaper provider is asked for', () => {
    expect(facetAsked(readMessage('vous connaissez un opérateur EDI moins cher ?').clauses)).toBe('price');
    expect(facetAsked(readMessage('which EDI operator is the cheapest?').clauses)).toBe('price');
  });

  it('reads «à quelle étape elle se trouve» as where it stands', () => {
    expect(knowledge.analyse('je voudrais savoir à quelle étape elle se trouve').message.terms).toContain('cptouenest');
  });
});

describe('iteration 67: an invoice that «est bien partie», «où es le formulaire», «ouvre-m’en un», «c’est la deuxième ?»', () => {
  it('reads an invoice that «est (bien) partie» as sent, one that never left as still in draft', () => {
    expect(knowledge.analyse('les factures sont déjà parties').message.terms).toContain('envoi');
    expect(knowledge.analyse('les factures sont déjà parties').message.terms).not.toContain('part');
    expect(answered('ma facture est bien partie, comment je vois si elle est payée ?')).toBe('suivre-une-facture');
    expect(knowledge.analyse('ma facture n est jamais partie').message.terms).toContain('part');
  });

  it('reads «où es le formulaire» written without its «t» as asking where, not for a ticket', () => {
    expect(readMessage('je veux faire un ticket mais ou es le formulaire ?').request).toBeNull();
    expect(readMessage('je veux faire un ticket mais ou es le formulaire ?').asksHow).toBe(true);
  });

  it('takes «ouvre-m’en un» as asking for what the previous message named', () => {
    expect(readMessage('bon, ouvre-m’en un').request).toBe('ticket');
    expect(conversation('un ticket ça sert à quoi ?', 'mon dépôt de facture échoue', 'ok fais-m’en un alors')).toBe('intent:ticket');
    expect(readMessage('comment en créer un ?').request).toBeNull();
  });

  it('reads «c’est la deuxième ?» as choosing between the options named before, no unknown word', () => {
    expect(knowledge.analyse('donc c est la troisième').message.terms).toEqual([]);
    expect(conversation('je saisis mon chantier dans Factures émises ou dans Factures de travaux ?', 'c’est un marché de travaux publics', 'alors c’est la deuxième ?')).toBe('factures-emises-ou-travaux');
  });
});

describe('iteration 68: «d’accord, mais où exactement ?», «ce sera… ?», SMS «cb de» and «cc», indirect questions, invoices taken in charge or never received, «par internet», «normal», ClaudIA’s place, «lui parler tout de suite», «plug», equipment maintenance, durations and rates', () => {
  it('reads «d’accord, mais où exactement ?» and «ce sera publié quand ?» with the previous answer', () => {
    expect(conversation('comment je récupère mon mot de passe ?', 'd’accord, mais où exactement ?')).toBe('mot-de-passe-oublie');
    expect(readMessage('ce serait publié quand ?').anaphora).toBe(true);
    expect(conversation('je veux suggérer un sujet pour la lettre d’information', 'ce serait publié quand ?')).toBe('lettre-information');
  });

  it('reads SMS «cb de» as «combien de» and «cc» as a greeting', () => {
    expect(answered('cc')).toBe('intent:greeting');
    expect(conversation('jsui moe, le decompte mensuel du titulaire cmt je le traite', 'g cb de jours pr le valider')).toBe('moe-projet-decompte-mensuel');
  });

  it('reads «je ne sais pas lequel prendre» as a question, «je ne sais pas quoi lui répondre» as none', () => {
    expect(readMessage('on a deux espaces pour déposer et je ne sais pas lequel prendre').clauses.some((c) => c.question)).toBe(true);
    expect(readMessage('le client me relance et je ne sais pas quoi lui répondre').clauses.some((c) => c.question)).toBe(false);
  });

  it('reads invoices «bien prises en charge», «toujours en cours de transmission» as tracked, one a buyer never received as not received', () => {
    expect(knowledge.analyse('je voudrais savoir si le CHU les a bien prises en charge').message.terms).toContain('cptsuivi');
    expect(knowledge.analyse('pourquoi elle est encore en cours de transmission').message.terms).toContain('cptsuivi');
    expect(knowledge.analyse('que veut dire en cours de transmission').message.terms).not.toContain('cptsuivi');
    expect(knowledge.analyse('la commune prétend qu’elle n’a jamais reçu la facture').message.terms).toContain('cptnonrecue');
    expect(offered('la commune prétend qu’elle n’a jamais reçu la facture que j’ai faite')).toEqual(expect.arrayContaining(['facture-brouillon']));
    expect(knowledge.analyse('je n’ai pas reçu le mail de réinitialisation').message.terms).not.toContain('cptnonrecue');
  });

  it('reads «par internet» as online (no late-payment interest), «c’est normal ?» as no topic', () => {
    expect(knowledge.analyse('on doit tout faire par internet maintenant ?').message.terms).not.toContain('interet');
    expect(knowledge.analyse('c’est normal ?').message.terms).toEqual([]);
    expect(conversation('ma facture est validée mais pas payée, je la suis où ?', 'c’est normal ?')).toBe('suivre-une-facture');
  });

  it('asks where ClaudIA is, not where an invoice stands, when she is named', () => {
    expect(knowledge.analyse('le robot ClaudIA, il est où ?').message.terms).not.toContain('cptouenest');
    expect(answered('le robot ClaudIA, il est où ?')).toBe('contacter-le-support');
  });

  it('takes «je voudrais lui parler tout de suite» as asking for the person named before, not «lui parler de ma facture»', () => {
    expect(readMessage('la personne du chat est là ? je voudrais lui parler tout de suite').request).toBe('agent');
    expect(readMessage('je voudrais lui parler de ma facture').request).toBeNull();
  });

  it('reads an English «plug» as connecting a system', () => {
    expect(knowledge.analyse('can we plug our ERP into Chorus Pro?').message.terms).toEqual(knowledge.analyse('brancher notre ERP sur Chorus Pro').message.terms);
  });

  it('reads the maintenance of equipment as a service bought, the portal’s maintenance as it was', () => {
    expect(knowledge.analyse('la maintenance d’ascenseurs pour un collège').message.terms).toContain('entretien');
    expect(knowledge.analyse('le portail est en maintenance ?').message.terms).not.toContain('entretien');
    expect(conversation('factures émises ou factures de travaux pour du nettoyage de locaux ?', 'et pour la maintenance d’ascenseurs ?')).toBe('factures-emises-ou-travaux');
  });

  it('reads «ça prend combien de temps» as a duration, «c’est normal ce délai ?» as a delay, «combien on me rembourse par kilomètre» as a rate', () => {
    expect(knowledge.analyse('ça prend combien de temps ?').message.terms).toEqual([]);
    expect(conversation('j’ai envoyé une demande au support ce matin', 'ça prend combien de temps pour qu’on me réponde ?')).toBe('ticket-support');
    expect(facetAsked(readMessage('elle est à l’état mise en paiement depuis un mois, c’est normal ce délai ?').clauses)).toBe('delay');
    expect(facetAsked(readMessage('combien on me rembourse par km ?').clauses)).toBe('price');
  });

  it('reads «c gratuit ? jminscris ou» as asking where to sign up too', () => {
    expect(conversation('y a des webinaires pour les débutants ?', 'c gratuit ? jminscris ou')).toBe('accompagnement-webinaires');
  });
});

describe('iteration 69: an invoice that does not leave, in everyday words; the password as «le code»; opened, received; changes of the site; «appuyer»; «connect directly»; «se débloquer»', () => {
  it('reads an invoice that «ne part pas», «reste chez moi», «never got sent» as not sent, the draft article’s case', () => {
    for (const q of ['elle part jamais ma facture', 'la facture reste bloquée chez moi', 'it was never sent, it is stuck on our side'])
      expect(knowledge.analyse(q).message.terms).toContain('cptpasenvoyee');
    expect(knowledge.analyse('ma facture est partie hier').message.terms).not.toContain('cptpasenvoyee');
    expect(answered('j’ai tout rempli mais ma facture part pas, je clique où ?')).toBe('facture-brouillon');
  });

  it('reads «le code que j’ai perdu» as the password, not an error code', () => {
    expect(knowledge.analyse('c’est mon code que j’ai oublié').message.terms).toEqual(knowledge.analyse('c’est mon mot de passe que j’ai oublié').message.terms);
    expect(knowledge.analyse('j’ai perdu le code erreur').message.terms).not.toContain(knowledge.analyse('mot de passe').message.terms[0]);
  });

  it('reads whether the buyer opened it, or whether it «a été reçue», as where an invoice stands', () => {
    expect(knowledge.analyse('comment savoir si la mairie l’a ouverte').message.terms).toContain('cptsuivi');
    expect(knowledge.analyse('je vois où qu’elle a été reçue').message.terms).toContain('cptsuivi');
  });

  it('reads the changes of the site as its evolutions', () => {
    expect(knowledge.analyse('qui décide des changements du portail').message.terms).toContain('cptevolution');
  });

  it('reads «appuyer» as clicking, «connect directly» as connecting a system, «se débloquer» as what was blocked', () => {
    expect(knowledge.analyse('appuyer').message.terms).toEqual(knowledge.analyse('cliquer').message.terms);
    expect(knowledge.analyse('can we connect directly').message.terms).toEqual(expect.arrayContaining(knowledge.analyse('raccorder directement').message.terms));
    expect(knowledge.analyse('le compte est bloqué').message.terms).toContain('bloqu');
    expect(knowledge.analyse('il se débloque quand').message.terms).toContain('bloqu');
  });
});

describe('iteration 70: lessons in everyday words, whether the buyer received it, «ne pas l’avoir», real people to reach, changes «sur le portail», two glued pronouns', () => {
  it('reads «une séance à distance», «des cours pour nous» as a training, not «en cours de transmission» nor a cooking class', () => {
    expect(knowledge.analyse('une séance d’initiation à distance').message.terms).toContain('cptformation');
    expect(knowledge.analyse('vous avez des cours pour les débutants').message.terms).toContain('cptformation');
    expect(knowledge.analyse('elle est en cours de transmission').message.terms).not.toContain('cptformation');
    expect(answered('cours de cuisine pour débutants')).toBe('fallback');
  });

  it('reads «savoir si la cantine a reçu ma facture» as where it stands, «il dit ne pas l’avoir» as not received', () => {
    expect(knowledge.analyse('je veux savoir si la crèche a reçu ma facture').message.terms).toContain('cptsuivi');
    expect(knowledge.analyse('le client dit ne pas l’avoir reçue').message.terms).toContain('cptnonrecue');
  });

  it('reads «des vrais gens» as people of the support', () => {
    expect(readMessage('il y a des vrais gens chez vous ? comment on les joint ?').names).toBe('agent');
    expect(answered('il y a des vrais gens chez vous ? comment on les contacte ?')).toBe('contacter-le-support');
  });

  it('reads changes «sur le portail» as its evolutions', () => {
    expect(knowledge.analyse('qui décide des changements sur le portail').message.terms).toContain('cptevolution');
  });

  it('repairs two glued pronouns («jlannule») when the rest is known', () => {
    expect(knowledge.analyse('cmt jlannule').message.terms).toEqual(knowledge.analyse('comment annule').message.terms);
  });
});

describe('iteration 71: «Un humain.» alone, «je veux un ticket», «je vous prie d’ouvrir», English «never got it», «améliorer le site», «tool»', () => {
  it('takes a clause that is only the person («Un humain.», «un vrai conseiller !») as asking for one, even beside a topic', () => {
    expect(readMessage('Un conseiller. Pas une machine. Mon mot de passe ne marche plus.').request).toBe('agent');
    expect(readMessage('un humain svp').request).toBe('agent');
    expect(readMessage('c’est quoi un conseiller ?').request).toBeNull();
  });

  it('takes «je veux un ticket pour…» and «je vous prie d’ouvrir une demande d’assistance» as asking for a ticket', () => {
    expect(readMessage('je veux un ticket pour mon problème de frais de justice').request).toBe('ticket');
    expect(readMessage('Je vous prie d’ouvrir une demande d’assistance à ce sujet.').request).toBe('ticket');
    expect(readMessage('je veux savoir comment marche un ticket').request).toBeNull();
  });

  it('reads an English «they never got it», «it still shows up on my side» as not received, not sent', () => {
    expect(knowledge.analyse('the school says they never got it').message.terms).toContain('cptnonrecue');
    expect(knowledge.analyse('it still shows up on my side').message.terms).toContain('cptpasenvoyee');
  });

  it('reads «améliorer le site» as its evolutions and an English «tool» as software', () => {
    expect(knowledge.analyse('une idée pour améliorer le portail').message.terms).toContain('cptevolution');
    expect(knowledge.analyse('from our tool').message.terms).toEqual(knowledge.analyse('depuis notre logiciel').message.terms);
  });
});

describe('iteration 72: thanks for what worked', () => {
  it('takes «c’est bon, j’ai pu me reconnecter, merci !» after an answer as a thanks, not the question again', () => {
    expect(conversation('je n’arrive plus à me connecter', 'c’est bon j’ai réussi à me reconnecter, merci beaucoup')).toBe('intent:thanks');
    expect(conversation('je n’arrive plus à me connecter', 'j’ai pu me reconnecter mais je ne vois plus mes factures')).not.toBe('intent:thanks');
  });
});

describe('iteration 73: «donc…» and «je peux le…» point back, amounts are no story, «je saurai», a delay that is not a payment’s, «qu’est-ce que j’ai raté ?», a letter that follows up, public agents, which operator, «balancer», «notre système», English «filled in», «never arrived»', () => {
  it('reads «donc…» and «je peux pas le refuser» as pointing back to the previous answer', () => {
    expect(readMessage('donc je peux pas le rejeter ?')).toMatchObject({ followUp: true, anaphora: true });
    expect(conversation('Je suis maître d’œuvre, l’entreprise a mis un montant faux dans son projet de décompte', 'donc je ne peux pas le refuser même s’il exagère ?')).toBe('moe-projet-decompte-mensuel');
  });

  it('does not count amounts as words of a story: «elle réclame 12 000 alors que j’estime 9 000, je la rejette ?» still points back', () => {
    expect(readMessage('elle réclame 12 000 alors que j’estime 9 000, je la rejette ?').anaphora).toBe(true);
  });

  it('takes «je saurai», «deviner» as no topic of their own', () => {
    expect(conversation('Comment savoir si ma facture est arrivée chez le client ?', 'et je saurai quand elle est payée ou je dois deviner ?')).toBe('suivre-une-facture');
  });

  it('reads «c’est normal ce délai ?» as a payment’s delay only when the message speaks of the payment', () => {
    expect(facetAsked(readMessage('c’est normal ce délai ?').clauses)).toBeNull();
    expect(facetAsked(readMessage('en mise en paiement depuis 40 jours, c’est normal ce délai ?').clauses)).toBe('delay');
    expect(conversation('j’ai envoyé une demande au support il y a trois jours', 'pas de réponse', 'c’est normal ce délai ?')).toBe('ticket-support');
  });

  it('reads «qu’est-ce que j’ai raté ?» as asking about the sentence before', () => {
    expect(readMessage('La facture est toujours là chez moi, pas terminée. Qu’est-ce que j’ai raté ?').clauses.every((c) => c.question)).toBe(true);
    expect(readMessage('La facture est toujours là chez moi. Comment faire ?').clauses[0]!.question).toBe(false);
  });

  it('reads «pour faire suite à mon précédent message» as a follow-up, and «les agents des collectivités» as no support agent', () => {
    expect(readMessage('Madame, pour faire suite à mon précédent message, ces formations sont-elles ouvertes aux agents des collectivités ?')).toMatchObject({ followUp: true, names: null });
    expect(knowledge.analyse('ces formations sont ouvertes aux agents des collectivités ?').message.terms).not.toContain('conseiller');
    expect(readMessage('je veux parler à un agent').names).toBe('agent');
  });

  it('reads «quel opérateur vous me conseillez ?» as a provider, not a person of the support', () => {
    expect(knowledge.analyse('quel opérateur vous me conseillez ?').message.terms).not.toContain('conseiller');
    expect(knowledge.analyse('je veux parler à un opérateur').message.terms).toContain('conseiller');
    expect(conversation('comment passer à l’EDI ?', 'quel opérateur vous me conseillez ?')).toBe('fallback');
  });

  it('reads «les balancer depuis notre système» as sending from the user’s software; «votre système» is the portal', () => {
    const terms = knowledge.analyse('on peut les balancer depuis notre système').message.terms;
    expect(terms).toEqual(expect.arrayContaining(['envoi', 'cptflux']));
    expect(knowledge.analyse('où en est ma facture dans votre système').message.terms).not.toContain('cptflux');
  });

  it('reads English «filled in», «never arrived», «supplier» in the base’s words', () => {
    expect(knowledge.analyse('I filled in the invoice').message.terms).toEqual(knowledge.analyse('j’ai saisi la facture').message.terms);
    expect(knowledge.analyse('the town hall says it never arrived').message.terms).toContain('cptnonrecue');
    expect(knowledge.analyse('our supplier').message.terms).toEqual(knowledge.analyse('notre fournisseur').message.terms);
  });
});

describe('iteration 74: «ça passe forcément par un opérateur ?», «I want to file a support request right now», «je want», accepted or refused, «ça bloque tout», «la demande du mois», means of payment', () => {
  it('reads «ça passe forcément par un opérateur ?» after the EDI article as the provider, no request for a person', () => {
    expect(readMessage('ça passe forcément par un opérateur ?').request).toBeNull();
    expect(knowledge.analyse('ça passe forcément par un opérateur ?').message.terms).not.toContain('conseiller');
    expect(conversation('Comment envoyer nos factures en EDI ?', 'ça passe forcément par un opérateur ?')).toBe('envoi-edi');
    expect(readMessage('passez-moi un opérateur').request).toBe('agent');
  });

  it('takes «I want to file a support request right now» and a franglais «je want ouvrir un ticket» as asking for a ticket', () => {
    expect(readMessage('I want to file a support request right now.').request).toBe('ticket');
    expect(readMessage('je want ouvrir un ticket now').request).toBe('ticket');
    expect(readMessage('how do I file a support request?').request).toBeNull();
  });

  it('reads «savoir si elles sont acceptées ou refusées» as where the invoices stand, no password refused', () => {
    expect(knowledge.analyse('je voudrais savoir si elles sont acceptées ou refusées').message.terms).toEqual(['cptsuivi']);
    expect(conversation('j’ai déposé deux factures pour le lycée', 'je voudrais savoir si elles sont acceptées ou refusées')).toBe('suivre-une-facture');
  });

  it('reads «ça bloque tout» as holding things up, not a locked account', () => {
    expect(knowledge.analyse('s’il refuse, ça bloque tout ?').message.terms).not.toContain('cptconnexion');
    expect(knowledge.analyse('mon compte est bloqué').message.terms).toContain('cptconnexion');
  });

  it('reads a contractor’s «demande du mois» as its monthly statement, not «ma demande du mois dernier»', () => {
    expect(knowledge.analyse('l’entreprise m’a envoyé sa demande du mois').message.terms).toContain('cptdecompte');
    expect(knowledge.analyse('ma demande du mois dernier').message.terms).not.toContain('cptdecompte');
  });

  it.each([
    ['can the hospital pay by credit card?', 'fallback'],
    ['paiement en espèces possible ?', 'fallback'],
    ['la mairie peut me payer par chèque ?', 'fallback'],
    ['ma facture est-elle payée ?', 'suivre-une-facture'],
  ])('answers how an invoice is paid (cheque, card, cash) with no article, whether it is paid with tracking: %s', (q, expected) => {
    expect(answered(q)).toBe(expected);
  });
});

describe('iteration 75: «mercii», changing the login address, «non je parlais de…», «c’est grave ?», «il en va de même pour…», «néanmoins», «toutefois»', () => {
  it('reads a doubled final vowel («mercii», «ouii») as the word, and keeps English «too»', () => {
    expect(normalizeSurface('mercii beaucoup')).toBe('merci beaucoup');
    expect(answered('mercii beaucoups pour l’aide')).toBe('intent:thanks');
    expect(normalizeSurface('me too')).toBe('me too');
  });

  it('reads changing the «adresse de connexion» as the account’s e-mail, while one no longer recognised is logging in', () => {
    expect(knowledge.analyse('remplacer l’adresse de connexion de notre ancienne gestionnaire').message.terms).toContain('cptadressemail');
    expect(knowledge.analyse('mon adresse de connexion n’est plus reconnue').message.terms).not.toContain('cptadressemail');
  });

  it('reads a correction («non je parlais d’un marché de fournitures») as a follow-up of the previous question', () => {
    expect(readMessage('non je parlais d’un marché de fournitures, pas de travaux').followUp).toBe(true);
    expect(conversation('quelle application pour facturer un lycée ?', 'non je parlais d’un marché de fournitures, pas de travaux')).toBe('factures-emises-ou-travaux');
  });

  it('takes «c’est grave ?» as a reaction to the previous answer', () => {
    expect(conversation('ma facture est restée en brouillon depuis deux semaines', 'c’est grave ?')).toBe('facture-brouillon');
  });

  it('reads a letter’s «il en va de même pour…» as a follow-up, and «néanmoins», «toutefois», «demeure» as no topic', () => {
    expect(readMessage('Pourriez-vous me confirmer qu’il en va de même pour notre nouveau lot ?').followUp).toBe(true);
    expect(knowledge.analyse('un refus demeure néanmoins possible, toutefois').message.terms).toEqual(knowledge.analyse('un refus possible').message.terms);
  });
});

describe('iteration 76: «do we need an operator?», a person to look at the case then a ticket, «webinair», an invoice «bloquée» somewhere', () => {
  it('reads an English «do we need an operator for that?» after the EDI article as the provider, no person', () => {
    expect(conversation('how do we send invoices to Chorus Pro via EDI?', 'do we need an operator for that?')).toBe('envoi-edi');
    expect(answered('I want to talk to an operator')).toBe('intent:agent');
  });

  it('takes «je voudrais qu’un opérateur regarde le dossier : ouvrez-moi un ticket» as asking for the ticket', () => {
    expect(readMessage('Je voudrais qu’un opérateur regarde le dossier : ouvrez-moi un ticket au support, avec ces éléments.').request).toBe('ticket');
    expect(readMessage('Je voudrais qu’un conseiller regarde mon dossier avec moi.').request).toBe('agent');
    expect(readMessage('je veux parler à un conseiller, sinon ouvrez un ticket').request).toBe('agent');
  });

  it('reads «webinair» as a webinar', () => {
    expect(knowledge.analyse('ya des webinair ?').message.terms).toEqual(knowledge.analyse('ya des webinaires ?').message.terms);
  });

  it('reads an invoice «bloquée» at a buyer as where it stands, while one stuck as a draft stays the draft', () => {
    expect(knowledge.analyse('facture bloquée hopital').message.terms).toContain('cptsuivi');
    expect(offered('facture bloquée hopital')).toContain('suivre-une-facture');
    expect(knowledge.analyse('facture bloquée en mode brouillon').message.terms).not.toContain('cptsuivi');
  });
});

describe('iteration 77: «le client qui dit qu’il a rien reçu», «jamais arrivée chez le client»', () => {
  it('reads a buyer who says it received nothing, a few words later, and an invoice never arrived at the buyer, as not received', () => {
    expect(knowledge.analyse('c’est le client qui dit qu’il a rien reçu').message.terms).toContain('cptnonrecue');
    expect(knowledge.analyse('la facture n’est jamais arrivée chez le client').message.terms).toContain('cptnonrecue');
    expect(knowledge.analyse('le colis n’est jamais arrivé').message.terms).not.toContain('cptnonrecue');
    expect(conversation('mot de passe oublié', 'jarrive pa a envoyer ma facture', 'ah non pardon c pa le mdp, c le client qui dit quil a rien recu')).toBe('facture-brouillon');
  });
});

describe('iteration 78: franglais «open un ticket pour moi», «des cours quelque part ?»', () => {
  it('takes a franglais «open un ticket pour moi» as asking for one, and «le process pour open un ticket» as asking how', () => {
    expect(readMessage('Ok forget it, open un ticket pour moi, mon upload plante depuis ce matin').request).toBe('ticket');
    expect(readMessage('c’est quoi le process pour open un ticket en mode non connecté ?').request).toBeNull();
  });

  it('reads «des cours quelque part ?» as a training', () => {
    expect(knowledge.analyse('il y a des cours quelque part ?').message.terms).toContain('cptformation');
    expect(knowledge.analyse('elle est en cours de traitement').message.terms).not.toContain('cptformation');
  });
});

describe('iteration 79: who writes in apposition, «jdepose», «les siens», a request the last article named, court fees of a citizen, income tax', () => {
  it('reads a letter’s apposition naming who writes as scene, the clause after it as the question', () => {
    const letter = readMessage('Madame, Monsieur, notre entreprise, prestataire de nettoyage auprès de plusieurs collèges, souhaiterait connaître la façon de suivre ses factures déposées.');
    expect(letter.clauses.find((c) => c.text.startsWith('prestataire'))?.question).toBe(false);
    expect(letter.clauses.find((c) => c.text.startsWith('souhaiterait'))?.question).toBe(true);
    expect(readMessage('Notre société souhaiterait connaître le taux de TVA applicable.').clauses[0]?.question).toBe(true);
  });

  it('cuts a «je» glued to a verb («jdepose», «jtransmet») but leaves file names alone', () => {
    expect(readMessage('ouvre moi un ticket stp, ça plante qd jtransmet ma facture').request).toBe('ticket');
    expect(knowledge.analyse('qd jdepose ma facture').message.terms).toEqual(knowledge.analyse('quand je depose ma facture').message.terms);
    expect(knowledge.analyse('mon fichier jpeg').message.terms).toContain('jpeg');
  });

  it('reads «les siens, c’est pareil ?» as pointing back, with no word of its own', () => {
    expect(conversation('je suis interprète judiciaire', 'je déclare mes frais de déplacement en frais divers', 'et pour les siennes, c’est pareil ?')).toBe('frais-de-justice-frais-divers');
  });

  it('takes «faites-le pour moi» after the ticket article as the ticket it names, unless the message names its own request', () => {
    expect(conversation('comment on ouvre un ticket au support ?', 'il est long ce formulaire', 'bon, faites-le pour moi')).toBe('intent:ticket');
    expect(answered('faites-le pour moi', { lastQuestion: 'il est long ce formulaire', lastArticle: 'ticket-support' })).toBe('intent:ticket');
    expect(answered('bon, je laisse une demande écrite au support, ouvrez-la', { lastQuestion: 'le chat ouvre à quelle heure ?', lastArticle: 'contacter-le-support' })).toBe('intent:ticket');
  });

  it('falls back on court fees a judgment puts on a citizen and on income tax, next to the court-fees article', () => {
    expect(answered('condamné aux dépens par le tribunal, je suis le justiciable : comment je règle ces frais de justice ?')).toBe('fallback');
    expect(answered('les sommes de mes mémoires de frais de justice, je les déclare en BNC sur ma déclaration de revenus ?')).toBe('fallback');
    expect(answered('comment déclarer mes frais de déplacement d’expert judiciaire ?')).toBe('frais-de-justice-frais-divers');
  });
});

describe('iteration 80: another country’s rules, «mrappeler», «enregistrez-moi», «y a pas moyen d’avoir quelqu’un», two questions on two articles', () => {
  it('falls back on another country’s e-invoicing rules, which no article gives, and still answers the reform for a foreign supplier', () => {
    expect(facetAsked(readMessage('et les seuils de l’e-reporting en Italie, ils sont à combien ?').clauses)).toBe('abroad');
    expect(answered('les règles du e-reporting en Espagne, c’est quoi ?')).toBe('fallback');
    expect(answered('what is the e-invoicing mandate in Germany?')).toBe('fallback');
    expect(facetAsked(readMessage('fournisseur installé en Italie, comment je dépose ma facture pour un hôpital français ?').clauses)).toBeNull();
    expect(answered('la facturation électronique entre entreprises, c’est obligatoire pour nous ?')).toBe('facturation-electronique-b2b');
  });

  it('cuts a «me» glued to an infinitive («mrappeler») and leaves chat abbreviations alone', () => {
    expect(readMessage('dis a un conseiller de mrappeler stp').clauses[0]?.text).toContain('de me rappeler');
    expect(readMessage('dis a un conseiller de mrappeler stp c urgent pr ma fact').request).toBe('agent');
    expect(knowledge.analyse('jai perdu mon mdp').message.terms).toEqual(knowledge.analyse('j’ai perdu mon mot de passe').message.terms);
  });

  it('takes «enregistrez-moi une réclamation» and «y a pas moyen d’avoir quelqu’un ?!» as requests, «il y a moyen d’avoir quelqu’un en direct ?» as asking how', () => {
    expect(readMessage('enregistrez-moi une réclamation au support, je veux une trace écrite').request).toBe('ticket');
    expect(readMessage('y a pas moyen d’avoir quelqu’un qui me rappelle ?!').request).toBe('agent');
    expect(readMessage('et si elle ne sait pas, il y a moyen d’avoir quelqu’un en direct ?').request).toBeNull();
  });

  it('reads «a-t-on le droit…» as a question', () => {
    expect(readMessage('D’abord, a-t-on le droit de refuser le décompte').clauses.some((c) => c.question)).toBe(true);
    expect(readMessage('Ensuite, va-t-il falloir tout ressaisir').clauses.some((c) => c.question)).toBe(true);
  });
});

describe('several questions on several articles (iteration 80)', () => {
  type Read = { outside: boolean; pDomain: number; message: { terms: string[] } };
  const sure = (articleId: string): AskResult => ({ kind: 'answer', articleId, intent: null, score: 0.9, language: 'fr', candidates: [{ articleId, score: 1 }] });
  const read = (answers: Record<string, AskResult | null>) => ({
    analyse: (reading: MessageReading): Read => ({ outside: false, pDomain: 0.9, message: { terms: reading.clauses.map((c) => c.text).join(' ').split(' ') } }),
    decide: (_a: Read, text: string): AskResult =>
      Object.entries(answers).find(([word]) => text.includes(word))?.[1] ?? { kind: 'fallback', articleId: null, intent: null, score: 0.1, language: 'fr', candidates: [] },
  });

  it('offers both articles when each of two questions draws its own, and answers the one when they agree', () => {
    const text = 'Comment le maître d’œuvre refuse-t-il un décompte ? Et existe-t-il des webinaires pour débuter ?';
    const two = oneOfSeveral(text, read({ décompte: sure('moe-projet-decompte-mensuel'), webinaires: sure('accompagnement-webinaires') }));
    expect(two?.kind).toBe('clarify');
    expect(two?.candidates.map((c) => c.articleId)).toEqual(['moe-projet-decompte-mensuel', 'accompagnement-webinaires']);
    const same = oneOfSeveral(text, read({ décompte: sure('moe-projet-decompte-mensuel'), webinaires: sure('moe-projet-decompte-mensuel') }));
    expect(same?.kind).toBe('answer');
  });
});

describe('iteration 81: «rentre sur le portail», how the form works, «passez-m’en un», «file une request», «cheers», two questions announced', () => {
  it('reads «je rentre sur le portail» as logging in and «ce n’est pas le même endroit ?» as no rejection', () => {
    expect(knowledge.analyse('comment je rentre sur le portail ?').message.terms).toContain('cptconnexion');
    expect(readMessage('donc ce n’est pas le même endroit ?').clauses[0]?.negated).toBe(false);
    expect(readMessage('ce n’est pas le ticket que je veux').clauses[0]?.negated).toBe(true);
  });

  it('asks how the form works or what differs, rather than for a ticket, and still takes a ticket asked for', () => {
    expect(readMessage('Je ne veux pas de chat, je préfère écrire au support : comment fonctionne le formulaire ?').request).toBeNull();
    expect(readMessage('Pourriez-vous m’exposer la différence entre une demande d’assistance déposée en mode connecté et en mode non connecté ?').request).toBeNull();
    expect(readMessage('je préfère écrire au support, ouvrez-moi un ticket').request).toBe('ticket');
    expect(readMessage('franchement je préfère qu’on file une request au support for me').request).toBe('ticket');
  });

  it('takes «passez-m’en un» after a question on the agents as asking for one, and «cheers» as thanks', () => {
    expect(conversation('le chat avec un conseiller, c’est ouvert quand ?', 'ok passez-m’en un svp')).toBe('intent:agent');
    expect(answered('cheers!')).toBe('intent:thanks');
  });

  it('cuts a second question inside a sentence only when the user announced several', () => {
    expect(readMessage('et au passage c’est quoi le taux').clauses[0]?.question).toBe(true);
    expect(questionsWithin('Deux choses : comment s’inscrire à un webinaire, et est-ce que mes cotisations passent par Chorus ?')).toHaveLength(2);
    expect(questionsWithin('Nous avons 3 000 factures par mois, et est-ce que Chorus le fait automatiquement ?')).toEqual([]);
    expect(answered('Deux questions : comment on s’inscrit à un webinaire Chorus Pro, et est-ce que l’URSSAF accepte le paiement des cotisations par Chorus ?')).toBe('accompagnement-webinaires');
  });
});

describe('iteration 82: another body’s newsletter, training or court fees', () => {
  it('falls back on the newsletter, training or fees of another body, and still answers Chorus Pro’s, and a buyer of that name', () => {
    expect(facetAsked(readMessage('comment s’inscrire à une formation du CNFPT ?').clauses)).toBe('elsewhere');
    expect(answered('je voudrais m’inscrire à une session de formation du CNFPT sur les marchés publics')).toBe('fallback');
    expect(answered('et pour une formation au CNFPT ?')).toBe('fallback');
    expect(answered('comment proposer un sujet pour la lettre d’information de la chambre de commerce ?')).toBe('fallback');
    expect(answered('comment s’inscrire à un webinaire Chorus Pro ?')).toBe('accompagnement-webinaires');
    expect(facetAsked(readMessage('ma facture à l’UGAP, je la suis comment ?').clauses)).toBeNull();
  });
});

describe('iteration 83: another site’s password or mailbox, an office’s opening hours, other software’s training, «ne me passez pas…», the subject kept past a miss', () => {
  it('falls back on another site’s or a mailbox’s password, and still answers the portal’s own', () => {
    expect(facetAsked(readMessage('j’ai perdu le mot de passe de mon espace particulier sur impots.gouv, vous pouvez le réinitialiser ?').clauses)).toBe('account');
    expect(answered('Mon adresse Hotmail a été piratée et je n’ai plus son mot de passe : comment je récupère ma messagerie ?')).toBe('fallback');
    expect(answered('Ce n’est pas Chorus : c’est sur le site de l’URSSAF que mon mot de passe est refusé, comment le réinitialiser ?')).toBe('fallback');
    expect(conversation('j’ai oublié mon mot de passe Chorus Pro', 'et celui de ma messagerie Outlook, vous pouvez le changer ?')).toBe('fallback');
    expect(answered('j’ai oublié mon mot de passe Chorus, et le lien de réinitialisation n’arrive pas sur ma boîte Gmail')).toBe('mot-de-passe-oublie');
  });

  it('falls back on an office’s opening hours and on training in other software, and still answers the support’s hours', () => {
    expect(answered('la préfecture est-elle ouverte le samedi matin ?')).toBe('fallback');
    expect(answered('vous connaissez les horaires d’ouverture du centre des impôts ?')).toBe('fallback');
    expect(answered('quels sont les horaires du support Chorus Pro ?')).toBe('contacter-le-support');
    expect(conversation('comment s’inscrire à un webinaire Chorus Pro ?', 'et vous proposez des cours de bureautique pour mes employés ?')).toBe('fallback');
  });

  it('reads «ne me passez pas de conseiller» and «don’t put me through» as no request, and «enregistrer ma requête» as a ticket', () => {
    expect(readMessage('Ne me passez pas de conseiller, dites-moi seulement comment créer un ticket').request).toBeNull();
    expect(answered('Don’t put me through to anyone, how do I open a ticket?')).toBe('ticket-support');
    expect(readMessage('Je vous prie de bien vouloir enregistrer ma requête.').request).toBe('ticket');
    // «se passe» and «en ligne» are words of «passer un conseiller», «avoir quelqu'un en ligne»: a follow-up naming nobody asks for no one.
    expect(conversation('comment s’inscrire à une formation Chorus Pro ?', 'et ça se passe en ligne ?')).not.toBe('intent:agent');
  });

  it('reads «nothing» as a French stop word and «lu» as «lire»', () => {
    expect(knowledge.analyse('the buyer says nothing arrived').message.terms).not.toContain('nothing');
    expect(knowledge.analyse('la lettre, elle est lue par qui ?').message.terms).toContain('lir');
  });

  it('keeps the conversation’s subject past a message it did not answer', () => {
    const first = 'comment je m’inscris à une formation Chorus ?';
    const miss = knowledge.ask('c’est gratuit ?', { lastQuestion: first, lastArticle: 'accompagnement-webinaires' });
    expect(miss.kind).toBe('fallback');
    expect(miss.topic).toBe(topicAfter(first, 'c’est gratuit ?'));
    expect(knowledge.ask('c’est gratuit ?').topic).toBeUndefined();
    const next = askedIn(first, 'c’est gratuit ?', 'et il y en a une pour les sous-traitants ?');
    expect(next.topic?.startsWith(first)).toBe(true);
  });
});

describe('iteration 84: «qu’est-ce que j’ai raté ?», a payment’s delay, «a pris en charge ma facture», «non transmise», the reform in other words, «réglé le problème», «il est où, le bouton ?»', () => {
  it('reads «qu’est-ce que j’ai raté ?», «on a loupé quoi ?» as pointing back to what was just said', () => {
    expect(conversation('le lycée dit qu’il n’a jamais reçu ma facture', 'on a loupé quoi ?')).toBe('facture-brouillon');
    expect(conversation('le lycée dit qu’il n’a jamais reçu ma facture', 'qu’est-ce que j’ai raté ?')).toBe('facture-brouillon');
  });

  it('asks a payment’s delay in «combien de jours pour me régler ?»', () => {
    expect(facetAsked(readMessage('ils ont combien de jours pour me régler ?').clauses)).toBe('delay');
  });

  it('reads tracking in «a bien réceptionné ma facture», a draft in «non transmise» and «enregistrée sans être envoyée»', () => {
    expect(knowledge.analyse('est-ce que l’hôpital a bien réceptionné ma facture ?').message.terms).toContain('cptsuivi');
    expect(knowledge.analyse('facture non transmise au lycée').message.terms).toContain('cptpasenvoyee');
    expect(knowledge.analyse('facture enregistrée sans être envoyée').message.terms).toContain('cptpasenvoyee');
  });

  it('reads the reform in «d’autres sociétés» and «qu’est-ce qui va changer», and no payment in «réglé le problème»', () => {
    expect(knowledge.analyse('je facture surtout à d’autres sociétés, qu’est-ce qui va changer ?').message.terms).toContain('cptprive');
    expect(knowledge.analyse('vous n’avez toujours pas réglé le problème des rejets').message.terms).not.toContain('cptpaiement');
    expect(knowledge.analyse('ma facture est réglée ?').message.terms).toContain('cptpaiement');
  });

  it('reads «il est où, le bouton ?» as one clause about the button', () => {
    expect(readMessage('il est où exactement, le lien ?').clauses).toHaveLength(1);
    expect(conversation('ma facture est en brouillon, comment je l’envoie ?', 'il est où, le bouton ?')).toBe('facture-brouillon');
  });
});

describe('iteration 85: corrections and refusals within a message, payment tracking in a relative clause, «comment marche…», «conseiyé», a question that names nothing', () => {
  it('sets aside what the user takes back: «… non pardon, je me suis trompé, je voulais dire …», «Un webinaire ? Non merci, …»', () => {
    const corrected = readMessage('comment on envoie une facture en EDI… oups je me suis trompé, je voulais dire comment suivre ma facture');
    expect(corrected.clauses[0]?.negated).toBe(true);
    expect(answered('comment on envoie une facture en EDI… oups je me suis trompé, je voulais dire comment suivre ma facture')).toBe('suivre-une-facture');
    expect(answered('Un webinaire ? Non merci, je veux juste savoir comment envoyer mes factures en EDI, c’est si compliqué ?')).toBe('envoi-edi');
    // A bare «Non ??» after a statement asks for agreement, it takes nothing back.
    expect(readMessage('je refuse le décompte et basta ! Non ??').clauses.some((c) => c.negated)).toBe(false);
  });

  it('reads tracking and payment in «voir si la facture que j’ai déposée a été payée»', () => {
    const terms = knowledge.analyse('je voudrais voir si la facture que j’ai déposée au collège a été payée').message.terms;
    expect(terms).toEqual(expect.arrayContaining(['cptsuivi', 'cptpaiement']));
  });

  it('reads «comment marche ClaudIA ?» as how it works, and «passé moi 1 conseiyé» as asking for one', () => {
    expect(knowledge.analyse('comment marche ClaudIA ?').message.terms).not.toContain('march');
    expect(readMessage('passé moi 1 conseiyé svp').request).toBe('agent');
  });

  it('reads the facet in the sentence before a question that names nothing («Pourriez-vous m’éclairer ?»)', () => {
    expect(facetAsked(readMessage('Je m’interroge sur l’autoliquidation de la TVA pour un sous-traitant. Pourriez-vous m’éclairer ?').clauses)).toBe('tax');
  });
});

describe('iteration 86: the user’s own equipment, «how long until they pay», «je fais quoi maintenant ?», «what did we miss?»', () => {
  it('falls back on the user’s own equipment down, and still answers a login after a change of computer', () => {
    expect(facetAsked(readMessage('mon imprimante plante sans arrêt, vous pouvez m’aider ?').clauses)).toBe('device');
    expect(answered('mon imprimante plante sans arrêt, vous pouvez m’aider ?')).toBe('fallback');
    expect(answered('ma box internet est en panne depuis hier, c’est chez vous ?')).toBe('fallback');
    expect(answered('j’ai changé d’ordinateur et je ne peux plus me connecter à Chorus')).toBe('mot-de-passe-oublie');
  });

  it('asks a payment’s delay in «how long until they pay it?»', () => {
    expect(facetAsked(readMessage('and how long until they pay it?').clauses)).toBe('delay');
  });

  it('reads «je fais quoi maintenant ?» as a question, not an urgent request', () => {
    expect(readMessage('j’ai envoyé un ticket il y a deux semaines toujours pas de réponse je fais quoi maintenant ?').request).toBeNull();
    expect(readMessage('ouvrez un ticket maintenant').request).toBe('ticket');
  });

  it('reads «what did we miss?» as naming no topic', () => {
    expect(knowledge.analyse('what did we miss?').message.terms).not.toContain('miss');
  });
});

describe('iteration 87: «invoice is stuck», «voir lui-même si sa facture a été mise à disposition», one’s own job', () => {
  it('reads an English «invoice is stuck» as no blocked account, and «voir si sa facture a été mise à disposition» as tracking', () => {
    expect(knowledge.analyse('the invoice is stuck en brouillon').message.terms).not.toContain('cptconnexion');
    expect(knowledge.analyse('le fournisseur peut-il voir lui-même si sa facture a été mise à disposition ?').message.terms).toContain('cptsuivi');
  });

  it('falls back on one’s own job (part time, pay, leave asked for), not on a leave in the story', () => {
    expect(facetAsked(readMessage('comment faire ma demande de temps partiel ?').clauses)).toBe('elsewhere');
    expect(facetAsked(readMessage('ma cheffe part en congé maternité et j’aimerais être autonome, existe-t-il des webinaires Chorus Pro ?').clauses)).toBeNull();
  });
});

describe('iteration 88: months and «autrement» tell no topic, «ce qu’ils en ont fait», «still pending», a relative «which», the user’s own software set up', () => {
  it('reads month names and «autrement» as story words, so that a short follow-up keeps its topic', () => {
    expect(knowledge.analyse('et celle de janvier, pareil ?').message.terms).not.toContain('janvi');
    expect(knowledge.analyse('j’aurais dû faire autrement ?').message.terms).toEqual([]);
    expect(conversation('Comment je vois si l’hôpital a traité ma facture de décembre ?', 'et celle de janvier, pareil ?')).toBe('suivre-une-facture');
    expect(conversation('je suis sous-traitant sur un marché de travaux', 'j’ai déposé ma demande de paiement dans Factures émises', 'j’aurais dû faire autrement ?')).toBe(
      'factures-emises-ou-travaux',
    );
  });

  it('reads «ce qu’ils en ont fait» and an invoice «still pending» as tracking, not a draft waiting to be sent', () => {
    expect(knowledge.analyse('comment je vois ce qu’ils en ont fait ?').message.terms).toContain('cptsuivi');
    expect(knowledge.analyse('comment voir lesquelles sont encore en attente ?').message.terms).toContain('cptsuivi');
    expect(answered('How do I see which ones are still pending?')).toBe('suivre-une-facture');
    expect(knowledge.analyse('ma facture est en attente d’envoi').message.terms).not.toContain('cptsuivi');
  });

  it('reads an English relative «which» as no question', () => {
    const r = readMessage('She left me a post-it with a password, which still works, thankfully. How do I see which ones were paid?');
    expect(r.clauses.filter((c) => c.question).map((c) => c.text)).toEqual(['how do i see which ones were paid']);
  });

  it('falls back on how the user’s own software is set up, and still answers sending from it by EDI', () => {
    expect(facetAsked(readMessage('Notre ERP SAP peut générer du Factur-X ? Quelle config on doit mettre ?').clauses)).toBe('software');
    expect(answered('Notre ERP SAP peut générer du Factur-X ? Quelle config on doit mettre ?')).toBe('fallback');
    expect(answered('Can Chorus Pro connect with QuickBooks so my invoices sync automatically?')).toBe('fallback');
    expect(answered('Can we send our invoices to Chorus Pro via EDI straight from our SAP system?')).toBe('envoi-edi');
    expect(facetAsked(readMessage('On fait du full EDI avec notre provider, c’est compatible avec Chorus ?').clauses)).toBeNull();
  });
});

describe('iteration 89: the building trades and co-contractors, bidding, «a+», a legal form’s «statut», «je ne suis pas le mandataire», «open one for me», «imposable»', () => {
  it('reads the building trades, co-contractors and what they redo as works', () => {
    expect(knowledge.analyse('je suis couvreur, je refais le toit de l’école').message.terms).toContain('cpttravaux');
    expect(knowledge.analyse('je suis cotraitant dans le groupement').message.terms).toContain('cpttravaux');
    expect(conversation('Je suis carreleur, je refais les sols de la salle des fêtes pour la commune.', 'je mets la facture où alors ?')).toBe('factures-emises-ou-travaux');
    expect(answered('je suis plombier, je travaille pour des entreprises privées : la facture électronique va-t-elle devenir obligatoire pour moi ?')).toBe(
      'facturation-electronique-b2b',
    );
  });

  it('reads bidding for a contract as the tender, which no article answers', () => {
    expect(answered('Do we need French ten-year liability insurance (décennale) to bid for public works in France?')).toBe('fallback');
  });

  it('reads «a+» as «à plus»', () => {
    expect(normalizeSurface('ok a+')).toBe('ok a plus');
    expect(answered('ok a+')).toBe('intent:goodbye');
  });

  it('reads a company’s legal form as no invoice status', () => {
    expect(knowledge.analyse('le meilleur statut pour facturer l’État, micro ou EURL').message.terms).not.toContain('cptsuivi');
    expect(knowledge.analyse('quel statut juridique choisir').message.terms).not.toContain('cptsuivi');
    expect(knowledge.analyse('quel est le statut de ma facture ?').message.terms).toContain('cptsuivi');
  });

  it('reads «je ne suis pas le mandataire» as negated, «open one for me» as the request offered, «imposable» as the tax', () => {
    expect(readMessage('Je ne suis pas le mandataire, je suis cotraitant').clauses[0]!.negated).toBe(true);
    expect(conversation('How do I send a ticket to Chorus Pro support?', 'ok, then just open one for me please')).toBe('intent:ticket');
    expect(facetAsked(readMessage('et ça, c’est imposable ?').clauses)).toBe('tax');
  });
});

describe('iteration 90: asking for a ticket «oui ou non», a formal notice, a tax on income, a court’s calendar, a message that takes back the previous one', () => {
  it('reads «vous allez me créer un ticket oui ou non ?» inside a complaint as the request', () => {
    expect(answered('Encore un rejet !!! Vous allez me créer un ticket oui ou non ? Je suis à deux doigts d’arrêter de bosser avec le public')).toBe('intent:ticket');
  });

  it('reads «mettre en demeure» as the formal notice and «ma facture n’est pas bloquée» as negated', () => {
    expect(knowledge.analyse('comment je la mets en demeure ?').message.terms).toContain('miseendemeure');
    expect(readMessage('Ma facture n’est pas bloquée dans Chorus, elle est validée').clauses[0]!.negated).toBe(true);
    expect(
      answered('Ma facture n’est pas bloquée dans Chorus, elle est validée depuis deux mois, c’est la commune qui ne paie pas. Comment je la mets en demeure officiellement ?'),
    ).toBe('fallback');
  });

  it('asks the tax in «imposées sur le revenu», another body’s offer in «le calendrier des audiences du tribunal de commerce», and training in accounting', () => {
    expect(facetAsked(readMessage('comment les indemnités kilométriques d’expert sont imposées sur le revenu ?').clauses)).toBe('tax');
    expect(facetAsked(readMessage('où trouver le calendrier des audiences du tribunal de commerce ?').clauses)).toBe('elsewhere');
    expect(facetAsked(readMessage('vous faites des formations en comptabilité générale ?').clauses)).toBe('elsewhere');
  });

  it('reads a message that opens by taking back the previous one on its own', () => {
    expect(readMessage('Non attendez, je me suis trompé : elle est bien partie').retracts).toBe(true);
    expect(readMessage('je me suis trompé de montant, je peux faire un avoir ?').retracts).toBe(false);
    expect(
      offeredIn(
        'Ma facture est en brouillon, comment l’envoyer ?',
        'Non attendez, je me suis trompé : elle est bien partie, c’est juste que je ne vois pas si le client l’a reçue.',
      ),
    ).toContain('suivre-une-facture');
  });
});

describe('iteration 91: another country’s rules «là-bas» or by adjective, a module of one’s ERP, clicks and logins spelt as heard, «what does that mean in practice?», «ce que recouvre cette notion»', () => {
  it('asks another country’s rules by its adjective next to them, or «là-bas» after naming it', () => {
    expect(facetAsked(readMessage('Pourriez-vous me confirmer le calendrier de l’obligation belge de facturation électronique ?').clauses)).toBe('abroad');
    expect(answered('Pas la France : nos clients publics sont en Espagne. Comment fonctionne l’obligation de facture électronique là-bas ?')).toBe('fallback');
    expect(answered('Does the B2B e-invoicing mandate and e-reporting apply to a Belgian company selling to French businesses?')).toBe('facturation-electronique-b2b');
  });

  it('falls back on a module of the user’s own ERP', () => {
    expect(conversation('Comment fonctionne l’envoi EDI vers Chorus Pro ?', 'et notre ERP Sylob sait produire ces fichiers ? il faut quel module ?')).toBe('fallback');
  });

  it('reads «jclik», «conecter» as clicking and logging in', () => {
    expect(knowledge.analyse('et apré jclik ou').message.terms).not.toContain('clik');
    expect(knowledge.analyse('faut etre conecter pour lui parler ?').message.terms).not.toContain('conect');
  });

  it('reads «in practice» and «ce que recouvre cette notion» as words of no topic, so the follow-up keeps its own', () => {
    expect(
      conversation('Can we send our invoices to Chorus Pro through EDI?', 'We already use an e-invoicing service provider', 'what does that mean in practice?'),
    ).toBe('envoi-edi');
    expect(
      conversation('Madame, Monsieur, notre expert-comptable évoque une obligation de e-reporting à venir.', 'Puis-je vous demander ce que recouvre précisément cette notion ?'),
    ).toBe('facturation-electronique-b2b');
  });
});

describe('iteration 92: back to the first question, «il y en a un pour…», the steps of a procedure, an invoice that stays blocked, a request cut into sentences, the courts’ list of experts', () => {
  it('reads «revenons à ma première question» after the conversation’s first question, not the last one', () => {
    expect(
      conversation('comment on s’inscrit à un webinaire ?', 'et le support, il répond le samedi ?', 'je reviens à mon premier point : il y en a un sur les décomptes de la maîtrise d’œuvre ?'),
    ).toBe('accompagnement-webinaires');
    const back = offeredIn('ma facture est en brouillon et le CHU ne l’a pas reçue', 'au passage, l’IPM c’est quoi ?', 'merci', 'et pour mon problème de départ, je fais comment ?');
    expect(back).toContain('facture-brouillon');
    expect(back).not.toContain('gouvernance-ipm');
    // Nothing before the last question: the words name nothing and change nothing.
    expect(readMessage('revenons à ma première question').clauses.length).toBeGreaterThan(0);
  });

  it('reads «il y en a un pour…» as one of the things just answered, narrowed', () => {
    expect(conversation('y a-t-il des webinaires Chorus Pro ?', 'il y en a un pour les experts judiciaires ?')).toBe('accompagnement-webinaires');
    expect(conversation('y a-t-il des webinaires Chorus Pro ?')).toBe('accompagnement-webinaires');
  });

  it('reads «quelles sont les étapes (à suivre) pour…» as a procedure, not an invoice’s stage', () => {
    expect(answered('quelles sont les étapes à suivre pour transmettre nos factures par EDI ?')).toBe('envoi-edi');
    expect(offered('c’est quoi les etape pour envoyer en edi')).toContain('envoi-edi');
    expect(offered('à quelle étape en est ma facture ?')).toContain('suivre-une-facture');
  });

  it('reads an invoice that stays blocked as the invoice, not a blocked account', () => {
    expect(knowledge.analyse('ma facture reste bloquée en brouillon depuis lundi').message.terms).not.toContain('cptconnexion');
    expect(knowledge.analyse('elle est peut-être bloquée chez le client ?').message.terms).not.toContain('cptconnexion');
    expect(knowledge.analyse('mon compte est bloqué').message.terms).toContain('cptconnexion');
  });

  it('reads a request for a person cut into sentences, «fai moi un ticket», a ticket asked to be opened in the passive', () => {
    expect(answered('Pas le robot. Un conseiller. Tout de suite.')).toBe('intent:agent');
    expect(answered('facture bloquée en brouillon depuis 3 jours, fai moi un ticket')).toBe('intent:ticket');
    expect(answered('Madame, Monsieur, je souhaite qu’une demande d’assistance soit ouverte au sujet de mon mémoire de frais. Cordialement.')).toBe('intent:ticket');
  });

  it('reads «je veux un ticket mais je ne suis pas connecté, c’est possible ?» as a question on tickets', () => {
    expect(answered('je voudrais ouvrir un ticket mais je ne suis pas connectée, c’est possible ?')).toBe('ticket-support');
    expect(answered('ouvrez-moi un ticket, je ne suis pas connecté et ça m’énerve')).toBe('intent:ticket');
  });

  it('falls back on being listed as a court expert, finding an expert, a tariff by the hour, an operator’s price per flow', () => {
    expect(answered('Bonjour, je voudrais connaître la procédure d’inscription sur la liste des experts judiciaires de la cour d’appel.')).toBe('fallback');
    expect(answered('Interprète inscrite sur la liste des experts de la cour d’appel, comment déclarer mes frais de déplacement ?')).toBe('frais-de-justice-frais-divers');
    expect(conversation('je suis greffière, comment les interprètes déclarent leurs frais ?', 'et pour trouver un interprète disponible ?')).toBe('fallback');
    expect(facetAsked(readMessage('je voudrais connaître le tarif horaire réglementaire d’un traducteur').clauses)).toBe('price');
    expect(conversation('Nous passons par un opérateur de dématérialisation pour l’EDI.', 'il nous facture combien par flux en général ?')).toBe('fallback');
  });

  it('reads the login e-mail, the user’s own software that fails, English «where it’s at», «get back in», «support options»', () => {
    expect(answered('j’ai oublié l’adresse mail avec laquelle je me connecte à Chorus')).toBe('mot-de-passe-oublie');
    expect(facetAsked(readMessage('notre logiciel de facturation n’exporte plus les factures, vous savez pourquoi ?').clauses)).toBe('device');
    expect(answered('can I see whether the hospital got my invoice and where it’s at?')).toBe('suivre-une-facture');
    expect(knowledge.analyse('my colleague is locked out, how can she get back in?').message.terms).not.toContain('back');
    expect(answered('what support options do we have?')).toBe('contacter-le-support');
  });
});

describe('iteration 93: words of first-time users, «suivre un webinaire», «quelque chose» left unnamed, «pour le premier», the assistant’s icon, one’s own ERP that fails', () => {
  it('reads «l’ont regardée», «a ouvert ma facture», «la pa recu» as tracking and reception', () => {
    expect(conversation('j’ai déposé ma facture pour le collège lundi', 'comment je sais s’ils l’ont regardée ?')).toBe('suivre-une-facture');
    expect(knowledge.analyse('je veux savoir si le lycée a ouvert ma facture').message.terms).toContain('cptsuivi');
    expect(knowledge.analyse('mon client la pa recu').message.terms).toContain('cptnonrecue');
  });

  it('reads «quelle partie du portail», «quelle application je prends» as the choice of application', () => {
    expect(answered('On fait de la maçonnerie pour un marché de travaux publics : dans quelle partie du portail je mets mes demandes de paiement ?')).toBe('factures-emises-ou-travaux');
    expect(answered('ce n’est pas des travaux, c’est une livraison de fournitures : quelle application je prends ?')).toBe('factures-emises-ou-travaux');
    // «c'est quelle rubrique ?» alone names nothing.
    expect(answered('c’est quelle rubrique ?')).toBe('fallback');
  });

  it('reads «suivre un webinaire» as attending it, «suivre ma facture» as tracking', () => {
    expect(answered('je voudrais suivre une formation sur Chorus Pro')).toBe('accompagnement-webinaires');
    expect(answered('je voudrais suivre ma facture')).toBe('suivre-une-facture');
  });

  it('keeps the topic of «et nous, on peut proposer quelque chose ?» and narrows with «en particulier»', () => {
    expect(conversation('Qui décide des évolutions de Chorus Pro ?', 'et nous, artisans, on peut proposer quelque chose ?')).toBe('gouvernance-ipm');
    expect(conversation('c’est quoi la lettre d’information Chorus Pro ?', 'et moi, je peux proposer quelque chose ?')).toBe('lettre-information');
    expect(conversation('Vous proposez des webinaires ?', 'et pour la maîtrise d’œuvre en particulier ?')).toBe('accompagnement-webinaires');
  });

  it('reads «pour le premier,» and «la toute première chose que je vous ai demandée» after the first question', () => {
    expect(conversation('Comment envoyer un ticket au support ?', 'Et le chat, il est ouvert le samedi ?', 'Et pour le premier, je clique où ?')).toBe('ticket-support');
    expect(
      conversation('mot de passe refusé, je ne peux plus me connecter', 'sinon vous faites des webinaires ?', 'et pour la toute première chose que je vous ai demandée, je fais comment ?'),
    ).toBe('mot-de-passe-oublie');
  });

  it('reads «j’arrive à quelqu’un», «ça compte», «tout seul», «débloquer» without a topic of their own', () => {
    expect(conversation('la réponse de ClaudIA ne correspond pas du tout à ma demande.', 'comment j’arrive à quelqu’un du coup ?')).toBe('contacter-le-support');
    expect(
      conversation('je suis experte, j’ai fait 300 km pour une expertise', 'et j’ai posté mon rapport en recommandé, ça m’a coûté des timbres', 'ça compte aussi ?'),
    ).toBe('frais-de-justice-frais-divers');
    expect(conversation('trop d’essais, mon compte est bloqué et je ne peux plus me connecter', 'il se débloque tout seul au bout de combien de temps ?')).toBe('mot-de-passe-oublie');
  });

  it('finds the assistant behind «la petite icône en bas à droite»', () => {
    expect(offered('c’est quoi le petit bonhomme en bas à droite de l’écran ?')).toContain('contacter-le-support');
  });

  it('falls back on one’s own ERP that fails, a colleague’s account to delete, being paid for an article, an «avoir» in English', () => {
    expect(answered('Notre ERP génère des factures en double, une idée de pourquoi ?')).toBe('fallback');
    expect(conversation('J’ai oublié mon mot de passe', 'et ma collègue qui est partie, je peux supprimer son compte ?')).toBe('fallback');
    expect(conversation('Je voudrais proposer une idée d’article pour la lettre.', 'et si c’est publié, je suis rémunérée ?')).toBe('fallback');
    expect(answered('How can I issue an avoir on an invoice already paid?')).toBe('fallback');
  });

  it('reads «raise a ticket on my behalf» as a request', () => {
    expect(answered('Kindly raise a ticket on my behalf, the upload page stays blank since this morning.')).toBe('intent:ticket');
  });
});

describe('iteration 94: the context picks among the message’s own candidates, a dictated «chorale pro», «je suis sur le chantier», a payment’s delay asked as «c’est normal ?» or «ils ont le droit ?», «mise en paiement» as a status', () => {
  it('lets the previous message pick among the articles a hesitating follow-up offers, unless the follow-up reports a step done', () => {
    expect(conversation('Je suis sous-traitant sur un marché de travaux pour une commune', 'où je dépose ma demande de paiement alors ?')).toBe('factures-emises-ou-travaux');
    expect(conversation('Je suis sous-traitant en plomberie sur un chantier public', 'where do I upload my payment request then?')).toBe('factures-emises-ou-travaux');
    expect(offeredIn('Ma facture est en brouillon, le collège ne l’a pas reçue', 'ok j’ai cliqué, et après je la vois où pour savoir si elle est bien arrivée ?')).toContain(
      'suivre-une-facture',
    );
  });

  it('reads a dictated «chorale pro» as the portal and «je suis sur le chantier» as where the user writes from', () => {
    expect(answered('chorale pro me dit mot de passe invalide je suis sur le chantier aidez moi')).toBe('mot-de-passe-oublie');
  });

  it('falls back on a payment’s delay asked as «c’est normal ?», «ils ont le droit ?» or «quand va-t-il virer ?»', () => {
    expect(answered('la commune a toujours pas payé ma facture ça fait 3 mois c’est normal ?')).toBe('fallback');
    expect(conversation('Comment suivre ma facture envoyée au lycée ?', 'elle est mise en paiement depuis 50 jours, ils ont le droit ?')).toBe('fallback');
    expect(answered('Elle est mise en paiement côté mairie, je veux savoir quand le comptable public va enfin virer l’argent.')).toBe('fallback');
  });

  it('reads «voir si ma facture a été mise en paiement» as tracking and «I have a deadline to process it» as the décompte’s', () => {
    expect(knowledge.analyse('je voudrais voir si ma facture a été mise en paiement par la mairie').message.terms).toContain('cptsuivi');
    expect(conversation('Je suis architecte, l’entreprise vient de me transmettre son projet de décompte mensuel', 'I have to process it within some days, right?')).toBe(
      'moe-projet-decompte-mensuel',
    );
  });

  it('leaves «dans l’attente de votre retour» and «par le biais de» out of the question', () => {
    expect(readMessage('Dans l’attente de votre retour, bien cordialement').clauses[0]?.closing).toBe(true);
    expect(knowledge.analyse('je dépose mes factures par le biais de Chorus Pro').message.terms).not.toContain('bi');
  });
});

describe('iteration 95: «ça marche aussi pour…», «on démarre comment ?», a conditional agent, a telephone appointment, «écrivez au support pour moi», deleting a draft', () => {
  it('reads «ça marche aussi pour une boîte de notre taille ?» and «on démarre comment ?» without a public contract nor a topic of their own', () => {
    expect(answered('et l’envoi par EDI, ça marche aussi pour une petite boîte comme la nôtre ?')).toBe('envoi-edi');
    expect(answered('et pour l’EDI, comment on démarre ?')).toBe('envoi-edi');
  });

  it('reads «on peut avoir un conseiller après si elle ne sait pas ?» as a question on the support, not a request now', () => {
    expect(answered('claudia ca sert a quoi et est ce quon peut avoir un conseiller apres si elle sait pas repondre')).toBe('contacter-le-support');
    expect(answered('je veux un conseiller, claudia ne sait pas répondre')).toBe('intent:agent');
  });

  it('reads a telephone appointment with an adviser, «écrivez au support pour moi» and «ouvrir dès à présent une demande auprès de vos équipes de support» as requests', () => {
    expect(answered('Madame, Monsieur, je sollicite un rendez-vous téléphonique avec un de vos conseillers, l’assistante ne pouvant traiter ma situation. Cordialement.')).toBe(
      'intent:agent',
    );
    expect(conversation('Je n’arrive plus à me connecter.', 'Le mail de réinitialisation ne vient jamais.', 'écrivez au support pour moi svp')).toBe('intent:ticket');
    expect(answered('Je vous saurais gré d’ouvrir dès à présent une demande auprès de vos équipes de support, nos flux EDI ne sont plus intégrés.')).toBe('intent:ticket');
  });

  it('falls back on deleting a draft, but answers sending one', () => {
    expect(answered('comment on supprime une facture en brouillon saisie deux fois ?')).toBe('fallback');
    expect(facetAsked(readMessage('how do I delete a draft invoice?').clauses)).toBe('delete');
    expect(answered('je ne veux pas la supprimer, je veux envoyer ma facture restée en brouillon')).toBe('facture-brouillon');
  });
});

describe('iteration 96: «l avoir» as a verb, «payé une fortune», «trompé de code», «il y en a en ligne ?», «ça s’applique aussi aux…», «en mode non connecté ?», the website, goodbyes in other languages', () => {
  it('reads «l avoir» after «je pensais», «sans» as the verb, and as a credit note elsewhere', () => {
    expect(answered('je pensais l avoir transmise au lycée mais elle est toujours en brouillon')).toBe('facture-brouillon');
    expect(answered('comment je fais l avoir pour la mairie ?')).toBe('fallback');
  });

  it('reads what something cost («on a payé super cher…») as no invoice paid', () => {
    expect(answered('on a payé super cher notre passage en EDI et je ne comprends toujours pas comment nos factures partent vers Chorus')).toBe('envoi-edi');
  });

  it('reads «je me suis trompé de code» as the password, not a service code', () => {
    expect(conversation('je ne peux plus entrer sur Chorus Pro', 'je me suis trompée de code plusieurs fois, je fais comment ?')).toBe('mot-de-passe-oublie');
    expect(answered('je me suis trompé de code service sur ma facture, je fais comment ?')).not.toBe('mot-de-passe-oublie');
  });

  it('reads «il y en a en ligne ?» after the training as the training, and a person named «en ligne» as a request', () => {
    expect(conversation('je débute, je voudrais apprendre à utiliser Chorus Pro', 'y en a en ligne ?')).toBe('accompagnement-webinaires');
    expect(answered('je veux quelqu’un en ligne maintenant')).toBe('intent:agent');
  });

  it('keeps the topic of «ça s’applique aussi aux entreprises du bâtiment ?» though the case draws another article', () => {
    expect(conversation('la facturation électronique obligatoire entre entreprises, ça démarre quand ?', 'ça s’applique aussi aux entreprises du bâtiment ?')).toBe('facturation-electronique-b2b');
  });

  it('reads a ticket asked about «en mode non connecté ?» as the ticket article, a ticket asked for as a request', () => {
    expect(answered('Can we open a ticket en mode non connecté ? We have no login yet')).toBe('ticket-support');
    expect(answered('ouvrez-moi un ticket, je suis en mode non connecté')).toBe('intent:ticket');
  });

  it('reads «the website» as the portal', () => {
    expect(conversation('I am an Italian supplier', 'we invoice a French school every month', 'do we have to type them on the website or can we use EDI?')).toBe('envoi-edi');
  });

  it('takes goodbyes in the languages foreign suppliers and regional users write', () => {
    expect(answered('agur')).toBe('intent:goodbye');
    expect(answered('arrivederci')).toBe('intent:goodbye');
  });
});

describe('iteration 97: «tant pis», an EDI operator, «des cours», «ça me concerne aussi, avec…», a volume of invoices, a mode of sending, a provider to recommend, «la débloquer»', () => {
  it('reads «bon tant pis. Sinon…» as a reaction, and the question after it on its own', () => {
    expect(conversation('comment faire un avoir sur Chorus ?', 'vous ne savez pas ?', 'bon tant pis. Sinon, vous avez une formation pour mon associé ?')).toBe(
      'accompagnement-webinaires',
    );
  });

  it('reads «passer par un opérateur en EDI» as the EDI article, not a person asked for', () => {
    expect(answered('On ne veut plus tout saisir, on voudrait passer par un opérateur en EDI.')).toBe('envoi-edi');
  });

  it('reads «des cours quelque part ?» as training, not a court', () => {
    expect(conversation('Je viens d’arriver à la compta d’un collège et je ne connais rien au portail.', 'vous avez des cours quelque part ?')).toBe('accompagnement-webinaires');
  });

  it('keeps the previous topic for «ça me concerne aussi, avec nos commerçants ?» though «commerçants» is a boundary’s word', () => {
    expect(conversation('Il paraît que les factures entre entreprises vont devenir électroniques.', 'ça nous concerne aussi, avec nos commerçants ?')).toBe(
      'facturation-electronique-b2b',
    );
  });

  it('reads a volume of invoices as the case EDI is for, and a mode of sending asked after it', () => {
    expect(answered('we are a big account with 20k invoices per year, is EDI possible?')).toBe('envoi-edi');
    expect(conversation('nous avons 8 000 factures par mois pour des hôpitaux', 'quel mode de dépôt vous nous conseillez ?')).toBe('envoi-edi');
  });

  it('falls back on which provider to pick or what it costs, which no article says', () => {
    expect(conversation('comment envoyer nos factures en EDI ?', 'c’est quoi le meilleur opérateur ?')).toBe('fallback');
    expect(answered('Les opérateurs de dématérialisation, c’est quoi leurs tarifs pour 2000 factures par mois ?')).toBe('fallback');
    expect(facetAsked(readMessage('quel logiciel de facturation vous me recommandez ?').clauses)).toBe('recommend');
  });

  it('lets «et comment je peux la débloquer ?» take the draft named before, though four articles hold «débloquer»', () => {
    expect(conversation('le lycée n’a jamais reçu ma facture', 'sur mon écran elle est en brouillon', 'et comment je peux la débloquer ?')).toBe('facture-brouillon');
  });
});

describe('iteration 98: «pick», «finish», a ticket «without being connected», webinars in English, a foreign platform, a supplier who did not finish sending, the buyer’s received invoices', () => {
  it('reads «which one do I pick?» as choosing the application, and a ticket asked about «without being connected» as the ticket article', () => {
    expect(conversation('We are a Portuguese company renovating a French hospital.', 'I saw Factures émises and Factures de travaux.', 'which one do I pick?')).toBe(
      'factures-emises-ou-travaux',
    );
    expect(answered('My password no longer works. Can I open a ticket without being connected?')).toBe('ticket-support');
  });

  it('answers webinars given in English, and falls back on English lessons', () => {
    expect(answered('Are there training sessions in English?')).toBe('accompagnement-webinaires');
    expect(answered('vous avez des cours d’anglais pour mes employés ?')).toBe('fallback');
  });

  it('reads another country’s public platform (FACe, the SDI) as abroad', () => {
    expect(facetAsked(readMessage('can we link FACe and Chorus Pro?').clauses)).toBe('abroad');
    expect(facetAsked(readMessage('on doit faire face à un rejet, comment on le suit ?').clauses)).toBeNull();
  });

  it('reads «il n’est pas allé au bout de l’envoi» as a draft', () => {
    expect(
      answered('Je suis à la trésorerie d’un hôpital. Un fournisseur dit avoir déposé sa facture il y a dix jours mais nous ne voyons rien. Je pense qu’il n’est pas allé au bout de l’envoi. Que doit-il faire ?'),
    ).toBe('facture-brouillon');
  });

  it('falls back on the buyer’s work on received invoices, but tracks a supplier’s invoice received by the buyer', () => {
    expect(answered('rejeter une facture reçue')).toBe('fallback');
    expect(answered('est-ce que ma facture a bien été reçue par la mairie ?')).toBe('suivre-une-facture');
  });
});

describe('iteration 99: requests for a person made without asking outright, a follow-up’s question is no goodbye, thanks and goodbyes in regional languages, another site that locked its account, «auprès de laquelle», «ce sigle»', () => {
  it('reads a threat to give up unless someone helps, anyone alive, someone to look at the case and the superior as requests for a person', () => {
    expect(answered('Si personne ne peut me répondre ce matin, j’arrête tout.')).toBe('intent:agent');
    expect(answered('Is anyone alive over there?')).toBe('intent:agent');
    expect(answered('quelqu’un de chez vous peut regarder ma facture ?')).toBe('intent:agent');
    expect(answered('passez-moi votre supérieur')).toBe('intent:agent');
    // Asking who else to write to is the support's article, not a request.
    expect(answered('il y a quelqu’un d’autre à qui écrire ?')).not.toBe('intent:agent');
  });

  it('reads «il y en a un bientôt ?» after the training as the training, no goodbye', () => {
    expect(conversation('vous faites des formations pour les nouveaux utilisateurs ?', 'il y en a un bientôt ?')).toBe('accompagnement-webinaires');
    expect(answered('à bientôt')).toBe('intent:goodbye');
  });

  it('takes thanks and goodbyes in the regional languages the greetings already took', () => {
    expect(answered('mèsi')).toBe('intent:thanks');
    expect(answered('à tantôt')).toBe('intent:goodbye');
  });

  it('reads another site that locked its own account as that site’s, and one’s own Chorus Pro login beside another body as the portal’s', () => {
    expect(facetAsked(readMessage('le site impots.gouv a encore bloqué mon espace, comment je récupère l’accès ?').clauses)).toBe('account');
    expect(facetAsked(readMessage('je me connecte à Chorus Pro pour Pôle emploi, comment je réinitialise mon mot de passe ?').clauses)).toBeNull();
  });

  it('reads «l’instance auprès de laquelle déposer une réclamation» as a question, not a ticket asked for', () => {
    expect(answered('Pouvez-vous m’indiquer l’instance auprès de laquelle déposer une réclamation contre un hôpital qui paie en retard ?')).toBe('fallback');
  });

  it('reads «c’est quoi cet acronyme ?» as the word just said', () => {
    expect(conversation('on nous parle de l’IPM en réunion', 'c’est quoi cet acronyme ?')).toBe('gouvernance-ipm');
  });
});

describe('iteration 100: «1 conseiller vite», «serait-il possible de transmettre ma demande à votre support ?», «transmettez», «escalate me», a bare «ouvre une demande»', () => {
  it('reads haste as urgency, a polite «serait-il possible de transmettre…», «transmettez» and «escalate» as requests', () => {
    expect(answered('ça marche pas ton truc, 1 conseiller vite')).toBe('intent:agent');
    expect(answered('Bonjour, serait-il possible de transmettre ma demande à votre support ? Merci.')).toBe('intent:ticket');
    expect(answered('transmettez ma demande au support, ça fait trois fois que j’écris')).toBe('intent:ticket');
    // Asking whether one may learn how is still a question.
    expect(answered('serait-il possible de savoir comment ouvrir un ticket ?')).toBe('ticket-support');
  });

  it('reads a bare imperative «ouvre une demande» after an answer that did not help as a ticket asked for', () => {
    expect(conversation('comment déclarer mes frais de déplacement ?', 'ta réponse ne m’aide pas. ouvre une demande')).toBe('intent:ticket');
    expect(answered('ouvre un ticket comment ?')).toBe('ticket-support');
  });
});

describe('iteration 101: English requests asked politely or with an adverb, «ça s’applique aux artisans aussi ?»', () => {
  it('reads «is there any chance I could talk to one of your representatives?», «I really need to speak to an agent» and «if you could open a support request on my behalf» as requests', () => {
    expect(answered('The assistant keeps repeating itself. Is there any chance I could talk to one of your representatives?')).toBe('intent:agent');
    expect(answered('ok for the draft problem, I really need to speak to an agent now')).toBe('intent:agent');
    expect(answered('I would be grateful if you could open a support request on my behalf, the upload fails.')).toBe('intent:ticket');
    expect(answered('I would like to file a formal request with support about my rejected invoice.')).toBe('intent:ticket');
    // A way to reach a person is still asked about.
    expect(answered('is there any way to reach a person by phone?')).toBe('contacter-le-support');
  });

  it('keeps the previous topic for «ça s’applique aux artisans aussi ?», «aussi» at the end', () => {
    expect(conversation('C’est quoi la réforme de la facture électronique entre entreprises ?', 'ça s’applique aux petits artisans aussi ?')).toBe('facturation-electronique-b2b');
  });
});

describe('iteration 102: the login address to change, another network’s password, Factur-X from one’s own ERP, «ça concerne aussi les…»', () => {
  it('falls back on changing the login e-mail, and on another network’s password', () => {
    expect(answered('changer le mail de connexion')).toBe('fallback');
    expect(answered('mon mot de passe Facebook a été piraté, vous pouvez m’aider ?')).toBe('fallback');
  });

  it('reads Factur-X produced by one’s own ERP as the software’s set-up', () => {
    expect(facetAsked(readMessage('notre ERP Sage sait-il produire du Factur-X ?').clauses)).toBe('software');
  });

  it('keeps the previous topic for «et ça concerne aussi les associations ?»', () => {
    expect(conversation('la facture électronique entre entreprises, c’est obligatoire quand ?', 'et ça concerne aussi les associations ?')).toBe('facturation-electronique-b2b');
  });
});

describe('iteration 103: someone who can answer me, «de vive voix», «ça attendra, ma vraie question…», when the money arrives, «ont lieu», «qui tranche», dictated acronyms, the browser’s settings', () => {
  it('reads «il y a quelqu’un chez vous qui peut m’aider ?», a person asked «de vive voix» or «au bout du fil», and a formal «je me permets de vous solliciter» as requests for a person', () => {
    expect(answered('Ça fait deux jours que je cherche. Il y a quelqu’un chez vous qui peut m’aider, oui ?')).toBe('intent:agent');
    expect(answered('y a t il un conseiller qui pourrait me rappeler cet après-midi ?')).toBe('intent:agent');
    expect(answered('Serait-il envisageable qu’un conseiller me guide de vive voix ?')).toBe('intent:agent');
    expect(answered('Je n’ai pas envie de lire vos fiches, je veux simplement quelqu’un au bout du fil.')).toBe('intent:agent');
    expect(answered('Madame, je me permets de vous solliciter pour un échange avec un conseiller au sujet de mon décompte.')).toBe('intent:agent');
    // When someone is there is still how the support works.
    expect(answered('à quelles heures il y a quelqu’un pour répondre au chat ?')).toBe('contacter-le-support');
  });

  it('sets aside what the user puts off («… mais ça attendra, ma vraie question c’est…») and what «ne me concerne pas»', () => {
    expect(answered('j’ai un souci de mot de passe aussi mais ça attendra. ma vraie question c’est comment envoyer une facture restée en brouillon')).toBe('facture-brouillon');
    const reading = readMessage('je vois plein de pages sur l’EDI qui ne me concernent pas, je veux juste suivre ma facture');
    expect(reading.clauses.find((c) => c.text.includes('edi'))?.negated).toBe(true);
    // Asking whether it can wait still asks about what was named.
    expect(readMessage('ma facture est en brouillon, est-ce que ça peut attendre lundi ?').clauses[0]?.negated).toBe(false);
  });

  it('reads «quel jour l’argent arrive», «when will the town actually pay us?» and a bare «et quand ?» beside a transfer as the payment’s date, which no article gives', () => {
    expect(facetAsked(readMessage('je voudrais savoir quel jour le virement arrive sur notre compte').clauses)).toBe('delay');
    expect(answered('When will the town hall actually pay us? The invoice was validated last month.')).toBe('fallback');
    expect(facetAsked(readMessage('toujours aucun virement de la commune ! qui paie, et quand ?').clauses)).toBe('delay');
    // A remark after the last question does not hide a second question that is answered.
    expect(answered('Deux questions : quel taux de TVA appliquer sur mes factures, et est-ce qu’il existe des webinaires pour débuter sur Chorus Pro ? Je débute.')).not.toBe('fallback');
  });

  it('reads «ont lieu quand ?» as taking place, «qui tranche ?» as who decides, acronyms dictated letter by letter and «a bien eu ma facture» as received', () => {
    expect(answered('les webinaires de Chorus Pro ont lieu quand ?')).toBe('accompagnement-webinaires');
    expect(conversation('nous aimerions que le portail évolue pour les factures rejetées', 'et qui tranche ?')).toBe('gouvernance-ipm');
    expect(offered('c’est quoi la i p m exactement')).toContain('gouvernance-ipm');
    expect(answered('je voudrais voir si l’hôpital a bien eu ma facture')).toBe('suivre-une-facture');
    expect(answered('mon avoir el est ou ?')).toBe('fallback');
  });

  it('falls back on the browser’s own settings (pop-ups, whitelisting the site)', () => {
    expect(answered('Chrome bloque les pop-ups sur le portail Chorus, je fais comment pour autoriser le site ?')).toBe('fallback');
  });
});

describe('iteration 104: a contract’s advance and price revision, retention money, «où est passée ma facture ?», an invoice described by its amount, the tax «ça se calcule comment», reconciling in one’s ERP, the buyer, a state still shown after a step, «j’écris à qui ?»', () => {
  it('falls back on a public contract’s advance, its price revision, retention money and the 40 € recovery fee', () => {
    expect(answered('Comment se passe le remboursement de l’avance forfaitaire prévue dans mon marché public ?')).toBe('fallback');
    expect(answered('When is the retention money on our public works contract paid back?')).toBe('fallback');
    expect(answered('la commune paie en retard, comment je réclame mon indemnité de 40 euros ?')).toBe('fallback');
  });

  it('reads «où est passée ma facture ?» as tracking it, and an invoice described by number and amount as which invoice', () => {
    expect(answered('elle est passée où, ma facture ?')).toBe('suivre-une-facture');
    expect(answered('Madame, Monsieur, pourriez-vous m’indiquer l’état d’avancement de notre facture n° 884, d’un montant de 2 410,50 € TTC, déposée le 2 mars ? Cordialement.')).toBe('suivre-une-facture');
  });

  it('reads «la TVA sur…, ça se calcule comment ?», «remboursé combien le kilomètre» and reconciling Chorus Pro invoices in one’s ERP as facets no article says', () => {
    expect(answered('et la TVA sur mes frais de déplacement, ça se calcule comment ?')).toBe('fallback');
    expect(facetAsked(readMessage('c’est remboursé combien le kilomètre ?').clauses)).toBe('price');
    expect(facetAsked(readMessage('comment réconcilier les factures de Chorus Pro avec notre ERP ?').clauses)).toBe('software');
  });

  it('keeps the topic for «et pour l’acheteur ?», reads a state still shown after a step as the problem, and «j’écris à qui ?» as reaching the support', () => {
    expect(conversation('La facturation électronique entre entreprises, ça me concerne quand, en tant que fournisseur ?', 'et pour l’acheteur ?')).toBe('facturation-electronique-b2b');
    expect(conversation('how do I send invoices by EDI?', 'I did that, but it is still a draft. Now what?')).toBe('facture-brouillon');
    expect(offeredIn('j’ai fait mot de passe oublié mais rien', 'et si ça ne marche toujours pas, j’écris à qui ?')).toEqual(expect.arrayContaining([expect.stringMatching(/^(?:ticket-support|contacter-le-support)$/)]));
    expect(answered('I can’t log in. Can I still send a support ticket without an account?')).toBe('ticket-support');
  });
});

describe('iteration 105: the reform’s platforms, another country named alone, public holidays and the thumbs-down in English, what ClaudIA is, following one’s ticket, «où qu’elle avance», thanks for unblocking a situation, «how much»', () => {
  it('reads the reform’s platforms (PDP, PPF, «plateforme agréée») as the reform, their price and another country alone as what no article says', () => {
    expect(answered('PPF et PDP, c’est quoi au juste ?')).toBe('facturation-electronique-b2b');
    expect(answered('How much does an accredited platform (PDP) cost per month for a small business?')).toBe('fallback');
    expect(conversation('La facture électronique entre entreprises, c’est obligatoire quand ?', 'et en Espagne, c’est pareil ?')).toBe('fallback');
    expect(facetAsked(readMessage('et du côté de l’Italie, quelle obligation ?').clauses)).toBe('abroad');
  });

  it('reads public holidays and the thumbs-down in English, and what ClaudIA is (a bot or a person) as the support article', () => {
    expect(answered('Is the chat open on bank holidays in France?')).toBe('contacter-le-support');
    expect(answered('j’ai cliqué sur thumbs down, et maintenant ?')).toBe('contacter-le-support');
    expect(answered('ClaudIA, c’est un robot ou une vraie personne ?')).toBe('contacter-le-support');
  });

  it('reads following one’s ticket as the ticket article, «où qu’elle avance» as tracking, «demmande» as a request, thanks for unblocking a situation as thanks', () => {
    expect(answered('comment suivre mon ticket ?')).toBe('ticket-support');
    expect(conversation('ma facture est restée en brouillon, je l’envoie comment ?', 'et une fois envoyée, je vois comment qu’elle avance ?')).toBe('suivre-une-facture');
    expect(answered('je veux faire une demmande au support tout de suite pour mon mot de passe')).toBe('intent:ticket');
    expect(answered('Merci beaucoup, votre réponse a permis de débloquer la situation. Bien cordialement.')).toBe('intent:thanks');
  });
});

describe('iteration 106: polite requests for a person in letters and English, a member of staff, trade shows and conferences, the login e-mail to change, other bodies’ helplines, «il est où ce numéro ?»', () => {
  it('reads «auriez-vous l’obligeance…», «me permettriez-vous de solliciter…», «I would be grateful if one of your advisers…», «would it be possible for a member of staff to…» as requests for a person', () => {
    expect(answered('Madame, auriez-vous l’obligeance de me faire appeler par un membre de votre service ? Cordialement.')).toBe('intent:agent');
    expect(answered('Monsieur, me permettriez-vous de solliciter un entretien téléphonique avec un conseiller ?')).toBe('intent:agent');
    expect(answered('I would be grateful if one of your advisers could phone me about a rejected invoice.')).toBe('intent:agent');
    expect(answered('Would it be possible for a member of your team to call me tomorrow?')).toBe('intent:agent');
    expect(answered('je vous prie de bien vouloir transmettre mon dossier à un conseiller')).toBe('intent:agent');
    // Asking the support to explain something in a letter is still a question.
    expect(answered('Madame, Monsieur, pourriez-vous m’exposer les modalités de l’envoi des factures par EDI ? Salutations distinguées.')).toBe('envoi-edi');
  });

  it('falls back on trade shows and conferences, the login e-mail to change however it is written, and other bodies’ helplines', () => {
    expect(answered('il y a un salon sur la dématérialisation des factures cette année ?')).toBe('fallback');
    expect(answered('cmt je change ladresse mail de connexion ?')).toBe('fallback');
    expect(answered('How do I change the login email of our account?')).toBe('fallback');
    expect(answered('c’est quoi le numéro de l’assistance de l’URSSAF ?')).toBe('fallback');
  });

  it('reads «il est où ce numéro ?» as the number named before, not an invoice to track', () => {
    expect(conversation('le lycée me demande un numéro d’engagement sur la facture', 'il est où ce numéro ?')).toBe('fallback');
  });
});

describe('iteration 107: a thanks before going back to the first question, «pardon, je voulais dire…» at the start, logging into and credentials in English, when an office closes', () => {
  it('reads «ok merci. pour revenir à ma première question, …» as the first question’s follow-up, not a thanks', () => {
    expect(conversation('ma facture est restée en brouillon, comment je l’envoie ?', 'c’est quoi l’IPM ?', 'merci beaucoup. pour revenir à ma première question, et après l’envoi ?')).not.toBe('intent:thanks');
  });

  it('sets aside «non pardon, je voulais dire» at the start of a message and reads what it names', () => {
    expect(conversation('c’est quoi le e-reporting ?', 'non pardon je voulais dire l’EDI, ça sert à qui ?')).toBe('envoi-edi');
  });

  it('reads «log into» and «credentials» in English, and when an office closes as that office’s hours', () => {
    expect(offered('I cannot log into the portal, my credentials are rejected every time.')).toContain('mot-de-passe-oublie');
    expect(answered('I can’t log into Chorus Pro, it says my credentials are wrong.')).toBe('mot-de-passe-oublie');
    expect(answered('à quelle heure ferme la médiathèque le samedi ?')).toBe('fallback');
  });
});

describe('iteration 108: who decides about what was just asked, «ok merci» after an answer that named a person, a hotel to recommend, «depui»', () => {
  it('reads «et c’est qui qui valide ?» on the previous topic, not as the portal’s governance', () => {
    expect(conversation('je voudrais écrire un article pour votre newsletter, je fais comment ?', 'et c’est qui qui décide ?')).toBe('lettre-information');
    expect(conversation('on a proposé une amélioration du portail au comité', 'et qui tranche au final ?')).toBe('gouvernance-ipm');
  });

  it('takes «ok merci» after an answer about reaching a person as thanks; «oui merci» after an offer as a yes', () => {
    expect(conversation('comment parler à ClaudIA ?', 'ok merci')).toBe('intent:thanks');
    expect(answered('oui merci', { lastQuestion: 'je veux parler à quelqu’un', lastOffer: 'agent' })).toBe('intent:agent');
    expect(answered('ok merci', { lastQuestion: 'je veux parler à quelqu’un', lastOffer: 'agent' })).toBe('intent:agent');
  });

  it('does not recommend a hotel from the travel costs article', () => {
    expect(answered('vous auriez un bon hôtel à me conseiller près du tribunal de Lyon pour mon expertise ?')).toBe('fallback');
    expect(answered('Is there a cheap hotel near the court in Bordeaux?')).toBe('fallback');
    expect(answered('où je déclare ma nuit d’hôtel dans le mémoire de frais de justice ?')).toBe('frais-de-justice-frais-divers');
  });

  it('reads «depui» as «depuis»', () => {
    expect(offered('jpeu pa me co depui 2 jours')).toContain('mot-de-passe-oublie');
  });
});

describe('iteration 109: another subject after a thanks, «…, donc ?», a small «boîte», an equipment’s password, «des vrais gens», «vos collaborateurs», after the filing', () => {
  it('reads «merci pour l’info, sinon …» on its own words, without the conversation’s topic', () => {
    expect(conversation('c’est quoi le e-reporting ?', 'ça concerne les auto-entrepreneurs ?', 'ok merci pour l’info, sinon c’est quoi le plafond de CA pour rester auto-entrepreneur ?')).toBe('fallback');
    expect(answered('merci pour les infos')).toBe('intent:thanks');
  });

  it('reads a situation told then «…, donc ?» as a follow-up', () => {
    expect(conversation('c’est quoi la différence entre factures émises et factures de travaux ?', 'moi je fais de la peinture pour le département, donc ?')).toBe('factures-emises-ou-travaux');
  });

  it('reads a small «boîte» as a company', () => {
    expect(answered('es ce que une petite boite peut passer en EDI')).toBe('envoi-edi');
  });

  it('does not answer the password of the user’s own equipment with the portal’s', () => {
    expect(answered('j’ai oublié le mot de passe de mon ordinateur portable, vous pouvez m’aider ?')).toBe('fallback');
    expect(answered('j’ai oublié mon mot de passe, je me connecte depuis mon portable')).toBe('mot-de-passe-oublie');
  });

  it('reads «des vrais gens» and «l’un de vos collaborateurs» as a person asked for', () => {
    expect(answered('jveu parler a des vrai gens')).toBe('intent:agent');
    expect(answered('Serait-il possible que l’un de vos collaborateurs me rappelle au sujet de mon décompte mensuel ?')).toBe('intent:agent');
    expect(answered('serait-il possible qu’une facture reste bloquée en brouillon ?')).toBe('facture-brouillon');
  });

  it('reads «après le dépôt» as once the invoice is filed', () => {
    expect(answered('comment tracker ma facture après le dépôt ?')).toBe('suivre-une-facture');
  });
});

describe('iteration 110: a mémoire followed like an invoice, the professions’ own questions, the account’s e-mail, «quelqun peut mouvrir», other sites and bodies, usual delays, the reform’s dates, asking by wondering', () => {
  it('follows a justice provider’s mémoire like an invoice; filling one in stays the travel costs article', () => {
    expect(answered('suivi de mon mémoire de traduction svp')).toBe('suivre-une-facture');
    expect(answered('où en est mon mémoire ?')).toBe('suivre-une-facture');
    expect(answered('comment saisir mon mémoire de frais de justice ?')).toBe('frais-de-justice-frais-divers');
  });

  it('refuses an expert’s insurance, the lifting of works reserves and a further deposit asked of the judge', () => {
    expect(answered('faut-il une assurance responsabilité civile pro quand on est interprète judiciaire ?')).toBe('fallback');
    expect(answered('le maître d’œuvre peut-il refuser la levée des réserves ?')).toBe('fallback');
    expect(answered('comment obtenir du juge une consignation complémentaire pour mon expertise ?')).toBe('fallback');
  });

  it('does not answer changing the account’s e-mail with the password article', () => {
    expect(answered('pour changer le mail de mon compte chorus je fais comment')).toBe('fallback');
  });

  it('reads «quelqun» and «mouvrir» as a request for a ticket', () => {
    expect(answered('est ce que quelqun pourrait mouvrir un ticket ?')).toBe('intent:ticket');
  });

  it('does not answer another country’s tax site nor hand off to another body’s adviser', () => {
    expect(answered('forgot my HMRC password, can you reset it?')).toBe('fallback');
    expect(answered('je veux un conseiller de la CAF')).not.toBe('intent:agent');
    expect(answered('je voudrais parler à un conseiller')).toBe('intent:agent');
  });

  it('reads «combien de temps en général» as the usual delay of what was just asked', () => {
    expect(conversation('Comment envoyer un ticket au support ?', 'ça met combien de temps en général ?')).toBe('ticket-support');
  });

  it('reads «une plateforme privée» as the reform’s platforms', () => {
    expect(answered('je dois passer par une plateforme privée pour facturer mes clients entreprises ?')).toBe('facturation-electronique-b2b');
  });

  it('reads «je m’interroge sur…» as asking, so the VAT it names is a facet no article answers', () => {
    const r = knowledge.ask('sous-traitant sur un chantier, je m’interroge sur l’autoliquidation de la TVA de mes factures. Pouvez-vous me dire la règle ?');
    expect(r.kind).toBe('fallback');
    expect(r.unsaid).toBe('tax');
  });

  it('compares providers as a recommendation, and a court that «paie» as a payment delay', () => {
    expect(answered('vous avez un comparatif des opérateurs de dématérialisation ?')).toBe('fallback');
    expect(conversation('comment déclarer mes frais de déplacement dans le mémoire ?', 'et le tribunal paie sous combien de temps ?')).toBe('fallback');
  });
});

describe('iteration 111: slips in English words, «…, which we cannot access», «need a human», other bodies’ offers beside their name, embassies, the reset link, joining a session, a buyer who contests', () => {
  it('reads a slip in an English glossary word the base does not know as that word', () => {
    expect(knowledge.analyse('what app do I use for invoises on a building contract?').message.terms).toContain('factur');
    expect(knowledge.analyse('which app for invoises on public works?').message.terms).toContain('factur');
  });

  it('reads an English relative clause after a request as saying what for, and «need a real human now plz» as a request', () => {
    expect(answered('Dear support, I request that you put me through to an adviser about our account, which we cannot open since Monday.')).toBe('intent:agent');
    expect(readMessage('need a real humain now plz').request).toBe('agent');
  });

  it('does not answer another body’s training or committee named beside it, nor an embassy’s hours', () => {
    expect(answered('webinaire CNFPT')).toBe('fallback');
    expect(answered('les formations de la CCI, on s’inscrit comment ?')).toBe('fallback');
    expect(answered('how do I register for the European Commission’s webinar?')).toBe('fallback');
    expect(answered('le comité de rédaction de la Gazette des communes publie-t-il des tribunes ?')).toBe('fallback');
    expect(answered('What are the opening hours of the embassy in Madrid?')).toBe('fallback');
  });

  it('keeps the password topic for a reset link that never came, and the webinars for «can I join one?»', () => {
    expect(conversation('I clicked forgot password', 'the link never came, what now?')).toBe('mot-de-passe-oublie');
    expect(conversation('Chorus Pro offers webinars for project managers, right?', 'can I join one?')).toBe('accompagnement-webinaires');
  });
});

describe('iteration 112: the reform’s reporting however spelt, greetings mistyped, formal requests for a ticket, an hour spent waiting, the time the buyer has to pay', () => {
  it('reads «e-repportting» and «le reporting» as the reform’s e-reporting', () => {
    expect(knowledge.analyse('le e-repportting c’est pour qui ?').message.terms).toEqual(['ereporting']);
  });

  it('reads a mistyped greeting as a greeting', () => {
    expect(answered('bonjoru')).toBe('intent:greeting');
  });

  it('reads «j’ai l’honneur de solliciter l’ouverture…» and «qu’une demande soit ouverte auprès de votre service d’assistance» as asking for a ticket', () => {
    expect(answered('J’ai l’honneur de solliciter l’ouverture d’une demande d’assistance pour notre compte bloqué.')).toBe('intent:ticket');
    expect(answered('Je souhaite qu’une demande soit rapidement ouverte auprès de votre service d’assistance.')).toBe('intent:ticket');
  });

  it('reads «ça fait une heure que…» as time spent, not the support’s hours asked', () => {
    expect(readMessage('je veux parler a un conseiller sa fait une heure que j attends').request).toBe('agent');
  });

  it('does not answer how long the buyer has to pay with the seven days the project manager has to process', () => {
    expect(answered('et la mairie, elle a combien de temps pour me payer après le visa du maître d’œuvre ?')).toBe('fallback');
    expect(answered('le maître d’œuvre a combien de jours pour traiter ma demande de paiement ?')).toBe('moe-projet-decompte-mensuel');
  });
});

describe('iteration 113: a request taken back mid-message, «jst», «orevoir», the home network’s password, meal tickets, EDI onboarding, private clinics, the experts’ list, an elided slip, «s’ils l’ont reçue»', () => {
  it('drops a request taken back with «scratch that» or «non attends» and answers what follows', () => {
    expect(answered('Open a ticket for me — scratch that, just tell me how to see my invoice’s status.')).toBe('suivre-une-facture');
    expect(answered('je veux un conseiller... non attends, dis-moi juste comment on s’inscrit aux webinaires')).toBe('accompagnement-webinaires');
    expect(answered('Ce n’est pas le robot que je veux, c’est un agent humain, maintenant s’il vous plaît.')).toBe('intent:agent');
  });

  it('reads «jst» as «juste» after a negation and «orevoir» as a goodbye', () => {
    expect(answered('pa besoin dun agent jveu jst savoir ou est le formulaire de ticket')).toBe('ticket-support');
    expect(answered('orevoir')).toBe('intent:goodbye');
  });

  it('does not answer the home network’s password nor a meal ticket', () => {
    expect(answered('mdp box')).toBe('fallback');
    expect(answered('ticket resto svp')).toBe('fallback');
    expect(answered('un ticket svp')).toBe('intent:ticket');
  });

  it('reads EDI onboarding, private clinics and the experts’ list', () => {
    expect(answered('EDI onboarding for our company')).toBe('envoi-edi');
    expect(answered('on vend aussi à des cliniques privées, ça change quoi pour nous ?')).toBe('facturation-electronique-b2b');
    expect(answered('la liste experts de la cour d’appel')).toBe('fallback');
  });
});

describe('iteration 114: «paiment», «ele», «shows as a draft», «call me back»', () => {
  it('reads the chat spellings «paiment» and «ele»', () => {
    expect(knowledge.analyse('la facture a été mise en paiment ?').message.terms).toContain('cptpaiement');
    expect(answered('ma facture ele en est ou ?')).toBe('suivre-une-facture');
  });

  it('reads «call me back» in English as being called back by the support', () => {
    expect(answered('can your team call me back tomorrow morning?')).toBe('contacter-le-support');
  });
});

describe('iteration 115: extreme chat spelling («jve», «1 persone», «konekter», «o support», «tt 2 suite»)', () => {
  it('reads «jve 1 persone» as asking for a person and «jve fer 1 demande o support» as asking for a ticket', () => {
    expect(answered('jve 1 persone svp')).toBe('intent:agent');
    expect(readMessage('jve fer 1 demande o support tt 2 suite').request).toBe('ticket');
  });

  it('reads «konekter» as connecting', () => {
    expect(answered('jpeu pa me konekter')).not.toBe('fallback');
  });
});

describe('iteration 116: words typed without spaces, «c’est bon ou pas ?», a request closed by «svp», the step after a draft, another country’s law, the language a page is given in, «qui mandate»', () => {
  it('cuts a run of glued words into the words the base knows, and leaves words that only look like a prefix and a word alone', () => {
    expect(answered('bonjour mafacturerestebloqueeenbrouillon jfai comment')).toBe('facture-brouillon');
    expect(offered('jepeuxplusmeconnecter depuis hier')).toContain('mot-de-passe-oublie');
    expect(offered('motdepasseoublie')).toContain('mot-de-passe-oublie');
    const cut = (w: string) => knowledge.analyse(w).reading.clauses.map((c) => c.text).join(' ');
    expect(cut('commentsuivremafacture ?')).toContain('comment suivre ma facture');
    expect(cut('je suis déconnecté souvent')).toContain('deconnecte');
    expect(cut('une entreprise artisanale')).toContain('artisanale');
  });

  it('reads «c’est bon ou pas ?» as asking whether it is right, not as a step done', () => {
    expect(conversation('Je suis plombier, on me demande de passer par la maîtrise d’œuvre.', 'J’ai tout déposé dans Factures émises jusqu’à présent.', 'c’est bon ou non ?')).toBe('factures-emises-ou-travaux');
  });

  it('reads a short request closed by «svp» before a remark as a request', () => {
    expect(answered('assez de robot, une vraie personne svp on paye assez cher pour ce service')).toBe('intent:agent');
  });

  it('reads a next step whose words alone point nowhere with the step after the previous answer', () => {
    expect(offeredIn('ma facture est en brouillon, comment je l’envoie ?', 'et ensuite le client la voit direct ?')).toContain('suivre-une-facture');
  });

  it('reads another country’s law as a question no article answers', () => {
    expect(answered('nos clients sont en Espagne aussi : que prévoit la loi espagnole sur la facture électronique entre entreprises ?')).toBe('fallback');
  });

  it('reads the language a page or a session is given in as a question no article answers', () => {
    expect(knowledge.ask('does the portal have a Spanish version?').unsaid).toBe('language');
    expect(conversation('comment je m’inscris à un webinaire ?', 'ils sont proposés en anglais ?')).toBe('fallback');
  });

  it('reads «qui mandate» as the French verb (ordering the payment), not the reform’s English «mandate»', () => {
    expect(knowledge.analyse('c’est le comptable qui mandate ou l’ordonnateur ?').message.terms).toContain('cptpaiement');
  });
});

describe('iteration 117: requests asked politely or indirectly, a site’s name with a dot, sales to consumers, «les règles», a wrong code, entering the site, an invoice sent on a date', () => {
  it('reads a call back wished for, wondered about or asked in a letter as a request for a person', () => {
    expect(answered('Bonjour, j’aimerais qu’on me rappelle demain matin, c’est au sujet d’un décompte')).toBe('intent:agent');
    expect(answered('je me demandais si un conseiller pouvait me recontacter')).toBe('intent:agent');
    expect(answered('Je me permets de vous demander s’il serait envisageable qu’une personne de votre équipe me contacte.')).toBe('intent:agent');
    expect(answered('Serait-il possible, par hasard, de parler à un conseiller ?')).toBe('intent:agent');
    expect(answered('I was wondering if someone could call me back about my invoice')).toBe('intent:agent');
    expect(answered('moi je préférerais qu’on me téléphone, si c’est possible')).toBe('intent:agent');
    expect(answered('Serait-il envisageable de transmettre ma demande à vos services ?')).toBe('intent:ticket');
  });

  it('does not read «me rappeler le délai» (reminding) as a call back', () => {
    expect(answered('pourriez-vous me rappeler le délai dont dispose la maîtrise d’œuvre pour traiter un décompte ?')).toBe('moe-projet-decompte-mensuel');
  });

  it('reads whether the buyer has read or opened the invoice as tracking it', () => {
    expect(answered('comment je vois si ma facture a été lue par la mairie ?')).toBe('suivre-une-facture');
  });

  it('keeps a site’s name with its dot in one sentence, so another site’s login is not the portal’s', () => {
    expect(readMessage('mon espace sur impots.gouv.fr ne marche plus').clauses.map((c) => c.text)).toEqual(['mon espace sur impots gouv fr ne marche plus']);
    const other = 'Ce n’est pas le portail : c’est mon espace sur impots.gouv qui me pose souci, je n’arrive plus à m’y connecter, vous pouvez m’aider ?';
    expect(facetAsked(readMessage(other).clauses)).toBe('account');
    expect(answered(other)).toBe('fallback');
  });

  it('reads sales to consumers as the reform’s e-reporting, and «les règles» as naming no payment', () => {
    expect(conversation('La réforme de la facture électronique, ça commence quand ?', 'et pour nos ventes aux consommateurs, ça change quoi ?')).toBe('facturation-electronique-b2b');
    expect(knowledge.analyse('c’est quoi les règles pour la facturation entre entreprises privées ?').message.terms).not.toContain('cptpaiement');
  });

  it('reads a code said to be wrong as the password, and entering the site as logging in', () => {
    expect(answered('le site me dit que mon code est incorrect, je fais quoi ?')).toBe('mot-de-passe-oublie');
    expect(offered('je n’arrive plus à rentrer sur le portail')).toContain('mot-de-passe-oublie');
  });

  it('reads the state of an invoice sent on a date as tracking it, not as sending by EDI', () => {
    expect(answered('Madame, pourriez-vous m’indiquer l’état de traitement d’une facture envoyée le 2 mai à la préfecture ? Cordialement')).toBe('suivre-une-facture');
  });
});

describe('iteration 118: a supervisor asked for, «par un opérateur ?» after EDI, references and dates, a word typed in two pieces, «à qui faut-il l’adresser ?», «ss traitant», a button not found', () => {
  it('reads a supervisor asked for as a request for a person', () => {
    expect(answered('ça fait trois fois que je vous écris. Passez-moi votre superviseur, maintenant !')).toBe('intent:agent');
    expect(answered('Je demande un échange avec un superviseur dans la journée.')).toBe('intent:agent');
  });

  it('reads «par un opérateur ?» after the EDI article as the EDI operator, not a person', () => {
    expect(conversation('nous émettons 5 000 factures par mois, la saisie manuelle est exclue', 'par un opérateur alors ?')).toBe('envoi-edi');
  });

  it('blanks references and dates written with digit groups, keeping «24/7»', () => {
    expect(conversation('où en est ma facture ?', 'c’est la n° 2024-0042')).toBe('suivre-une-facture');
    expect(conversation('je voudrais savoir où en est ma facture', 'réf 2024/0315')).toBe('suivre-une-facture');
    expect(knowledge.analyse('ClaudIA répond 24/7 ?').reading.clauses[0]?.text).toContain('24 7');
  });

  it('joins a word typed in two pieces when the whole is a word and neither piece is one', () => {
    expect(answered('inscription webi naire')).toBe('accompagnement-webinaires');
    expect(knowledge.analyse('c’est de taille ?').reading.clauses[0]?.text).toContain('de taille');
  });

  it('reads «à qui faut-il l’adresser ?» after what the user wants to file as a question, not a request', () => {
    expect(readMessage('Je voudrais déposer une réclamation. À qui faut-il l’adresser ?').request).toBeNull();
  });

  it('reads «ss traitant» as a subcontractor and a button not found as the step failing', () => {
    expect(answered('ss traitant en paiement direct je depose ou ma facture de travaux')).toBe('factures-emises-ou-travaux');
    expect(conversation('ma facture est bloquée en brouillon', 'menu introuvable !!')).toBe('facture-brouillon');
  });
});

describe('iteration 119: a ticket asked before the person who will look, formal English requests, «isn’t in draft», «pw», wanting to understand tickets, «ché» and «regard»', () => {
  it('reads a ticket asked for before «so someone can look» as a ticket', () => {
    expect(readMessage('Please, I want to open a ticket right now so that someone can check our account.').request).toBe('ticket');
  });

  it('reads a formal English request to the technical support as a ticket', () => {
    expect(answered('Dear Sir, I hereby wish to submit a formal request to your technical support regarding our rejected uploads. Kind regards')).toBe('intent:ticket');
    expect(readMessage('Please register this request.').request).toBe('ticket');
  });

  it('reads «isn’t in draft» as what the problem is not', () => {
    expect(answered('The invoice is not in draft anymore, it went out last week; where do I follow what happens to it?')).toBe('suivre-une-facture');
  });

  it('reads «pw» as the password', () => {
    expect(answered('my pw doesnt work anymore')).toBe('mot-de-passe-oublie');
  });

  it('reads wanting to understand how tickets work as a question, not a request', () => {
    expect(readMessage('je veux comprendre le workflow des tickets : connecté ou pas, quelle différence ?').request).toBeNull();
  });

  it('reads «ché» as «chez» and «regard» as the verb', () => {
    expect(answered('cmt je sai si ma fact é arrivé ché la mairie, je regard ou')).toBe('suivre-une-facture');
  });
});

describe('iteration 120: «ce n’est pas que…», «oubliez ma question sur…», «pas ticket, agent», VAT-registered companies, diploma courses, the pension reform, a formal refusal of a ticket', () => {
  it('reads «ce n’est pas que la facture…» and «oubliez ma question sur…» as what the user does not ask', () => {
    expect(answered('Ce n’est pas que ma facture soit restée en brouillon, elle est partie ; je cherche où suivre son paiement.')).toBe('suivre-une-facture');
    expect(offered('Oubliez ma question sur le brouillon : la facture est partie, je veux savoir si la mairie l’a reçue.')).toContain('suivre-une-facture');
  });

  it('reads «pas mail, agent» as a request for a person', () => {
    expect(readMessage('pas mail, agent').request).toBe('agent');
  });

  it('reads companies «assujetties à la TVA» as who the reform is for, not a question on VAT', () => {
    expect(answered('Je voudrais connaître le calendrier de généralisation de la facturation électronique entre entreprises assujetties à la TVA.')).toBe('facturation-electronique-b2b');
  });

  it('reads a course leading to a diploma and the pension reform as questions no article answers', () => {
    expect(answered('je cherche une formation qualifiante en comptabilité, vous en proposez ?')).toBe('fallback');
    expect(answered('la réforme des retraites, ça change quoi pour un plombier ?')).toBe('fallback');
  });

  it('reads a ticket the letter says it does not ask for as no request', () => {
    expect(readMessage('Je ne sollicite pas l’ouverture d’un ticket ; je désire seulement connaître vos horaires.').request).toBeNull();
  });
});

describe('iteration 121: the assistant asked about itself, someone who explains, an agent there right now, wake words, other languages’ small words, «par contre», fees declared for income tax, a firewall', () => {
  it('reads a question about the assistant itself as what no article says, and does not continue it as a topic', () => {
    for (const q of ['dis, toi, tu es une IA ou un humain ?', 'es-tu un vrai robot ?', 'T’es qu’une machine ou quoi ?!', 'are you a bot?']) {
      expect(knowledge.ask(q)).toMatchObject({ kind: 'fallback', unsaid: 'self' });
    }
    expect(answered('Claudia, c’est une IA ou une vraie personne ?')).toBe('contacter-le-support');
    expect(conversation('tu es une machine ?', 'et pourquoi ?')).toBe('fallback');
    expect(conversation('t’es un robot ?', 'bon, comment on suit une facture déposée alors ?')).toBe('suivre-une-facture');
    expect(answered('Existe-t-il un programme de formation pour les nouveaux agents ?')).toBe('accompagnement-webinaires');
  });

  it('reads «quelqu’un peut m’expliquer / résumer…» as the question, and «quelqu’un peut me rappeler ?» as a request', () => {
    expect(readMessage('qqn peut m’expliquer la réforme svp').request).toBeNull();
    expect(answered('qqn peut résumer la réforme de la facturation entre entreprises svp')).toBe('facturation-electronique-b2b');
    expect(readMessage('quelqu’un peut me rappeler svp').request).toBe('agent');
  });

  it('reads whether an agent is there right now as a request, whether one is there on Saturdays as a question', () => {
    expect(readMessage('is there a human I can talk to right now?').request).toBe('agent');
    expect(readMessage('y a-t-il un conseiller en ligne en ce moment ?').request).toBe('agent');
    expect(readMessage('y a-t-il un conseiller le samedi ?').request).toBeNull();
  });

  it('leaves voice assistants’ wake words and other languages’ small words out of the search', () => {
    expect(answered('ok Google, comment envoyer mes factures en EDI ?')).toBe('envoi-edi');
    expect(answered('dis Siri, explique-moi le mode brouillon')).toBe('facture-brouillon');
    expect(offered('bonjour, lo stato della mia fattura, je le vois où sur Chorus Pro ?')).toContain('suivre-une-facture');
  });

  it('reads «par contre» as a «but», not a topic, and a freelancer as a role, not the reform', () => {
    expect(knowledge.analyse('Ma facture est déposée. Par contre, comment savoir si la mairie l’a validée ?').message.terms).not.toContain('contr');
    expect(answered('Ma facture est déposée. Par contre, comment savoir si la mairie l’a validée ?')).toBe('suivre-une-facture');
    expect(answered('je suis freelance et ma facture est restée en draft, je fais comment pour l’envoyer ?')).toBe('facture-brouillon');
    expect(answered('c’est quoi le scope de la facturation électronique pour un freelance ?')).toBe('facturation-electronique-b2b');
  });

  it('reads fees declared to the tax office and a firewall’s addresses as questions no article answers', () => {
    expect(conversation('j’ai compris pour le bordereau des frais divers', 'et mes frais kilométriques, faut les déclarer aux impôts ?')).toBe('fallback');
    expect(conversation('Notre DSI met en place le raccordement EDI.', 'et sinon, le pare-feu bloque les connexions sortantes, quelles adresses IP ouvrir ?')).toBe('fallback');
  });

  it('greets back a «wesh»', () => {
    expect(answered('wesh')).toBe('intent:greeting');
  });
});

describe('iteration 122: a pick from a numbered list, a greeting before a question, other offices’ hours, the newsletter’s rhythm, «y a moyen de parler à…», the French «mandate»', () => {
  it('reads «le 2e d’abord» after a numbered list as that question, which becomes the topic', () => {
    const list = 'Bonjour, trois choses : 1) mon mot de passe ne marche plus 2) quelle appli pour une facture de travaux 3) où suivre une facture déposée';
    expect(conversation(list, 'le 2e d’abord')).toBe('factures-emises-ou-travaux');
    expect(conversation(list, 'ok, commençons par la 3')).toBe('suivre-une-facture');
    expect(conversation(list, 'the first one')).toBe('mot-de-passe-oublie');
    expect(askedIn(list, 'la 3 svp').topic).toBe('où suivre une facture déposée');
    expect(numberedItems('deux soucis : 1. le brouillon 2. le mot de passe')).toEqual(['le brouillon', 'le mot de passe']);
    expect(numberedItems('facture n° 1) reçue')).toEqual([]);
  });

  it('reads a greeting before a question about the assistant or one that points back as that question', () => {
    expect(knowledge.ask('salut, t’es qui toi ?')).toMatchObject({ kind: 'fallback', unsaid: 'self' });
    expect(knowledge.ask('coucou, es-tu un robot ?')).toMatchObject({ kind: 'fallback', unsaid: 'self' });
    expect(conversation('ma facture est partie chez la mairie', 'rebonjour, elle en est où du coup ?')).toBe('suivre-une-facture');
    expect(answered('me revoilà')).toBe('intent:greeting');
    expect(answered('salut, ça va ?')).toBe('intent:greeting');
    expect(conversation('ma facture est en brouillon, comment l’envoyer ?', 'me revoilà, j’ai fait comme vous dites mais elle n’est toujours pas partie')).toBe('facture-brouillon');
    // The portal's assistant named in the third person is the support article's, even as a bare «un robot ?».
    expect(answered('ClaudIA, c’est quoi au juste, un robot ?')).toBe('contacter-le-support');
  });

  it('reads when another office opens as a question no article answers', () => {
    expect(answered('le SIE ouvre à quelle heure le lundi ?')).toBe('fallback');
    expect(answered('opening hours du SIE de Lyon ?')).toBe('fallback');
    expect(conversation('c’est quoi la newsletter Chorus Pro ?', 'et celle de ma ville, elle sort quand ?')).toBe('fallback');
  });

  it('reads when the newsletter comes out and a date not found as their topics', () => {
    expect(answered('la newsletter, elle paraît tous les mois ?')).toBe('lettre-information');
    expect(answered('impossible de trouver les dates des webinaires !')).toBe('accompagnement-webinaires');
  });

  it('reads «y a moyen de parler à quelqu’un ?» as a request, and «on la mandate comment ?» as the French verb', () => {
    expect(readMessage('y a moyen de parler à un conseiller ?').request).toBe('agent');
    expect(conversation('La facture du fournisseur est validée dans Chorus Pro.', 'on la mandate comment ensuite ?')).toBe('fallback');
  });
});

describe('iteration 123: «si cela est possible» between a wish and the person, a bare wave, paying contributors, registering on the experts’ list', () => {
  it('reads a request split by «si cela est possible» as the request', () => {
    expect(answered('Je souhaiterais, si cela est possible, m’entretenir avec un conseiller au sujet de mon mémoire.')).toBe('intent:agent');
  });

  it('greets back a bare 👋', () => {
    expect(answered('👋')).toBe('intent:greeting');
    expect(answered('👋🏽 👋')).toBe('intent:greeting');
  });

  it('reads whether contributors are paid as the price facet, and registering on the experts’ list as another body’s', () => {
    expect(askedIn('comment proposer un article pour la lettre d’information ?', 'vous rémunérez les rédacteurs ?')).toMatchObject({ kind: 'fallback', unsaid: 'price' });
    expect(knowledge.ask('comment je m’inscris sur la liste des interprètes de la cour d’appel ?')).toMatchObject({ kind: 'fallback', unsaid: 'elsewhere' });
    expect(answered('Interprète inscrite sur la liste de la cour d’appel, où déclarer mes frais de déplacement dans le mémoire ?')).toBe('frais-de-justice-frais-divers');
  });
});

describe('iteration 124: formal English tickets, «which is not working», «sans passer par…», another body’s offer after its name, «much appreciated»', () => {
  it('reads «I hereby request that a ticket be opened» and «kindly raise a ticket … which is not working» as tickets', () => {
    expect(answered('Dear Sir, I hereby request that a ticket be opened about our rejected invoice. Yours faithfully.')).toBe('intent:ticket');
    expect(answered('Kindly raise a ticket for me about the login page which is still failing since Monday.')).toBe('intent:ticket');
    expect(readMessage('which application is the right one for works?').asksHow).toBe(true);
  });

  it('sets aside what «sans passer par…» names', () => {
    expect(answered('Sans passer par un ticket ni par le chat, comment je retrouve mon mot de passe ?')).toBe('mot-de-passe-oublie');
  });

  it('reads a body named after its offer («dispensée par l’IGPDE») and subscribing to another body’s newsletter as another body’s', () => {
    expect(knowledge.ask('Je voudrais inscrire un agent à la formation comptable organisée par l’IGPDE, quelles dates ?')).toMatchObject({ kind: 'fallback', unsaid: 'elsewhere' });
    expect(knowledge.ask('la newsletter de la DGFiP, je m’abonne comment ?')).toMatchObject({ kind: 'fallback', unsaid: 'elsewhere' });
  });

  it('thanks back a «much appreciated»', () => {
    expect(answered('ok, much appreciated!')).toBe('intent:thanks');
  });
});

describe('iteration 125: «une vraie perso», failing to authenticate, «je ne peux pas entrer», «connect me» after asking for an agent, «is fine too»', () => {
  it('reads «une vraie perso» as a person asked for', () => {
    expect(answered('jveu 1 vrai perso pas 1 robot stp')).toBe('intent:agent');
  });

  it('reads failing to authenticate, and «je ne peux pas entrer» at the end of a clause, as the login; a key «pour s’authentifier» stays the API’s', () => {
    expect(answered('Depuis la mise à jour je ne parviens plus à m’authentifier sur Chorus Pro, que faire ?')).toBe('mot-de-passe-oublie');
    expect(answered('Mon identifiant ne marche plus, du coup je ne peux pas entrer.')).toBe('mot-de-passe-oublie');
    expect(conversation('Comment envoyer mes factures en EDI ?', 'On passe par l’API avec notre ERP.', 'quel jeton faut-il pour s’authentifier ?')).toBe('fallback');
  });

  it('takes «connect me» after a question about reaching an agent as the request named before', () => {
    expect(conversation('how do I talk to a live agent?', 'ok, connect me then')).toBe('intent:agent');
    expect(conversation('comment joindre un conseiller ?', 'transférez-moi svp')).toBe('intent:agent');
  });

  it('reads «… is fine too» as no topic in a follow-up', () => {
    expect(conversation('Are there any webinars for suppliers new to Chorus Pro?', 'French is fine too, how do I register?')).toBe('accompagnement-webinaires');
  });
});

describe('iteration 126: the reform’s «plateformes agréées» however spelt, «cimer», the portal supplying software, FEC exports and matching, the amount of an expertise, «laquelle choisir» among providers', () => {
  it('reads «plateformes agréées» as the reform, its run of «e» cut or one missing', () => {
    expect(answered('les plateformes agréées, c’est pour quand ?')).toBe('facturation-electronique-b2b');
    expect(answered('c quoi une plateforme agréé')).toBe('facturation-electronique-b2b');
  });

  it('thanks back a «cimer»', () => {
    expect(answered('cimer bcp')).toBe('intent:thanks');
  });

  it('says no article tells whether the portal supplies invoicing software, while a writer who sells software is answered', () => {
    expect(askedIn('comment envoyer mes factures en EDI ?', 'vous proposez aussi un logiciel de facturation ?')).toMatchObject({ kind: 'fallback', unsaid: 'software' });
    expect(answered('We sell software licences to a French hospital. Our invoice still shows as a draft in Chorus Pro and they never got it. What did we miss?')).toBe('facture-brouillon');
  });

  it('reads FEC exports and automatic matching with an ERP as the software’s set-up', () => {
    expect(knowledge.ask('Comment récupérer un export FEC de nos factures pour notre ERP ?')).toMatchObject({ kind: 'fallback', unsaid: 'software' });
    expect(knowledge.ask('Chorus Pro peut-il faire le rapprochement automatique commande / facture avec notre SAP ?')).toMatchObject({ kind: 'fallback', unsaid: 'software' });
  });

  it('reads «le montant d’une vacation» as a price', () => {
    expect(knowledge.ask('Quel est le montant d’une vacation d’interprète en 2026 ?')).toMatchObject({ kind: 'fallback', unsaid: 'price' });
  });

  it('reads «lequel choisir ?» after naming providers as a recommendation, not between the portal’s applications', () => {
    expect(knowledge.ask('Il nous faut un opérateur EDI pour nos flux, on en a trois en vue : lequel choisir ?')).toMatchObject({ kind: 'fallback', unsaid: 'recommend' });
    expect(answered('Entre Factures émises et Factures de travaux, laquelle choisir pour un marché de voirie ?')).toBe('factures-emises-ou-travaux');
  });
});

describe('iteration 127: a second question after «et aussi» or «and», announced in German, calling the support', () => {
  it('answers the covered question when «et aussi…» or «and how…» asks another the base does not answer', () => {
    expect(answered('comment je vois si ma facture a été payée et aussi comment je fais une facture d’avoir ?')).toBe('suivre-une-facture');
    expect(answered('Two things: where do I follow my invoice, and how do I change our bank details?')).toBe('suivre-une-facture');
    expect(questionsWithin('Zwei Fragen: comment suivre ma facture, et comment changer notre RIB ?')).toHaveLength(2);
  });

  it('reads calling the support as phoning it', () => {
    expect(answered('je peux vous appeler ?')).toBe('contacter-le-support');
    expect(answered('on peut vous appeler, y a un num ?')).toBe('contacter-le-support');
  });
});

describe('iteration 128: deleting a draft, changing the login address, court costs owed, a correction, a letter asking for a ticket', () => {
  it('reads «je vous serais obligé de…» as a letter asking for what follows', () => {
    expect(answered('Bonjour, ma situation de travaux ne part pas depuis lundi. Je vous serais obligée d’ouvrir une demande auprès du support pour ce dossier.')).toBe('intent:ticket');
    expect(answered('Nous vous serions reconnaissants de bien vouloir ouvrir un ticket, notre mémoire reste bloqué.')).toBe('intent:ticket');
  });

  it('does not answer how to delete a draft, however it is said', () => {
    expect(facetAsked(readMessage('comment effacer complètement une facture restée en brouillon ?').clauses)).toBe('delete');
    expect(facetAsked(readMessage('mes brouillons en double me gênent. il n’y a pas de bouton supprimer ?').clauses)).toBe('delete');
    expect(answered('cmt suprimer un brouillon en trop')).toBe('fallback');
  });

  it('does not answer how to change the address one logs in with, and still answers a reset after a change of address', () => {
    expect(facetAsked(readMessage('comment je modifie l’adresse e-mail de connexion de notre compte ?').clauses)).toBe('login');
    expect(facetAsked(readMessage('nous voudrions que l’identifiant du compte devienne l’adresse du service comptable').clauses)).toBe('login');
    expect(answered('How can I update the login email of our account? Everything else works fine.')).toBe('fallback');
    expect(facetAsked(readMessage('j’ai changé d’adresse mail et je ne reçois plus le lien').clauses)).toBeNull();
    expect(answered('j’ai changé d’adresse mail, comment je récupère mon mot de passe ?')).toBe('mot-de-passe-oublie');
  });

  it('does not answer a party paying what a court ordered, and still answers the provider the court pays', () => {
    expect(facetAsked(readMessage('je dois régler des dépens au greffe, je paie comment ?').clauses)).toBe('owed');
    expect(answered('condamnée à payer les frais de procédure, comment je règle ?')).toBe('fallback');
    expect(facetAsked(readMessage('le greffe doit me payer mes frais de justice, où je déclare le péage ?').clauses)).toBeNull();
  });

  it('reads the webinars of a professional order or an employers’ body as another body’s', () => {
    expect(conversation('il y a des webinaires sur la réforme ?', 'et ceux du MEDEF sur la facturation électronique entre entreprises, je les trouve où ?')).toBe('fallback');
    expect(facetAsked(readMessage('et celles de l’ordre des experts-comptables sur la réforme, vous savez où ?').clauses)).toBe('elsewhere');
  });

  it('reads «non attendez, c’est pas ça, je voulais dire pour…» as the previous question, narrowed', () => {
    expect(conversation('pour facturer des travaux je choisis quel cadre ?', 'non attends, c’est pas ça, je voulais dire pour des fournitures à la même commune')).toBe('factures-emises-ou-travaux');
  });

  it('keeps a sentence after the question that asks with a question word', () => {
    expect(conversation('Je suis traductrice, mon mémoire de frais de justice est envoyé.', 'vous savez quand il sera payé ? je voudrais voir où il en est')).toBe('suivre-une-facture');
  });
});

describe('iteration 129: a follow-up of several questions, «échoue», «ça change quoi pour…»', () => {
  it('answers a follow-up’s question that the previous article covers beside a price it does not say', () => {
    expect(conversation('je cherche un webinaire pour débuter sur le portail', 'gratuit ? inscription obligatoire ?')).toBe('accompagnement-webinaires');
  });

  it('reads a connection that «échoue» as one that does not work', () => {
    expect(answered('la connexion échoue depuis hier, que faire ?')).toBe('mot-de-passe-oublie');
  });

  it('reads «ça change quoi pour…» as a follow-up', () => {
    expect(readMessage('ça change quoi pour une association ?').followUp).toBe(true);
    expect(readMessage('ça change quoi ?').followUp).toBe(false);
  });
});

describe('iteration 130: following a court-fees statement, a person in the flesh, the way to proceed, another body’s phone, the court’s list, an invoice already sent', () => {
  it('follows a «mémoire de frais de justice» like an invoice, named in full or in the plural', () => {
    expect(answered('où en est mon mémoire de frais de justice déposé la semaine dernière ?')).toBe('suivre-une-facture');
    expect(answered('je voudrais connaître les modalités de suivi de nos mémoires de frais de justice')).toBe('suivre-une-facture');
    expect(answered('comment déclarer mes frais de péage dans mon mémoire de frais de justice ?')).toBe('frais-de-justice-frais-divers');
  });

  it('reads «trouvez-moi quelqu’un en chair et en os» as a person asked for', () => {
    expect(answered('il me faut quelqu’un en chair et en os, trouvez-moi un conseiller')).toBe('intent:agent');
  });

  it('reads «la voie à suivre» as a procedure, nothing followed', () => {
    expect(knowledge.analyse('pourriez-vous m’indiquer la voie à suivre ?').message.terms).not.toContain('cptsuivi');
  });

  it('does not answer another body’s phone number or the court’s own list of experts', () => {
    expect(facetAsked(readMessage('et le numéro de téléphone de l’URSSAF ?').clauses)).toBe('elsewhere');
    expect(facetAsked(readMessage('comment je m’inscris sur la liste de la cour d’appel ?').clauses)).toBe('elsewhere');
    expect(answered('interprète inscrite sur la liste de la cour d’appel, où je déclare mes frais de péage ?')).toBe('frais-de-justice-frais-divers');
  });

  it('reads a wish to write to the support beside «je trouve pas où cliquer» as asking how', () => {
    expect(readMessage('je veux écrire une demande au support, mais je trouve pas où cliquer pour le formulaire').request).toBeNull();
    expect(readMessage('ouvrez-moi un ticket, je trouve pas où on le fait').request).toBe('ticket');
  });

  it('takes the ticket asked for after «je préfère que quelqu’un s’en occupe»', () => {
    expect(readMessage('Je préfère que quelqu’un s’en occupe : pouvez-vous ouvrir une demande au support pour moi ?').request).toBe('ticket');
  });

  it('does not answer how to correct one’s own invoice already sent, while a works statement is still the MOE’s', () => {
    expect(facetAsked(readMessage('elle est déjà partie, mais avec une erreur de quantité : je peux la rectifier ?').clauses)).toBe('amend');
    expect(facetAsked(readMessage('le sous-traitant a déposé sa situation, je peux la corriger ?').clauses)).toBeNull();
    expect(facetAsked(readMessage('il est parti à la retraite et je dois corriger le montant du décompte').clauses)).toBeNull();
  });
});

describe('iteration 131: references after «n°», places and local bodies, a pronoun after an outside topic, EDI transports, «facture de travail»', () => {
  it('drops a reference after a number sign, letters and all', () => {
    expect(dropIdentifiers('la facture n°SEC-2291 est rejetée, réf. FA12-887')).not.toMatch(/SEC|FA12|887/);
    expect(dropIdentifiers('le numéro de téléphone du support')).toBe('le numéro de téléphone du support');
  });

  it('reads a département’s or a local body’s name as a story word', () => {
    expect(knowledge.analyse('ma facture au département de l’Hérault, où en est-elle ?').message.terms).not.toContain('herault');
    expect(knowledge.analyse('facture envoyée au SDIS de mon secteur').message.terms).not.toContain('sdis');
  });

  it('keeps an outside topic for a pronoun that stands for it, and not after a question merely unclear', () => {
    expect(conversation('Nous avons changé de RIB la semaine dernière.', 'je le déclare où ?')).toBe('fallback');
    expect(conversation('comment créer une facture ?', 'je la dépose où ?')).toMatch(/^clarify\(/);
  });

  it('reads an EDI transport’s certificate as the user’s own set-up', () => {
    expect(facetAsked(readMessage('notre certificat SFTP expire demain, comment le renouveler ?').clauses)).toBe('software');
  });

  it('reads a learner’s «facture de travail» as a works invoice', () => {
    expect(knowledge.analyse('le facture de travail, c’est pareil ?').message.terms).toContain('facturestravaux');
  });
});

describe('iteration 132: «auriez-vous l’amabilité», a «double question», a request asked how when logged out, how long beside when', () => {
  it('reads «auriez-vous l’amabilité de…» as a polite request', () => {
    expect(conversation('Auriez-vous l’amabilité de me passer un conseiller ? mon brouillon est bloqué.')).toBe('intent:agent');
  });

  it('cuts a «double question» at «et aussi s’il existe…»', () => {
    expect(questionsWithin('Double question : je voudrais savoir comment suivre ma facture déposée, et aussi s’il existe un webinaire pour débuter.')).toHaveLength(2);
  });

  it('reads «un moyen d’envoyer une demande quand on ne peut pas se connecter ?» as asking how, while «je ne peux pas me connecter, vous pouvez m’ouvrir un ticket ?» asks for it', () => {
    expect(readMessage('J’ai besoin d’écrire au support. Y a-t-il un moyen d’envoyer une demande quand on ne peut pas se connecter ?').request).toBeNull();
    expect(readMessage('je ne peux pas me connecter, vous pouvez m’ouvrir un ticket ?').request).toBe('ticket');
  });

  it('does not answer «combien de jours» asked beside when one will be paid', () => {
    expect(conversation('j’ai déposé mon projet de décompte mensuel ce matin', 'on sera payés quand ? ça prend combien de jours ?')).toBe('fallback');
  });
});

describe('iteration 133: modals in other tenses, a person asked how but «tout de suite», a whether continued, another body’s offer by pronoun, vendors’ help desks, the reform’s words', () => {
  it('drops «il faudra» and «en plus» (moreover) as words that name nothing', () => {
    expect(knowledge.analyse('il faudra déclarer quoi exactement avec le e-reporting ?').message.terms).not.toContain('faudr');
    expect(knowledge.analyse('et en plus de ça, le e-reporting c’est pour quand ?').message.terms).not.toContain('plus');
  });

  it('reads a how-to that wants the person «tout de suite» as a request, not «maintenant que le chat est fermé»', () => {
    expect(readMessage('comment je fais pour avoir un conseiller tout de suite ?').request).toBe('agent');
    expect(conversation('cmt j’ai un agent tt de suite, c’est pour un brouillon bloqué')).toBe('intent:agent');
    expect(readMessage('comment joindre un conseiller maintenant que le chat est fermé ?').request).toBeNull();
  });

  it('reads «…, et surtout si un conseiller peut…» as the same indirect question, and «c’est possible et comment ?» as asking how', () => {
    expect(readMessage('je voudrais savoir si le chat marche le soir, et surtout si un conseiller peut me répondre après 18 h').request).toBeNull();
    expect(conversation('je voudrais savoir si le chat marche le soir, et surtout si un conseiller peut me répondre après 18 h')).toBe('contacter-le-support');
    expect(readMessage('je voudrais être rappelé par un conseiller : c’est possible et comment ?').request).toBeNull();
  });

  it('does not answer how to subscribe to another body’s newsletter named before the pronoun, nor another help desk’s hours', () => {
    expect(conversation('c’est pour la newsletter de l’URSSAF : on s’y abonne comment ?')).toBe('fallback');
    expect(conversation('le support de notre logiciel Sage répond le samedi ?')).toBe('fallback');
    expect(conversation('et l’assistance d’ameli, elle ouvre à quelle heure ?')).toBe('fallback');
  });

  it('reads «je verrai la réponse où ?» with the ticket just spoken of (seeing names no topic)', () => {
    expect(conversation('comment ouvrir un ticket au support ?', 'et je verrai la réponse où ?')).toBe('ticket-support');
  });

  it('keeps what follows «le problème c’est que…» after a negation', () => {
    expect(readMessage('ce n’est pas la connexion le problème c’est que ma facture n’arrive pas chez le client').clauses.filter((c) => !c.negated).map((c) => c.text)).toEqual([
      'le probleme c est que ma facture arrive pas chez le client',
    ]);
    expect(conversation('ce n’est pas mon identifiant le souci c’est que je ne sais pas à quelle étape en est ma facture, on la voit où ?')).toBe('suivre-une-facture');
  });

  it('reads a ticket followed up in English, approved platforms and payment data as the reform’s', () => {
    expect(conversation('how do I follow up my ticket?')).toBe('ticket-support');
    expect(conversation('what is an approved platform?')).toBe('facturation-electronique-b2b');
    expect(conversation('faut-il aussi transmettre les données de paiement avec la réforme ?')).toBe('facturation-electronique-b2b');
  });

  it('reads «3 sem pa de nouvel» and «ma facture est passée où ?» as an invoice followed', () => {
    expect(knowledge.analyse('ça fait 3 sem pa de nouvel de ma facture').message.terms).toContain('cptsuivi');
    expect(knowledge.analyse('ma facture est passée où ? la mairie dit rien').message.terms).toContain('cptsuivi');
  });
});

describe('iteration 134: dictated punctuation, «faction et mise», «au moment où», a real question after a correction, «bref»', () => {
  it('writes spoken punctuation as marks, and leaves a «point» that is a noun', () => {
    expect(writtenPunctuation('Madame virgule je voudrais savoir point merci')).toBe('Madame, je voudrais savoir . merci');
    expect(writtenPunctuation('on joint ClaudIA comment point d’interrogation')).toBe('on joint ClaudIA comment ?');
    expect(writtenPunctuation('à quel point je dois attendre, on fait le point je suppose')).toBe('à quel point je dois attendre, on fait le point je suppose');
    const terms = knowledge.analyse('on joint ClaudIA comment point d’interrogation').message.terms;
    expect(terms).not.toContain('point');
    expect(terms.some((t) => t.startsWith('interrog'))).toBe(false);
  });

  it('hears «faction et mise(s)» as «Factures émises»', () => {
    expect(conversation('faction et mises brouillon')).toBe('facture-brouillon');
  });

  it('does not read «au moment où je…» as asking where, so the ticket asked for after it stands', () => {
    expect(readMessage('ça bloque au moment où je valide la facture je veux ouvrir un ticket maintenant s’il vous plaît').request).toBe('ticket');
  });

  it('keeps what a correction said when «ma vraie question c’est» follows it', () => {
    const q = 'je voulais savoir comment suivre ma facture… enfin non, elle est restée en brouillon. Donc ma vraie question c’est : comment je l’envoie ?';
    expect(readMessage(q).clauses.filter((c) => !c.negated).map((c) => c.text)).toEqual(['elle est restee en brouillon', 'comment je envoie']);
    expect(conversation(q)).toBe('facture-brouillon');
  });

  it('sets aside what comes before «bref»', () => {
    expect(readMessage('ma voiture est au garage depuis lundi, bref, ma facture est partie ?').clauses.filter((c) => !c.negated).map((c) => c.text)).toEqual(['ma facture est partie']);
    expect(conversation('mon imprimante est en panne depuis ce matin, bref, comment je sais si ma facture a été payée ?')).toBe('suivre-une-facture');
  });
});

describe('iteration 135: other sites’ passwords, other companies’ tickets, trainings and purchasing, retail EDI, «clavarder», «l’alternative»', () => {
  const unsaid = (...messages: string[]) => {
    const r = askedIn(...messages);
    return r.kind === 'fallback' ? (r.unsaid ?? 'none') : labelOf(r);
  };

  it('does not take the Wi-Fi’s, a Zoom account’s or the bank’s password for the portal’s', () => {
    expect(conversation('mdp wi-fi oublié')).toBe('fallback');
    expect(conversation('j’ai oublié le mot de passe de mon compte Zoom pour le webinaire du client')).toBe('fallback');
    expect(conversation('c’est le mot de passe de mon espace bancaire que j’ai perdu, pas celui de Chorus Pro, comment le récupérer ?')).toBe('fallback');
  });

  it('says it does not know about paid leave, another company’s ticket, a vendor’s webinar, buying through the UGAP or one’s finance software', () => {
    expect(unsaid('décompte de mes congés payés')).toBe('elsewhere');
    expect(unsaid('le ticket que j’ai ouvert chez Orange, je le suis où ?')).toBe('elsewhere');
    expect(unsaid('I missed the webinar hosted by our software vendor, where is the replay?')).toBe('elsewhere');
    expect(unsaid('faut-il passer par l’UGAP pour vendre à une mairie ?')).toBe('elsewhere');
    expect(unsaid('on passe à un nouveau logiciel de gestion financière, il faut un connecteur spécial pour Chorus ?')).toBe('software');
  });

  it('does not answer a buyer’s own supplier portal nor retail chains’ EDI with the articles', () => {
    expect(conversation('Le CHU nous demande de nous inscrire aussi sur leur propre portail fournisseurs. C’est obligatoire ?')).toBe('fallback');
    expect(conversation('et avec les supermarchés, on peut utiliser le même flux EDI ?')).toBe('fallback');
  });

  it('reads «clavarder» as chatting, «l’alternative» as pointing back, and a manual upload as keying invoices in', () => {
    expect(conversation('les horaires pour clavarder avec le support ?')).toBe('contacter-le-support');
    expect(conversation('on a 8 000 factures par an, pas question de les saisir à la main', 'c’est quoi l’alternative ?')).toBe('envoi-edi');
    expect(conversation('we have thousands of invoices', 'manual upload is out of the question for us')).toBe('envoi-edi');
  });
});

describe('iteration 136: «bonne nuit», «you saved my life», following someone who explains, «le we», someone there at night', () => {
  it('reads «bonne nuit» and «good night» as goodbyes, «you saved my life» as thanks (not an invoice saved)', () => {
    expect(conversation('merci pour les horaires', 'bonne nuit !')).toBe('intent:goodbye');
    expect(conversation('good night')).toBe('intent:goodbye');
    expect(conversation('thanks, you saved my life')).toBe('intent:thanks');
  });

  it('reads «je préfère suivre quelqu’un qui explique» as wanting a training, not a person', () => {
    expect(conversation('Je débute sur Chorus Pro. Il existe des sessions en ligne pour apprendre ? Je préfère suivre quelqu’un qui explique plutôt que lire des fiches.')).toBe('accompagnement-webinaires');
  });

  it('reads «le we» as the weekend', () => {
    expect(readMessage('pendant le we vous répondez ?').clauses.map((c) => c.text)).toEqual(['pendant le week end vous repondez']);
    expect(conversation('le we ya qqn pour répondre ?')).toBe('contacter-le-support');
  });

  it('reads «y a-t-il encore quelqu’un pour me répondre ?» at night as asking about the support', () => {
    expect(offeredIn('il est minuit passé, y a t il encore quelqu’un pour me répondre ?')).toContain('contacter-le-support');
  });
});

describe('iteration 137: e-reporting misspelt, «ouvir», an emoji between sentences, registering on the portal, a failed question inside «tu sers à quoi», agents answered', () => {
  it('reads «e-reportng» as e-reporting and «ouvir ticket» as opening one', () => {
    expect(conversation('c’est quoi le e-reportng pour une petite boîte ?')).toBe('facturation-electronique-b2b');
    expect(conversation('ouvir ticket')).toBe('intent:ticket');
  });

  it('ends a sentence at an emoji, so the negation before it keeps to its sentence', () => {
    expect(readMessage('pas besoin de ClaudIA 😤 je veux savoir où suivre ma facture').clauses.map((c) => [c.text, c.negated])).toEqual([
      ['pas besoin de claudia', true],
      ['je veux savoir ou suivre ma facture', false],
    ]);
    expect(conversation('pas besoin de ClaudIA 😤 je veux savoir où suivre ma facture')).toBe('suivre-une-facture');
  });

  it('does not answer registering a new association on the portal with the webinars', () => {
    expect(conversation('nous sommes une nouvelle association', 'on s’inscrit comment sur Chorus Pro ?')).toBe('fallback');
  });

  it('answers the question the assistant is blamed for not answering', () => {
    expect(conversation('tu sers à quoi si tu peux pas me dire si je dois passer par Factures de travaux ?')).toBe('factures-emises-ou-travaux');
  });

  it('does not read «répondre aux agents de mon service» as asking for an agent', () => {
    expect(readMessage('Qui arbitre les évolutions du portail ? J’aimerais pouvoir répondre aux agents de mon service.').request).toBeNull();
    expect(conversation('Qui arbitre les évolutions du portail ? J’aimerais pouvoir répondre aux agents de mon service.')).toBe('gouvernance-ipm');
  });
});

describe('iteration 138: a person asked for in a formal letter\'s impersonal wish, «c\'est faisable ?» after an answer', () => {
  it('reads «il serait souhaitable que nous soyons recontactés par un conseiller» as asking for a person', () => {
    expect(readMessage('Il serait souhaitable que nous soyons recontactés par un conseiller au plus vite.').request).toBe('agent');
    expect(conversation('Madame, Monsieur, après trois relances restées sans suite, il conviendrait que je sois mis en contact avec un conseiller. Bien cordialement.')).toBe('intent:agent');
    // «il faut que je sois connecté…» states a condition, it asks for nothing.
    expect(readMessage('il faut que je sois connecté pour voir le suivi ?').request).toBeNull();
  });

  it('reads a bare «c\'est faisable ?» after an answer as asking about that answer\'s topic', () => {
    expect(conversation('nos factures sortent toutes de notre logiciel de gestion, on en a des milliers', 'c’est faisable ?')).toBe('envoi-edi');
    expect(conversation('c’est envisageable ?')).toBe('fallback');
  });
});

describe('iteration 139: the status an invoice shows, disputing a rejection, an operator recommended, «la différence avec…»', () => {
  it('reads «indiquée rejetée», «s\'affiche comme suspendue» as the status an invoice shows', () => {
    expect(conversation('facture indiquée rejetée, où je trouve pourquoi ?')).toBe('suivre-une-facture');
    expect(conversation('ma facture s’affiche comme suspendue dans la liste, ça signifie quoi ?')).toMatch(/suivre-une-facture/);
    // A works statement suspended is still the contractor's statement.
    expect(conversation('le décompte est suspendu, que faire ?')).toBe('moe-projet-decompte-mensuel');
  });

  it('does not answer disputing a rejection with the tracking article', () => {
    expect(conversation('ma facture est au statut rejeté, je peux contester ce rejet auprès du client ?')).toBe('fallback');
    expect(conversation('comment suivre ma facture ?', 'elle apparaît comme rejetée, je peux faire un recours contre ce rejet ?')).toBe('fallback');
  });

  it('reads «vous pouvez me recommander un opérateur ?» as picking a provider, not asking for a person', () => {
    expect(readMessage('vous pouvez me recommander un opérateur moins cher ?').request).toBeNull();
    expect(conversation('on veut passer à l’EDI pour nos factures', 'vous pouvez me recommander un opérateur moins cher ?')).toBe('fallback');
    expect(readMessage('passez-moi un opérateur svp').request).toBe('agent');
  });

  it('reads «la différence avec…» by the things compared', () => {
    expect(conversation('c’est quoi la facturation électronique obligatoire ?', 'et pour l’EDI, quelle est la différence avec la saisie sur le portail ?')).toBe('envoi-edi');
  });
});

describe('iteration 140: what the user already knows, «une idée ?», trainings to attend, «y en a…», an operator as an intermediary', () => {
  it('sets aside what the user says they already know, not what they ask', () => {
    const known = readMessage('je connais très bien mon mot de passe, je veux changer l’adresse mail du compte');
    expect(known.clauses[0]?.negated).toBe(true);
    expect(conversation('je sais où en est ma facture : le client l’a réglée en double, comment je lui rends le trop-perçu ?')).toBe('fallback');
    // Asking how one knows, or not knowing, is still the question.
    expect(conversation('comment on sait si la mairie l’a bien reçue ?')).toBe('suivre-une-facture');
    expect(conversation('je sais pas où en est ma facture')).toBe('suivre-une-facture');
    expect(readMessage('je sais qu’il existe un formulaire mais je ne le trouve pas').clauses[0]?.negated).toBe(false);
  });

  it('reads «une idée ?» after a problem as asking for help, not an idea for the newsletter', () => {
    expect(conversation('notre export de factures plante depuis la mise à jour du logiciel : des idées ?')).toBe('fallback');
    expect(conversation('une idée ?')).toBe('fallback');
    expect(conversation('j’ai une idée d’article pour la lettre')).toBe('lettre-information');
  });

  it('reads «des webinaires à suivre» as trainings attended, no invoice followed', () => {
    expect(conversation('quels sont les webinaires à suivre cette semaine ?')).toMatch(/accompagnement-webinaires/);
    expect(conversation('comment suivre ma facture ?')).toBe('suivre-une-facture');
  });

  it('reads «y en a…» after the webinars as some of them, even when its words draw another article', () => {
    expect(conversation('vous faites des webinaires ?', 'y en a à un horaire adapté pour la Martinique ?')).toBe('accompagnement-webinaires');
  });

  it('reads an operator one sends invoices through as a provider, not a person asked for', () => {
    expect(readMessage('Pouvez-vous m’expliquer l’envoi de nos factures en EDI, directement ou par le biais d’un opérateur ?').request).toBeNull();
    expect(readMessage('je voudrais parler à un opérateur').request).toBe('agent');
  });

  it('greets and thanks in the languages of overseas France', () => {
    expect(conversation('ia ora na')).toBe('intent:greeting');
    expect(conversation('Oté, ça va ?')).toBe('intent:greeting');
    expect(conversation('mauruuru')).toBe('intent:thanks');
    expect(conversation('marahaba')).toBe('intent:thanks');
  });
});

describe('iteration 141: a ticket\'s reference, «une nouvelle demande»', () => {
  it('drops a case number and the ticket or file a «réf.» names', () => {
    const kept = dropIdentifiers('suite à notre appel (réf ticket INC0045872), ma facture est en brouillon');
    expect(kept).not.toMatch(/ticket|INC|0045872/);
    expect(kept).toMatch(/ma facture est en brouillon/);
    expect(dropIdentifiers('mon dossier SR20931 est en attente')).not.toMatch(/SR20931/);
    // A ticket named without a «réf.» keeps its word.
    expect(dropIdentifiers('mon ticket 48213 est sans réponse')).toMatch(/ticket/);
  });

  it('reads «créez-moi une autre demande» as asking for a ticket now', () => {
    expect(conversation('Ça fait deux semaines que j’attends !!! Créez-moi une autre demande tout de suite pour mon décompte !!!')).toBe('intent:ticket');
    expect(conversation('je voudrais savoir comment fonctionne une demande au support')).toBe('ticket-support');
  });
});

describe('iteration 142: a key held long, what was heard of the support, «lire», the auditors\' accounts', () => {
  it('greets with a last letter held a little long', () => {
    expect(conversation('bonsoirr')).toBe('intent:greeting');
    expect(conversation('bonjourr à vous')).toBe('intent:greeting');
  });

  it('reads «I heard you can raise a ticket…» as what was heard, not a request', () => {
    expect(readMessage('I heard you can raise a support ticket when you are locked out, is that so?').request).toBeNull();
    expect(readMessage('could you open a ticket for me?').request).toBe('ticket');
  });

  it('reads «lit», «lis» as «lire»', () => {
    expect(knowledge.analyse('qui lit ensuite ?').message.terms).toContain('lir');
  });

  it('reads «commissaires aux comptes» as auditors, no login account', () => {
    expect(knowledge.analyse('nos commissaires aux comptes veulent l’état de nos factures').message.terms).not.toContain('compt');
    expect(conversation('nos commissaires aux comptes veulent l’état de nos factures')).toBe('suivre-une-facture');
  });
});

describe('iteration 143: words written as they sound, reaching a human, the weekend', () => {
  it('reads a key word written as it sounds («brouyon», «wébinère», «mo de passe»)', () => {
    expect(conversation('ma facture est en brouyon depuis hier')).toBe('facture-brouillon');
    expect(conversation('je cherche un wébinère sur les factures de travaux')).toBe('accompagnement-webinaires');
    expect(conversation('g perdu mon mo de passe')).toBe('mot-de-passe-oublie');
  });

  it('reads «avoir un vrai humain», «tomber sur un agent» as reaching the support', () => {
    expect(conversation('comment on fait pour avoir un vrai humain ?')).toBe('contacter-le-support');
    expect(conversation('je veux parler à un humain maintenant')).toBe('intent:agent');
  });

  it('reads a person asked for on a weekend day as asking when the support is open', () => {
    expect(readMessage('Can I talk to an agent on Sunday? When are you open?').request).toBeNull();
    expect(readMessage('Could I chat with an adviser at the weekend?').request).toBeNull();
    expect(readMessage('can I talk to an agent now?').request).toBe('agent');
  });
});

describe('iteration 144: a wish cut off by commas from what it wishes', () => {
  it('reads «je souhaite donc, dès maintenant, ouvrir une demande…» as asking for a ticket', () => {
    expect(readMessage('Monsieur, nos dépôts échouent. Je souhaite donc, dès maintenant, ouvrir une demande d’assistance auprès de vos services.').request).toBe('ticket');
    expect(conversation('Monsieur, nos dépôts échouent. Je souhaite donc, dès maintenant, ouvrir une demande d’assistance auprès de vos services.')).toBe('intent:ticket');
    // Wishing to understand how is still a question.
    expect(conversation('je souhaite, si possible, comprendre comment ouvrir un ticket')).toBe('ticket-support');
  });
});

describe('iteration 145: the support\'s hours asked after a request, the verb «support», an account that works', () => {
  it('reads a person asked for, then «vous êtes ouverts à quelles heures ?», as asking the hours', () => {
    expect(conversation('je veux parler à un conseiller en direct : vous êtes ouverts à quelles heures ?')).toBe('contacter-le-support');
    expect(conversation('je veux parler à un conseiller maintenant')).toBe('intent:agent');
  });

  it('reads «does the portal support…» as a feature handled, no support desk', () => {
    expect(conversation('Does the portal support Firefox on Linux?')).toBe('fallback');
    expect(conversation('how do I contact the support?')).toBe('contacter-le-support');
  });

  it('sets aside «mon compte marche» like «mon mot de passe marche très bien»', () => {
    expect(readMessage('Mon compte marche, c’est pour autre chose').clauses[0]?.negated).toBe(true);
    expect(readMessage('le portail fonctionne, mais je veux proposer une amélioration').clauses[0]?.negated).toBe(false);
  });
});

describe('iteration 146: a cleft turn without a comma, an aside about time, tries counted, a payment made twice, a draft still to send, where something was seen', () => {
  it('reads «ce n’est pas X qui nous intéresse c’est Y» with no comma as asking Y', () => {
    expect(conversation('ce n’est pas le dépôt manuel qui nous intéresse c’est la transmission par EDI depuis notre ERP')).toBe('envoi-edi');
    const clauses = readMessage('c’est pas la saisie qui me concerne c’est le flux EDI').clauses;
    expect(clauses.map((c) => c.negated)).toEqual([true, false]);
  });

  it('sets aside «j’ai pas le temps de lire…» up to its verb and object, and reads what follows it', () => {
    expect(readMessage('j’ai pas le temps de lire la notice, un tuto vidéo ?').clauses[0]?.negated).toBe(true);
    const story = readMessage('franchement on a pas le temps de chercher mettez moi en relation avec quelqu un');
    expect(story.request).toBe('agent');
    expect(story.clauses.filter((c) => !c.negated).map((c) => c.text).join(' ')).toContain('mettez moi en relation');
  });

  it('reads «5 fois» as how many tries, no number searched', () => {
    expect(knowledge.analyse('j’ai tapé mon code 4 fois et maintenant mon compte est bloqué').message.terms).not.toContain('4');
    expect(offeredIn('j’ai tenté de me connecter 6 fois et maintenant mon accès est bloqué')).toContain('mot-de-passe-oublie');
  });

  it('reads an invoice paid twice as a payment in double, which the base does not answer', () => {
    expect(conversation('le département nous a réglé deux fois la même facture, on fait comment ?')).toBe('fallback');
    expect(conversation('la mairie m’a payé 2 fois, que dois-je faire ?')).toBe('fallback');
  });

  it('reads «et maintenant je fais quoi pour l’envoyer ?» after a draft as the same step, «c’est fait, et maintenant ?» as the next', () => {
    const before = ['ma facture n’est pas arrivée chez le client', 'je viens de voir qu’elle est en brouillon'];
    expect(conversation(...before, 'd’accord, et maintenant je fais quoi pour l’envoyer ?')).toBe('facture-brouillon');
    expect(conversation(...before, 'c’est fait, et maintenant ?')).toBe('suivre-une-facture');
  });

  it('sets aside where the thing asked about was seen («je l’ai vue en bas de la page»)', () => {
    expect(conversation('c’est quoi ClaudIA ? je l’ai aperçue sur l’accueil du portail')).toBe('contacter-le-support');
    expect(conversation('c’est qui claudia ? on l’a vue en bas à droite de l’écran')).toBe('contacter-le-support');
    expect(readMessage('j’ai vu sur le site que ma facture est rejetée').clauses[0]?.negated).toBe(false);
  });
});

describe('iteration 147: «dun», a sports club, what should have been done, a complaint to the support, what the writer has to pay out, reaching another body', () => {
  it('reads «dun» as «d’un» and a sports club as an association, not the users’ club of the governance', () => {
    expect(knowledge.analyse('le statut dun dossier de facturation').message.terms).not.toContain('dun');
    expect(offeredIn('je gère les comptes d’un club de tennis, où voir si la commune a bien reçu notre facture ?')).toContain('suivre-une-facture');
  });

  it('reads «quelle appli il fallait utiliser ?» after «et maintenant» as asking about the step behind, not the next one', () => {
    expect(readMessage('On m’a fait déposer dans Factures émises, et maintenant c’est bloqué : quelle application il fallait utiliser ?').nextStep).toBe(false);
    expect(readMessage('c’est fait, et maintenant ?').nextStep).toBe(true);
  });

  it('reads a complaint to be recorded by the support as a ticket, a complaint to the police as none', () => {
    expect(readMessage('Je demande que ma plainte soit enregistrée par votre support').request).toBe('ticket');
    expect(readMessage('je vais porter plainte contre cette mairie').request).toBeNull();
    expect(readMessage('je voudrais déposer une plainte au commissariat').request).toBeNull();
  });

  it('reads «des ouvriers à payer» as what the writer pays out: the days asked are the MOE’s, which its article states', () => {
    expect(conversation('Le maître d’œuvre met un mois à viser nos situations alors qu’on a des ouvriers à payer, il dispose de combien de jours ?')).toBe('moe-projet-decompte-mensuel');
    expect(conversation('la mairie a validé ma facture il y a 40 jours, combien de temps pour me payer normalement ?')).toBe('fallback');
  });

  it('reads reaching another body («joindre l’URSSAF», «écrire à la DGFiP») as its own help desk’s matter', () => {
    expect(conversation('comment contacter le support Chorus ?', 'et pour appeler la CAF, vous avez un numéro ?')).toBe('fallback');
    expect(conversation('je voudrais écrire à la DGFiP, vous avez leur adresse ?')).toBe('fallback');
    expect(conversation('comment contacter le support Chorus Pro ?')).toBe('contacter-le-support');
  });
});

describe('iteration 148: «ni… ni…» set aside, penalties when the buyer is late, the processing of one’s invoice followed', () => {
  it('sets aside a clause that opens on «ni X ni Y»', () => {
    const clauses = readMessage('ni le chat ni le ticket : comment je vois si ma facture est partie ?').clauses;
    expect(clauses.map((c) => c.negated)).toEqual([true, false]);
  });

  it('reads penalties or interest when the buyer is late as the payment delay, which no article states', () => {
    expect(facetAsked(readMessage('il y a des pénalités si la mairie traîne ?').clauses)).toBe('delay');
    expect(facetAsked(readMessage('des intérêts moratoires ?').clauses)).toBe('delay');
    expect(facetAsked(readMessage('le titulaire a des pénalités dans son marché ?').clauses)).toBeNull();
  });

  it('reads «le traitement de notre facture» as following it, not the MOE’s processing of a décompte', () => {
    expect(knowledge.analyse('où en est le traitement de ma facture ?').message.terms).not.toContain('trait');
    expect(conversation('Madame, Monsieur, je vous serais reconnaissant de m’indiquer comment consulter l’état d’avancement du traitement de notre facture n° 77-B adressée à la sous-préfecture. Cordialement.')).toBe('suivre-une-facture');
    expect(conversation('combien de jours a la maîtrise d’œuvre pour le traitement du projet de décompte ?')).toBe('moe-projet-decompte-mensuel');
  });
});

describe('iteration 149: a software recommended with two words before it', () => {
  it('reads «conseiller un autre invoicing software» as asking for a recommendation, which no article gives', () => {
    expect(facetAsked(readMessage('vous pouvez me recommander un autre billing software ?').clauses)).toBe('recommend');
    expect(facetAsked(readMessage('vous pouvez nous conseiller un bon logiciel ?').clauses)).toBe('recommend');
    expect(facetAsked(readMessage('comment envoyer nos factures depuis notre logiciel ?').clauses)).toBeNull();
  });
});

describe('iteration 150: a question relayed for someone else, a hedge, a closing hand-on, a mistake told', () => {
  const negated = (q: string) => readMessage(q).clauses.map((c) => [c.text, c.negated]);
  it('sets aside who relays the question («mon associé demande si…») and reads what is asked', () => {
    expect(negated('mon associé demande si le portail accepte les envois EDI')).toEqual([
      ['mon associe demande', true],
      ['si le portail accepte les envois edi', false],
    ]);
    expect(answered('mon associé demande si le portail accepte les envois EDI')).toBe('envoi-edi');
  });
  it('keeps a client who tells the problem, and a portal role who names the topic', () => {
    expect(negated('le client dit qu il n a jamais reçu ma facture').some(([, n]) => n)).toBe(false);
    expect(negated('notre opérateur EDI dit que le flux est refusé').some(([, n]) => n)).toBe(false);
  });
  it('reads past «si je ne me trompe pas» and «sauf erreur de ma part»', () => {
    expect(answered('il y a bien un espace pour suivre mes factures, si je ne me trompe pas ?')).toBe('suivre-une-facture');
    expect(negated('on peut le faire sauf erreur de ma part').at(-1)).toEqual(['sauf erreur de ma part', true]);
  });
  it('takes thanks that pass the answer on to a colleague as thanks', () => {
    expect(answered('Parfait, merci beaucoup, je fais suivre à ma collègue')).toBe('intent:thanks');
  });
  it('does not read a mistake about a thing, or a perhaps, as taking the message back', () => {
    expect(negated('je n ai rien reçu, peut-être que je me suis trompé d adresse').some(([, n]) => n)).toBe(false);
    expect(negated('comment envoyer en EDI, non pardon je me suis trompé, comment suivre une facture').map(([, n]) => n)).toEqual([true, true, false]);
  });
});

describe('iteration 151: a point picked with «et», a list announced with its count, a message cut off, a link that never arrives', () => {
  it('reads «et pour le 2e point ?» as the second item of a list announced with its count', () => {
    expect(announcedItems('trois questions : le taux de TVA, les webinaires, et mon mot de passe perdu')).toEqual(['le taux de TVA', 'les webinaires', 'mon mot de passe perdu']);
    expect(announcedItems('deux questions : le taux de TVA, les webinaires, et mon mot de passe perdu')).toEqual([]);
    expect(conversation('trois questions : le taux de TVA, les webinaires, et mon mot de passe perdu', 'et pour le 2e point ?')).toBe('accompagnement-webinaires');
  });
  it('reads a message cut off after a preposition together with the next one', () => {
    expect(conversation('quel taux de TVA appliquer sur', 'des frais de déplacement')).toBe('fallback');
    expect(conversation('comment on fait pour', 'suivre une facture')).toBe('suivre-une-facture');
  });
  it('hears «le lien n\'arrive jamais» after a password reset as the reset failing', () => {
    expect(conversation('j ai oublié mon mot de passe', 'le lien n arrive jamais, j ai regardé dans les spams')).toBe('mot-de-passe-oublie');
    expect(readMessage('j arrive pas a me connecter').failure).toBe(false);
  });
});

describe('iteration 152: a record of a chat asked for, an invoice «qu\'on a reçue»', () => {
  it('does not take a copy of one\'s exchange with an adviser for a request for one', () => {
    expect(answered('je voudrais une copie de mon échange avec le conseiller')).not.toBe('intent:agent');
    expect(answered('je veux parler à un conseiller')).toBe('intent:agent');
  });
  it('reads an invoice «qu\'on a reçue» as the public side\'s received invoices, which no article answers', () => {
    expect(answered('comment rejeter une facture qu on a reçue ?')).toBe('fallback');
  });
});

describe('iteration 153: money that does not arrive, «vous-mêmes» and «puisque»', () => {
  it('reads money that does not arrive as the payment delay, which no article answers', () => {
    expect(answered('la facture est mise en paiement depuis trois semaines mais l argent n arrive toujours pas, je relance qui ?')).toBe('fallback');
    expect(answered('où en est ma facture ?')).toBe('suivre-une-facture');
  });
  it('searches neither «vous-mêmes» nor «puisque»', () => {
    const terms = knowledge.analyse('inscrivez-moi vous-mêmes au webinaire puisque le lien ne marche pas').message.terms;
    expect(terms).toContain('webinaire');
    expect(terms.some((t) => t.startsWith('puisq') || t === 'mem' || t === 'memes')).toBe(false);
  });
});

describe('iteration 153 (review): whether one talks to a person or a program, a cut-off message with a trailing space', () => {
  it('reads «est-ce que je parle à une vraie personne ou à une machine ?» as asking what the assistant is, not for a person', () => {
    expect(answered('est-ce que je parle à une vraie personne ou à une machine ?')).not.toBe('intent:agent');
    expect(answered('je veux parler à un humain, pas à un robot')).toBe('intent:agent');
  });
  it('reads a message cut off before a trailing space with the next words', () => {
    expect(conversation('c est quoi le taux de TVA pour une ', 'formation')).toBe('fallback');
  });
});

describe('iteration 154: dictation, second-language writers, trade letters', () => {
  it('hears a dictated «ses que» as «c\'est que», the turn to what is meant', () => {
    expect(answered('c est pas le mot de passe le souci ses que je trouve pas où voir le statut de ma facture')).toBe('suivre-une-facture');
  });
  it('ends a negation at «du coup je…», with no comma: what follows is wanted', () => {
    expect(answered('je ne veux pas de webinaire du coup je voudrais savoir comment suivre ma facture')).toBe('suivre-une-facture');
    expect(readMessage('je veux pas de la FAQ du coup je voudrais parler a un conseiller tout de suite').request).toBe('agent');
  });
  it('searches no spoken filler', () => {
    const terms = knowledge.analyse('euh alors bah um ma facture est en brouillon').message.terms;
    expect(terms).toContain('brouillon');
    expect(terms.filter((t) => ['euh', 'bah', 'um'].includes(t))).toEqual([]);
  });
  it('reads an English speaker\'s dictation: «question mark», «wanna», «were» for «where»', () => {
    expect(writtenPunctuation('where is my invoice question mark')).toBe('where is my invoice ?');
    expect(answered('i sent it last week and i wanna know were it is')).toBe('suivre-une-facture');
  });
  it('greets and thanks in Arabic and other languages of the trades, and reads «c\'est clair maintenant» as thanks', () => {
    expect(answered('salam aleykoum')).toBe('intent:greeting');
    expect(answered('choukran, c\'est clear')).toBe('intent:thanks');
    expect(answered('merci, c\'est bien plus clair maintenant')).toBe('intent:thanks');
    expect(answered('je veux un conseiller maintenant')).toBe('intent:agent');
  });
  it('reads a consonant written once where French doubles it («aceder»)', () => {
    expect(offered('je trouve pas comment aceder a ClaudIA')).toContain('contacter-le-support');
  });
  it('sets «pas en brouillon» aside, and reads «elle est où ?» after a negated aside as the question', () => {
    const clauses = readMessage('ma facture est partie, pas en brouillon').clauses;
    expect(clauses.find((c) => c.text.includes('brouillon'))?.negated).toBe(true);
    expect(answered('ma facture, pas de brouillon, elle est où ?')).toBe('suivre-une-facture');
  });
  it('reads «on aimerait que…» as asking', () => {
    expect(readMessage('On aimerait que la lettre d\'information parle des associations.').clauses[0]?.question).toBe(true);
  });
  it('sets a letter\'s opening formula and a company\'s bare name aside, not a request nor a name inside a question', () => {
    const terms = knowledge.analyse(
      'Madame, je me permets de vous écrire au nom de notre entreprise de nettoyage, Nettoyage Martin SARL. Notre facture est restée en brouillon, comment la transmettre ?',
    ).message.terms;
    expect(terms).toContain('brouillon');
    expect(terms.filter((t) => t === 'cptassistance' || t.startsWith('nettoy') || t === 'sarl')).toEqual([]);
    expect(answered('je me permets de vous contacter pour parler à un conseiller')).toBe('intent:agent');
    expect(readMessage('c\'est quoi le mieux pour facturer une mairie, micro ou EURL ?').clauses.some((c) => c.negated)).toBe(false);
  });
  it('keeps «et ça sera traité quand ?» with the thing just spoken of', () => {
    expect(conversation('comment proposer un sujet à la lettre d\'information ?', 'et ça sera traité quand ?')).toBe('lettre-information');
  });
  it('reads a colleague or an accountant who wants to reach the account as a user to add, not a login', () => {
    expect(answered('mon collègue veut accéder à mon compte chorus, comment je rajoute un utilisateur ?')).toBe('fallback');
    expect(answered('je n\'arrive plus à accéder à mon compte')).toBe('mot-de-passe-oublie');
  });
  it('keeps «un peu» from the chat «je peu»', () => {
    expect(wordsOf('je suis un peu perdu')).toBe('je suis un peu perdu');
    expect(wordsOf('je peu pas')).toBe('je peux pas');
  });
});

describe('iteration 155: autocorrect\'s wrong words, a request written formally, a parent company', () => {
  it('reads autocorrect\'s «brouillard» beside an invoice as the draft, «séminaire» as training, «un max de» as many', () => {
    expect(knowledge.analyse('ma facture brouillard').message.terms).toContain('brouillon');
    expect(answered('il y a du brouillard ce matin sur la route')).toBe('fallback');
    expect(knowledge.analyse('un séminaire chorus ?').message.terms).toContain('cptformation');
    expect(answered('on a un max de factures chaque mois, on peut passer en EDI ?')).toBe('envoi-edi');
  });
  it('does not take «vous pourriez nous en conseiller un autre ?» for a request for an adviser', () => {
    expect(conversation('nous passons par un opérateur de dématérialisation pour l\'EDI', 'il coûte trop cher, vous pourriez nous en conseiller un autre ?')).not.toBe('intent:agent');
    expect(answered('je veux parler à un conseiller')).toBe('intent:agent');
  });
  it('reads «adresser une demande écrite à votre support» as a ticket asked for, unless the procedure is asked', () => {
    expect(answered('je souhaite adresser une demande écrite à votre support concernant une facture rejetée, merci de l\'enregistrer')).toBe('intent:ticket');
    expect(answered('je voudrais adresser une demande au support. Quelle est la procédure ?')).toBe('ticket-support');
  });
  it('reads a parent company as a group, no sea', () => {
    const terms = knowledge.analyse('après la fusion avec notre maison mère, on passe à l\'EDI : comment ça marche pour envoyer nos factures ?').message.terms;
    expect(terms).toContain('edi');
    expect(terms).not.toContain('mer');
  });
});

describe('iteration 156: a question first then a ramble, retailers under the reform, «m\'en passer un», franglais logins', () => {
  it('keeps a question asked before a digression that «bref» closes with no question', () => {
    expect(answered('Comment suivre ma facture ? Désolé, journée de fou, le chat a renversé mon café sur le clavier. Bref, je suis épuisé.')).toBe('suivre-une-facture');
  });
  it('answers a question asked first past a ramble the base hardly knows, even from one word', () => {
    expect(answered('Et l\'IPM, ça sert à quoi ? Je l\'ai lu dans un compte rendu hier, entre deux cafés, le chauffage était en panne.')).toBe('gouvernance-ipm');
  });
  it('does not read someone else\'s not knowing how as the writer\'s question', () => {
    expect(readMessage('Un collègue m\'en a parlé mais il n\'a pas su me dire comment faire.').clauses.some((c) => c.question)).toBe(false);
    expect(readMessage('beaucoup de confrères ne savent pas comment gérer leurs factures').clauses.some((c) => c.question)).toBe(false);
  });
  it('reads sales to retailers under the B2B mandate as the reform, retail chains\' own EDI still as elsewhere', () => {
    expect(answered('Does the B2B e-invoicing mandate cover our sales to supermarkets?')).toBe('facturation-electronique-b2b');
    expect(answered('on fait de l\'EDI avec Carrefour, Chorus le gère ?')).toBe('fallback');
  });
  it('reads «vous pouvez m\'en passer un ?» as the person just named, asked for', () => {
    expect(conversation('les horaires du chat avec un conseiller ?', 'et maintenant, vous pouvez m\'en passer un ?')).toBe('intent:agent');
  });
  it('reads «se logger» as logging in, «a bien etait» as «a bien été», «c\'est supporté» as compatible, a ministry that pays as the buyer', () => {
    expect(offered('je peux pas me logger depuis ce matin, comment je fais ?')).toContain('mot-de-passe-oublie');
    expect(wordsOf('ma facture a bien etait recue')).toBe('ma facture a bien ete recue');
    expect(knowledge.analyse('le SSO de notre annuaire, c\'est supporté par Chorus Pro ?').message.terms).not.toContain('support');
    expect(answered('où voir si ma facture a été mise en paiement par le ministère ?')).toBe('suivre-une-facture');
  });
});

describe('iteration 157: an emoji before a comma, a student\'s mémoire, the press office, «pas sur…», «talk to a real person»', () => {
  it('keeps an emoji followed by a comma inside its clause', () => {
    expect(readMessage('et la TVA sur mes frais de déplacement 🚗, je l\'applique ?').clauses[0]?.question).toBe(true);
    expect(readMessage('pas la peine de me renvoyer vers ClaudIA 🙄 je veux un humain').request).toBe('agent');
  });
  it('reads «c\'est pour mon mémoire» of a student as studies, a court provider\'s «mémoire de frais» as the invoice', () => {
    expect(answered('c\'est quoi l\'IPM ? c\'est pour mon mémoire de fin d\'études')).toBe('gouvernance-ipm');
    expect(answered('c\'est pour mon mémoire de frais de justice, je le dépose où ?')).toBe('frais-de-justice-frais-divers');
  });
  it('reads a press contact as no support contact', () => {
    expect(answered('un contact presse pour Chorus Pro ?')).toBe('fallback');
  });
  it('sets «pas sur impots.gouv» aside and reads «je peux talk to a real person» as a request', () => {
    expect(readMessage('pas sur impots.gouv, sur chorus pro').clauses[0]?.negated).toBe(true);
    expect(readMessage('pas sur que ce soit le bon endroit').clauses[0]?.negated).toBe(false);
    expect(readMessage('je peux talk to a real person').request).toBe('agent');
  });
});

describe('iteration 158: phishing and hacked accounts, a message typed on the other keyboard layout', () => {
  it('reads an unrequested reset, a phishing mail or «c\'est vraiment vous ?» as the portal\'s security, which no article covers', () => {
    expect(answered('j\'ai reçu un mail de réinitialisation alors que je n\'ai rien demandé, que faire ?')).toBe('fallback');
    expect(answered('un mail au logo Chorus me demande de confirmer mes identifiants, c\'est vraiment vous ?')).toBe('fallback');
    expect(answered('mon compte a été piraté, comment réinitialiser mon mot de passe ?')).toBe('mot-de-passe-oublie');
    expect(answered('Qui décide des évolutions sans jamais demander l\'avis des utilisateurs ?')).toBe('gouvernance-ipm');
  });
  it('types back a message typed on a QWERTY set-up of an AZERTY keyboard, not a chat abbreviation', () => {
    expect(typedBack('co;;ent suivre l\'etqt de ;q fqcture')).toBe('comment suivre l\'etat de ma facture');
    expect(typedBack('ya qqun d humain la ? passe moi qqn svp qd')).toBe('ya qqun d humain la ? passe moi qqn svp qd');
    expect(typedBack('j\'ai cinq factures au Qatar ; merci')).toBe('j\'ai cinq factures au Qatar ; merci');
    expect(answered('je ne trouve pqs le lien de reinitiqlisqtion du ;ot de pqsse')).toBe('mot-de-passe-oublie');
  });
});

describe('iteration 159: a bare «any recommendation ?» after providers named', () => {
  it('reads «any recommendation ?», «des conseils ?» after the providers named as asking which one to pick, which no article says', () => {
    expect(answered('Entre deux PDP pour la facturation électronique, any recommendation ?')).toBe('fallback');
    expect(answered('la facturation électronique entre entreprises, ça commence quand ?')).toBe('facturation-electronique-b2b');
  });
});

describe('iteration 160: doubts before the question, polite requests, a choice of channel, creole words', () => {
  it('reads «je suppose que…», «il me semble que…», «I assume…» as the writer\'s doubt: what follows still points back', () => {
    const reading = readMessage("j'imagine qu'il faut encore l'envoyer ?");
    expect(reading.anaphora).toBe(true);
    expect(reading.clauses[0]).toMatchObject({ text: 'imagine', negated: true });
    expect(readMessage('il me semble que la facture est partie').clauses[0]).toMatchObject({ text: 'il me semble que', negated: true });
    expect(offered("I assume it's the EDI one, right?")).toEqual(['envoi-edi']);
  });
  it('reads «ça vous dérangerait de…», «auriez-vous l\'obligeance de…», "would you mind…" as asking it done', () => {
    expect(conversation('Comment joindre un conseiller ?', "Auriez-vous l'obligeance de m'en trouver un ?")).toBe('intent:agent');
    expect(conversation('Comment joindre un conseiller ?', "Cela vous dérangerait-il de m'en trouver un maintenant ?")).toBe('intent:agent');
    expect(answered('Would you mind opening a ticket? Our invoice was rejected.')).toBe('intent:ticket');
    // Asked politely how, it is still the article; the opening hours stay a question.
    expect(answered("Auriez-vous l'amabilité de m'expliquer comment ouvrir un ticket ?")).toBe('ticket-support');
    expect(answered('Would you mind telling me your opening hours?')).toBe('contacter-le-support');
  });
  it('reads «ClaudIA ou un humain ?» as which way to reach the support, not a person asked for', () => {
    expect(answered('ClaudIA ou un humain alors ?')).toBe('contacter-le-support');
    expect(answered('un conseiller svp')).toBe('intent:agent');
    expect(answered('je veux un agent ou un ticket')).toBe('intent:agent');
  });
  it('reads the creoles\' «mwen vlé savé», «kijan», «fakti»', () => {
    expect(answered('mwen vlé savé kijan suiv on fakti')).toBe('suivre-une-facture');
  });
  it('reads «et côté X» as turning to X, and an operator who set the flow up as no person asked for', () => {
    expect(knowledge.analyse('et côté brouillon ?').message.terms).not.toContain('cot');
    expect(readMessage("notre raccordement a été paramétré par l'opérateur").names).toBeNull();
    expect(answered("je veux être rappelé par un opérateur")).toBe('intent:agent');
  });
});

describe('iteration 161: what was already done with the support, a file that does not open, «un truc au support»', () => {
  it('sets aside a ticket already made or a call already placed, unless the question is about it', () => {
    expect(readMessage('on a déjà appelé le support deux fois, le mémoire reste bloqué').clauses[0]).toMatchObject({ negated: true });
    expect(answered("j'ai déjà ouvert un ticket, ma facture est toujours bloquée en brouillon, je fais quoi ?")).toBe('facture-brouillon');
    expect(readMessage("j'ai déjà ouvert un ticket, toujours pas de réponse").clauses.every((c) => !c.negated)).toBe(true);
  });
  it('sets aside what the support or an accountant already said, not a complaint about the answer', () => {
    expect(answered("l'agent d'hier m'a conseillé de passer par l'EDI, c'est quoi exactement ?")).toBe('envoi-edi');
    expect(conversation("Notre expert-comptable dit que le e-reporting arrive bientôt, l'assistance me l'a confirmé.", 'ça démarre quand ?')).toBe('facturation-electronique-b2b');
    expect(answered("ClaudIA m'a répondu à côté, je fais quoi ?")).toBe('contacter-le-support');
  });
  it('reads a file for the court that does not open as the fees form, not the court\'s opening hours', () => {
    expect(answered("le fichier de frais divers pour la préfecture il s'ouvre pas")).toBe('frais-de-justice-frais-divers');
    expect(answered('le tribunal ouvre à quelle heure le samedi ?')).toBe('fallback');
  });
  it('reads «un dossier au support», «vous pouvez m\'en créer 1» as a ticket asked for', () => {
    expect(answered('créez-moi un dossier au support svp, mon mémoire est bloqué')).toBe('intent:ticket');
    expect(conversation('Comment on envoie un ticket ?', "vous pouvez m'en créer 1 ?")).toBe('intent:ticket');
    expect(conversation('Comment on envoie un ticket ?', 'tu peu men créer un ?')).toBe('intent:ticket');
  });
  it('keeps a credit note\'s follow-up outside even when it repeats the previous message\'s words', () => {
    expect(conversation('Il faut que je saisisse un avoir pour une facture déposée en mai', 'je le dépose où, avec la facture ?')).toBe('fallback');
  });
});

describe('iteration 162: another kind of the thing refused, a ticket put off, the calendar, a budget prepared', () => {
  it('reads «pas les guides généraux, ceux pour…» as that other kind of guide, not «celui de» someone else', () => {
    const reading = readMessage("Pas les guides généraux, ceux pour les maîtres d'œuvre, vous en avez ?");
    expect(reading.clauses[1]!.text.startsWith('guides pour')).toBe(true);
    expect(answered("Pas les guides généraux, ceux pour les maîtres d'œuvre, vous en avez ?")).toBe('accompagnement-webinaires');
    expect(answered('Pas le mot de passe de Chorus, celui de ma messagerie : comment le changer ?')).toBe('fallback');
  });
  it('reads a ticket put off («pas pour le moment») and taken up after as the topic, never as asked for', () => {
    const q = 'Pas de ticket pour le moment merci. Mon collègue en a créé un hier, est-il bien arrivé chez vous ?';
    expect(readMessage(q).request).toBeNull();
    expect(answered(q)).toBe('ticket-support');
    expect(answered("pas de ticket pour l'instant, ma facture est en brouillon, je fais comment ?")).toBe('facture-brouillon');
  });
  it('reads holidays as story words, a budget prepared as no price asked, an invoice waiting to be processed as its status', () => {
    expect(conversation('Il y a des formations Chorus Pro ?', 'et pour la Toussaint, vous en prévoyez ?')).toBe('accompagnement-webinaires');
    expect(answered('Pour boucler le budget 2027, on a besoin du calendrier du e-reporting')).toBe('facturation-electronique-b2b');
    expect(answered('facture en attente de traitement')).toBe('suivre-une-facture');
    expect(answered('la facture est en cours de processus depuis lundi')).toBe('suivre-une-facture');
    expect(answered('je reviens de congés et mon mot de passe ne marche plus')).toBe('mot-de-passe-oublie');
  });
});

describe('iteration 163: a credit note named after «exemple de», a negation that goes on, the digit for «un», a condition after the ticket', () => {
  it('reads «saisie d\'avoir» as the credit note the base does not answer', () => {
    expect(answered("saisie d'avoir ?")).toBe('fallback');
    expect(answered('un exemple de facture en brouillon ?')).toBe('facture-brouillon');
  });
  it('sets aside the «ni…», «rien de tout ça» that go on with a negation', () => {
    const q = "pas de souci d'EDI, ni de brouillon, rien de tout ça, juste mon accès bloqué";
    expect(readMessage(q).clauses.filter((c) => c.negated).map((c) => c.text)).toEqual(['pas de souci edi', 'ni de brouillon', 'rien de tout ca']);
    expect(answered(q)).toBe('mot-de-passe-oublie');
  });
  it('searches «1 pb», «pas vrmt» as «un problème», «pas vraiment», and the reader still reads «1 personne»', () => {
    expect(answered('c vrmt urgent, 1 mdp perdu')).toBe('mot-de-passe-oublie');
    expect(answered('jve 1 persone pa 1 robot')).toBe('intent:agent');
  });
  it('keeps the ticket after it when «et si je n\'arrive plus à me connecter, ça fonctionne quand même ?»', () => {
    expect(conversation('Comment déposer un ticket ?', "et si je n'arrive plus du tout à me connecter, ça fonctionne quand même ?")).toBe('ticket-support');
  });
});

describe('iteration 164: everyday verbs and feelings, the subjunctive of «passer», the screen\'s word for an application', () => {
  it('reads «que vous me passiez quelqu\'un» as a request for a person', () => {
    expect(answered("j'aimerais que vous me passiez quelqu'un du support pour mon accès bloqué")).toBe('intent:agent');
  });
  it('searches neither «remettre» (no slip for «rejet»), «dites-moi», «renvoyer», a fear nor a new recruit', () => {
    expect(answered('comment je remets mon mot de passe à zéro ?')).toBe('mot-de-passe-oublie');
    const terms = (q: string) => knowledge.analyse(q).message.terms;
    expect(terms('dites-moi où en est ma facture')).not.toContain('dit');
    expect(terms('notre recrue craint de casser quelque chose')).toEqual([]);
    expect(conversation('Ma facture est toujours en brouillon.', 'je la renvoie comment du coup ?')).toBe('facture-brouillon');
    expect(conversation('Ma facture est restée en brouillon.', "je dois cliquer sur quoi ? je crains de casser quelque chose")).toBe('facture-brouillon');
  });
  it('keeps «renvoyer» when a system answers with it or someone is sent elsewhere', () => {
    expect(knowledge.analyse('le portail me renvoie une erreur 500').message.terms).toContain('renvoi');
    expect(knowledge.analyse('on doit le renvoyer vers un autre site').message.terms).toContain('renvoi');
  });
  it('reads «je prends quel onglet ?» as which application to choose', () => {
    expect(conversation("je refais le préau de l'école communale, c'est un marché public", 'je prends quel onglet pour la facture ?')).toBe('factures-emises-ou-travaux');
  });
});

describe('iteration 165: an invoice\'s exact total, a State service named', () => {
  it('blanks an exact total (cents or a thousands separator) and keeps a round sum, which may be the question', () => {
    expect(dropIdentifiers('un total de 7 215,40 € TTC réglé')).not.toMatch(/\d|€|TTC/);
    expect(dropIdentifiers('reste 1.980,50 EUR à payer')).not.toMatch(/\d/);
    expect(dropIdentifiers('il me manque 150 euros')).toBe('il me manque 150 euros');
  });
  it('searches neither the total\'s digits nor the State service it went to', () => {
    const terms = knowledge.analyse('ma facture de 3 212,75 € envoyée à la DREAL est toujours en attente').message.terms;
    expect(terms).not.toEqual(expect.arrayContaining(['3']));
    expect(terms).not.toContain('dreal');
    expect(terms).toContain('factur');
  });
});

describe('iteration 166: a «non» said to oneself, a request given up, a thing taken back as settled, an offer asked about, Québec\'s «bon matin»', () => {
  it('takes back what a «bon non», a «non» after a thing merely named or «laissez tomber» comes after', () => {
    expect(answered('EDI, non : le brouillon, il part comment ?')).toBe('facture-brouillon');
    expect(answered("je veux un conseiller tout de suite ! bon non, laissez tomber, dites-moi seulement comment je suis ma facture")).toBe('suivre-une-facture');
  });
  it('still reads a «…, non ?» that asks, and «j\'ai laissé tomber» as told', () => {
    expect(readMessage("Il existe un envoi en EDI, non ? j'en ai besoin").clauses.filter((c) => c.negated)).toEqual([]);
    expect(readMessage("j'ai laissé tomber ces frais de train, comment les déclarer ?").clauses.filter((c) => c.negated)).toEqual([]);
  });
  it('sets aside «ça c\'est réglé» right after a correction', () => {
    const q = "je voulais parler de l'EDI, enfin non, ça c'est réglé depuis longtemps avec notre prestataire, ce qui compte c'est le e-reporting";
    expect(readMessage(q).clauses.filter((c) => !c.negated).map((c) => c.text)).not.toContain('ca c est regle depuis longtemps avec notre prestataire');
  });
  it('answers an offer asked about beside its price, and «Bon matin !» as a greeting', () => {
    expect(answered('vous organisez des sessions en ligne pour débuter ? et c\'est payant ?')).toBe('accompagnement-webinaires');
    expect(answered('Bon matin !')).toBe('intent:greeting');
    expect(answered('salut, ça joue ?')).toBe('intent:greeting');
  });
});

describe('iteration 167: a service compared with, «lesquels ?», a product said compatible, «me le résumer», plural verbs and mornings', () => {
  it('blanks a service the portal is compared with, not another site named as such', () => {
    expect(dropComparisons('un rappel par SMS comme sur Ameli ?')).not.toMatch(/Ameli/);
    expect(dropComparisons('mon mot de passe Doctolib ne marche pas')).toBe('mon mot de passe Doctolib ne marche pas');
    expect(answered('mon identifiant ne passe plus, on peut le réinitialiser comme sur Doctolib ?')).toBe('mot-de-passe-oublie');
  });
  it('reads a bare «lesquels ?» as asking about what was just said', () => {
    expect(conversation('comment joindre le support ?', 'lesquels ?')).toBe('contacter-le-support');
  });
  it('reads a product said compatible as the software the base does not answer', () => {
    expect(answered('Chorus Pro est-il compatible avec Odoo pour facturer nos clients privés ?')).toBe('fallback');
    expect(answered("notre ERP sait faire de l'EDI : Chorus Pro est compatible avec ça ?")).toBe('envoi-edi');
  });
  it('follows «vous pouvez me le résumer ?» back to the previous answer', () => {
    expect(conversation("Qu'est-ce qui change avec la facture électronique entre entreprises ?", 'vous pouvez me le résumer simplement ?')).toBe('facturation-electronique-b2b');
  });
  it('searches neither «parlent» (no slip for «partent») nor «matins» (no slip for «main»)', () => {
    const terms = knowledge.analyse('ils en parlent tous les matins').message.terms;
    expect(terms).not.toContain('partent');
    expect(terms).not.toContain('main');
  });
});

describe('iteration 168: live sessions, the portal\'s novelties, a workflow asked', () => {
  it('reads sessions held live or online as the training', () => {
    expect(answered('une séance en direct, ça existe ?')).toBe('accompagnement-webinaires');
  });
  it('reads who decides the portal\'s novelties as its governance', () => {
    expect(answered('les nouveautés du portail, qui les vote ?')).toBe('gouvernance-ipm');
  });
  it('reads «le workflow pour…» as a how-to, no request', () => {
    expect(answered("merci de m'expliquer le workflow pour créer un ticket")).toBe('ticket-support');
  });
});

describe('iteration 169: no problem to report, a request made for me, the person a question is about, a delay passed', () => {
  it('sets aside a clause that says there is no problem to report', () => {
    expect(answered("On n'a aucun problème à signaler, on cherche juste une formation sur le portail")).toBe('accompagnement-webinaires');
  });
  it('reads «faites-moi une demande» as a ticket asked for, not a request for a quote', () => {
    expect(answered('vous pouvez me faire une demande, svp ?')).toBe('intent:ticket');
    expect(answered('faites-moi une demande de devis')).toBe('fallback');
  });
  it('reads the person named after a question about «il» as its subject, not a request', () => {
    expect(answered("il répond quand, l'agent ?")).toBe('contacter-le-support');
  });
  it('reads whether a person could be had if the bot fails as a question about the service; a failure reported still asks', () => {
    expect(conversation("ClaudIA, c'est un robot ?", "et si le robot se trompe, je peux avoir quelqu'un ?")).toBe('contacter-le-support');
    expect(conversation('Comment récupérer mon mot de passe ?', 'et si ça ne marche toujours pas, je peux avoir un agent ?')).toBe('intent:agent');
  });
  it('reads «pour la forme» as appearances, no training', () => {
    expect(conversation('Qui décide des évolutions du portail ?', 'ça compte vraiment ou c\'est pour la forme ?')).toBe('gouvernance-ipm');
  });
  it('reads a transmission by a channel as sending', () => {
    expect(answered('Et côté transmission en EDI ?')).toBe('envoi-edi');
  });
  it('reads a time limit passed as a delay, a «mot depasse» as the password', () => {
    expect(offeredIn("Combien de jours a la maîtrise d'œuvre pour viser le décompte ?", 'et si elle dépasse ?')).toContain('moe-projet-decompte-mensuel');
    expect(answered("j'ai oublié mon mot depasse, je fais comment ?")).toBe('mot-de-passe-oublie');
  });
});

describe('iteration 170: an invoice sent in a month, «c\'est quoi ce système», «comment c\'est possible»', () => {
  it('reads an invoice sent in a named month as one already deposited, to follow', () => {
    expect(answered("Madame, Monsieur, je souhaiterais connaître l'avancement d'une facture adressée en octobre à la préfecture.")).toBe('suivre-une-facture');
  });
  it('reads «c\'est quoi ce système» as a complaint, no other topic', () => {
    expect(answered("Mon mot de passe est refusé à chaque fois !!! C'est quoi ce système ?!")).toBe('mot-de-passe-oublie');
  });
  it('reads «comment c\'est possible» as surprise, no possibility asked', () => {
    expect(offered("ils disent qu'ils n'ont rien reçu, comment c'est possible ?")).toContain('facture-brouillon');
  });
});

describe('iteration 171: who the writer is beside a greeting, «n\'a plus», a place named, «quant», an elided pronoun, a day of the month', () => {
  it('reads a greeting followed by who the writer is as the greeting; a problem told stays one', () => {
    expect(answered("Bonsoir ! Je suis le fils d'un plombier, je découvre le portail")).toBe('intent:greeting');
    expect(answered('Bonjour, je suis artisan et ma facture est bloquée')).not.toBe('intent:greeting');
  });
  it('reads «n\'a plus accès» as no longer having it, no goodbye', () => {
    expect(knowledge.analyse("et si elle n'a plus accès à sa boîte mail ?").message.terms).not.toContain('aplus');
    expect(answered('ok merci à plus')).toBe('intent:goodbye');
  });
  it('keeps a topic the base does not answer when the follow-up only adds where («sur le portail»)', () => {
    expect(conversation('Notre trésorier a changé de banque.', 'il faut le signaler où sur le portail ?')).toBe('fallback');
  });
  it('reads «quant» as «quand» where a time is asked, and «à partir de quel moment» as where a delay starts', () => {
    expect(answered("depuis quant court le délai de paiement côté maîtrise d'œuvre ?")).toBe('moe-projet-decompte-mensuel');
    expect(answered("le délai de paiement de la maîtrise d'œuvre, il court à partir de quel moment ?")).toBe('moe-projet-decompte-mensuel');
  });
  it('reads an elided object pronoun («je vous l\'envoie») as pointing back', () => {
    expect(conversation("J'ai une idée d'article pour la newsletter.", "je vous l'envoie comment, elle sortirait quand ?")).toBe('lettre-information');
  });
  it('reads a day of the month as a date, no topic; «24 h sur 24» keeps its number', () => {
    expect(answered("c'est dû le 24 ?")).toBe('fallback');
    expect(answered('ClaudIA répond 24 h sur 24 ?')).toBe('contacter-le-support');
  });
});

describe('iteration 172: «pour ouvrir un ticket ?», «si cela est possible» between a wish and its request, a «mémoire en réclamation», a feeling hashtag', () => {
  it('reads «donc pour ouvrir un ticket dans ce cas ?» as asking how', () => {
    expect(readMessage('donc pour ouvrir un ticket dans ce cas ?').asksHow).toBe(true);
    expect(readMessage('bon, et pour contacter le support alors ?').asksHow).toBe(true);
  });
  it('reads «si cela est possible» between a wish and what it wishes as a link', () => {
    expect(readMessage("Après plusieurs essais ratés de dépôt de mon mémoire, je souhaite, si cela est possible, ouvrir dès à présent une demande d'assistance auprès de votre support.").request).toBe('ticket');
  });
  it('reads a «mémoire en réclamation» as a claim on a works contract, no ticket', () => {
    expect(readMessage('Pourriez-vous me préciser le délai pour adresser un mémoire en réclamation ?').request).toBeNull();
    expect(answered('je veux déposer une réclamation au support')).toBe('intent:ticket');
  });
  it('reads a feeling hashtag («#stress») as no word of the topic', () => {
    expect(knowledge.analyse('ça tombe quand ? #stress').message.terms).not.toContain('stress');
  });
});

describe('iteration 173: messages typed as one run, without punctuation', () => {
  it('reads a formal letter typed as one run: its closing formula starts a sentence of its own', () => {
    expect(answered("madame monsieur je souhaiterais savoir comment suivre le paiement d'une facture adressée au rectorat je vous prie d'agréer mes salutations distinguées")).toBe('suivre-une-facture');
  });
  it('cuts a run that opens on a negation where each new subject starts; «je ne veux pas qu\'on…» stays whole', () => {
    expect(answered("c'est pas la connexion j'arrive à entrer c'est mon brouillon qui part pas")).toBe('facture-brouillon');
    expect(answered('je suis pas bloqué au login je cherche pourquoi ma facture reste en brouillon')).toBe('facture-brouillon');
    expect(readMessage("je ne veux pas qu'on me rappelle").clauses).toHaveLength(1);
  });
  it('reads «thats» without its apostrophe as «that\'s»', () => {
    expect(answered('thank you thats exactly what we needed')).toBe('intent:thanks');
  });
});

describe('iteration 174: what the writer compares with, a story that asks nothing, another body\'s help desk', () => {
  it('reads retail chains named only as a comparison, or as what is already done beside the public side, as no retail EDI', () => {
    expect(answered('Je voudrais transmettre nos factures en EDI, comme nous le faisons déjà avec les supermarchés.')).toBe('envoi-edi');
    expect(answered("On fait déjà de l'EDI avec nos enseignes de la grande distribution, on peut aussi brancher Chorus Pro pour nos clients publics ?")).toBe('envoi-edi');
    // The chains' own EDI is still refused.
    expect(answered("On fait déjà de l'EDI avec Carrefour, le même flux marche pour leurs bons de commande ?")).toBe('fallback');
    expect(answered('Notre EDI avec Intermarché ne fonctionne plus depuis hier.')).toBe('fallback');
  });
  it('answers a sure question after a story that on its own asks nothing and names no refused topic', () => {
    expect(answered("Bonjour, notre entreprise est installée à Lausanne et vient de remporter un contrat de maintenance auprès d'une université. Comment connaître le statut de nos factures après leur dépôt sur Chorus Pro ?")).toBe('suivre-une-facture');
    // A story about another platform or the VAT keeps the refusal.
    expect(answered("Ce n'est pas Chorus Pro qui me concerne mais la plateforme des achats de l'État : comment joindre leur assistance ?")).toBe('fallback');
    expect(answered("Pas une question Chorus, c'est sur ma déclaration de TVA du trimestre : quel formulaire faut-il remplir ?")).toBe('fallback');
  });
  it("reads «leur accueil», «ils ont un chat ?» after another body named as that body's help desk", () => {
    expect(answered("Je suis plombier, j'ai un souci avec l'URSSAF, je ne les ai jamais au téléphone. Vous savez à quelle heure leur accueil est ouvert et s'ils ont un chat ?")).toBe('fallback');
    expect(answered('Le support de Chorus Pro, leur service est ouvert quand ?')).toBe('contacter-le-support');
  });
  it('drops the «ci» of «celle-ci», which names nothing', () => {
    expect(answered('Comment savoir si celle-ci a été payée ?')).toBe('suivre-une-facture');
  });
});

describe('iteration 175: whom a possibility is for, a repeated instruction', () => {
  it('reads «c\'est possible pour une PME ?» as whether it can be done, the kind of business being who asks', () => {
    expect(answered("Et la transmission en EDI, c'est possible pour une PME comme la nôtre ?")).toBe('envoi-edi');
    expect(answered("Et l'EDI, c'est aussi possible pour une petite entreprise ?")).toBe('envoi-edi');
    // An obligation by size is still the reform's matter.
    expect(answered("La facture électronique entre entreprises, c'est obligatoire pour une TPE ?")).toBe('facturation-electronique-b2b');
  });
  it('reads «on me répète que…» as speech, no rejection', () => {
    expect(answered("Mon chef me répète qu'on doit passer par l'EDI pour nos centaines de factures, mais personne ne m'explique comment faire. Alors ?")).toBe('envoi-edi');
  });
});

describe('iteration 176: where the form is, a trade\'s own words, an invoice already paid', () => {
  it('reads «je voudrais remplir le formulaire… : il se trouve où ?» as the way to the form, not the form now', () => {
    expect(answered("Pas de chat pour moi, je voudrais remplir le formulaire de demande d'assistance : il se trouve où ?")).toBe('ticket-support');
    expect(answered('ouvrez-moi un ticket svp')).toBe('intent:ticket');
  });
  it('reads «taxi» as who writes (its stem is that of «taxe»), and videos one makes as no training', () => {
    expect(answered("J'ai redemandé un mot de passe trois fois et rien n'arrive !!! Je suis taxi, je n'ai pas le temps pour ça !")).toBe('mot-de-passe-oublie');
    expect(answered('Je produis des vidéos pour une université, comment suivre ma facture ?')).toBe('suivre-une-facture');
    expect(answered('il y a des vidéos pour apprendre Chorus ?')).toBe('accompagnement-webinaires');
  });
  it('reads correcting an invoice already paid as amending a sent invoice, which no article says', () => {
    expect(conversation('Ma facture est partie hier.', "mais le montant était faux, je la corrige comment maintenant qu'elle est payée ?")).toBe('fallback');
  });
  it('reads «on peut y écrire un texte ?» about the newsletter as contributing to it', () => {
    expect(conversation('Votre newsletter est très bien faite.', 'on peut y écrire un texte ?')).toBe('lettre-information');
  });
});

describe('iteration 177: whether there is more than the robot, learning again', () => {
  it('reads «y a moyen de joindre un conseiller ou c\'est juste la machine ?» as how the support works', () => {
    expect(answered("y a moyen de joindre un conseiller ou c'est juste la machine ?")).toBe('contacter-le-support');
    expect(answered("passez-moi quelqu'un, pas juste le robot !")).toBe('intent:agent');
  });
  it('reads «réapprendre» as learning', () => {
    expect(answered('je voudrais réapprendre à utiliser Chorus Pro')).toBe('accompagnement-webinaires');
  });
});

describe('iteration 178: fences and squares, amounts, shops, a status and what an invoice was for', () => {
  it('reads a fence put up as works, not an account or a year closed', () => {
    expect(answered('quelle application pour la pose de clôtures autour du terrain de foot ?')).toBe('factures-emises-ou-travaux');
    expect(answered('la clôture de mon exercice comptable')).toBe('fallback');
    expect(knowledge.analyse('et pour le réaménagement de la place ?').message.terms).toContain('cpttravaux');
  });
  it('reads being put through to a person as how the support works', () => {
    expect(answered('comment être transféré vers un conseiller ?')).toBe('contacter-le-support');
  });
  it('reads «mise en paiement» as where an invoice stands, whichever buyer put it there', () => {
    expect(answered('est-ce que la commune a mis ma facture en paiement, où je le vois ?')).toBe('suivre-une-facture');
    expect(answered('ma facture est où ?')).toBe('suivre-une-facture');
  });
  it('reads «on m\'oblige à» as what the writer has to do, and «monté» as no amount', () => {
    expect(answered('on m’oblige à passer par Factures de travaux pour avoir monté un chapiteau ?')).toBe('factures-emises-ou-travaux');
  });
  it('reads «X, c\'est possible pour un cabinet ?» as X, and keeps «c\'est possible» after what is wanted', () => {
    expect(answered('l’EDI, c’est possible pour un cabinet d’architectes ?')).toBe('envoi-edi');
    expect(answered('c’est possible ?')).toBe('fallback');
    expect(answered('je veux corriger le montant après envoi, c’est possible ?')).toBe('fallback');
  });
  it('reads a shop open on Sunday as another place\'s hours, the chat\'s as the support\'s', () => {
    expect(answered('vous connaissez une quincaillerie ouverte le dimanche ?')).toBe('fallback');
    expect(answered('le chat est ouvert le samedi ?')).toBe('contacter-le-support');
  });
  it('reads «horraires» as hours asked, not a request', () => {
    expect(answered('horraires du chat avec un conseiller svp')).toBe('contacter-le-support');
  });
  it('does not read the two amounts of «14 000 au lieu de 12 600» as a volume, nor INV-7714 as a word', () => {
    expect(knowledge.analyse('il a mis 14 000 au lieu de 12 600').message.terms).toEqual(['cptecartmontant']);
    expect(knowledge.analyse('Can you check invoice INV-7714 for me?').message.terms).not.toContain('inv');
  });
  it('reads «letat» as «l\'état»', () => {
    expect(answered('ou voir letat de ma facture')).toBe('suivre-une-facture');
  });
  it('reads what an invoice was for as which invoice when its status is asked', () => {
    expect(answered('je voudrais connaître l’état de traitement d’une facture pour des prestations de déneigement')).toBe('suivre-une-facture');
  });
  it('reads «et si l\'adresse n\'est plus valide ?» under the topic, and «lesquelles» as pointing back', () => {
    expect(conversation('mot de passe oublié sur Chorus Pro', 'et si l’adresse mail du compte n’est plus valide ?')).toBe('mot-de-passe-oublie');
    expect(conversation('J’ai déposé trois factures.', 'lesquelles ont été payées ?')).toBe('suivre-une-facture');
  });
});

describe('iteration 179: a building painted, being logged in to talk to ClaudIA, water syndicates, a file\'s size', () => {
  it('reads painting a public building as works, and «un marcher de travaux» as a works contract', () => {
    expect(knowledge.analyse('la peinture de la crèche').message.terms).toContain('cpttravaux');
    expect(knowledge.analyse('un marcher de travaux').message.terms).toContain('cpttravaux');
  });
  it('reads being logged in to talk to ClaudIA as how the support works, not a ticket\'s mode', () => {
    expect(offeredIn('Claudia, faut être connecté pour lui parler ?')).toContain('contacter-le-support');
    expect(answered('faut être connecté pour envoyer un ticket ?')).toBe('ticket-support');
  });
  it('reads «le syndicat des eaux» as a buyer like a town hall', () => {
    expect(knowledge.analyse('le syndicat des eaux').message.terms).toEqual(['mair']);
  });
  it('reads whom a possibility is for with its size («un laboratoire de taille moyenne»)', () => {
    expect(answered('l’EDI, c’est possible pour un laboratoire de taille moyenne ?')).toBe('envoi-edi');
  });
  it('reads «10 MB», «15 Mo» as a file\'s size, no number of invoices', () => {
    expect(knowledge.analyse('des PDF de 10 MB').message.terms).toEqual(['pdf', 'taillefichier']);
    expect(knowledge.analyse('un fichier de 15 Mo').message.terms).toContain('taillefichier');
  });
});

describe('iteration 180: a buyer who received, a job named after the invoice, a restoration, seeing it with someone', () => {
  it('reads «si la commune a bien reçu ma facture» as where it stands, whichever buyer', () => {
    expect(knowledge.analyse('si la commune a bien reçu ma facture').message.terms).not.toContain('commun');
    expect(answered('la mairie n’a pas reçu ma facture')).toBe('facture-brouillon');
  });
  it('reads the job named right after «ma facture pour…» as which invoice when its draft is asked', () => {
    expect(answered('ma facture pour le transfert des dossiers du tribunal est restée en brouillon, comment l’envoyer ?')).toBe('facture-brouillon');
  });
  it('reads the restoration of a building as works', () => {
    expect(answered('je suis sous-traitant sur la restauration d’un beffroi, je dépose où ?')).toBe('factures-emises-ou-travaux');
  });
  it('reads «régler ça avec quelqu\'un» as a person asked for', () => {
    expect(answered('je voudrais régler ça avec quelqu’un de chez vous')).toBe('intent:agent');
  });
  it('reads «et si je n\'ai plus cette adresse mail ?» under the forgotten password', () => {
    expect(conversation('j’ai oublié mon mot de passe', 'mais si je n’ai plus cette adresse mail ?')).toBe('mot-de-passe-oublie');
  });
});

describe('iteration 180, second part: a draft, «quelle app», who a provider serves, where a sent invoice went', () => {
  it('reads a draft spelt «brouilon» after «ma facture pour…», and «quelle app» as the portal\'s application', () => {
    expect(answered('ma facture pour l’EHPAD est bloquée en brouilon, je fais quoi ?')).toBe('facture-brouillon');
    expect(answered('on fait des travaux de plomberie pour le lycée, je prends quelle app ?')).toBe('factures-emises-ou-travaux');
    expect(answered('Chorus Pro a une app mobile ?')).toBe('fallback');
  });
  it('reads «prestataire de plusieurs hôpitaux» as who writes, no EDI provider', () => {
    expect(knowledge.analyse('prestataire de plusieurs hôpitaux').message.terms).not.toContain('cptflux');
  });
  it('reads where a sent invoice went as which invoice when its status is asked, not when its draft is', () => {
    expect(answered('pas besoin d’un conseiller : où je vois le statut de ma facture envoyée à la commune ?')).toBe('suivre-une-facture');
    expect(answered('ma facture envoyée à la mairie est restée en brouillon')).toBe('facture-brouillon');
  });
});

describe('iteration 181: numbered questions, a wish carried over, social housing and care homes, «laquelle» after a deposit', () => {
  it('expands «depl» as a journey', () => {
    expect(knowledge.analyse('frais de depl').message.terms).toEqual(knowledge.analyse('frais de déplacement').message.terms);
  });
  it('reads «les webinaires, ils sont où ?» as the webinars asked for, no invoice', () => {
    expect(answered('les replays des webinaires, ils sont où ?')).toBe('accompagnement-webinaires');
    expect(answered('et mes factures elles sont où ?')).toBe('suivre-une-facture');
  });
  it('reads a social housing landlord as a buyer like a town hall', () => {
    expect(knowledge.analyse('le bailleur social').message.terms).toEqual(['mair']);
    expect(conversation('comment je vois où en est ma facture pour le collège ?', 'et celle de l’office HLM ?')).toBe('suivre-une-facture');
  });
  it('reads a care home as a buyer, no pension', () => {
    expect(knowledge.analyse('la maison de retraite').message.terms).toEqual([]);
    expect(answered('l’EHPAD a reçu ma facture ?')).toBe('suivre-une-facture');
  });
  it('reads numbered questions each on its own, and marked parts of a first message together', () => {
    expect(offeredIn('1) comment je suis une facture déposée 2) vous avez un webinaire pour les nouveaux ?')).toEqual(
      expect.arrayContaining(['suivre-une-facture', 'accompagnement-webinaires']),
    );
    expect(answered('pourquoi le département ne paie pas ?? on peut demander des pénalités ?')).toBe('fallback');
  });
  it('carries the wish of «ce n\'est pas X que je veux» over to «c\'est un vrai conseiller»', () => {
    expect(answered('ce n’est pas un robot que je veux, c’est un vrai conseiller, pour mon problème de mot de passe')).toBe('intent:agent');
    expect(answered('ce n’est pas un webinaire que je cherche, c’est la procédure pour le mot de passe')).toBe('mot-de-passe-oublie');
  });
  it('reads «laquelle faut-il utiliser ?» after a deposit done as the choice behind it, no next step', () => {
    expect(answered('Nous avons fait le dépôt dans Factures émises pour des travaux de voirie, et maintenant le comptable est perdu. Laquelle faut-il utiliser ?')).toBe(
      'factures-emises-ou-travaux',
    );
  });
  it('drops «parce» and the kids of a story', () => {
    expect(knowledge.analyse('parce que les gamins').message.terms).toEqual([]);
  });
});

describe('iteration 182: a draft however spelt beside the invoice\'s job, whom a training is for', () => {
  it('reads «brouillion» as the draft the job named after «ma facture pour…» belongs to', () => {
    expect(answered('ma facture pour le greffe est rester en brouillion')).toBe('facture-brouillon');
  });
  it('reads the court-costs trade a training is for as who writes, not what is asked', () => {
    expect(answered('vous faites des webinaires pour les interprètes ?')).toBe('accompagnement-webinaires');
    expect(answered('existe-t-il des sessions de formation destinées aux experts près la cour d’appel ?')).toBe('accompagnement-webinaires');
  });
});

describe('iteration 183: dictated runs that open on a negation, councils and associations, what is owed when paid late', () => {
  it('cuts a dictated run opening on «pas…» where the next subject starts, «ces un…» and «mes je…» heard for «c\'est», «mais»', () => {
    expect(answered('pas un souci de connexion mes je voudrais savoir si ma facture a été payée')).toBe('suivre-une-facture');
    expect(answered('ce n’est pas une facture ces un mémoire de frais de justice pour mes kilomètres')).toBe('frais-de-justice-frais-divers');
    expect(answered('non pas le chat je veux savoir comment écrire au support sans être connecté')).toBe('ticket-support');
    expect(answered('pas de saisie à la main on a trop de factures on veut passer en e d i')).toBe('envoi-edi');
  });
  it('reads «enpaiement» as «en paiement»', () => {
    expect(answered('ma facture est mise enpaiement ?')).toBe('suivre-une-facture');
  });
  it('reads the departmental council and «le dep» as the département buying, no advice', () => {
    expect(knowledge.analyse('le conseil départemental').message.terms).toEqual(knowledge.analyse('le département').message.terms);
    expect(knowledge.analyse('le dep').message.terms).toEqual(knowledge.analyse('le département').message.terms);
  });
  it('reads «asso» among the kinds whom a possibility is for', () => {
    expect(answered('et l’EDI, c’est possible pour une asso ?')).toBe('envoi-edi');
  });
  it('reads «on me doit combien ?» after a late payment as what is owed, which no article says', () => {
    expect(conversation('comment je vois où en est ma facture ?', 'et si c’est payé en retard, on me doit combien ?')).toBe('fallback');
  });
});

describe('iteration 183, second part: «ces pour…», heard of ClaudIA, cleaning, whoever looks at the case, a legal form, who pays', () => {
  it('cuts a dictated «ces pas pour… ces pour…» into what is rejected and what it is', () => {
    expect(readMessage('ces pas pour une facture normale ces pour un chantier').clauses.map((c) => c.negated)).toEqual([true, false]);
  });
  it('reads «j\'ai entendu parler de…» as a story\'s words', () => {
    expect(answered('j’ai entendu parler de ClaudIA, c’est quoi au juste et où on la trouve ?')).toBe('contacter-le-support');
  });
  it('reads «le ménage» as cleaning, no manager', () => {
    expect(knowledge.analyse('le ménage').message.terms).toEqual(knowledge.analyse('le nettoyage').message.terms);
  });
  it('reads «un agen» as an agent (Agen alone stays a town)', () => {
    expect(answered('passe moi un agen svp')).toBe('intent:agent');
    expect(answered('je suis à Agen, comment suivre ma facture ?')).toBe('suivre-une-facture');
  });
  it('reads «que quelqu\'un du support regarde» as the case handled, the ticket asked for next', () => {
    expect(answered('Je préfère que quelqu’un du support regarde, donc merci de créer un ticket pour moi maintenant.')).toBe('intent:ticket');
  });
  it('reads «on est une petite EURL» as who asks, no company statutes', () => {
    expect(conversation('la facturation électronique entre entreprises sera obligatoire quand ?', 'et nous on est une petite EURL, ça nous concerne quand ?')).toBe(
      'facturation-electronique-b2b',
    );
    expect(answered('je voudrais changer les statuts de ma SARL')).toBe('fallback');
  });
  it('reads who put an invoice in payment («par le tribunal…») as saying nothing of the topic', () => {
    expect(answered('comment je sais si ma facture a été mise en paiement par le tribunal judiciaire')).toBe('suivre-une-facture');
  });
});

describe('iteration 184: what happened to an invoice, a how-to asked before a failure, a request made for the user, whose invoice', () => {
  it('reads «what happened to» an invoice as where it stands', () => {
    expect(answered('what happened to the invoice I sent to the town hall last month?')).toBe('suivre-une-facture');
  });
  it('reads a how-to asked before a failure as the question, no step done', () => {
    const reading = readMessage('J’ai fait deux déplacements avec péages. Comment je les déclare dans le mémoire ? On m’a parlé d’un tableau mais je ne le trouve pas.');
    expect(reading.clauses.some((c) => c.done)).toBe(false);
  });
  it('reads «faites-leur une demande de ma part» as a ticket asked for', () => {
    expect(conversation('mon décompte est bloqué depuis dix jours', 'le chat ne répond pas', 'bon, faites-leur une demande de ma part')).toBe('intent:ticket');
  });
  it('reads «celle de son associée» as whose invoice, no company statutes', () => {
    expect(conversation('comment savoir si la facture de Mme Martin est arrivée à l’hôpital ?', 'et celle de son associée ?')).toBe('suivre-une-facture');
    expect(answered('comment changer les associés dans les statuts de ma SARL ?')).toBe('fallback');
  });
});

describe('iteration 185: a need stressed, words spelt as they sound', () => {
  it('reads «j\'ai absolument besoin d\'un conseiller» as a person asked for', () => {
    expect(answered('Là j’ai absolument besoin d’un conseiller en chat, tout de suite, je n’ai plus le temps')).toBe('intent:agent');
  });
  it('reads «déplassement», «fré de…», «umain», «mr bcp» as they sound', () => {
    expect(knowledge.analyse('déplassement').message.terms).toContain('deplac');
    expect(knowledge.analyse('fré de').message.terms).toEqual(knowledge.analyse('frais de').message.terms);
    expect(answered('je voudrais parlé a un umain')).toBe('intent:agent');
    expect(answered('mr bcp, ça marche')).toBe('intent:thanks');
  });
});

describe('iteration 186: a session held live, «j\'ai pas oublié», a thing taken up again, a cooperative, a market day, a follow-up\'s questions, a complaint elsewhere', () => {
  it('reads «séminaires en direct» as sessions held online, no live contact', () => {
    expect(answered('je préfère les séminaires en direct, vous en faites ?')).toBe('accompagnement-webinaires');
  });
  it('reads «j\'ai pas oublié…» at the start of a clause, and «je n ai pas…» typed without apostrophe, as negated', () => {
    expect(readMessage('J’ai pas oublié mon mot de passe, je veux changer l’adresse mail du compte').clauses[0]!.negated).toBe(true);
    expect(readMessage('je n ai pas perdu mon mot de passe, je veux changer l’adresse mail du compte').clauses[0]!.negated).toBe(true);
  });
  it('reads a thing taken up again by a pronoun after its negated verb as what is asked about', () => {
    expect(readMessage('je ne veux pas annuler le décompte mensuel, mais puis-je le corriger avant de le valider ?').clauses.map((c) => c.negated)).toEqual([false, false]);
    expect(answered('j’ai pas oublié mon mot de passe mais il marche plus depuis lundi')).toBe('mot-de-passe-oublie');
    expect(readMessage('je ne veux pas parler à un agent, je peux le joindre plus tard ?').clauses[0]!.negated).toBe(true);
  });
  it('reads a cooperative as who writes, no topic', () => {
    expect(answered('EDI pour notre coopérative')).toBe('envoi-edi');
  });
  it('reads «au marché du samedi» as where one sells, no opening hours', () => {
    expect(answered('Le e-reporting de nos ventes au marché du samedi, ça marche comment ?')).toBe('facturation-electronique-b2b');
    expect(answered('le chat est ouvert le samedi ?')).toBe('contacter-le-support');
  });
  it('reads each question of a follow-up with the topic, one of them on the price', () => {
    expect(conversation('je débute sur le portail, je voudrais une formation', 'il y en a une ce mois-ci ? c’est gratuit ?')).toBe('accompagnement-webinaires');
    expect(conversation('je débute sur le portail, je voudrais une formation', 'c’est gratuit ?')).toBe('fallback');
  });
  it('reads the service «compétent pour une réclamation» elsewhere as no ticket asked for', () => {
    expect(readMessage('Je vous serais obligé de me faire connaître le service de l’URSSAF compétent pour une réclamation relative à mes cotisations.').request).toBe(null);
    expect(answered('je veux déposer une réclamation')).toBe('intent:ticket');
  });
});

describe('iteration 187: what an office did, the bot addressed, a French «course», replays, a headcount, a chat cut off, whom it is for, letters, what a supplier supplies, «ça» after an unanswered message', () => {
  it('reads «si la préfecture a ouvert ma facture» as what the office did, no opening hours', () => {
    expect(answered('comment je sais si la préfecture a ouvert ma facture ?')).toBe('suivre-une-facture');
  });
  it('reads «merci le robot», «bonne nuit le robot» as a courtesy to the bot', () => {
    expect(answered('merci le robot')).toBe('intent:thanks');
    expect(answered('bonne nuit le robot')).toBe('intent:goodbye');
  });
  it('reads «nos courses» after a French determiner as rides, «courses» in English as training', () => {
    expect(answered('le e-reporting concerne aussi nos courses de VTC avec des particuliers ?')).toBe('facturation-electronique-b2b');
    expect(answered('are there any courses to learn Chorus Pro?')).toBe('accompagnement-webinaires');
  });
  it('reads «les revoir», «en différé» as a replay, no goodbye', () => {
    expect(conversation('je voudrais m’inscrire à un webinaire', 'on pourra les revoir ?')).toBe('accompagnement-webinaires');
    expect(answered('je peux regarder le webinaire en différé ?')).toBe('accompagnement-webinaires');
    expect(answered('merci, au revoir')).toBe('intent:goodbye');
  });
  it('reads a headcount as the firm\'s size, no payroll', () => {
    expect(conversation('c’est quoi le e-reporting ?', 'et nous on est 4 salariés, ça nous concerne ?')).toBe('facturation-electronique-b2b');
  });
  it('reads a chat «coupé» as cut off and «le rouvrir» as opening it again', () => {
    expect(answered('mon chat avec le conseiller s’est coupé')).toBe('contacter-le-support');
    expect(conversation('mon chat avec le conseiller s’est coupé', 'je peux le rouvrir ce soir ?')).toBe('contacter-le-support');
  });
  it('reads «pour ma mère», «pour mon patron» as whom it is for, the business\'s own clients as the matter', () => {
    expect(answered('conseiller pour ma mère')).toBe('intent:agent');
    expect(answered('ticket pour mon patron')).toBe('intent:ticket');
    expect(conversation('on envoie nos factures publiques en EDI', 'et pour nos clients privés, ça change quoi ?')).not.toBe('fallback');
  });
  it('reads «n\'a pas oublié» with any subject as negated', () => {
    const clauses = readMessage('ma femme n’a pas perdu son mot de passe, elle veut changer son adresse de connexion').clauses;
    expect(clauses.find((c) => c.text.includes('mot de passe'))!.negated).toBe(true);
  });
  it('reads a letter written «au nom de…» up to what it writes for', () => {
    expect(answered('Madame, je vous écris au nom de notre gérant afin de savoir comment suivre le paiement d’une facture.')).toBe('suivre-une-facture');
  });
  it('reads «ils paient» as the payment', () => {
    expect(conversation('comment suivre ma facture envoyée au département ?', 'et on peut voir aussi quand ils paient ?')).toBe('suivre-une-facture');
  });
  it('reads what a supplier supplies as who they are', () => {
    expect(conversation('la facture électronique entre entreprises devient obligatoire ?', 'même entre mon cabinet et mes fournisseurs de toner ?')).toBe('facturation-electronique-b2b');
  });
  it('reads «ça se fait…» after a message the base does not answer as still about it', () => {
    expect(conversation('je dois faire un avoir sur une facture de tonte', 'ça se fait dans quelle application ?')).toBe('fallback');
  });
});

describe('iteration 188: credentials asked by a message, a page in doubt, another format, a newsletter subject, one more who, a participle written as an infinitive, «l\'avoir porte sur»', () => {
  it('reads a message asking for credentials, or a page in doubt, as the portal\'s security, which no article speaks of', () => {
    expect(answered('j’ai reçu un courriel au nom de Chorus qui me demande mes identifiants, je réponds ?')).toBe('fallback');
    expect(answered('comment savoir si je suis sur une fausse page de connexion Chorus ?')).toBe('fallback');
    expect(answered('je n’ai pas reçu le mail de réinitialisation du mot de passe')).toBe('mot-de-passe-oublie');
  });
  it('reads a guide in braille as another format, which no article speaks of', () => {
    expect(answered('le guide existe en braille ?')).toBe('fallback');
    expect(answered('il existe un guide pour débutants ?')).toBe('accompagnement-webinaires');
  });
  it('reads «en regardant» and «claire» as a story\'s words, «la galère totale» as no total', () => {
    expect(knowledge.analyse('en regardant, une marche à suivre claire').message.terms).toEqual(knowledge.analyse('une marche à suivre').message.terms);
    expect(knowledge.analyse('c’est la galère totale').message.terms).toEqual([]);
  });
  it('reads «que la newsletter parle de…» as a subject proposed', () => {
    expect(answered('j’aimerais que la newsletter parle des marchés publics')).toBe('lettre-information');
  });
  it('reads «une fédération peut y siéger ?» as one more who, after the governance', () => {
    expect(conversation('qui décide des évolutions du portail ?', 'une fédération professionnelle peut y siéger ?')).toBe('gouvernance-ipm');
  });
  it('reads «pour un restaurant de 30 couverts» as whom a possibility is for', () => {
    expect(answered('l’EDI, c’est possible pour un restaurant de 30 couverts ?')).toBe('envoi-edi');
  });
  it('reads a participle written as an infinitive after «été» as the participle', () => {
    expect(knowledge.analyse('ma facture a bien été traiter').message.terms).toEqual(knowledge.analyse('ma facture a bien été traitée').message.terms);
    expect(knowledge.analyse('le plus simple c’est passer par l’EDI').message.terms).toContain('edi');
  });
  it('reads «quelqu\'un de réel» as a person', () => {
    expect(answered('comment je passe à quelqu’un de réel ?')).toBe('contacter-le-support');
  });
  it('reads «titulaire d\'un marché» in apposition as who writes', () => {
    const reading = readMessage('Titulaire d’un marché de services, je voudrais savoir comment suivre ma facture.');
    expect(reading.clauses.find((c) => c.text.startsWith('titulaire'))!.question).toBe(false);
  });
  it('reads «si l\'avoir porte sur…» as the credit note', () => {
    expect(conversation('comment faire un avoir ?', 'et si l’avoir porte sur une facture de travaux ?')).toBe('fallback');
  });
});

describe('iteration 189: checking receipt after the draft, asking ClaudIA a question', () => {
  it('reads «et après, comment je vérifie qu\'elle l\'a reçue ?» after the draft as the next step, the tracking', () => {
    expect(conversation('ma facture est restée en brouillon, je l’envoie comment ?', 'et après, comment je vérifie que la mairie l’a reçue ?')).toBe('suivre-une-facture');
    expect(conversation('ma facture est en brouillon', 'et après je fais quoi ?')).toBe('facture-brouillon');
  });
  it('reads «poser une question à ClaudIA» as talking to her, no invoice filed', () => {
    expect(answered('comment je pose une question à ClaudIA ?')).toBe('contacter-le-support');
    expect(answered('je voudrais poser une question à un conseiller')).toBe('intent:agent');
  });
});

describe('iteration 190: an invoice told by where it went, one more case, which one, trainers and their trade', () => {
  it('reads whether an invoice named by where it went was paid as its tracking, not its sending', () => {
    expect(answered('je voudrais juste savoir si celle transmise au collège a été mise en paiement')).toBe('suivre-une-facture');
    expect(answered('pouvez-vous vérifier si la facture envoyée à la communauté de communes a été payée ?')).toBe('suivre-une-facture');
  });
  it('reads «ça concerne aussi ma…» as the topic applied to one more case, and drops whom «ça marche aussi pour»', () => {
    expect(answered('et le dépôt en EDI, ça marche aussi pour une structure de notre taille ?')).toBe('envoi-edi');
    expect(readMessage('ça concerne aussi ma petite boutique ?').followUp).toBe(true);
    expect(knowledge.analyse('le dépôt en EDI, ça marche aussi pour une TPE ?').message.terms).not.toContain('tpe');
    expect(conversation('on m’a parlé d’une réforme sur les factures entre entreprises', 'ça concerne aussi ma petite boutique ?')).toBe('facturation-electronique-b2b');
  });
  it('reads «…, on passe par laquelle ?» after the two applications as asking which, whatever the trade told', () => {
    expect(conversation('quelle différence entre Factures émises et Factures de travaux ?', 'nous on fait de la maintenance des ascenseurs pour la commune, on passe par laquelle ?')).toBe(
      'factures-emises-ou-travaux',
    );
  });
  it('reads «ya til» as a question, «onboarder» as training, and drops whom it would train', () => {
    expect(readMessage('ya til une formation pour les agents qui reçoivent les factures').clauses[0]?.question).toBe(true);
    expect(knowledge.analyse('ya til une formation pour les agents qui reçoivent les factures').message.terms).not.toContain('til');
    expect(knowledge.analyse('des webinaires pour onboarder notre nouvelle secrétaire de l’asso ?').message.terms).toEqual(['webinaire', 'form']);
    expect(answered('un webinar pour onboarder notre nouveau comptable ?')).toBe('accompagnement-webinaires');
  });
  it('keeps a training firm\'s trade out of what it asks', () => {
    expect(answered('jai fait ma fact pr le transport scolaire mais elle est tjr en brouillon, cmt je lenvoie')).toBe('facture-brouillon');
    expect(answered('ce n’est pas du bâtiment, c’est une prestation de traduction pour la préfecture : quelle application ?')).toBe('factures-emises-ou-travaux');
    expect(answered('nous sommes un organisme de formation, comment créer notre compte sur Chorus Pro ?')).toBe('fallback');
  });
  it('reads «jenvoi», a rate by the hour, and a bank app named', () => {
    expect(answered('cmt jenvoi 300 factures par mois sans les saisir une par une')).toBe('envoi-edi');
    expect(answered('quel est actuellement le montant de l’heure de traduction à indiquer dans mon mémoire ?')).toBe('fallback');
    expect(answered('Qonto peut synchroniser mes factures avec Chorus Pro ?')).toBe('fallback');
  });
});

describe('iteration 191: an invoice named by what it was for, «ni… ni…», free webinars, which rate, what now', () => {
  it('reads whether the buyer received an invoice named by what it was for as its tracking', () => {
    expect(answered('je voudrais savoir si la mairie a bien reçu ma facture de location de chapiteaux')).toBe('suivre-une-facture');
  });
  it('reads grandstands as no court, and «je ne veux ni… ni…» as a refusal', () => {
    expect(knowledge.analyse('on loue des tribunes pour la fête du village').message.terms).not.toContain('tribun');
    expect(readMessage('je ne veux ni de ClaudIA ni parler à quelqu’un maintenant').clauses[0]?.negated).toBe(true);
    expect(readMessage('je ne veux ni supprimer ma facture ni la refaire').clauses[0]?.negated).toBe(false);
    expect(answered('je ne veux ni de ClaudIA ni parler à quelqu’un maintenant, je voudrais savoir comment remplir un ticket sans compte')).toBe('ticket-support');
  });
  it('reads «des webinaires gratuits» as the webinars asked for, «ils sont gratuits ?» still as a price', () => {
    expect(knowledge.analyse('vous avez des webinaires gratuits ?').message.terms).toEqual(['webinaire']);
    expect(answered('les webinaires sont payants ?')).toBe('fallback');
  });
  it('reads «je ne parle pas du taux normal, mais lequel…» as asking the rate after all', () => {
    expect(readMessage('je ne parle pas du taux réduit, mais lequel appliquer ici ?').clauses[0]?.negated).toBe(false);
    expect(answered('je ne demande pas le taux réduit de TVA, mais lequel appliquer pour une rampe d’accès dans une école ?')).toBe('fallback');
  });
  it('reads «…, qu’est-ce que je fais ?» (its «qu’» elided) as what to do now', () => {
    expect(readMessage('c’est écrit en rouge que le code est faux, qu’est-ce que je fais ?').followUp).toBe(true);
  });
  it('reads «ma dit», «où c’est sur le site», «en fait parti» as written', () => {
    expect(knowledge.analyse('ma collègue ma dit de passer par un ticket, mais je sais pas où c’est sur le site').message.terms).toEqual(['cptdemande', 'ticket']);
    expect(knowledge.analyse('c’est quoi l’IPM, et qui en fait parti ?').message.terms).toContain('membr');
  });
  it('keeps a bank change told before as the topic of «il faut le signaler sur le portail ?», and refuses an own software named in English', () => {
    expect(conversation('Notre cabinet de géomètres a changé de banque.', 'il faut le signaler sur le portail ?')).toBe('fallback');
    expect(answered('notre software de facturation sait sortir du Factur-X ?')).toBe('fallback');
  });
  it('reads «…, ça nous concerne aussi ?» after the reform as one more who', () => {
    expect(conversation('la facturation électronique entre entreprises, c’est pour quand ?', 'nous on vend surtout aux particuliers ça nous concerne aussi ?')).toBe('facturation-electronique-b2b');
  });
});

describe('iteration 192: upkeep of equipment, a report to the support', () => {
  it('reads the maintenance of lifts or heating as upkeep, no portal maintenance', () => {
    expect(knowledge.analyse('maintenance des ascenseurs : travaux ?').message.terms).not.toContain('mainten');
    expect(answered('maintenance chauffage : des travaux ?')).toBe('factures-emises-ou-travaux');
    expect(answered('la page de maintenance s’affiche depuis ce matin')).toBe('fallback');
  });
  it('reads «je veux le signaler au support» as a ticket asked for, «comment signaler…» as the how-to', () => {
    expect(answered('je veux signaler ce bug au support tout de suite')).toBe('intent:ticket');
    expect(answered('comment signaler un problème au support ?')).toBe('ticket-support');
  });
});

describe('a ticket beside a person asked for without naming one', () => {
  it('reads «open a ticket and put me through» as the ticket, without throwing (it threw before iteration 119)', () => {
    expect(readMessage('ouvrez un ticket et mettez-moi en relation avec le support').request).toBe('ticket');
    expect(answered('open a ticket and put me through')).toBe('intent:ticket');
  });
});
