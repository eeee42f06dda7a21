import http from 'node:http';
import type { AddressInfo } from 'node:net';
import express from 'express';
import pino from 'pino';
import { createApiMessagesRoute, serviceUrlAllowed } from '../../channels/api-messages';
import { loadConfig } from '../../platform/config';
import { IDENTITY_SECRET, postJson, startApp } from '../helpers/app';
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
    app.post('/api/messages', createApiMessagesRoute({ bot, serviceUrls: loadConfig({}).botFramework.serviceUrls, logger: pino({ level: 'silent' }) }));
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
    const app = express().post('/api/messages', createApiMessagesRoute({ bot: new EchoBot(), appId: 'app-id', appPassword: 'secret', serviceUrls: loadConfig({}).botFramework.serviceUrls, logger: pino({ level: 'silent' }) }));
    const secured = http.createServer(app);
    await new Promise<void>((resolve) => secured.listen(0, '127.0.0.1', resolve));
    try {
      const res = await postJson(`http://127.0.0.1:${(secured.address() as AddressInfo).port}/api/messages`, activity());
      expect(res).toMatchObject({ status: 401, body: { error: { code: 'AUTH_REQUIRED' } } });
    } finally {
      await new Promise<void>((resolve) => secured.close(() => resolve()));
    }
  });

  it('posts replies only to the allowed Bot Framework service URLs, whatever the credentials', async () => {
    const app = express().post('/api/messages', createApiMessagesRoute({ bot: new EchoBot(), appId: 'app-id', appPassword: 'secret', serviceUrls: ['https://*.botframework.com'], logger: pino({ level: 'silent' }) }));
    const secured = http.createServer(app);
    await new Promise<void>((resolve) => secured.listen(0, '127.0.0.1', resolve));
    try {
      const at = `http://127.0.0.1:${(secured.address() as AddressInfo).port}/api/messages`;
      for (const serviceUrl of ['http://localhost:6379/', 'http://127.0.0.1:3000/api/agent', 'https://evil.example.net', 'https://botframework.com.evil.net']) {
        expect(await postJson(at, activity({ deliveryMode: undefined, serviceUrl }))).toMatchObject({ status: 403, body: { error: { code: 'FORBIDDEN' } } });
      }
      // An allowed channel goes on to authentication.
      expect((await postJson(at, activity({ deliveryMode: undefined, serviceUrl: 'https://europe.webchat.botframework.com/' }))).status).toBe(401);
    } finally {
      await new Promise<void>((resolve) => secured.close(() => resolve()));
    }
  });
});

describe('service URL allow-list', () => {
  it('matches scheme, host or *. suffix, and port or *', () => {
    const list = ['https://*.botframework.com', 'https://smba.trafficmanager.net', 'http://localhost:*'];
    expect(serviceUrlAllowed('https://webchat.botframework.com/', list)).toBe(true);
    expect(serviceUrlAllowed('https://smba.trafficmanager.net/emea/', list)).toBe(true);
    expect(serviceUrlAllowed('http://localhost:53412', list)).toBe(true);
    expect(serviceUrlAllowed('http://botframework.com', list)).toBe(false);
    expect(serviceUrlAllowed('https://botframework.com.evil.net', list)).toBe(false);
    expect(serviceUrlAllowed('https://smba.trafficmanager.net:8443/', list)).toBe(false);
    expect(serviceUrlAllowed('http://user:pw@localhost:3978', list)).toBe(false);
    expect(serviceUrlAllowed('http://127.0.0.1:3978', list)).toBe(false);
    expect(serviceUrlAllowed('pas une url', list)).toBe(false);
  });

  it('defaults to the Bot Framework channels, plus the Emulator on the loopback outside production', () => {
    const prod = loadConfig({ NODE_ENV: 'production', PORTAL_IDENTITY_SECRET: IDENTITY_SECRET }).botFramework.serviceUrls;
    expect(serviceUrlAllowed('http://localhost:3978', prod)).toBe(false);
    expect(serviceUrlAllowed('https://directline.botframework.com', prod)).toBe(true);
    expect(serviceUrlAllowed('http://localhost:3978', loadConfig({}).botFramework.serviceUrls)).toBe(true);
    expect(loadConfig({ BOT_SERVICE_URLS: 'https://bots.example.org' }).botFramework.serviceUrls).toEqual(['https://bots.example.org']);
    expect(() => loadConfig({ BOT_SERVICE_URLS: 'ftp://x' })).toThrow(/BOT_SERVICE_URLS/);
  });
});

describe('/api/messages in the app', () => {
  it('is rate-limited per client IP', async () => {
    const r = await startApp({ API_MESSAGES_PER_MINUTE: '3' });
    try {
      const statuses: number[] = [];
      for (let i = 0; i < 5; i++) statuses.push((await postJson(`${r.base}/api/messages`, activity({ id: `m-${i}`, conversation: { id: `flood-${i}` } }))).status);
      expect(statuses).toEqual([200, 200, 200, 429, 429]);
      const rows = await r.app.db.query<{ n: number }>("SELECT COUNT(*) AS n FROM bot_state");
      expect(Number(rows[0]!.n)).toBeLessThanOrEqual(6);
    } finally {
      await r.close();
    }
  });

  it('is not there in production without Bot Framework credentials', async () => {
    const r = await startApp({ NODE_ENV: 'production' });
    try {
      expect(await postJson(`${r.base}/api/messages`, activity())).toMatchObject({ status: 404, body: { error: { code: 'NOT_FOUND' } } });
    } finally {
      await r.close();
    }
  });
});
