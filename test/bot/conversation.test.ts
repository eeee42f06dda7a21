import { actions, clarifyingQuestion, createHarness, knowledge, last, MARIE, messages, text, titleOf } from './harness';

describe('welcome', () => {
  it('greets an anonymous user with topics and the two ways to a human', async () => {
    const h = createHarness();
    const replies = await h.join();
    expect(replies).toHaveLength(1);
    expect(text(replies)).toMatch(/^Bonjour, je suis ClaudIA/);
    expect(actions(replies)).toEqual([
      titleOf('facture-brouillon'),
      titleOf('factures-emises-ou-travaux'),
      titleOf('frais-de-justice-frais-divers'),
      titleOf('contacter-le-support'),
      'Parler à un conseiller',
      'Créer un ticket',
    ]);
    expect(await h.join()).toEqual([]); // a reconnecting channel does not get a second greeting
  });

  it.each([
    ['support is closed', { open: false, agentAvailable: false }],
    ['no adviser can take a chat', { open: true, agentAvailable: false }],
  ])('offers no adviser in the welcome when %s, only a ticket', async (_why, flags) => {
    const h = createHarness();
    Object.assign(h.f, flags);
    const offered = actions(await h.join());
    expect(offered).not.toContain('Parler à un conseiller');
    expect(offered.at(-1)).toBe('Créer un ticket');
  });

  it('greets a verified portal user by name and remembers the identity', async () => {
    const h = createHarness();
    expect(text(await h.join(MARIE))).toMatch(/^Bonjour Marie Dupont, /);
    // Later activities carry no identity: the conversation remembers it.
    expect(text(await h.send('salut'))).toBe('Bonjour Marie Dupont ! Quelle est votre question ?');
  });

  it('ignores an identity that is not marked verified', async () => {
    const h = createHarness();
    expect(text(await h.join({ ...MARIE, verified: false }))).toMatch(/^Bonjour, je suis ClaudIA/);
  });

  it('ignores an identity from a channel that is not allowed to vouch for one', async () => {
    const h = createHarness({ identityChannels: ['relais-widget'] }); // TestAdapter's channel is 'test'
    expect(text(await h.join(MARIE))).toMatch(/^Bonjour, je suis ClaudIA/);
  });
});

describe('answers', () => {
  it('answers with the article, its source, thumbs and the metadata for feedback', async () => {
    const h = createHarness();
    const reply = last(await h.send('Comment envoyer une facture restée en brouillon ?'));
    expect(reply?.text).toContain('Valider et envoyer');
    expect(reply?.text).toContain(`Source : ${titleOf('facture-brouillon')}`);
    expect(reply?.textFormat).toBe('markdown');
    expect(reply?.channelData).toMatchObject({
      feedbackLoopEnabled: true,
      relais: {
        articleId: 'facture-brouillon',
        score: knowledge.ask('Comment envoyer une facture restée en brouillon ?').score,
        question: 'Comment envoyer une facture restée en brouillon ?',
      },
    });
    expect(JSON.stringify(reply?.entities)).toContain(titleOf('facture-brouillon'));
  });

  it('answers a topic button (exact title) with that article', async () => {
    const h = createHarness();
    const reply = last(await h.send(titleOf('frais-de-justice-frais-divers')));
    expect(reply?.channelData?.relais).toMatchObject({ articleId: 'frais-de-justice-frais-divers', score: null });
  });

  it('asks « Vouliez-vous dire… » then answers the chosen title with the original question', async () => {
    const h = createHarness();
    const { question, ids } = clarifyingQuestion();
    const replies = await h.send(question);
    expect(text(replies)).toBe('Vouliez-vous dire…');
    expect(actions(replies)).toEqual(ids.map(titleOf));
    const reply = last(await h.send(titleOf(ids[1]!)));
    expect(reply?.channelData?.relais).toMatchObject({ articleId: ids[1], question });
    expect(reply?.channelData?.relais.score).toBeGreaterThan(0);
  });

  it('accepts the choice as a postBack value { relaisChoice }', async () => {
    const h = createHarness();
    const { question, ids } = clarifyingQuestion();
    await h.send(question);
    const reply = last(await h.send({ type: 'message', value: { relaisChoice: ids[0] } }));
    expect(reply?.channelData?.relais).toMatchObject({ articleId: ids[0], question });
  });
});

