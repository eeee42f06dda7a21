import type { Activity } from 'botbuilder';
import { EchoBot, startHarness, sleep, WELCOME, type Harness } from './harness';

describe('widget channel (socket.io /chat)', () => {
  let h: Harness;
  beforeEach(async () => {
    h = await startHarness();
  });
  afterEach(() => h.close());

  it('creates a conversation, sends the session and the bot welcome', async () => {
    const c = h.connect();
    const session = await c.waitFor('session');
    expect(session.conversationId).toMatch(/^c_[A-Za-z0-9_-]{22}$/);
    expect(session.visitorToken).toMatch(/^[A-Za-z0-9_-]{43}$/);
    const welcome = await c.waitFor('activity');
    expect(welcome).toMatchObject({
      type: 'message',
      text: WELCOME,
      channelId: 'relais-widget',
      conversation: { id: session.conversationId },
      from: { id: 'relais', name: 'ClaudIA', role: 'bot' },
    });
    expect(welcome.id).toEqual(expect.any(String));
    expect(new Date(welcome.timestamp).toString()).not.toBe('Invalid Date');
    expect(h.bot.seen[0]).toMatchObject({ type: 'conversationUpdate', membersAdded: [{ role: 'user' }] });
    // Only the visitor token's hash is stored.
    const rows = await h.db.query<{ visitor_token_hash: string }>('SELECT visitor_token_hash FROM chat_conversations');
    expect(rows).toHaveLength(1);
    expect(rows[0]!.visitor_token_hash).not.toContain(session.visitorToken);
  });

  it('echoes a message, acks with the server id, and fills in the server-side fields', async () => {
    const c = h.connect();
    const session = await c.waitFor('session');
    await c.waitFor('activity', (a) => a.text === WELCOME);
    const ack = await c.send({
      type: 'message',
      text: '  bonjour  ',
      id: 'client-id',
      conversation: { id: 'c_someone-else' },
      from: { id: 'admin', name: 'Mallory', role: 'bot' },
      channelId: 'msteams',
      channelData: { page: { url: 'https://portail.example.fr/factures', title: 'Factures' }, relais: { requester: { email: 'faux@x.fr' } } },
    });
    expect(ack).toEqual({ ok: true, data: { id: expect.stringMatching(/^a_/) } });
    const echo = await c.waitFor('activity', (a) => a.text === 'Écho : bonjour');
    expect(echo.replyToId).toBe(ack.data.id);
    const seen = h.bot.seen.find((a) => a.type === 'message')!;
    expect(seen).toMatchObject({
      id: ack.data.id,
      text: 'bonjour',
      channelId: 'relais-widget',
      locale: 'fr-FR',
      conversation: { id: session.conversationId },
      from: { id: `u_${session.conversationId}`, role: 'user' },
      recipient: { id: 'relais', name: 'ClaudIA' },
      channelData: { page: { url: 'https://portail.example.fr/factures', title: 'Factures' }, relais: {} },
    });
    expect(seen.from!.name).toBeUndefined();
  });

  it('resumes with the visitor token: same conversation, history, no second welcome', async () => {
    const first = h.connect();
    const session = await first.waitFor('session');
    await first.waitFor('activity', (a) => a.text === WELCOME);
    await first.send({ type: 'message', text: 'première question' });
    await first.waitFor('activity', (a) => a.text === 'Écho : première question');
    first.socket.disconnect();

    const again = h.connect({ visitorToken: session.visitorToken });
    expect(await again.waitFor('session')).toEqual(session);
    const history = await again.waitFor('history');
    expect(history.activities.map((a: any) => [a.from.role, a.text])).toEqual([
      ['bot', WELCOME],
      ['user', 'première question'],
      ['bot', 'Écho : première question'],
    ]);
    // The server-side identity is not replayed to the browser.
    expect(history.activities[1].channelData.relais).toBeUndefined();
    await sleep(150);
    expect(again.activities()).toEqual([]);
    expect(h.bot.seen.filter((a) => a.type === 'conversationUpdate')).toHaveLength(1);
  });

  it('refuses widgets until its bot is attached, then admits them; it is attached once', async () => {
    await h.close();
    h = await startHarness({ detached: true });
    const early = h.connect();
    const err = await early.waitFor('connect_error');
    expect(err.data).toEqual({ code: 'UNAVAILABLE' });
    h.channel.attach({ bot: h.bot });
    expect(() => h.channel.attach({ bot: h.bot })).toThrow(/already attached/);
    const c = h.connect();
    await c.waitFor('session');
    await c.send({ type: 'message', text: 'bonjour' });
    await c.waitFor('activity', (a) => a.text === 'Écho : bonjour');
  });

  it('caps the history at maxHistory, keeping the latest activities', async () => {
    await h.close();
    h = await startHarness({ maxHistory: 3 });
    const c = h.connect();
    const { visitorToken } = await c.waitFor('session');
    for (const text of ['un', 'deux']) {
      await c.send({ type: 'message', text });
      await c.waitFor('activity', (a) => a.text === `Écho : ${text}`);
    }
    const again = h.connect({ visitorToken });
    const { activities } = await again.waitFor('history');
    expect(activities.map((a: any) => a.text)).toEqual(['Écho : un', 'deux', 'Écho : deux']);
  });

  it('a wrong or foreign visitor token gets a new conversation, never the other one', async () => {
    const owner = h.connect();
    const session = await owner.waitFor('session');
    await owner.send({ type: 'message', text: 'secret' });
    await owner.waitFor('activity', (a) => a.text === 'Écho : secret');

    for (const visitorToken of [session.visitorToken.slice(0, -1) + (session.visitorToken.endsWith('A') ? 'B' : 'A'), 'nimporte-quoi', session.conversationId]) {
      const intruder = h.connect({ visitorToken });
      const other = await intruder.waitFor('session');
      expect(other.conversationId).not.toBe(session.conversationId);
      expect(other.visitorToken).not.toBe(session.visitorToken);
      await intruder.waitFor('activity', (a) => a.text === WELCOME);
      expect(intruder.events.some((e) => e.name === 'history')).toBe(false);
      expect(intruder.activities().every((a) => a.conversation.id === other.conversationId)).toBe(true);
    }
  });

  it('delivers every activity to all tabs of the conversation', async () => {
    const tab1 = h.connect();
    const { conversationId, visitorToken } = await tab1.waitFor('session');
    await tab1.waitFor('activity', (a) => a.text === WELCOME);
    const tab2 = h.connect({ visitorToken });
    await tab2.waitFor('history');
    const outsider = h.connect();
    await outsider.waitFor('session');

    const ack = await tab1.send({ type: 'message', text: 'deux onglets' });
    for (const tab of [tab1, tab2]) await tab.waitFor('activity', (a) => a.text === 'Écho : deux onglets');
    // The other tab also shows what the user typed; the sender already has it.
    expect(await tab2.waitFor('activity', (a) => a.id === ack.data.id)).toMatchObject({ text: 'deux onglets', conversation: { id: conversationId } });
    expect(tab1.activities().some((a) => a.id === ack.data.id)).toBe(false);
    await sleep(100);
    expect(outsider.activities().map((a) => a.text)).toEqual([WELCOME]);
  });

  it('continueConversation delivers proactive messages, updates and deletions to the room', async () => {
    const c = h.connect();
    const { conversationId, visitorToken } = await c.waitFor('session');
    await c.waitFor('activity', (a) => a.text === WELCOME);
    const { adapter } = h.channel;
    let sentId = '';
    await adapter.continueConversation(adapter.referenceFor(conversationId), async (context) => {
      sentId = (await context.sendActivity('Un conseiller vous répond.'))!.id;
    });
    const proactive = await c.waitFor('activity', (a) => a.text === 'Un conseiller vous répond.');
    expect(proactive).toMatchObject({ id: sentId, from: { role: 'bot' }, conversation: { id: conversationId } });

    await adapter.continueConversationAsync('', adapter.referenceFor(conversationId), async (context) => {
      await context.updateActivity({ id: sentId, type: 'message', text: 'Message modifié.' });
    });
    expect(await c.waitFor('activityUpdate')).toMatchObject({ id: sentId, text: 'Message modifié.' });
    const resumed = h.connect({ visitorToken });
    expect((await resumed.waitFor('history')).activities.map((a: any) => a.text)).toEqual([WELCOME, 'Message modifié.']);

    await adapter.continueConversation(adapter.referenceFor(conversationId), async (context) => {
      await context.deleteActivity(sentId);
    });
    expect(await c.waitFor('activityDelete')).toEqual({ conversationId, activityId: sentId });
    const later = h.connect({ visitorToken });
    expect((await later.waitFor('history')).activities.map((a: any) => a.text)).toEqual([WELCOME]);
  });

  it('a failing bot turn gets a French apology, and the conversation goes on', async () => {
    const c = h.connect();
    await c.waitFor('activity', (a) => a.text === WELCOME);
    expect(await c.send({ type: 'message', text: 'boom' })).toMatchObject({ ok: true });
    await c.waitFor('activity', (a) => /Désolée, un incident technique/.test(a.text));
    await c.send({ type: 'message', text: 'encore là ?' });
    await c.waitFor('activity', (a) => a.text === 'Écho : encore là ?');
  });
});

