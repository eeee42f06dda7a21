import { readMessage } from '../../knowledge/message';

const negated = (q: string) => readMessage(q).clauses.filter((c) => c.negated).map((c) => c.text);
const kept = (q: string) => readMessage(q).clauses.filter((c) => !c.negated).map((c) => c.text);

describe('reading a message', () => {
  it('cuts a long message into clauses and marks the ones that ask', () => {
    const r = readMessage(
      'Bonjour, je suis traiteur à Vannes. Hier j’ai saisi une facture pour la mairie. Comment je la fais partir ? Merci.',
    );
    expect(r.clauses.map((c) => c.text)).toEqual(['bonjour', 'je suis traiteur a vannes', 'hier ai saisi une facture pour la mairie', 'comment je la fais partir', 'merci']);
    // «la» points back: the sentence that names the invoice is part of the question (iteration 20).
    expect(r.clauses.filter((c) => c.question).map((c) => c.text)).toEqual(['hier ai saisi une facture pour la mairie', 'comment je la fais partir']);
  });

  it.each([
    ['je ne veux pas de webinaire, je veux changer mon mot de passe', ['je ne veux pas de webinaire'], ['je veux changer mon mot de passe']],
    ["Je n'ai pas besoin d'un agent : comment suivre ma facture ?", ['je ai pas besoin un agent'], ['comment suivre ma facture']],
    ['Ma question ne porte pas sur les factures publiques, mais sur le B2B', ['ne porte pas sur les factures publiques'], ['ma question', 'sur le b2b']],
    ["I don't want a webinar, I need to reset my password", ['i don t want a webinar'], ['i need to reset my password']],
  ])('leaves the rejected part out: %s', (q, out, stay) => {
    expect(negated(q)).toEqual(out);
    expect(kept(q)).toEqual(stay);
  });

  it('does not take a description of the problem for a rejection', () => {
    expect(negated("ma facture n'est pas partie et le client ne l'a pas reçue")).toEqual([]);
  });

  it.each([
    ['est-ce que je peux avoir un humain ? ma facture est en brouillon depuis 3 semaines', 'agent'],
    ['Non merci, je ne veux pas un autre article, je veux parler à quelqu’un du support directement.', 'agent'],
    ['jveux un conseiller en direct stp c urgent', 'agent'],
    ['Can I speak to a real person please?', 'agent'],
    ['Mon problème n’est pas réglé : vous pouvez m’ouvrir un ticket ?', 'ticket'],
    ['jvoudrai ouvrir un ticket stp', 'ticket'],
    // Elided or misspelt wishes, formal letters, English and franglais, a ticket named by a pronoun.
    ['J’EXIGE de parler à un humain, pas à un robot.', 'agent'],
    ['Please connect me with a human agent right now, the bot is not helping.', 'agent'],
    ['Je vous prie de bien vouloir enregistrer une demande d’assistance à ce sujet.', 'ticket'],
    ['je vouderais faire un ticket au support car mon compte se bloque', 'ticket'],
    ['Can you créer un ticket pour moi ? Le dépôt plante.', 'ticket'],
    ['ok, ouvrez-en un pour moi s’il vous plaît', 'ticket'],
    ['ok, faites-en un pour moi s’il vous plaît', 'ticket'],
    ['je voudrai faire une demande au suport tout de suite svp', 'ticket'],
    ['Madame, Monsieur, je souhaiterais m’entretenir dès à présent avec un conseiller.', 'agent'],
    ['Je vous saurais gré de bien vouloir ouvrir une demande auprès du support.', 'ticket'],
    ['bon laisse tomber, passe-moi quelqu’un', 'agent'],
  ])('finds an explicit request inside the message: %s', (q, request) => {
    expect(readMessage(q).request).toBe(request);
  });

  it.each([
    'comment contacter un conseiller ?',
    'je ne trouve pas le bouton pour créer une demande, il est où ?',
    'on peut chatter avec un agent le samedi ?',
    'je ne veux pas parler à un conseiller, juste savoir comment suivre ma facture',
  ])('a question about how to reach a person is not a request: %s', (q) => {
    expect(readMessage(q).request).toBeNull();
  });

  it('recognises follow-ups and failure reports', () => {
    expect(readMessage('et pour une facture de travaux ?').followUp).toBe(true);
    expect(readMessage('ok c’est parti. Et maintenant je vois où si elle est arrivée ?').followUp).toBe(true);
    expect(readMessage('comment suivre ma facture ?').followUp).toBe(false);
    expect(readMessage('ça ne marche toujours pas').failure).toBe(true);
  });

  it('finds a request after a negated clause that names the how-to', () => {
    expect(readMessage('pas besoin de la marche à suivre, créez-moi un ticket svp').request).toBe('ticket');
    expect(readMessage('je ne veux pas la procédure, passez-moi un conseiller').request).toBe('agent');
  });

  it('reads «what I needed» said as found as no question, and «what do I need…» as one', () => {
    expect(readMessage('Thanks, exactly what I needed').clauses.every((c) => !c.question)).toBe(true);
    expect(readMessage('merci, c’est exactement ce qu’il me fallait').clauses.every((c) => !c.question)).toBe(true);
    expect(readMessage('what do I need to send an invoice by EDI').clauses.some((c) => c.question)).toBe(true);
    expect(readMessage('thanks, what I needed now is the status of my invoice?').clauses.some((c) => c.question)).toBe(true);
  });

  it('reads the person in one clause and the asking in the next, a few words in all, never a story’s clauses', () => {
    expect(readMessage('Ce n’est pas le robot que je veux, c’est un agent humain, maintenant s’il vous plaît.').request).toBe('agent');
    expect(readMessage('Notre DSI parle de brancher directement notre ERP sur Chorus Pro, éventuellement en passant par un opérateur de dématérialisation.').request).toBeNull();
  });

  it('takes the first thing asked for when a message asks for a ticket and mentions someone, and hears «créiez»', () => {
    expect(readMessage('Please open a support ticket for me now: our flow is rejected and we need someone to look into it.').request).toBe('ticket');
    expect(readMessage('je veux parler à quelqu’un ou ouvrir un ticket, vite svp').request).toBe('agent');
    expect(readMessage('je ne veux pas vos articles, je veux que vous créiez une demande au support').request).toBe('ticket');
  });

  it('finds a request that comes after a how-to clause of the same sentence, not one before it', () => {
    expect(readMessage("j'ai suivi la procédure, le mail n'arrive pas, je veux parler à un conseiller").request).toBe('agent');
    expect(readMessage('je voudrais un conseiller, comment on fait ?').request).toBeNull();
  });

  it('keeps a request followed by a complaint that only mentions a duration, and drops it when the how-to asks', () => {
    expect(readMessage('Ouvrez un ticket au support maintenant, je ne vais pas chercher une heure dans vos FAQ !!!').request).toBe('ticket');
    expect(readMessage('Ouvrez un ticket au support, à quelle heure vous répondez ?').request).toBeNull();
    expect(readMessage('je voudrais un conseiller, comment on fait').request).toBeNull();
  });

  it('reads what works as no part of the question, and what follows «juste» after a negation as wanted', () => {
    const works = readMessage('ce n’est pas un problème de mot de passe, j’arrive à me connecter, mais ma facture reste en brouillon');
    expect(works.clauses.filter((c) => !c.negated).map((c) => c.text)).toEqual(['ma facture reste en brouillon']);
    expect(readMessage('je n’arrive pas à me connecter').clauses.every((c) => !c.negated)).toBe(true);
    expect(readMessage('j’arrive pas à me connecter').clauses.every((c) => !c.negated)).toBe(true);
    const only = readMessage('je ne veux pas refuser le décompte juste corriger le montant');
    expect(only.clauses.map((c) => [c.text, c.negated])).toEqual([
      ['je ne veux pas refuser le decompte', true],
      ['juste corriger le montant', false],
    ]);
  });

  it('hears an indirect request for a call back or for someone to look, not a question about whether it is possible', () => {
    expect(readMessage('Est-ce qu’il y a moyen que quelqu’un de chez vous me rappelle ?').request).toBe('agent');
    expect(readMessage('Y aurait-il moyen qu’un de vos conseillers me rappelle dans la journée ?').request).toBe('agent');
    expect(readMessage('Est-ce que QUELQU’UN va enfin me rappeler ???').request).toBe('agent');
    expect(readMessage('Can someone from your team look at this? Our invoice was rejected twice.').request).toBe('agent');
    expect(readMessage('il y a moyen d’avoir quelqu’un en direct ?').request).toBeNull();
    expect(readMessage('y a-t-il un moyen de suivre ma facture ?').request).toBeNull();
    expect(readMessage('est-ce que quelqu’un peut m’expliquer comment suivre ma facture ?').request).toBeNull();
  });

  it('does not count politeness and urgency in the length of a short request', () => {
    expect(readMessage('Pas le chatbot, pas la FAQ : un vrai humain, tout de suite s’il vous plaît.').request).toBe('agent');
    expect(readMessage('un vrai humain qui connaît les factures de travaux des marchés publics tout de suite').request).toBeNull();
  });

  it('notices «faites-le pour moi» and what a message names, asked for or asked about', () => {
    expect(readMessage('ok, faites-le pour moi, mon compte est bloqué').doIt).toBe(true);
    expect(readMessage('ouvre-le moi maintenant stp').doIt).toBe(true);
    expect(readMessage('je le fais comment ?').doIt).toBe(false);
    expect(readMessage('comment on ouvre un ticket ?').names).toBe('ticket');
    expect(readMessage('on peut parler à un conseiller le samedi ?').names).toBe('agent');
    expect(readMessage('comment suivre ma facture ?').names).toBeNull();
  });

  it('leaves out the report of the step already done before «et maintenant»', () => {
    const r = readMessage("c'est bon, j'ai cliqué sur valider, et maintenant je la retrouve où ?");
    expect(r.clauses.filter((c) => c.done).map((c) => c.text)).toEqual(['c est bon', 'ai clique sur valider']);
    expect(r.clauses.filter((c) => !c.done).map((c) => c.text)).toEqual(['et maintenant je la retrouve ou']);
    // Without a report of what was done, «maintenant» is part of the question.
    expect(readMessage('ma facture est en brouillon, je fais quoi maintenant ?').clauses.some((c) => c.done)).toBe(false);
  });

  it('notices a message that moves on to the next step', () => {
    for (const q of ['ok c’est fait. Et maintenant je vois où si elle est arrivée ?', 'et une fois envoyée, je la suis où ?', 'and then how do I know they got it?']) {
      expect(readMessage(q).nextStep).toBe(true);
    }
    for (const q of ['et après ?', 'comment suivre ma facture ?', 'et pour une facture de travaux ?']) expect(readMessage(q).nextStep).toBe(false);
  });

  it('notices a short message that points back with a pronoun, not a long one', () => {
    for (const q of ['je mets ça où ?', 'elles sont gratuites ?', 'je le rejette ?', 'is it free?']) expect(readMessage(q).anaphora).toBe(true);
    expect(readMessage('comment suivre ma facture ?').anaphora).toBe(false);
    const long = 'Bonjour, il y a trois semaines j’ai déposé une facture pour la mairie de mon village et je ne sais pas où elle en est';
    expect(readMessage(long).anaphora).toBe(false);
  });

  it('tells English from French, mixed messages staying French', () => {
    expect(readMessage('How do I reset my password on the portal?').language).toBe('en');
    expect(readMessage('Comment réinitialiser mon mot de passe ?').language).toBe('fr');
    expect(readMessage('Le tracking de mes invoices, ça se passe où ?').language).toBe('fr');
  });
});

