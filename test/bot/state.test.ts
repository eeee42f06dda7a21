import { MemoryStorage, type Storage } from 'botbuilder';
import { MAX_TRANSCRIPT_LINES } from '../../bot';
import { createFakes, createHarness, knowledge, MARIE, text } from './harness';

describe('state', () => {
  it('survives a restart: a new bot and adapter on the same storage resume the ticket form', async () => {
    const storage = new MemoryStorage();
    const fakes = createFakes();
    const before = createHarness({ storage, fakes });
    await before.join(MARIE);
    await before.send('Créer un ticket');
    await before.send('Métier');

    const after = createHarness({ storage, fakes });
    expect(text(await after.send('Dépôt impossible'))).toMatch(/^Décrivez votre demande/);
    await after.send('Le bouton Valider et envoyer ne répond pas.');
    expect(text(await after.send('Confirmer'))).toContain('est créé');
    expect(fakes.f.tickets[0]).toMatchObject({ requester: MARIE, category: 'metier', subject: 'Dépôt impossible' });
    expect(fakes.f.tickets[0]?.transcript?.[1]).toMatchObject({ from: 'user', text: 'Créer un ticket' });
  });

  it('welcomes a returning user (user state)', async () => {
    const storage = new MemoryStorage();
    await createHarness({ storage }).join();
    const other = createHarness({ storage });
    other.adapter.conversation.conversation = { ...other.adapter.conversation.conversation, id: 'Convo2' };
    expect(text(await other.join())).toMatch(/^Bonjour, ravie de vous retrouver !/);
  });

  it('caps the transcript at 200 lines, oldest first out', async () => {
    const h = createHarness();
    for (let i = 0; i < 110; i++) await h.send(`merci ${i}`);
    await h.send('Créer un ticket');
    // Thanks are no question: the form asks for the description too.
    for (const step of ['jean@example.fr', 'Technique', 'Objet', 'Le dépôt échoue.']) await h.send(step);
    await h.send('Confirmer');
    const transcript = h.f.tickets[0]!.transcript!;
    expect(transcript).toHaveLength(MAX_TRANSCRIPT_LINES);
    expect(transcript.at(-1)).toMatchObject({ from: 'user', text: 'Confirmer' });
    expect(transcript.some((l) => l.text === 'merci 0')).toBe(false);
  });
});

describe('turn errors', () => {
  it('logs and apologises in French instead of throwing', async () => {
    const broken = { ...knowledge, ask: () => { throw new Error('index corrupted'); } };
    const h = createHarness({ deps: { knowledge: broken } });
    const replies = await h.send('une question');
    expect(text(replies)).toBe('Désolée, un incident technique m’empêche de vous répondre. Pouvez-vous réessayer dans un instant ?');
    expect(h.errors[0]).toMatchObject({ msg: 'bot: turn failed', obj: { conversationId: 'Convo1' } });
  });

  it('answers a failing feedback invoke with status 500', async () => {
    const fakes = createFakes();
    fakes.deps.feedback.recordRating = async () => Promise.reject(new Error('db down'));
    const h = createHarness({ fakes });
    const replies = await h.rate('x', 'like');
    expect(replies.filter((r) => r.type === 'invokeResponse').map((r) => r.value)).toEqual([{ status: 500 }]);
    expect(text(replies)).toMatch(/^Désolée, un incident technique/);
  });

  it('keeps answering when the feedback store cannot record an unanswered question', async () => {
    const fakes = createFakes();
    fakes.deps.feedback.recordUnanswered = async () => Promise.reject(new Error('db down'));
    const h = createHarness({ fakes });
    expect(text(await h.send('xyzzy plouf'))).toMatch(/^Je n’ai pas compris/);
    expect(h.errors.map((e) => e.msg)).toEqual(['bot: could not record an unanswered question']);
  });

  it('logs a storage failure at the end of the turn without throwing', async () => {
    const failing: Storage = {
      read: async () => ({}),
      write: async () => Promise.reject(new Error('disk full')),
      delete: async () => undefined,
    };
    const h = createHarness({ storage: failing });
    expect(text(await h.send('merci'))).toMatch(/^Avec plaisir/);
    expect(h.errors.map((e) => e.msg)).toEqual(['bot: could not save state']);
  });
});