describe('follow-ups', () => {
  it('keeps the first topic through a chain of follow-ups («…brouillon», «une fenêtre s’ouvre…», «et si le bouton est grisé ?»)', async () => {
    const h = createHarness();
    await h.send('ma facture est restée en brouillon, comment je l’envoie ?');
    await h.send('une fenêtre s’ouvre, je fais quoi ensuite ?');
    const reply = await h.send('et si le bouton est grisé ?');
    expect(messages(reply)[0]?.channelData?.relais).toMatchObject({ articleId: 'facture-brouillon' });
  });

  it('goes back to the conversation’s first question when the user points to it («revenons à ma première question»)', async () => {
    const h = createHarness();
    await h.send('salut');
    await h.send('ma facture est restée en brouillon, le lycée ne l’a pas reçue');
    await h.send('au fait, c’est quoi l’IPM ?');
    await h.send('merci');
    const reply = await h.send('bon, je reviens à ma première question : je fais comment ?');
    expect(messages(reply)[0]?.channelData?.relais).toMatchObject({ articleId: 'facture-brouillon' });
    // The same words without the first question behind them read the last one.
    const other = createHarness();
    await other.send('au fait, c’est quoi l’IPM ?');
    const alone = await other.send('bon, je reviens à ma première question : qui y siège ?');
    expect(messages(alone)[0]?.channelData?.relais).toMatchObject({ articleId: 'gouvernance-ipm' });
  });

  it('keeps the topic of a follow-up it clarified for the next message', async () => {
    const h = createHarness();
    await h.send('comment déposer une situation de travaux pour un marché public ?');
    expect(text(await h.send('et pour une livraison de fournitures au même client ?'))).toBe('Vouliez-vous dire…');
    const reply = await h.send('et du coup je passe par où ?');
    expect(messages(reply)[0]?.channelData?.relais).toMatchObject({ articleId: 'factures-emises-ou-travaux' });
  });

  it('keeps the subject past a message it did not understand («c’est gratuit ?» after a training, then «et il y a un replay ?»)', async () => {
    const h = createHarness();
    await h.send('comment s’inscrire à une formation Chorus Pro ?');
    expect(text(await h.send('c’est gratuit ?'))).toMatch(/^Mes fiches ne précisent pas ce point/);
    const reply = await h.send('et il y a un replay ?');
    expect(messages(reply)[0]?.channelData?.relais).toMatchObject({ articleId: 'accompagnement-webinaires' });
  });

  it('offers the way to a person when a message says the answer did not work and gets the same article again', async () => {
    const h = createHarness();
    const first = await h.send('comment envoyer une facture restée en brouillon ?');
    expect(messages(first)).toHaveLength(1);
    const again = await h.send('et si ça ne marche toujours pas ?');
    expect(messages(again)[0]?.channelData?.relais).toMatchObject({ articleId: 'facture-brouillon' });
    expect(messages(again).at(-1)?.text).toMatch(/^Si ces étapes ne suffisent toujours pas, le support peut prendre le relais\. Un conseiller/);
    expect(actions([messages(again).at(-1)!])).toEqual(['Discuter avec un conseiller', 'Créer un ticket']);
    // The offer is what a bare «oui» takes.
    expect(text(await h.send('oui'))).not.toMatch(/^Je n’ai pas compris/);
  });
});

