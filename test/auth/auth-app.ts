import http from 'node:http';
import type { AddressInfo } from 'node:net';
import express from 'express';
import pino, { type Logger } from 'pino';
import { createAuth, signedInAgent, type Auth, type AuthConfig } from '../../auth';
import type { Clock } from '../../platform/clock';
import type { Db } from '../../platform/db';

/** A clock the test moves by hand. */
export function fakeClock(start = Date.now()) {
  let t = start;
  const clock: Clock = { now: () => new Date(t) };
  return { clock, advance: (ms: number) => void (t += ms) };
}

export const defaultAuthConfig: AuthConfig = { production: false, sessionTtlHours: 12, loginPerIp: 1000 };

export interface AuthApp {
  auth: Auth;
  base: string;
  close(): Promise<void>;
}

/**
 * A tiny host app: the auth router at /api/auth (it parses its own JSON), and routes guarded the
 * way other modules will guard theirs.
 */
export async function startAuthApp(
  db: Db,
  clock: Clock,
  config: Partial<AuthConfig> = {},
  logger: Logger = pino({ level: 'silent' }),
): Promise<AuthApp> {
  const auth = createAuth({ db, clock, logger, config: { ...defaultAuthConfig, ...config } });
  const app = express();
  app.use('/api/auth', auth.router);
  app.get('/api/whoami', auth.requireAgent, (_req, res) => res.json({ email: signedInAgent(res).email }));
  app.post('/api/notes', auth.requireAgent, auth.requireCsrf, (_req, res) => res.status(201).json({ by: res.locals.agent!.email }));
  app.get('/api/reports', auth.requireRole('supervisor'), (_req, res) => res.json({ ok: true }));
  app.get('/api/queue', auth.requireRole('agent'), (_req, res) => res.json({ ok: true }));
  const server = http.createServer(app);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    auth,
    base: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    close: () =>
      new Promise((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      }),
  };
}

export interface LoginResult {
  status: number;
  body: any;
  setCookie: string[];
  /** `relais_session=…` ready for a Cookie header, when the login set one. */
  cookie?: string;
}

export async function login(base: string, email: string, password: string, headers: Record<string, string> = {}): Promise<LoginResult> {
  const res = await fetch(`${base}/api/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body: JSON.stringify({ email, password }),
  });
  const setCookie = res.headers.getSetCookie();
  const cookie = setCookie.find((c) => c.startsWith('relais_session='))?.split(';')[0];
  return { status: res.status, body: await res.json(), setCookie, cookie };
}
