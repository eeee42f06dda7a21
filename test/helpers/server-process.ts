import { spawn, type ChildProcess } from 'node:child_process';
import net from 'node:net';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

/** The repository root: `app/main.ts` is started from there, as `npm start` would. */
export const REPO_ROOT = path.resolve(__dirname, '..', '..');

export interface ServerProcess {
  /** `http://127.0.0.1:<port>` */
  base: string;
  port: number;
  pid: number;
  child: ChildProcess;
  /** Sends `signal` (SIGTERM by default) and resolves once the process is gone. */
  kill(signal?: NodeJS.Signals): Promise<void>;
  /** Settles when the process exits, whatever the reason. */
  exited: Promise<{ code: number | null; signal: NodeJS.Signals | null }>;
  /** What the process printed (stdout and stderr, the last 64 kB), for failure messages. */
  output(): string;
}

/** A port nobody listens on right now (the OS picks it; a tiny race remains, fine for tests). */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = net.createServer();
    probe.unref();
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const { port } = probe.address() as net.AddressInfo;
      probe.close(() => resolve(port));
    });
  });
}

// Only what a child needs from ours: a developer's DATABASE_URL or PORT must not leak in.
const INHERITED = ['PATH', 'HOME', 'TMPDIR', 'LANG', 'TZ', 'NODE_OPTIONS'];

/**
 * Starts `node --import tsx app/main.ts` as a real child process with `env` (PORT is chosen
 * here when absent) and resolves once GET /healthz answers 200. Rejects with the process's output
 * when it exits early or is not ready within `readyTimeoutMs` (the process is killed then).
 */
export async function startServerProcess(
  env: Record<string, string>,
  options: {
    readyTimeoutMs?: number;
    /** Another server script than `app/main.ts` (relative to the repository root). */
    script?: string;
    /** Called as soon as the child exists (before it is ready), e.g. to kill it on Ctrl-C. */
    onSpawn?: (child: ChildProcess) => void;
  } = {},
): Promise<ServerProcess> {
  const port = env.PORT ? Number(env.PORT) : await freePort();
  const inherited = Object.fromEntries(INHERITED.filter((k) => process.env[k] !== undefined).map((k) => [k, process.env[k]!]));
  const child = spawn(process.execPath, ['--import', 'tsx', options.script ?? 'app/main.ts'], {
    cwd: REPO_ROOT,
    env: { ...inherited, HOST: '127.0.0.1', ...env, PORT: String(port) },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  options.onSpawn?.(child);
  let out = '';
  const keep = (chunk: Buffer) => {
    out = (out + chunk.toString('utf8')).slice(-64 * 1024);
  };
  child.stdout!.on('data', keep);
  child.stderr!.on('data', keep);
  const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolve) => {
    if (child.exitCode !== null || child.signalCode !== null) resolve({ code: child.exitCode, signal: child.signalCode });
    child.once('exit', (code, signal) => resolve({ code, signal }));
  });
  let gone = false;
  void exited.then(() => (gone = true));

  const kill = async (signal: NodeJS.Signals = 'SIGTERM'): Promise<void> => {
    if (gone) return;
    child.kill(signal);
    // A graceful stop that hangs is finished off: cleanup must never wait forever.
    const timer = setTimeout(() => child.kill('SIGKILL'), 10_000);
    await exited;
    clearTimeout(timer);
  };

  const base = `http://127.0.0.1:${port}`;
  const deadline = Date.now() + (options.readyTimeoutMs ?? 30_000);
  for (;;) {
    if (gone) {
      const { code, signal } = await exited;
      throw new Error(`server process exited before it was ready (code ${code}, signal ${signal}):\n${out}`);
    }
    if (await healthy(base)) break;
    if (Date.now() > deadline) {
      await kill('SIGKILL');
      throw new Error(`server process not ready on ${base} in time:\n${out}`);
    }
    await new Promise((r) => setTimeout(r, 50));
  }
  return { base, port, pid: child.pid!, child, kill, exited, output: () => out };
}

async function healthy(base: string): Promise<boolean> {
  try {
    const res = await fetch(`${base}/healthz`, { signal: AbortSignal.timeout(1000) });
    await res.arrayBuffer();
    return res.ok;
  } catch {
    return false;
  }
}

/**
 * The environment of a server process that shares PostgreSQL (`databaseUrl`) and the local Redis
 * with others, in a data folder of its own (created here, pushed to `dirs` for cleanup). The Redis
 * prefix is the test process's own: suites run side by side in several jest workers, and the
 * processes of one suite talk to each other, never to another suite's.
 */
export function sharedServicesEnv(dirs: string[], databaseUrl: string, identitySecret: string, extra: Record<string, string> = {}): Record<string, string> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'relais-proc-'));
  dirs.push(dir);
  return {
    NODE_ENV: 'test',
    LOG_LEVEL: 'warn',
    DATA_DIR: dir,
    DATABASE_URL: databaseUrl,
    REDIS_URL: 'redis://127.0.0.1:6379',
    REDIS_PREFIX: `test${process.pid}`,
    PORTAL_IDENTITY_SECRET: identitySecret,
    ...extra,
  };
}
