import { spawn } from 'node:child_process';
import os from 'node:os';
import path from 'node:path';
import { migrate, type Db } from '../../platform/db';
import { testDatabases, type TestDatabase } from '../helpers/databases';
import { fakeClock, login, startAuthApp, type AuthApp } from './auth-app';

const root = path.join(__dirname, '..', '..');

interface Run {
  code: number | null;
  stdout: string;
  stderr: string;
}

describe.each(testDatabases())('npm run agent:add on %s', (_name, make) => {
  let t: TestDatabase;
  let db: Db;
  let app: AuthApp;
  let env: NodeJS.ProcessEnv;

  beforeAll(async () => {
    t = make();
    db = await t.create();
    // The CLI finds the same database through the environment, as in production.
    env = { ...process.env, NODE_ENV: 'test', LOG_LEVEL: 'silent', DATA_DIR: path.dirname(t.url()), DATABASE_URL: '' };
    if (t.name === 'postgres') env = { ...env, DATA_DIR: os.tmpdir(), DATABASE_URL: t.url() };
    app = await startAuthApp(db, fakeClock().clock);
    await migrate(db, app.auth.migrations); // the server is up first; the CLI's migrate is then a no-op
  });
  afterAll(async () => {
    await app.close();
    await t.cleanup();
  });

  const agentAdd = (args: string[], stdin: string) =>
    new Promise<Run>((resolve, reject) => {
      const child = spawn('npm', ['run', '--silent', 'agent:add', '--', ...args], { cwd: root, env });
      let stdout = '';
      let stderr = '';
      child.stdout.on('data', (d) => (stdout += d));
      child.stderr.on('data', (d) => (stderr += d));
      child.on('error', reject);
      child.on('close', (code) => resolve({ code, stdout, stderr }));
      child.stdin.end(stdin);
    });

  it('creates an agent whose password (read from stdin) then logs in', async () => {
    const r = await agentAdd(['--email', 'Claire@Relais.fr', '--name', 'Claire Dupré', '--role', 'supervisor'], 'un mot de passe très long\nignored\n');
    expect(r).toMatchObject({ code: 0, stderr: '' });
    expect(r.stdout).toMatch(/^Compte superviseur créé : Claire Dupré <claire@relais\.fr> \(n° \d+\)\.\n$/);

    const ok = await login(app.base, 'claire@relais.fr', 'un mot de passe très long');
    expect(ok.status).toBe(200);
    expect(ok.body.agent).toMatchObject({ name: 'Claire Dupré', role: 'supervisor' });
  });

  it('refuses a duplicate e-mail (any case) with a clear message and exit code 1', async () => {
    const r = await agentAdd(['--email', 'CLAIRE@relais.fr', '--name', 'Autre', '--role', 'agent'], 'un autre mot de passe long\n');
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/Un compte existe déjà avec l’adresse claire@relais\.fr/);
    expect(await app.auth.agents.count()).toBe(1);
  });

  it('refuses a password under 12 characters, and bad arguments', async () => {
    const short = await agentAdd(['--email', 'x@relais.fr', '--name', 'X'], 'court\n');
    expect(short.code).toBe(1);
    expect(short.stderr).toMatch(/au moins 12 caractères/);
    const bad = await agentAdd(['--email', 'pas-une-adresse', '--name', 'X', '--role', 'chef'], 'un mot de passe très long\n');
    expect(bad.code).toBe(2);
    expect(bad.stderr).toMatch(/Adresse e-mail invalide/);
    expect(bad.stderr).toMatch(/Rôle invalide/);
    expect(await app.auth.agents.count()).toBe(1);
  });
});
