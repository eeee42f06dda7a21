import { liveHarness, liveStatuses, waitUntil, type LiveHarness } from './harness';

const SATURDAY_10H = Date.parse('2026-12-05T10:00:00+01:00');
const CHRISTMAS_10H = Date.parse('2026-12-25T10:00:00+01:00');

describe('live chat routing and availability', () => {
  let h: LiveHarness | undefined;
  afterEach(async () => {
    await h?.close();
    h = undefined;
  });

  it.each([
    ['a Saturday', SATURDAY_10H, /du lundi au vendredi/],
    ['Christmas (a public holiday)', CHRISTMAS_10H, /Prochaine ouverture/],
  ])('offers no agent on %s, even with an agent connected', async (_what, start, why) => {
    h = await liveHarness({}, start);
    await h.agent('Camille');
    const user = await h.user();
    const reply = await user.say('Discuter avec un conseiller', /ticket/);
    expect(reply.text).toMatch(why);
    expect(reply.suggestedActions?.actions.map((a) => a.title)).toEqual(['Créer un ticket']);
    expect(await h.r.app.livechat.store.chats.queue()).toEqual([]);
  });

  it('offers no agent during opening hours when nobody is connected, or everyone is away', async () => {
    h = await liveHarness();
    const user = await h.user();
    // Nobody signed in, then the only adviser away: nobody is on line (not «all busy»).
    expect((await user.say('Discuter avec un conseiller', /ticket/)).text).toMatch(/^Aucun conseiller n’est en ligne pour le moment/);
    const camille = await h.agent('Camille');
    await camille.call('status:set', { status: 'away' });
    expect((await user.say('Discuter avec un conseiller', /ticket/)).text).toMatch(/^Aucun conseiller n’est en ligne/);
    await camille.call('status:set', { status: 'available' });
    await user.say('Discuter avec un conseiller', /Je vous mets en relation/);
  });

  it('assigns automatically to the least-loaded available agent, and refuses once everyone is full', async () => {
    h = await liveHarness({ LIVECHAT_AGENT_CAPACITY: '1' });
    const [camille, hugo] = [await h.agent('Camille'), await h.agent('Hugo')];
    const u1 = await h.user();
    await u1.say('Discuter avec un conseiller', /Je vous mets en relation/);
    const first = await Promise.race([camille.waitFor('chat:assigned'), hugo.waitFor('chat:assigned')]);
    await u1.waitForBot(/a rejoint la conversation/);
    // Taken at once: no passing queue position was shown.
    await waitUntil(() => liveStatuses(u1).some((s) => s.state === 'agent'));
    expect(liveStatuses(u1).filter((s) => s.state === 'queued')).toEqual([]);
    const u2 = await h.user();
    await u2.say('Discuter avec un conseiller', /Je vous mets en relation/);
    await u2.waitForBot(/a rejoint la conversation/);
    // One each: the second went to the agent who had none.
    await waitUntil(() => camille.events('chat:assigned').length === 1 && hugo.events('chat:assigned').length === 1);
    expect(first.state).toBe('agent');
    // Capacity full everywhere: a third user is offered a ticket, not a queue.
    const u3 = await h.user();
    expect((await u3.say('Discuter avec un conseiller', /ticket/)).text).toMatch(/tous occupés/);
  });

  it('queues beyond capacity when a queue limit is set, and assigns when an agent frees up', async () => {
    h = await liveHarness({ LIVECHAT_AGENT_CAPACITY: '1', LIVECHAT_MAX_QUEUE: '2' });
    const camille = await h.agent('Camille');
    const u1 = await h.user();
    await u1.say('Discuter avec un conseiller', /Je vous mets en relation/);
    const chat1 = await camille.waitFor('chat:assigned');
    const u2 = await h.user();
    await u2.say('Discuter avec un conseiller', /position 1 dans la file d’attente/);
    const u3 = await h.user();
    await u3.say('Discuter avec un conseiller', /position 2 dans la file d’attente/);
    const u4 = await h.user();
    expect((await u4.say('Discuter avec un conseiller', /ticket/)).text).toMatch(/tous occupés/);

    // Closing the first chat frees Camille: the head of the queue is assigned, the others move up.
    await camille.call('chat:close', { chatId: chat1.chatId });
    await u2.waitForBot(/Camille a rejoint la conversation/);
    await waitUntil(() => liveStatuses(u3).some((s) => s.state === 'queued' && s.position === 1));
  });

  it('lets exactly one of two agents take a queued chat when they accept at the same time', async () => {
    h = await liveHarness({ LIVECHAT_ROUTING: 'pick' });
    const agents = [await h.agent('Camille'), await h.agent('Hugo'), await h.agent('Inès')];
    for (let round = 0; round < 5; round++) {
      const user = await h.user();
      await user.say('Discuter avec un conseiller', /position 1/);
      const chatId = (await h.r.app.livechat.store.chats.queue())[0]!.id;
      const acks = await Promise.all(agents.map((a) => a.emit('chat:accept', { chatId })));
      expect(acks.filter((a) => a.ok)).toHaveLength(1);
      expect(acks.filter((a) => !a.ok).map((a) => a.error!.code)).toEqual(['ALREADY_TAKEN', 'ALREADY_TAKEN']);
      const winner = agents[acks.findIndex((a) => a.ok)]!;
      await winner.call('chat:handBack', { chatId });
      user.close();
    }
  });

  it('lets the user leave the queue for a ticket that carries the transcript', async () => {
    h = await liveHarness({ LIVECHAT_ROUTING: 'pick' });
    const camille = await h.agent('Camille');
    const user = await h.user();
    await user.say('mot de passe oublié', /Source/);
    const queued = await user.say('Discuter avec un conseiller', /position 1/);
    await user.emit({ type: 'message', text: 'Je patiente', value: undefined });
    const leave = queued.suggestedActions!.actions[0]!;
    await user.emit({ type: 'message', text: leave.title, value: leave.value });
    await user.waitForBot(/quitté la file d’attente/);
    await user.waitForBot(/adresse e-mail/);
    await camille.waitFor('queue:update', (q) => q.items.length === 0);
    await user.say('lea.petit@example.fr', /technique/);
    await user.say('Technique', /objet/);
    await user.say('Connexion impossible', /transmets/);
    const done = await user.say('Confirmer', /ticket n° (RL-\d{4}-\d{6})/);
    const number = /RL-\d{4}-\d{6}/.exec(done.text!)![0];
    const { ticket } = await h.r.app.ticketing.service.forAgent(number);
    expect(JSON.stringify(ticket.transcript)).toContain('mot de passe oublié');
    expect(JSON.stringify(ticket.transcript)).toContain('Je patiente');
  });
});
