import { liveHarness, type LiveHarness } from './harness';

describe('the console: search across chats, and who else is on a chat', () => {
  let h: LiveHarness;
  beforeAll(async () => {
    h = await liveHarness({ LIVECHAT_ROUTING: 'pick' });
  });
  afterAll(async () => {
    await h.close();
  });

  it('finds chats by what the user wrote to the adviser, by the bot part, by id; refuses a one-letter search', async () => {
    const camille = await h.agent('Camille Search');
    const user = await h.user();
    await user.say('Comment envoyer une facture restée en brouillon ?', /Source/);
    await user.say('Discuter avec un conseiller', /position/);
    const chatId = (await h.r.app.livechat.store.chats.queue()).at(-1)!.id;
    await camille.call('chat:accept', { chatId });
    await user.emit({ type: 'message', text: 'Ma facture FAC-77812 pour le Rectorat reste bloquée' });
    await camille.waitFor('chat:message', (m) => m.kind === 'user' && /FAC-77812/.test(m.text));

    // A word of the live part, any case; a word of the bot part; the chat's id.
    for (const q of ['fac-77812', 'RECTORAT', 'restée en brouillon', chatId]) {
      const hits = await camille.call('chats:search', { q });
      expect(hits.map((c: any) => c.chatId)).toContain(chatId);
      expect(hits.find((c: any) => c.chatId === chatId)).toMatchObject({ state: 'agent', agentName: 'Camille Search' });
    }
    // A word that is only a key of the stored JSON finds nothing, and neither does a stranger's word.
    expect((await camille.call('chats:search', { q: 'channelData' })).map((c: any) => c.chatId)).not.toContain(chatId);
    expect(await camille.call('chats:search', { q: 'zzzz-nowhere' })).toEqual([]);
    await expect(camille.call('chats:search', { q: 'a' })).rejects.toThrow(/invalides/);
    await camille.call('chat:close', { chatId });
  });

  it('tells each adviser who else has the chat in front of them, as they come and go', async () => {
    const camille = await h.agent('Camille View');
    const sophie = await h.agent('Sophie View', 'supervisor');
    const user = await h.user();
    await user.say('Discuter avec un conseiller', /position/);
    const chatId = (await h.r.app.livechat.store.chats.queue()).at(-1)!.id;
    await camille.call('chat:accept', { chatId });

    const alone = await camille.call('chat:view', { chatId });
    expect(alone.agents.map((a: any) => a.name)).toEqual(['Camille View']);
    const both = await sophie.call('chat:view', { chatId });
    expect(both.agents.map((a: any) => a.name).sort()).toEqual(['Camille View', 'Sophie View']);
    await camille.waitFor('chat:viewers', (v) => v.chatId === chatId && v.agents.length === 2);

    // Sophie looks elsewhere, then comes back and closes her console: Camille is told each time.
    const from = () => camille.received.length;
    let mark = from();
    await sophie.call('chat:view', { chatId: null });
    await camille.waitFor('chat:viewers', (v) => v.chatId === chatId && v.agents.length === 1, 3000, mark);
    mark = from();
    await sophie.call('chat:view', { chatId });
    await camille.waitFor('chat:viewers', (v) => v.chatId === chatId && v.agents.length === 2, 3000, mark);
    mark = from();
    sophie.close();
    await camille.waitFor('chat:viewers', (v) => v.chatId === chatId && v.agents.length === 1, 3000, mark);

    await expect(camille.call('chat:view', { chatId: 'lc_unknown' })).rejects.toThrow(/introuvable|existe/i);
    await camille.call('chat:close', { chatId });
  });
});
