import { identityToken } from '../helpers/app';
import pino from 'pino';
import { startHarness, sleep, WELCOME, type Harness } from './harness';

describe('widget channel: identity, validation and limits', () => {
  let h: Harness;
  beforeEach(async () => {
    h = await startHarness();
  });
  afterEach(() => h.close());

  it('ties the conversation to a verified portal identity and gives the bot the requester', async () => {
    const c = h.connect({ identityToken: await identityToken() });
    const { conversationId } = await c.waitFor('session');
    await c.waitFor('activity', (a) => a.text === WELCOME);
    await c.send({ type: 'message', text: 'qui suis-je ?', channelData: { relais: { requester: { email: 'pirate@x.fr' } } } });
    await c.waitFor('activity', (a) => a.text === 'Écho : qui suis-je ?');
    const requester = { email: 'marie.dupont@mairie.fr', name: 'Marie Dupont', portalUserId: 'portal-user-42', organisation: 'Mairie de Lyon', verified: true };
    expect(h.bot.seen.find((a) => a.type === 'message')).toMatchObject({
      from: { id: `u_${conversationId}`, name: 'Marie Dupont', role: 'user' },
      channelData: { relais: { requester } },
    });
    expect(h.bot.seen[0]).toMatchObject({ type: 'conversationUpdate', channelData: { relais: { requester } } });
    const rows = await h.db.query('SELECT portal_user_id FROM chat_conversations WHERE id = $1', [conversationId]);
    expect(rows).toEqual([{ portal_user_id: 'portal-user-42' }]);
  });

  it('refuses an invalid or expired identity token with a French connect_error', async () => {
    const cases: [string, RegExp][] = [
      [await identityToken({}, { secret: 'un-autre-secret-tout-aussi-long-0123456789' }), /invalide/],
      [await identityToken({}, { expiresIn: Math.floor(Date.now() / 1000) - 60 }), /expiré/],
      ['pas-un-jwt', /invalide/],
    ];
    for (const [token, message] of cases) {
      const c = h.connect({ identityToken: token });
      const err = await c.waitFor('connect_error');
      expect(err.message).toMatch(message);
      expect(err.data).toEqual({ code: 'IDENTITY_INVALID' });
      expect(c.events.some((e) => e.name === 'session')).toBe(false);
    }
    for (const auth of [{ identityToken: 42 }, { visitorToken: { $ne: null } }]) {
      const err = await h.connect(auth).waitFor('connect_error');
      expect(err.data).toEqual({ code: 'INVALID_INPUT' });
    }
    expect(await h.db.query('SELECT id FROM chat_conversations')).toEqual([]);
  });

  it('a conversation tied to user A is refused to user B and not resumed without identity', async () => {
    const a = h.connect({ identityToken: await identityToken({ sub: 'user-a' }) });
    const session = await a.waitFor('session');
    await a.send({ type: 'message', text: 'données de A' });
    await a.waitFor('activity', (x) => x.text === 'Écho : données de A');

    const b = h.connect({ visitorToken: session.visitorToken, identityToken: await identityToken({ sub: 'user-b', email: 'b@x.fr' }) });
    const err = await b.waitFor('connect_error');
    expect(err.data).toEqual({ code: 'IDENTITY_MISMATCH' });
    expect(err.message).toMatch(/autre utilisateur/);

    // Logged out on a shared computer: a fresh conversation, not A's.
    const anonymous = h.connect({ visitorToken: session.visitorToken });
    expect((await anonymous.waitFor('session')).conversationId).not.toBe(session.conversationId);
    expect(anonymous.events.some((e) => e.name === 'history')).toBe(false);

    const again = h.connect({ visitorToken: session.visitorToken, identityToken: await identityToken({ sub: 'user-a' }) });
    expect((await again.waitFor('session')).conversationId).toBe(session.conversationId);
    expect((await again.waitFor('history')).activities.map((x: any) => x.text)).toContain('données de A');
  });

  it('an anonymous conversation is tied to the user who logs in while resuming it', async () => {
    const c = h.connect();
    const session = await c.waitFor('session');
    const logged = h.connect({ visitorToken: session.visitorToken, identityToken: await identityToken({ sub: 'user-c' }) });
    expect((await logged.waitFor('session')).conversationId).toBe(session.conversationId);
    const other = h.connect({ visitorToken: session.visitorToken, identityToken: await identityToken({ sub: 'user-d' }) });
    expect((await other.waitFor('connect_error')).data).toEqual({ code: 'IDENTITY_MISMATCH' });
  });

  it('answers malformed payloads with error acks and keeps serving', async () => {
    const c = h.connect();
    await c.waitFor('activity', (a) => a.text === WELCOME);
    const invalid = [
      'bonjour',
      42,
      null,
      [],
      {},
      { text: 'sans type' },
      { type: 'event', name: 'x' },
      { type: 'message', text: '   ' },
      { type: 'message', text: 42 },
      { type: 'invoke', name: 'message/submitAction', value: {} },
      { type: 'message', value: Buffer.from('binaire') },
      Buffer.from('{"type":"message","text":"binaire"}'),
      { type: 'message', text: 'profond', value: JSON.parse('['.repeat(100) + ']'.repeat(100)) },
    ];
    for (const payload of invalid) {
      const ack = await c.send(payload);
      expect(ack).toEqual({ ok: false, error: { code: 'INVALID_INPUT', message: expect.stringMatching(/invalide/) } });
    }
    const tooLarge = [
      { type: 'message', text: 'x'.repeat(100_000) },
      { type: 'message', text: 'x'.repeat(2001) },
      { type: 'message', text: 'ok', value: { blob: 'x'.repeat(9000) } },
    ];
    for (const payload of tooLarge) {
      expect(await c.send(payload)).toMatchObject({ ok: false, error: { code: 'TOO_LARGE' } });
    }
    // Neither a missing ack callback nor a missing payload crashes the handler.
    c.socket.emit('activity', { type: 'message', text: 'sans accusé' });
    expect(await c.socket.timeout(2000).emitWithAck('activity')).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT' } });
    await c.waitFor('activity', (a) => a.text === 'Écho : sans accusé');
    expect(await c.send({ type: 'message', text: 'toujours là' })).toMatchObject({ ok: true });
    await c.waitFor('activity', (a) => a.text === 'Écho : toujours là');
    expect(h.bot.seen.filter((a) => a.type === 'message').map((a) => a.text)).toEqual(['sans accusé', 'toujours là']);
  });

  it('takes a page context that is a web address with a short title, and refuses any other', async () => {
    const c = h.connect();
    await c.waitFor('activity', (a) => a.text === WELCOME);
    for (const page of [{ url: 'javascript:alert(1)', title: 'x' }, { url: 'https://portail.example.fr/', title: 'x'.repeat(301) }, 'https://portail.example.fr/']) {
      expect(await c.send({ type: 'message', text: 'ok', channelData: { page } })).toEqual({ ok: false, error: { code: 'INVALID_INPUT', message: expect.stringMatching(/invalide/) } });
    }
    expect(await c.send({ type: 'message', text: 'ok', channelData: { page: { url: 'https://portail.example.fr/factures', title: 'Mes factures' } } })).toMatchObject({ ok: true });
  });

  it('returns the bot invoke response for feedback in the ack, never as an activity', async () => {
    const c = h.connect();
    const welcome = await c.waitFor('activity', (a) => a.text === WELCOME);
    const ack = await c.send({
      type: 'invoke',
      name: 'message/submitAction',
      value: { actionName: 'feedback', actionValue: { reaction: 'dislike', feedback: 'Pas clair' } },
      replyToId: welcome.id,
    });
    expect(ack).toEqual({
      ok: true,
      data: { id: expect.any(String), invokeResponse: { status: 200, body: { recorded: 'dislike', replyToId: welcome.id } } },
    });
    const badReaction = { actionName: 'feedback', actionValue: { reaction: 'love' } };
    expect(await c.send({ type: 'invoke', name: 'message/submitAction', value: badReaction, replyToId: welcome.id })).toMatchObject({
      ok: false,
      error: { code: 'INVALID_INPUT' },
    });
    expect((await c.send({ type: 'invoke', name: 'inconnu/action', value: {}, replyToId: welcome.id })).data.invokeResponse).toEqual({ status: 501 });
    await sleep(100);
    expect(c.activities().map((a) => a.type)).toEqual(['message']);
    // Invokes are not chat messages: the history keeps only the welcome.
    expect(await h.db.query('SELECT id FROM chat_messages')).toHaveLength(1);
  });

  it('rate-limits each socket', async () => {
    const c = h.connect();
    await c.waitFor('session');
    const acks = await Promise.all(Array.from({ length: 25 }, (_, i) => c.send({ type: 'message', text: `m${i}` })));
    expect(acks.filter((a) => a.ok)).toHaveLength(20);
    expect(acks.filter((a) => !a.ok)).toEqual(
      Array(5).fill({ ok: false, error: { code: 'RATE_LIMITED', message: expect.stringMatching(/trop de messages/) } }),
    );
    // Another connection has its own budget.
    const other = h.connect();
    await other.waitFor('session');
    expect(await other.send({ type: 'message', text: 'autre' })).toMatchObject({ ok: true });
  });
});