describe('reading a message (iteration 13)', () => {
  it('marks a sentence that asks «quel …» inside a story as asking', () => {
    const r = readMessage("un client me demande quel taux appliquer sur sa facture. Vous pouvez me répondre ?");
    expect(r.clauses[0]).toMatchObject({ question: true });
  });

  it('starts a follow-up with «concrètement», «du coup», «c’est pareil pour»', () => {
    for (const q of ['concrètement, je clique où ?', 'du coup je fais comment ?', "c'est pareil pour un fournisseur étranger ?", 'same for a credit note?']) {
      expect(readMessage(q).followUp).toBe(true);
    }
    expect(readMessage('je cherche la liste des factures').followUp).toBe(false);
  });

  it('takes a bare yes as «do it», and a yes inside a sentence as nothing of the kind', () => {
    for (const q of ['oui', 'oui, maintenant s’il vous plaît', 'yes please', 'ok vas-y']) expect(readMessage(q).doIt).toBe(true);
    expect(readMessage('oui mais comment je fais pour envoyer ma facture ?').doIt).toBe(false);
  });
});


describe('reading a message (iteration 20)', () => {
  it('reads «quand je valide» as when something happens, not as a question of when', () => {
    expect(readMessage('créez moi un ticket svp, ça plante quand je dépose ma facture').request).toBe('ticket');
    expect(readMessage('open a ticket please, it crashes when I submit the invoice').request).toBe('ticket');
    expect(readMessage('ouvrez un ticket, quand pourrai-je avoir une réponse ?').request).toBeNull();
  });

  it('reads «je ne suis pas bloqué» as what is not the problem', () => {
    expect(negated('je ne suis pas bloqué, je cherche une formation')).toEqual(['je ne suis pas bloque']);
    expect(negated("I'm not locked out, I want to follow my invoice")).toEqual(['i m not locked out']);
    expect(negated('je ne suis pas arrivé à envoyer ma facture')).toEqual([]);
  });

  it('takes «et ensuite ?» after «d’accord» as a follow-up', () => {
    expect(readMessage('d’accord, et ensuite ?').followUp).toBe(true);
  });

  it('lets a short question that points back ask about the sentence before it', () => {
    const r = readMessage('J’ai préparé ma facture hier pour la commune. Elle est restée en brouillon. Comment je fais pour qu’elle parte ?');
    expect(r.clauses.filter((c) => c.question).map((c) => c.text)).toEqual(['elle est restee en brouillon', 'comment je fais pour elle parte']);
    const alone = readMessage('J’ai préparé ma facture hier. Comment suivre les factures déposées ?');
    expect(alone.clauses.filter((c) => c.question).map((c) => c.text)).toEqual(['comment suivre les factures deposees']);
  });
});

