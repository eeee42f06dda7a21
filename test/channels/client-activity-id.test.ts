import { startHarness, WELCOME, type Harness } from './harness';

/**
 * Messages typed offline are resent by the widget after a reconnect with the same
 * `channelData.clientActivityId`: the channel must run each one once, whatever the number of sends.
 */
describe('widget channel: a message resent with its client id runs once', () => {
  let h: Harness;
  beforeEach(async () => {
    h = await startHarness();
  });
  afterEach(() => h.close());

  const echoes = (c: ReturnType<Harness['connect']>, text: string) => c.activities().filter((a) => a.text === `Écho : ${text}`);
  const seenMessages = () => h.bot.seen.filter((a) => a.type === 'message').map((a) => a.text);

  it('acks a resend with the original id, without a second turn, even from another tab', async () => {
    const c = h.connect();
    const session = await c.waitFor('session');
    await c.waitFor('activity', (a) => a.text === WELCOME);
    const message = { type: 'message', text: 'une seule fois', channelData: { clientActivityId: 'b1e0c3d2-0000-4000-8000-000000000001' } };
    const first = await c.send(message);
    expect(first).toEqual({ ok: true, data: { id: expect.stringMatching(/^a_/) } });
    expect(await c.send(message)).toEqual({ ok: true, data: { id: first.data.id } });

    // Another tab of the same conversation sends it too (e.g. restored from the offline queue).
    const tab = h.connect({ visitorToken: session.visitorToken });
    await tab.waitFor('history');
    const [again, same] = await Promise.all([tab.send(message), c.send(message)]);
    expect(again.data.id).toBe(first.data.id);
    expect(same.data.id).toBe(first.data.id);

    // A later message is answered normally, so any duplicate echo would have arrived before it.
    await c.send({ type: 'message', text: 'ensuite', channelData: { clientActivityId: 'b1e0c3d2-0000-4000-8000-000000000002' } });
    await c.waitFor('activity', (a) => a.text === 'Écho : ensuite');
    expect(echoes(c, 'une seule fois')).toHaveLength(1);
    expect(seenMessages()).toEqual(['une seule fois', 'ensuite']);
    const stored = await h.db.query<{ n: number }>("SELECT COUNT(*) AS n FROM chat_messages WHERE activity_json LIKE '%une seule fois%' AND activity_json NOT LIKE '%Écho%'");
    expect(Number(stored[0]!.n)).toBe(1);
    // The history keeps the client id, so a widget can match its pending messages after a reload.
    const history = h.connect({ visitorToken: session.visitorToken });
    const replay = await history.waitFor('history');
    expect(replay.activities.find((a: any) => a.text === 'une seule fois')).toMatchObject({
      id: first.data.id,
      channelData: { clientActivityId: 'b1e0c3d2-0000-4000-8000-000000000001' },
    });
  });

  it('refuses a malformed client id, and messages without one are never merged', async () => {
    const c = h.connect();
    await c.waitFor('activity', (a) => a.text === WELCOME);
    for (const clientActivityId of ['court', 'a'.repeat(65), 'pas d’espaces ici', 42]) {
      expect(await c.send({ type: 'message', text: 'x', channelData: { clientActivityId } })).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT' } });
    }
    const a = await c.send({ type: 'message', text: 'pareil' });
    const b = await c.send({ type: 'message', text: 'pareil' });
    expect(a.data.id).not.toBe(b.data.id);
    await c.waitFor('activity', (x) => x.replyToId === b.data.id);
    expect(echoes(c, 'pareil')).toHaveLength(2);
  });
});
