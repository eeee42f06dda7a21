import http from 'node:http';
import type { AddressInfo } from 'node:net';
import express from 'express';
import pino from 'pino';
import { createApiMessagesRoute } from '../../channels/api-messages';
import { postJson } from '../helpers/app';
import { EchoBot } from './harness';

const activity = (overrides: Record<string, unknown> = {}) => ({
  type: 'message',
  id: 'act-1',
  text: 'bonjour',
  channelId: 'emulator',
  serviceUrl: 'https://canal.example.net',
  conversation: { id: 'conv-1' },
  from: { id: 'user-1', name: 'Utilisateur' },
  recipient: { id: 'bot', name: 'Relais' },
  deliveryMode: 'expectReplies',
  ...overrides,
});

describe('POST /api/messages (Bot Framework channel)', () => {
  let server: http.Server;
  let url: string;
  const bot = new EchoBot();
  beforeAll(async () => {
    const app = express();
    app.post('/api/messages', createApiMessagesRoute({ bot, logger: pino({ level: 'silent' }) }));
    server = http.createServer(app);
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/api/messages`;
  });
  afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

  it('returns the replies in the response with deliveryMode expectReplies', async () => {
    const res = await postJson(url, activity());
    expect(res.status).toBe(200);
    expect(res.body.activities).toEqual([
      expect.objectContaining({ type: 'message', text: 'Écho : bonjour', replyToId: 'act-1', conversation: { id: 'conv-1' } }),
    ]);
  });

  it('never lets a caller vouch for an identity in channelData.relais', async () => {
    const forged = { relais: { requester: { email: 'pdg@x.fr', portalUserId: 'admin', verified: true } }, autre: 1 };
    expect((await postJson(url, activity({ id: 'forged', channelData: forged }))).status).toBe(200);
    expect(bot.seen.find((a) => a.id === 'forged')!.channelData).toEqual({ autre: 1 });
  });

  it('answers a failing turn with a French apology', async () => {
    const res = await postJson(url, activity({ text: 'boom' }));
    expect(res.status).toBe(200);
    expect(res.body.activities.map((a: any) => a.text)).toEqual([expect.stringMatching(/^Désolée, un incident technique/)]);
  });

  it('returns an invoke response (Emulator-style local serviceUrl)', async () => {
    const value = { actionName: 'feedback', actionValue: { reaction: 'like' } };
    const res = await postJson(url, activity({ type: 'invoke', name: 'message/submitAction', value, replyToId: 'm-1', deliveryMode: undefined, serviceUrl: 'http://localhost:3978' }));
    expect(res).toMatchObject({ status: 200, body: { recorded: 'like', replyToId: 'm-1' } });
  });

  it('rejects malformed bodies with a 400 JSON error', async () => {
    const bodies: unknown[] = ['{"type": "message",', '[]', '"texte"', '42', 'null', activity({ type: undefined }), activity({ conversation: undefined }), activity({ serviceUrl: 'pas une url' })];
    for (const body of bodies) {
      const res = await postJson(url, typeof body === 'string' ? body : JSON.stringify(body));
      expect(res.status).toBe(400);
      expect(res.body).toEqual({ error: { code: 'INVALID_INPUT', message: expect.any(String) } });
    }
    const big = await postJson(url, activity({ text: 'x'.repeat(300_000) }));
    expect(big).toMatchObject({ status: 413, body: { error: { code: 'TOO_LARGE' } } });
    expect((await postJson(url, activity())).status).toBe(200);
  });

  it('in local mode, refuses the widget channel id and replies to non-local service URLs', async () => {
    expect(await postJson(url, activity({ channelId: 'relais-widget' }))).toMatchObject({ status: 403, body: { error: { code: 'FORBIDDEN' } } });
    expect(await postJson(url, activity({ deliveryMode: undefined, serviceUrl: 'http://169.254.169.254/latest' }))).toMatchObject({
      status: 403,
      body: { error: { code: 'FORBIDDEN' } },
    });
  });

  it('with credentials, refuses unauthenticated requests', async () => {
    const app = express().post('/api/messages', createApiMessagesRoute({ bot: new EchoBot(), appId: 'app-id', appPassword: 'secret', logger: pino({ level: 'silent' }) }));
    const secured = http.createServer(app);
    await new Promise<void>((resolve) => secured.listen(0, '127.0.0.1', resolve));
    try {
      const res = await postJson(`http://127.0.0.1:${(secured.address() as AddressInfo).port}/api/messages`, activity());
      expect(res).toMatchObject({ status: 401, body: { error: { code: 'AUTH_REQUIRED' } } });
    } finally {
      await new Promise<void>((resolve) => secured.close(() => resolve()));
    }
  });
});