describe('reading a message (iteration 21)', () => {
  it('takes «et sinon» before a question of its own as another topic, and a bare «et sinon ?» as a follow-up', () => {
    expect(readMessage('ok merci, et sinon vous savez comment déclarer la TVA sur mes ventes ?').followUp).toBe(false);
    expect(readMessage('et sinon ?').followUp).toBe(true);
    expect(readMessage('et sinon je fais comment ?').followUp).toBe(true);
  });
});

describe('reading a message (iteration 22)', () => {
  it('reads a rejected topic that comes last («…, pas ouvrir un ticket») as rejected, but not «pas moyen de …»', () => {
    expect(negated('je veux savoir comment joindre le support par chat, pas ouvrir un ticket')).toEqual(['pas ouvrir un ticket']);
    expect(negated('je veux suivre ma facture, pas la renvoyer')).toEqual(['pas la renvoyer']);
    expect(negated('pas moyen de me connecter, ça bloque')).toEqual([]);
  });

  it('hears «j’aurais besoin d’échanger avec un conseiller» and «merci de me mettre en relation» as a request for a person', () => {
    expect(readMessage('Madame, j’aurais besoin d’échanger dès à présent avec un conseiller au sujet de mes factures.').request).toBe('agent');
    expect(readMessage('Je vous remercie de bien vouloir me mettre en relation.').request).toBe('agent');
    expect(readMessage('j’aurais besoin de savoir comment suivre ma facture').request).toBeNull();
  });
});