describe('fallback', () => {
  it('admits it, gives the tip and the escalation options; the second in a row leads with escalation', async () => {
    const h = createHarness();
    const first = await h.send('xyzzy plouf');
    expect(text(first)).toMatch(/^Je n’ai pas compris votre question/);
    expect(text(first)).toContain('Soyez précis : privilégiez des phrases courtes');
    expect(actions(first)).toEqual(['Discuter avec un conseiller', 'Créer un ticket']);
    const second = await h.send('le chat de ma voisine est bleu');
    expect(text(second)).toMatch(/^Je ne parviens toujours pas à vous répondre\. Un conseiller peut prendre le relais/);
    expect(actions(second)).toEqual(['Discuter avec un conseiller', 'Créer un ticket']);
    expect(h.f.unanswered.map((u) => u.question)).toEqual(['xyzzy plouf', 'le chat de ma voisine est bleu']);
    expect(h.f.unanswered[0]).toMatchObject({ conversationId: 'Convo1', at: h.f.now });
  });

  it('varies its wording: a third miss in a row and a later first miss are not word for word the earlier ones', async () => {
    const h = createHarness();
    const first = text(await h.send('xyzzy plouf'));
    const second = text(await h.send('le chat de ma voisine est bleu'));
    const third = text(await h.send('zorglub zorglub'));
    expect(new Set([first, second, third]).size).toBe(3);
    expect(third).toContain('Un conseiller peut prendre le relais');
    // An answer ends the run of misses; the next miss asks to rephrase again, in other words.
    await h.send('Comment envoyer une facture restée en brouillon ?');
    const again = text(await h.send('wxcvbn qsdfg'));
    expect(again).not.toBe(first);
    expect(again).toMatch(/reformuler|autres mots|phrases courtes/);
  });

  it('says the articles do not tell what is asked, rather than «not understood», when the question was understood («c’est gratuit ?»)', async () => {
    const h = createHarness();
    await h.send('Il y a des webinaires pour apprendre Chorus Pro ?');
    const free = await h.send('c’est gratuit ?');
    expect(text(free)).toMatch(/^Mes fiches ne précisent pas ce point/);
    expect(actions(free)).toEqual(['Discuter avec un conseiller', 'Créer un ticket']);
    const en = createHarness();
    expect(text(await en.send('Notre ERP SAP peut générer du Factur-X ? C’est quel setting ?'))).toMatch(/^Mes fiches ne précisent pas ce point/);
    expect(text(await en.send('Does our QuickBooks sync automatically with Chorus Pro? Which setting?'))).toMatch(/^I still cannot answer/);
    expect(text(await createHarness().send('Can Chorus Pro connect with QuickBooks so my invoices sync automatically?'))).toMatch(/^Our articles do not say this/);
  });

  it('says what it is when asked about itself («tu es un robot ?»), with the way to a person', async () => {
    const h = createHarness();
    const me = await h.send('dis-moi franchement, tu es une IA ou un humain ?');
    expect(text(me)).toMatch(/^Je suis ClaudIA, l’assistante virtuelle de Chorus Pro : un programme .* pas une personne/);
    expect(actions(me)).toEqual(['Discuter avec un conseiller', 'Créer un ticket']);
    expect(text(await createHarness().send('are you a real person or a bot?'))).toMatch(/^I am ClaudIA, the Chorus Pro virtual assistant/);
    // «ClaudIA, c'est un robot ?» asks what the portal's assistant is: the support article says it.
    expect(messages(await createHarness().send('ClaudIA, c’est un robot ou une vraie personne ?'))[0]?.channelData?.relais).toMatchObject({ articleId: 'contacter-le-support' });
  });

  it('offers only a ticket, with the next opening, when support is closed', async () => {
    const h = createHarness();
    h.f.open = false;
    await h.send('xyzzy plouf');
    const second = await h.send('xyzzy plouf encore');
    expect(text(second)).toContain('Prochaine ouverture : lundi à 8h30.');
    expect(actions(second)).toEqual(['Créer un ticket']);
    expect(h.f.agentPolls).toBe(0);
  });
});

describe('English', () => {
  it('answers an English question with the article, saying in English that the help is in French', async () => {
    const h = createHarness();
    const reply = last(await h.send('I forgot my password and cannot log in to Chorus Pro, how do I reset it?'));
    expect(reply?.channelData?.relais).toMatchObject({ articleId: 'mot-de-passe-oublie' });
    expect(reply?.text).toMatch(/^_Our help is written in French\. In short — \*\*.+\*\*: /);
    expect(reply?.text).toContain(`Source : ${titleOf('mot-de-passe-oublie')}`);
  });

  it('admits in English that it did not understand an English message', async () => {
    const h = createHarness();
    expect(text(await h.send('what is the best pizza place near the office lol'))).toMatch(/^Sorry, I did not understand/);
  });
});

