import { createHarness, FRIDAY_EVENING, MARIE, messages, text } from './harness';

const formOf = (replies: ReturnType<typeof messages>) => messages(replies).map((r) => r.channelData?.relais?.ticketForm).find(Boolean);
const submitForm = (h: ReturnType<typeof createHarness>, form: Record<string, unknown>) =>
  h.send({ type: 'message', value: { relaisTicketForm: form } });

/** The widget shows a real ticket form; channels without a UI keep the step-by-step questions. */
describe('ticket form sent in one message (widget)', () => {
  it('describes the form on the ticket start, pre-filled with the question, and still asks step by step', async () => {
    const h = createHarness();
    await h.send('xyzzy plouf');
    const start = await h.send('Créer un ticket');
    expect(text(start)).toMatch(/Quelle est votre adresse e-mail \?/);
    expect(formOf(start)).toEqual({
      id: expect.any(String),
      intro: 'Je vous aide à créer un ticket pour le support. Remplissez le formulaire ci-dessous.',
      needsEmail: true,
      email: null,
      name: null,
      description: 'xyzzy plouf',
      categories: [
        { value: 'technique', label: 'Technique' },
        { value: 'metier', label: 'Métier' },
      ],
      maxSubject: 150,
      maxDescription: 5000,
    });
  });

  it('logged in: the form carries the identity and never needs the e-mail', async () => {
    const h = createHarness();
    await h.join(MARIE);
    const answer = messages(await h.send('mot de passe oublié'))[0]!;
    await h.rate(answer.id, 'dislike', 'Le lien a expiré');
    const form = formOf(await h.send('Créer un ticket'));
    expect(form).toMatchObject({ needsEmail: false, email: MARIE.email, name: MARIE.name, description: 'Le lien a expiré' });
    const done = await submitForm(h, { email: 'pirate@example.fr', category: 'technique', subject: 'Lien expiré', description: 'Le lien a expiré.' });
    expect(text(done)).toContain(`Un e-mail de confirmation vous a été envoyé à ${MARIE.email}`);
    expect(h.f.tickets[0]).toMatchObject({ requester: MARIE, subject: 'Lien expiré' });
  });

  it('sends field errors back, then creates the ticket with the transcript through the same path', async () => {
    const h = createHarness();
    await h.send('xyzzy plouf');
    const form = formOf(await h.send('Créer un ticket'))!;
    const invalid = await submitForm(h, { email: 'jean@', category: 'autre', subject: '   ', description: '' });
    expect(text(invalid)).toBe('Certains champs du formulaire sont à corriger.');
    expect(messages(invalid)[0]!.channelData.relais.ticketFormErrors).toEqual({
      formId: form.id,
      errors: {
        email: expect.stringMatching(/adresse e-mail valide/),
        category: expect.stringMatching(/technique ou métier/),
        subject: expect.stringMatching(/objet/),
        description: expect.stringMatching(/Décrivez/),
      },
    });
    const long = await submitForm(h, { email: 'jean@example.fr', category: 'metier', subject: 'x'.repeat(151), description: 'ok' });
    expect(Object.keys(messages(long)[0]!.channelData.relais.ticketFormErrors.errors)).toEqual(['subject']);
    // The one-line rule of every entry point: a direction override or an invisible subject is a field error.
    const bidi = await submitForm(h, { email: 'jean@example.fr', category: 'metier', subject: 'Facture \u202eeétsop', description: 'ok' });
    expect(messages(bidi)[0]!.channelData.relais.ticketFormErrors.errors).toEqual({ subject: expect.stringMatching(/sens d’écriture/) });
    const invisible = await submitForm(h, { email: 'jean@example.fr', category: 'metier', subject: '\u200b\u200b', description: 'ok' });
    expect(messages(invisible)[0]!.channelData.relais.ticketFormErrors.errors).toEqual({ subject: expect.stringMatching(/objet/) });
    expect(h.f.tickets).toHaveLength(0);

    const done = await submitForm(h, { email: ' Jean@Example.fr ', category: 'metier', subject: ' Facture   introuvable ', description: 'Ma facture n’apparaît pas.' });
    expect(text(done)).toMatch(/^C’est fait : votre ticket n° 2024-000001 est créé\. Un e-mail de confirmation vous a été envoyé à jean@example\.fr\./);
    expect(messages(done)[0]!.channelData.relais.ticketDone).toEqual({ number: '2024-000001', followUpUrl: null });
    expect(h.f.tickets[0]).toMatchObject({
      category: 'metier',
      subject: 'Facture introuvable',
      description: 'Ma facture n’apparaît pas.',
      channel: 'widget',
      requester: { email: 'jean@example.fr', verified: false },
      idempotencyKey: expect.stringMatching(/^bot-[0-9a-f]{40}$/),
    });
    const transcript = h.f.tickets[0]!.transcript!.map((l) => l.text);
    expect(transcript).toContain('xyzzy plouf');
    expect(transcript).toContain('Formulaire de ticket — objet : Facture introuvable');
    // The form is closed: the next message is a question again.
    expect(text(await h.send('merci'))).toMatch(/^Avec plaisir/);
  });

  it('a failed creation keeps the form; sending the same form again reuses the idempotency key', async () => {
    const h = createHarness();
    formOf(await h.send('Créer un ticket'));
    const form = { email: 'jean@example.fr', category: 'technique', subject: 'Erreur', description: 'Erreur au dépôt.' };
    h.f.failTickets = 1;
    expect(text(await submitForm(h, form))).toMatch(/^Désolée, je n’ai pas pu créer votre ticket/);
    await submitForm(h, form);
    const [first, retry] = h.f.ticketAttempts;
    expect(retry?.idempotencyKey).toBe(first?.idempotencyKey);
    // A corrected form is another request: another key.
    formOf(await h.send('Créer un ticket'));
    await submitForm(h, { ...form, subject: 'Autre erreur' });
    expect(h.f.ticketAttempts[2]?.idempotencyKey).not.toBe(first?.idempotencyKey);
  });

  it('cancelling the step-by-step form marks the form as done', async () => {
    const h = createHarness();
    await h.send('Créer un ticket');
    const cancelled = await h.send('Annuler');
    expect(messages(cancelled)[0]!.channelData.relais.ticketDone).toEqual({ number: null });
  });
});

describe('support status (invoke relais/supportStatus)', () => {
  const ask = (h: ReturnType<typeof createHarness>) => h.send({ type: 'invoke', name: 'relais/supportStatus', value: {} });
  const body = (replies: Awaited<ReturnType<typeof ask>>) => replies.find((r) => r.type === 'invokeResponse')?.value;

  it('says when advisers are on duty and, when not, when they are next', async () => {
    const h = createHarness();
    expect(body(await ask(h))).toEqual({
      status: 200,
      body: { open: true, nextOpening: null, nextOpeningText: null, hours: expect.stringMatching(/du lundi au vendredi de 8h30 à 18h30/), recheckInSeconds: 300 },
    });
    h.f.open = false;
    h.f.now = FRIDAY_EVENING;
    expect(body(await ask(h))).toMatchObject({
      status: 200,
      body: { open: false, nextOpening: '2024-06-17T06:30:00.000Z', nextOpeningText: 'lundi à 8h30', recheckInSeconds: 3600 },
    });
    expect(messages(await ask(h))).toHaveLength(0);
  });
});
