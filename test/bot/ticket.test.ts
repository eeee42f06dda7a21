import { actions, createHarness, MARIE, text } from './harness';

/** Anonymous user who got no answer, then opens the form from the escalation buttons. */
async function anonymousForm() {
  const h = createHarness();
  await h.send('xyzzy plouf');
  const replies = await h.send('Créer un ticket');
  expect(text(replies)).toMatch(/^Je vous aide à créer un ticket pour le support\. Quelle est votre adresse e-mail \?/);
  return h;
}

describe('ticket from the conversation', () => {
  it('anonymous: re-asks an invalid e-mail, asks category and subject, confirms and creates with the transcript', async () => {
    const h = await anonymousForm();
    expect(text(await h.send('jean.martin@'))).toMatch(/^Cette adresse e-mail ne semble pas valide/);
    const category = await h.send('Jean.Martin@Example.fr');
    expect(actions(category)).toEqual(['Technique', 'Métier']);
    expect(text(await h.send('bof'))).toContain('« Technique » ou « Métier »');
    expect(text(await h.send('metier'))).toContain('objet de votre demande');
    expect(text(await h.send('   '))).toMatch(/^L’objet ne peut pas être vide/);
    expect(text(await h.send('x'.repeat(151)))).toContain('150 caractères au maximum (le vôtre en compte 151)');
    const summary = await h.send('Facture   introuvable');
    expect(text(summary)).toContain('- **E-mail** : jean.martin@example.fr');
    expect(text(summary)).toContain('- **Catégorie** : Métier');
    expect(text(summary)).toContain('- **Objet** : Facture introuvable');
    expect(text(summary)).toContain('- **Description** : xyzzy plouf');
    expect(actions(summary)).toEqual(['Confirmer', 'Modifier', 'Annuler']);
    expect(h.f.tickets).toHaveLength(0);

    const done = await h.send('Confirmer');
    expect(text(done)).toBe('C’est fait : votre ticket n° 2024-000001 est créé. Un e-mail de confirmation vous a été envoyé à jean.martin@example.fr.');
    const ticket = h.f.tickets[0]!;
    expect(ticket).toMatchObject({
      category: 'metier',
      subject: 'Facture introuvable',
      description: 'xyzzy plouf',
      channel: 'widget',
      requester: { email: 'jean.martin@example.fr', verified: false, portalUserId: null },
    });
    expect(ticket.idempotencyKey).toMatch(/^bot-[0-9a-f]{40}$/);
    expect(ticket.transcript?.[0]).toEqual({ from: 'user', text: 'xyzzy plouf', at: h.f.now.toISOString() });
    expect(ticket.transcript?.some((l) => l.from === 'bot' && l.text.startsWith('Je n’ai pas compris'))).toBe(true);
    expect(ticket.transcript?.at(-1)).toMatchObject({ from: 'user', text: 'Confirmer' });
    // The form is closed: the next message is a question again.
    expect(text(await h.send('merci'))).toMatch(/^Avec plaisir/);
  });

  it('logged in: never asks the e-mail, uses the verified identity', async () => {
    const h = createHarness();
    await h.join(MARIE);
    expect(text(await h.send('Créer un ticket'))).toContain('plutôt technique');
    await h.send('Technique');
    expect(text(await h.send('Connexion impossible'))).toMatch(/^Décrivez votre demande/); // no question asked yet
    const summary = await h.send('Le portail affiche une erreur 500 après la connexion.');
    expect(text(summary)).toContain('- **E-mail** : marie.dupont@example.fr');
    await h.send('Confirmer');
    expect(h.f.tickets[0]).toMatchObject({ requester: MARIE, category: 'technique', description: 'Le portail affiche une erreur 500 après la connexion.' });
  });

  it('uses the thumbs-down comment as the description', async () => {
    const h = createHarness();
    await h.join(MARIE);
    const answer = (await h.send('mot de passe oublié')).find((r) => r.type === 'message');
    await h.rate(answer!.id, 'dislike', 'Le lien de réinitialisation a expiré');
    await h.send('Créer un ticket');
    await h.send('Technique');
    expect(text(await h.send('Réinitialisation du mot de passe'))).toContain('- **Description** : Le lien de réinitialisation a expiré');
  });

  it('« annuler » cancels at any step', async () => {
    const h = await anonymousForm();
    await h.send('jean@example.fr');
    expect(text(await h.send('Annuler'))).toMatch(/^C’est noté, j’annule la création du ticket/);
    expect(h.f.tickets).toHaveLength(0);
    expect(text(await h.send('bonjour'))).toMatch(/^Bonjour/);
  });

  it('« Modifier » changes one field and comes back to the summary', async () => {
    const h = await anonymousForm();
    for (const step of ['jean@example.fr', 'Technique', 'Objet initial']) await h.send(step);
    expect(actions(await h.send('Modifier'))).toEqual(['Adresse e-mail', 'Catégorie', 'Objet', 'Description']);
    await h.send('Objet');
    expect(text(await h.send('Objet corrigé'))).toContain('- **Objet** : Objet corrigé');
    await h.send('Confirmer');
    expect(h.f.tickets[0]?.subject).toBe('Objet corrigé');
  });

  it('keeps the data when creation fails, and « Confirmer » retries with the same idempotency key', async () => {
    const h = await anonymousForm();
    for (const step of ['jean@example.fr', 'Technique', 'Erreur au dépôt']) await h.send(step);
    h.f.failTickets = 1;
    const failed = await h.send('Confirmer');
    expect(text(failed)).toMatch(/^Désolée, je n’ai pas pu créer votre ticket/);
    expect(actions(failed)).toEqual(['Confirmer', 'Modifier', 'Annuler']);
    expect(h.errors.map((e) => e.msg)).toEqual(['bot: ticket creation failed']);
    expect(text(await h.send('Confirmer'))).toContain('votre ticket n° 2024-000001 est créé');
    expect(h.f.tickets[0]).toMatchObject({ subject: 'Erreur au dépôt', requester: { email: 'jean@example.fr' } });
    const [first, retry] = h.f.ticketAttempts;
    expect(retry?.idempotencyKey).toBe(first?.idempotencyKey);
  });
});
