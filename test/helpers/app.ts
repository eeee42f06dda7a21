import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import pino from 'pino';
import { SignJWT } from 'jose';
import { createApp, type App } from '../../app/create-app';
import type { Clock } from '../../platform/clock';
import { loadConfig, type Config } from '../../platform/config';
import type { Db } from '../../platform/db';

export const IDENTITY_SECRET = 'test-portal-secret-0123456789-abcdefghijklmnop';

export interface RunningApp {
  app: App;
  config: Config;
  base: string;
  dataDir: string;
  close(): Promise<void>;
}

/**
 * The whole server on port 0 with a temporary DATA_DIR; env entries override the defaults. A
 * DATA_DIR given in `env` (a restart on the same data) is used as is and left in place.
 */
export async function startApp(env: Record<string, string> = {}, deps: { db?: Db; clock?: Clock } = {}): Promise<RunningApp> {
  const own = env.DATA_DIR === undefined;
  const dataDir = env.DATA_DIR ?? fs.mkdtempSync(path.join(os.tmpdir(), 'relais-app-'));
  const removeDir = () => {
    if (own) fs.rmSync(dataDir, { recursive: true, force: true });
  };
  try {
    return await startAppIn(dataDir, env, deps, removeDir);
  } catch (err) {
    // A refused config or a failed start leaves no folder behind.
    removeDir();
    throw err;
  }
}

async function startAppIn(dataDir: string, env: Record<string, string>, deps: { db?: Db; clock?: Clock }, removeDir: () => void): Promise<RunningApp> {
  const config = loadConfig({
    NODE_ENV: 'test',
    PORT: '0',
    LOG_LEVEL: 'silent',
    DATA_DIR: dataDir,
    PORTAL_IDENTITY_SECRET: IDENTITY_SECRET,
    MAIL_POLL_MS: '50',
    MAIL_RETRY_BASE_MS: '50',
    PUBLIC_URL: 'http://relais.test',
    SUPPORT_EMAIL: 'support@relais.test',
    ...env,
  });
  const app = createApp(config, { logger: pino({ level: 'silent' }), ...deps });
  const port = await app.listen().catch(async (err: unknown) => {
    await app.close().catch(() => undefined);
    throw err;
  });
  return {
    app,
    config,
    base: `http://127.0.0.1:${port}`,
    dataDir,
    close: async () => {
      await app.close();
      removeDir();
    },
  };
}

/** A portal identity token as a portal would sign it. */
export async function identityToken(
  claims: Record<string, unknown> = {},
  options: { secret?: string; expiresIn?: string | number; alg?: 'HS256' | 'HS512' } = {},
): Promise<string> {
  const { sub = 'portal-user-42', ...rest } = claims;
  return new SignJWT({ email: 'marie.dupont@mairie.fr', name: 'Marie Dupont', organisation: 'Mairie de Lyon', ...rest })
    .setProtectedHeader({ alg: options.alg ?? 'HS256' })
    .setSubject(String(sub))
    .setIssuedAt()
    .setExpirationTime(options.expiresIn ?? '10m')
    .sign(new TextEncoder().encode(options.secret ?? IDENTITY_SECRET));
}

export async function postJson(url: string, body: unknown, headers: Record<string, string> = {}) {
  const res = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body: typeof body === 'string' ? body : JSON.stringify(body),
  });
  const text = await res.text();
  let json: any = null;
  try {
    json = JSON.parse(text);
  } catch {
    json = text;
  }
  return { status: res.status, body: json, headers: res.headers };
}

export async function getJson(url: string, headers: Record<string, string> = {}) {
  const res = await fetch(url, { headers });
  return { status: res.status, body: (await res.json()) as any, headers: res.headers };
}
