import http from 'node:http';
import type { AddressInfo } from 'node:net';
import express from 'express';
import pino from 'pino';
import { migrate } from '../../platform/db';
import { systemClock } from '../../platform/clock';
import { rateLimitMigration } from '../../platform/http/db-rate-limit-store';
import { createRateLimiterFactory } from '../../platform/http/rate-limit';
import { sqliteTestDatabase } from '../helpers/databases';

/** Every limiter keys the client by the one rule of client-ip.ts, whatever Express's own setting. */
describe('rate limits and the client address', () => {
  const t = sqliteTestDatabase();
  const servers: http.Server[] = [];
  afterEach(async () => {
    await Promise.all(servers.splice(0).map((s) => new Promise<void>((resolve) => s.close(() => resolve()))));
  });
  afterAll(() => t.cleanup());

  const start = async (trustProxy?: number) => {
    const db = await t.create();
    await migrate(db, [rateLimitMigration]);
    const limit = createRateLimiterFactory({ db, clock: systemClock, logger: pino({ level: 'silent' }), ...(trustProxy !== undefined ? { trustProxy } : {}) });
    // Express's own `trust proxy` is left unset on purpose: the limiter must not depend on it.
    const app = express();
    app.get('/x', limit({ name: 'test', limit: 1, windowMs: 60_000, message: 'Trop.' }), (_req, res) => void res.json({ ok: true }));
    const server = http.createServer(app);
    servers.push(server);
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/x`;
    const get = (forwardedFor: string) => fetch(url, { headers: { 'X-Forwarded-For': forwardedFor, Connection: 'close' } }).then((r) => r.status);
    return { get };
  };

  it('counts each client behind a trusted proxy on its own', async () => {
    const s = await start(1);
    expect(await s.get('203.0.113.1')).toBe(200);
    expect(await s.get('203.0.113.2')).toBe(200);
    expect(await s.get('203.0.113.1')).toBe(429);
  });

  it('ignores X-Forwarded-For without a trusted proxy', async () => {
    const s = await start();
    expect(await s.get('203.0.113.1')).toBe(200);
    expect(await s.get('203.0.113.2')).toBe(429);
  });
});
