import http from 'node:http';
import type { AddressInfo } from 'node:net';
import express from 'express';
import pino from 'pino';
import { createAuth } from '../../auth';
import { migrate, type Db } from '../../platform/db';
import { createFeedbackStore } from '../../bot/feedback';
import { createReports, reportsRouter } from '../../bot/reports';
import { testDatabases, type TestDatabase } from '../helpers/databases';
import { botDatabase, fixedClock } from './helpers';

describe.each(testDatabases())('GET /api/reports on %s', (_name, make) => {
  let t: TestDatabase;
  let db: Db;
  let server: http.Server;
  let base: string;
  let cookie: string;
  // Sessions are checked against this clock too: keep it close to real time.
  const clock = fixedClock('2025-03-31T10:00:00Z');

  beforeAll(async () => {
    t = make();
    db = await botDatabase(t);
    const auth = createAuth({ db, clock, logger: pino({ level: 'silent' }), config: { production: false, sessionTtlHours: 12, loginPerIp: 1000 } });
    await migrate(db, auth.migrations);
    await auth.agents.create({ email: 'claire@relais.test', name: 'Claire', role: 'agent', password: 'un mot de passe très long' });

    const app = express();
    app.use('/api/auth', auth.router);
    app.use('/api/reports', reportsRouter({ reports: createReports(db), guards: { requireAgent: auth.requireAgent }, clock }));
    server = http.createServer(app);
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;

    const res = await fetch(`${base}/api/auth/login`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ email: 'claire@relais.test', password: 'un mot de passe très long' }),
    });
    expect(res.status).toBe(200);
    cookie = res.headers.getSetCookie().find((c) => c.startsWith('relais_session='))!.split(';')[0]!;

    const feedback = createFeedbackStore(db, clock);
    const at = (iso: string) => new Date(iso);
    await feedback.recordRating({ conversationId: 'c1', messageId: 'm1', reaction: 'dislike', question: 'EDI ?', articleId: 'envoi-edi', score: 0.6, comment: 'Incomplet', at: at('2025-03-20T10:00:00Z') });
    await feedback.recordRating({ conversationId: 'c2', messageId: 'm2', reaction: 'like', question: 'EDI ?', articleId: 'envoi-edi', score: 0.6, comment: null, at: at('2025-03-21T10:00:00Z') });
    // 31 January 23:30 in Paris: outside "to=2025-01-31" only if days were read as UTC.
    await feedback.recordRating({ conversationId: 'c3', messageId: 'm3', reaction: 'like', question: 'Brouillon', articleId: 'facture-brouillon', score: 0.9, comment: null, at: at('2025-01-31T22:30:00Z') });
    await feedback.recordUnanswered({ conversationId: 'c4', question: 'Qui est le président ?', score: 0.1, at: at('2025-03-30T08:00:00Z') });
    await feedback.recordUnanswered({ conversationId: 'c5', question: 'qui est le president', score: 0.1, at: at('2025-03-31T08:00:00Z') });
  });
  afterAll(async () => {
    await new Promise((resolve) => {
      server.close(resolve);
      server.closeAllConnections();
    });
    await t.cleanup();
  });

  const get = async (path: string, withSession = true) => {
    const res = await fetch(`${base}${path}`, { headers: withSession ? { cookie } : {} });
    return { status: res.status, body: (await res.json()) as any, headers: res.headers };
  };

  it('answers 401 without a session', async () => {
    for (const path of ['/api/reports/feedback', '/api/reports/unanswered?from=2025-01-01']) {
      expect(await get(path, false)).toMatchObject({ status: 401, body: { error: { code: 'AUTH_REQUIRED', message: 'Authentification requise.' } } });
    }
  });

  it('serves the feedback report of the last 30 days by default', async () => {
    const res = await get('/api/reports/feedback');
    expect(res.status).toBe(200);
    expect(res.headers.get('cache-control')).toBe('no-store');
    expect(res.body).toEqual({
      range: { from: '2025-03-01T23:00:00.000Z', to: '2025-03-31T21:59:59.999Z' },
      rows: [
        {
          articleId: 'envoi-edi',
          likes: 1,
          dislikes: 1,
          total: 2,
          dislikeRate: 0.5,
          comments: [{ comment: 'Incomplet', reaction: 'dislike', question: 'EDI ?', at: '2025-03-20T10:00:00.000Z', conversationId: 'c1' }],
        },
      ],
    });
  });

  it('filters by from/to days, `to` included until the end of its day', async () => {
    const res = await get('/api/reports/feedback?from=2025-01-01&to=2025-01-31');
    expect(res.status).toBe(200);
    expect(res.body.rows.map((r: any) => r.articleId)).toEqual(['facture-brouillon']);
  });

  it('serves the unanswered questions, grouped', async () => {
    const res = await get('/api/reports/unanswered?from=2025-03-01&to=2025-03-31');
    expect(res.status).toBe(200);
    expect(res.body.rows).toEqual([
      { normalizedQuestion: 'qui est le president', example: 'qui est le president', count: 2, lastSeen: '2025-03-31T08:00:00.000Z', conversations: ['c5', 'c4'] },
    ]);
  });

  it('answers 400 with a French message on bad dates', async () => {
    expect(await get('/api/reports/feedback?from=2025-02-30')).toMatchObject({
      status: 400,
      body: { error: { code: 'INVALID_INPUT', message: expect.stringMatching(/^Date de début invalide \(from\)/) } },
    });
    expect(await get('/api/reports/unanswered?to=demain')).toMatchObject({ status: 400, body: { error: { message: expect.stringMatching(/^Date de fin invalide/) } } });
    expect(await get('/api/reports/unanswered?from=2025-03-10&to=2025-03-01')).toMatchObject({
      status: 400,
      body: { error: { code: 'INVALID_INPUT', message: 'La date de début (2025-03-10) doit précéder la date de fin (2025-03-01).' } },
    });
  });
});