describe('widget channel: control characters', () => {
  it('removes them from what the user sends before the bot, the history or the database see it', async () => {
    const h = await startHarness();
    try {
      const c = h.connect();
      const { conversationId } = await c.waitFor('session');
      await c.waitFor('activity', (a) => a.text === WELCOME);
      const ack = await c.send({ type: 'message', text: 'factu\u0000re\u0085 bloquée\u0007', value: { comment: 'nul\u0000' } });
      expect(ack).toMatchObject({ ok: true });
      await c.waitFor('activity', (a) => a.text === 'Écho : facture bloquée');
      expect(h.bot.seen.find((a) => a.type === 'message')).toMatchObject({ text: 'facture bloquée', value: { comment: 'nul' } });
      const rows = await h.db.query<{ activity_json: string }>('SELECT activity_json FROM chat_messages WHERE conversation_id = $1', [conversationId]);
      expect(rows.map((r) => r.activity_json).join()).not.toMatch(/\\u0000|\\u0085|\\u0007/);
    } finally {
      await h.close();
    }
  });
});

describe('widget channel: a flood of unknown events', () => {
  it('acks the first ones, logs once, then closes the connection; other users are served', async () => {
    const lines: { msg: string }[] = [];
    const logger = pino({ level: 'warn' }, { write: (line: string) => void lines.push(JSON.parse(line)) });
    const h = await startHarness({ logger });
    try {
      const flooder = h.connect();
      await flooder.waitFor('session');
      const first = await flooder.socket.timeout(3000).emitWithAck('admin:deleteEverything', {});
      expect(first).toMatchObject({ ok: false, error: { code: 'UNKNOWN_EVENT' } });
      const closed = new Promise<string>((resolve) => flooder.socket.once('disconnect', resolve));
      for (let i = 0; i < 2000; i++) flooder.socket.emit(`nope:${i}`, { i });
      expect(await Promise.race([closed, sleep(3000).then(() => 'still connected')])).toBe('io server disconnect');
      expect(flooder.socket.connected).toBe(false);
      const unknown = lines.filter((l) => /unknown chat event/.test(l.msg));
      expect(unknown.length).toBeLessThanOrEqual(2);
      expect(unknown.some((l) => /flood/.test(l.msg))).toBe(true);

      const polite = h.connect();
      await polite.waitFor('activity', (a) => a.text === WELCOME);
      await polite.send({ type: 'message', text: 'bonjour' });
      await polite.waitFor('activity', (a) => a.text === 'Écho : bonjour');
    } finally {
      await h.close();
    }
  });
});
