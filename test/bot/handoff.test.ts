import { actions, createHarness, MARIE, messages, text } from './harness';

describe('hand-off to a live agent', () => {
  it('initiates the standard event with the transcript, gives the queue position, then stays quiet', async () => {
    const h = createHarness();
    await h.join(MARIE);
    const answer = (await h.send('mot de passe oublié')).find((r) => r.type === 'message');
    await h.rate(answer!.id, 'dislike', 'Je ne reçois pas le mail');
    const replies = await h.send('Discuter avec un conseiller');
    expect(text(replies)).toBe(
      'Je vous mets en relation avec un conseiller. Vous êtes en position 2 dans la file d’attente, attente estimée : 4 minutes.',
    );

    const request = h.f.handoffs[0]!;
    expect(request).toMatchObject({ conversationId: 'Convo1', reason: 'dislike', comment: 'Je ne reçois pas le mail', requester: MARIE });
    expect(request.transcript.map((l) => l.from)).toEqual(['bot', 'user', 'bot', 'system', 'bot', 'user']);
    const event = request.event as {
      type: string;
      name: string;
      value: { reason: string; comment: string };
      attachments: { name: string; content: { activities: { text: string; from: { role: string } }[] } }[];
      timestamp: string;
    };
    expect(event).toMatchObject({ type: 'event', name: 'handoff.initiate', value: { reason: 'dislike', comment: 'Je ne reçois pas le mail' } });
    expect(event.timestamp).toBe(h.f.now.toISOString());
    const activities = event.attachments[0]!.content.activities;
    expect(activities).toHaveLength(request.transcript.length);
    expect(activities[1]).toMatchObject({ text: 'mot de passe oublié', from: { role: 'user' } });
    expect((event.value as unknown as { transcript: unknown }).transcript).toEqual(request.transcript);
    expect(JSON.parse(JSON.stringify(request.event))).toEqual(request.event); // plain JSON

    // While the agent has the conversation, the bot does not answer…
    expect(await h.send('mot de passe oublié')).toEqual([]);
    expect(await h.send('Créer un ticket')).toEqual([]);
    // …until the live chat says the hand-off is over.
    expect(text(await h.status('completed'))).toMatch(/^La conversation avec le conseiller est terminée/);
    expect(text(await h.send('mot de passe oublié'))).toContain('Source :');
  });

  it('offers a ticket when the live chat refuses', async () => {
    const h = createHarness();
    h.f.accept = false;
    const replies = await h.send('je veux parler à un conseiller');
    expect(h.f.handoffs).toHaveLength(1);
    expect(h.f.handoffs[0]).toMatchObject({ reason: 'user-request', requester: null, comment: null });
    expect(text(replies)).toMatch(/^Aucun conseiller ne peut prendre votre demande/);
    expect(actions(replies)).toEqual(['Créer un ticket']);
  });

  it('offers a ticket when the live chat throws, and logs it', async () => {
    const h = createHarness({ deps: { handoff: { initiate: async () => Promise.reject(new Error('down')) } } });
    expect(actions(await h.send('Parler à un conseiller'))).toEqual(['Créer un ticket']);
    expect(h.errors.map((e) => e.msg)).toEqual(['bot: hand-off initiation failed']);
  });

  it('resumes answering after a failed hand-off, offering a ticket', async () => {
    const h = createHarness();
    await h.send('Parler à un conseiller');
    const replies = await h.status('failed');
    expect(text(replies)).toMatch(/^La mise en relation avec un conseiller n’a pas pu aboutir/);
    expect(actions(replies)).toEqual(['Créer un ticket']);
    expect(text(await h.send('merci'))).toMatch(/^Avec plaisir/);
  });

  it('does not hand off when support is closed', async () => {
    const h = createHarness();
    h.f.open = false;
    const replies = await h.send('Parler à un conseiller');
    expect(h.f.handoffs).toHaveLength(0);
    expect(text(replies)).toContain('Prochaine ouverture : lundi à 8h30.');
    expect(actions(replies)).toEqual(['Créer un ticket']);
  });

  it('offers to leave the queue, as data the live chat recognises', async () => {
    const h = createHarness();
    const replies = await h.send('Parler à un conseiller');
    const leave = messages(replies)[0]!.suggestedActions!.actions[0]!;
    expect(leave).toMatchObject({ type: 'messageBack', title: 'Quitter la file et créer un ticket', value: { relaisAction: 'leave-queue' } });
  });

  it('says nothing about a queue when an agent takes the conversation at once', async () => {
    const h = createHarness({ deps: { handoff: { initiate: async () => ({ accepted: true, queuePosition: 0, estimatedWaitMinutes: 0 }) } } });
    const replies = await h.send('Parler à un conseiller');
    expect(text(replies)).toBe('Je vous mets en relation avec un conseiller.');
    expect(actions(replies)).toEqual([]);
  });

  it('adds the live part to its transcript and says why the hand-off ended', async () => {
    const h = createHarness();
    await h.send('Parler à un conseiller');
    const live = [{ from: 'agent', text: 'Camille : bonjour', at: '2026-11-27T09:01:00.000Z' }, { from: 'hacker', text: 'x', at: 'y' }];
    const closed = await h.status('completed', { reason: 'closed', ticketNumber: 'RL-2026-000042', transcript: live });
    expect(text(closed)).toBe(
      'Votre conseiller a créé le ticket n° RL-2026-000042 : la suite de votre demande vous parviendra par e-mail. ' +
        'La conversation avec le conseiller est terminée. Je reste à votre disposition pour toute autre question.',
    );
    // Only well-formed lines are kept; a ticket made now carries them.
    await h.send('Créer un ticket');
    await h.send('lea@example.fr');
    await h.send('Technique');
    await h.send('Un objet');
    await h.send('Une description');
    await h.send('Confirmer');
    expect(h.f.tickets[0]!.transcript!.map((l) => l.text)).toContain('Camille : bonjour');
    expect(h.f.tickets[0]!.transcript!.some((l) => (l.from as string) === 'hacker')).toBe(false);
  });

  it('starts the ticket form at once when the user left the queue', async () => {
    const h = createHarness();
    await h.send('Parler à un conseiller');
    expect(text(await h.status('completed', { reason: 'user-left' }))).toMatch(/^Vous avez quitté la file d’attente.*\n?.*adresse e-mail/s);
  });

  it('answers again when the live chat no longer has the conversation (a lost hand-back)', async () => {
    const h = createHarness();
    await h.send('Parler à un conseiller');
    expect(await h.send('mot de passe oublié')).toEqual([]);
    h.f.handoffActive = false;
    expect(text(await h.send('mot de passe oublié'))).toContain('Source :');
  });
});
