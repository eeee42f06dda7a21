import { io } from 'socket.io-client';
import { AgentClient } from '../helpers/agent-client';
import { liveHarness, type LiveHarness } from './harness';

/** Bad input and abuse on both namespaces: refused with an error ack, never a crash, never another's data. */
describe('live chat abuse handling', () => {
  let h: LiveHarness;
  beforeAll(async () => {
    h = await liveHarness({ LIVECHAT_ROUTING: 'pick', AGENT_EVENTS_PER_10S: '40', LIVECHAT_HEARTBEAT_MS: '100' });
  });
  afterAll(async () => {
    await h.close();
  });

  const connectError = (url: string, extraHeaders: Record<string, string> = {}) =>
    new Promise<any>((resolve, reject) => {
      const s = io(url, { transports: ['websocket'], forceNew: true, reconnection: false, extraHeaders });
      s.on('connect', () => {
        s.close();
        reject(new Error('connected'));
      });
      s.on('connect_error', (err: any) => {
        s.close();
        resolve({ message: err.message, code: err.data?.code });
      });
    });

  it('refuses /agent without a session, with a forged cookie, or from another site', async () => {
    expect(await connectError(`${h.r.base}/agent`)).toMatchObject({ code: 'AUTH_REQUIRED', message: 'Connectez-vous à la console conseiller.' });
    expect(await connectError(`${h.r.base}/agent`, { cookie: 'relais_session=forged' })).toMatchObject({ code: 'AUTH_REQUIRED' });
    const camille = await h.agent('Camille');
    expect(await connectError(`${h.r.base}/agent`, { cookie: camille.cookie, origin: 'https://evil.example' })).toMatchObject({ code: 'FORBIDDEN' });
    // The same origin as the server is fine.
    const sameSite = new AgentClient(h.r.base, camille.cookie, camille.agent, { origin: h.r.base });
    await sameSite.waitFor('status');
    sameSite.close();
  });

  it('closes an agent’s socket once they log out', async () => {
    const camille = await h.agent('Camille L');
    const me = (await (await fetch(`${h.r.base}/api/auth/me`, { headers: { cookie: camille.cookie } })).json()) as { csrfToken: string };
    const out = await fetch(`${h.r.base}/api/auth/logout`, { method: 'POST', headers: { cookie: camille.cookie, 'x-csrf-token': me.csrfToken } });
    expect(out.status).toBe(204);
    await new Promise<void>((resolve) => camille.socket.once('disconnect', () => resolve()));
    expect(camille.socket.connected).toBe(false);
  });

  it('refuses agent actions sent on the widget namespace', async () => {
    const user = await h.user();
    const ack = await new Promise<any>((resolve) => user.socket.emit('chat:accept', { chatId: 'x' }, resolve));
    expect(ack).toMatchObject({ ok: false, error: { code: 'UNKNOWN_EVENT' } });
  });

  it('refuses unknown ids, other agents’ chats, malformed and huge payloads, unknown events', async () => {
    const camille = await h.agent('Camille B');
    const hugo = await h.agent('Hugo B');
    const user = await h.user();
    await user.say('Discuter avec un conseiller', /position/);
    const chatId = (await h.r.app.livechat.store.chats.queue()).at(-1)!.id;
    await camille.call('chat:accept', { chatId });

    const cases: [string, unknown, string][] = [
      ['chat:accept', { chatId: 'lc_nope' }, 'NOT_FOUND'],
      ['chat:message', { chatId: 'lc_nope', text: 'x' }, 'NOT_FOUND'],
      ['chat:message', { chatId, text: 'je prends' }, 'NOT_YOUR_CHAT'],
      ['chat:note', { chatId, text: 'note' }, 'NOT_YOUR_CHAT'],
      ['chat:close', { chatId }, 'NOT_YOUR_CHAT'],
      ['chat:handBack', { chatId }, 'NOT_YOUR_CHAT'],
      ['chat:transfer', { chatId, toAgentId: hugo.agent.id }, 'NOT_YOUR_CHAT'],
      ['appointment:propose', { chatId, slots: ['2026-11-30T13:00:00Z'] }, 'NOT_YOUR_CHAT'],
      ['chat:accept', 'not an object', 'INVALID_INPUT'],
      ['chat:accept', [1, 2, 3], 'INVALID_INPUT'],
      ['chat:accept', { chatId: 42 }, 'INVALID_INPUT'],
      ['chat:message', { chatId, text: 'x'.repeat(5000) }, 'INVALID_INPUT'],
      ['chat:message', { chatId, text: '   ' }, 'INVALID_INPUT'],
      ['status:set', { status: 'sleeping' }, 'INVALID_INPUT'],
      ['supervisor:watch', {}, 'FORBIDDEN'],
      ['admin:deleteEverything', {}, 'UNKNOWN_EVENT'],
    ];
    for (const [event, payload, code] of cases) {
      const ack = await hugo.emit(event, payload);
      expect({ event, ack }).toMatchObject({ event, ack: { ok: false, error: { code } } });
    }
    // Camille's own actions with bad input.
    expect(await camille.emit('appointment:propose', { chatId, slots: ['2026-12-05T10:00:00+01:00'] })).toMatchObject({
      ok: false,
      error: { code: 'INVALID_INPUT', message: expect.stringMatching(/en dehors des heures d’ouverture/) },
    });
    expect(await camille.emit('appointment:propose', { chatId, slots: ['2026-11-29T10:00:00+01:00'] })).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT' } });
    expect(await camille.emit('appointment:propose', { chatId, slots: ['a', 'b', 'c', 'd'] })).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT' } });
    // An event without an ack callback does not crash anything.
    hugo.socket.emit('chat:message', { chatId, text: 'sans accusé' });
    // Nothing of Camille's chat leaked to Hugo.
    expect(JSON.stringify(hugo.received)).not.toContain('je prends');
    expect(hugo.events('chat:assigned')).toEqual([]);
    // Camille still works.
    await camille.call('chat:message', { chatId, text: 'Toujours là.' });
    await user.waitForBot(/Toujours là/);
  });

  it('rate-limits a flooding agent socket and keeps serving the others', async () => {
    const flooder = await h.agent('Flo');
    const acks = await Promise.all(Array.from({ length: 60 }, () => flooder.emit('queue:get', {})));
    expect(acks.filter((a) => !a.ok && a.error!.code === 'RATE_LIMITED').length).toBeGreaterThanOrEqual(20);
    const other = await h.agent('Other');
    expect((await other.emit('queue:get', {})).ok).toBe(true);
    const health = await fetch(`${h.r.base}/healthz`);
    expect(health.status).toBe(200);
  });
});
