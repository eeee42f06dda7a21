import { liveHarness, type LiveHarness } from './harness';

describe('supervisor view and canned responses', () => {
  let h: LiveHarness;
  beforeAll(async () => {
    h = await liveHarness({ LIVECHAT_ROUTING: 'pick' });
  });
  afterAll(async () => {
    await h.close();
  });

  it('shows the queue, waiting times, and each agent’s status and load, live', async () => {
    const sophie = await h.agent('Sophie', 'supervisor');
    const camille = await h.agent('Camille');
    const first = await sophie.call('supervisor:watch');
    expect(first).toMatchObject({ queueLength: 0, oldestWaitSeconds: 0 });
    expect(first.agents.map((a: any) => [a.name, a.status, a.load, a.online])).toEqual(
      expect.arrayContaining([
        ['Camille', 'available', 0, true],
        ['Sophie', 'available', 0, true],
      ]),
    );

    const u1 = await h.user();
    await u1.say('Discuter avec un conseiller', /position 1/);
    h.advance(90_000);
    await h.r.app.livechat.sweep(); // the heartbeat the jump skipped
    const u2 = await h.user();
    await u2.say('Discuter avec un conseiller', /position 2/);
    const live = await sophie.waitFor('supervisor:update', (s) => s.queueLength === 2);
    expect(live.oldestWaitSeconds).toBe(90);
    expect(live.waits.map((w: any) => w.waitingSeconds)).toEqual([90, 0]);

    const chatId = live.waits[0].chatId;
    await camille.call('chat:accept', { chatId });
    await camille.call('status:set', { status: 'busy' });
    const after = await sophie.waitFor('supervisor:update', (s) => s.queueLength === 1 && s.agents.some((a: any) => a.name === 'Camille' && a.load === 1 && a.status === 'busy'));
    expect(after.waits).toHaveLength(1);

    // Supervisors may read any chat and add a note to it; the agent sees the note.
    const view = await sophie.call('chat:open', { chatId });
    expect(view).toMatchObject({ state: 'agent', agentName: 'Camille' });
    await sophie.call('chat:note', { chatId, text: 'Penser à vérifier le SIRET' });
    await camille.waitFor('chat:message', (m) => m.kind === 'note' && m.text === 'Penser à vérifier le SIRET');
    // Closed chats stay listed with their transcript.
    await camille.call('chat:close', { chatId });
    const closed = await sophie.call('chats:closed', { limit: 10 });
    expect(closed[0]).toMatchObject({ chatId, agentName: 'Camille', endReason: 'closed' });
  });

  it('sends a canned response with the user’s name filled in, only from the agent’s team', async () => {
    const camille = await h.agent('Camille Martin');
    const user = await h.user();
    await user.say('Discuter avec un conseiller', /position/);
    const chatId = (await h.r.app.livechat.store.chats.queue()).at(-1)!.id;
    await camille.call('chat:accept', { chatId });
    const mine = await h.r.app.livechat.store.agents.get(camille.agent.id);
    const canned = await createCanned(mine!.team, 'Relance {{conseiller}}', 'Bonjour {{prenom}}, ici {{conseiller}}. Avez-vous pu avancer ?');
    const sent = await camille.call('chat:message', { chatId, cannedId: canned.id });
    // Anonymous user: no first name, the greeting is tidied.
    expect(sent.text).toBe('Bonjour, ici Camille Martin. Avez-vous pu avancer ?');
    await user.waitForBot(/ici Camille Martin/);
    const other = await createCanned('autre-equipe', 'Secret', 'Texte d’une autre équipe');
    expect(await camille.emit('chat:message', { chatId, cannedId: other.id })).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } });
  });

  function createCanned(team: string, title: string, body: string) {
    // Through the public store of the app (the HTTP routes are tested in test/livechat/canned.http.test.ts).
    return h.r.app.canned.store.create({ team, title, body, by: null });
  }
});