describe('widget channel and the live chat', () => {
  /** A bot that leaves messages starting with «agent:» to the live chat, as a hand-off would. */
  class HandingOffBot extends EchoBot {
    liveChatHolds = (context: { activity: Partial<Activity> }) => (context.activity.text ?? '').startsWith('agent:');
  }
  const relaySpy = (takes: boolean) => {
    const calls: string[] = [];
    return {
      calls,
      relay: {
        async onUserActivity(_conversationId: string, activity: { type: string; text?: string }) {
          calls.push(`${activity.type}:${activity.text ?? ''}`);
          return takes;
        },
        isOpen: async () => takes,
        async onUserPresence() {},
        afterTurn() {},
      },
    };
  };

  it('asks the live chat nothing while the bot has the conversation, and relays what the bot leaves to it', async () => {
    const spy = relaySpy(true);
    const bot = new HandingOffBot();
    const h = await startHarness({ bot, relay: spy.relay });
    try {
      const c = h.connect();
      await c.waitFor('activity', (a) => a.text === WELCOME);
      expect((await c.send({ type: 'message', text: 'bonjour' })).ok).toBe(true);
      await c.waitFor('activity', (a) => a.text === 'Écho : bonjour');
      expect(spy.calls).toEqual([]); // a conversation with the bot costs no live-chat lookup
      expect((await c.send({ type: 'message', text: 'agent: vous êtes là ?' })).ok).toBe(true);
      expect(spy.calls).toEqual(['message:agent: vous êtes là ?']);
    } finally {
      await h.close();
    }
  });

  it('gives the message back to the bot when the live chat no longer has the conversation', async () => {
    const spy = relaySpy(false);
    const bot = new HandingOffBot();
    const h = await startHarness({ bot, relay: spy.relay });
    try {
      const c = h.connect();
      await c.waitFor('activity', (a) => a.text === WELCOME);
      await c.send({ type: 'message', text: 'agent: encore là ?' });
      expect(spy.calls).toEqual(['message:agent: encore là ?']);
      // The bot ran the message twice: once leaving it, once answering after the relay declined.
      expect(bot.seen.filter((a) => a.text === 'agent: encore là ?')).toHaveLength(2);
    } finally {
      await h.close();
    }
  });
});