describe('intents', () => {
  it('replies briefly to greetings, thanks and goodbyes', async () => {
    const h = createHarness();
    await h.join(MARIE);
    expect(text(await h.send('bonjour'))).toBe('Bonjour Marie Dupont ! Quelle est votre question ?');
    expect(text(await h.send('merci'))).toMatch(/^Avec plaisir/);
    expect(text(await h.send('au revoir'))).toMatch(/^Au revoir/);
  });

  it('goes straight to the ticket form for the ticket intent', async () => {
    const h = createHarness();
    expect(text(await h.send('je voudrais ouvrir un ticket'))).toContain('adresse e-mail');
  });

  it('explains and offers a ticket when an agent is asked for but none is free', async () => {
    const h = createHarness();
    h.f.agentAvailable = false;
    const replies = await h.send('je veux parler à un conseiller');
    expect(text(replies)).toMatch(/^Nos conseillers sont tous occupés/);
    expect(actions(replies)).toEqual(['Créer un ticket']);
    expect(h.f.handoffs).toHaveLength(0);
  });

  it('takes the offer on a bare « oui »: the ticket offered when no adviser is free, the adviser after two misses', async () => {
    const h = createHarness();
    h.f.agentAvailable = false;
    await h.send('je veux parler à un conseiller');
    expect(text(await h.send('oui'))).toContain('adresse e-mail'); // the ticket form starts

    const g = createHarness();
    await g.send('xyzzy plouf');
    await g.send('le chat de ma voisine est bleu'); // leads with «Un conseiller peut prendre le relais»
    await g.send('oui, maintenant');
    expect(g.f.handoffs).toHaveLength(1);
  });

  it('does not take an old or an unspoken offer: « oui » after a first miss or after an answer is no request', async () => {
    const h = createHarness();
    await h.send('xyzzy plouf'); // asks to rephrase (the chips are there, the sentence offers nothing)
    expect(text(await h.send('oui'))).not.toContain('adresse e-mail');
    const g = createHarness();
    g.f.agentAvailable = false;
    await g.send('je veux parler à un conseiller');
    await g.send('Comment envoyer une facture restée en brouillon ?'); // the offer is not taken
    expect(text(await g.send('oui'))).not.toContain('adresse e-mail');
    expect(g.f.handoffs).toHaveLength(0);
  });

  it('says nobody is on line, not that everyone is busy, when no adviser is signed in', async () => {
    const h = createHarness();
    h.f.agentAvailable = false;
    h.f.agentsOnDuty = false;
    const replies = await h.send('je veux parler à un conseiller');
    expect(text(replies)).toMatch(/^Aucun conseiller n’est en ligne pour le moment\. Vous pouvez créer un ticket/);
    expect(text(replies)).not.toMatch(/occupés/);
    expect(actions(replies)).toEqual(['Créer un ticket']);
  });
});

describe('outcomes for the dashboard', () => {
  it('records what it did with each question: answered, offered choices, an article picked, fell back, a request', async () => {
    const h = createHarness();
    const { question, ids } = clarifyingQuestion();
    await h.send('mot de passe oublié');
    await h.send(question);
    await h.send({ type: 'message', value: { relaisChoice: ids[0] } });
    await h.send('xyzzy plouf');
    await h.send('je veux parler à un conseiller');
    expect(h.f.outcomes.map((o) => [o.outcome, o.articleId])).toEqual([
      ['answer', 'mot-de-passe-oublie'],
      ['clarify', null],
      ['choice', ids[0]],
      ['fallback', null],
      ['intent', null],
    ]);
    expect(h.f.outcomes[0]).toMatchObject({ conversationId: 'Convo1', at: h.f.now });
  });
});

describe('answers suited to the verified user’s profile', () => {
  it('offers a court-fee provider the frais de justice article, and nobody else', async () => {
    const provider = createHarness();
    await provider.join({ ...MARIE, profile: 'prestataire-justice' });
    const offered = await provider.send('où déposer mes frais ?');
    expect(actions(offered)[0]).toBe(titleOf('frais-de-justice-frais-divers'));
    const anyone = createHarness();
    await anyone.join(MARIE);
    expect(text(await anyone.send('où déposer mes frais ?'))).toMatch(/^Je n’ai pas compris/);
    // A profile the channel did not verify counts for nothing.
    const unverified = createHarness();
    await unverified.join({ ...MARIE, verified: false, profile: 'prestataire-justice' });
    expect(text(await unverified.send('où déposer mes frais ?'))).toMatch(/^Je n’ai pas compris/);
  });
});