describe('reading a message (iteration 23)', () => {
  it('reads «pas les frais de justice, hein : …» as a rejected topic when the clause starts with it', () => {
    expect(negated('Pas les frais de justice, hein : comment je déclare mes frais de mission ?')).toEqual(['pas les frais de justice']);
    expect(negated('et surtout pas la newsletter, je veux un webinaire')).toEqual(['et surtout pas la newsletter']);
    // Inside a clause, «pas» keeps its usual reading: the problem is what is asked about.
    expect(negated('ma facture ne part pas les jours fériés')).toEqual([]);
  });

  it('reads «ce n’est pas X qui m’intéresse» as rejecting X, but not «ce n’est pas normal que …»', () => {
    expect(negated('Ce n’est pas l’IPM de votre portail qui m’intéresse, c’est la gouvernance de notre SARL')).toEqual(['ce est pas ipm de votre portail qui interesse']);
    expect(negated('ce n’est pas le webinaire que je cherche, plutôt la lettre d’information')).toEqual(['ce est pas le webinaire que je cherche']);
    expect(negated('ce n’est pas normal que ma facture soit toujours en brouillon')).toEqual([]);
  });
});

describe('reading a message (iteration 28)', () => {
  it('does not take «fait en une journée» for «faites-en un»', () => {
    expect(readMessage('le chantier a été fait en une journée, comment je facture ?').request).toBeNull();
  });
});

describe('reading a message (iteration 34)', () => {
  it('sets a participle clause in the scene when another clause of the sentence asks', () => {
    const r = readMessage('Ayant transmis une facture au CHU le mois dernier, je souhaiterais connaître le moyen d’en consulter l’état.');
    expect(r.clauses.map((c) => c.question)).toEqual([false, true]);
    expect(readMessage('Étant sous-traitant, où je dépose ma facture ?').clauses.some((c) => c.question)).toBe(true);
  });

  it('marks only the formula’s own clauses of a closing sentence as closing', () => {
    const r = readMessage('Merci de m’indiquer comment suivre ma facture, salutations distinguées.');
    expect(r.clauses.map((c) => Boolean(c.closing))).toEqual([false, true]);
    const letter = readMessage('Nous vous remercions par avance et vous prions d’agréer nos salutations distinguées.');
    expect(letter.clauses.every((c) => c.closing && !c.question)).toBe(true);
  });

  it('reads «X marche très bien» as what works, not what is asked', () => {
    const r = readMessage('je veux changer mon adresse, mon mot de passe marche très bien');
    expect(r.clauses.map((c) => c.negated)).toEqual([false, true]);
    expect(readMessage('mon mot de passe ne marche pas bien').clauses[0]!.negated).toBe(false);
  });
});
