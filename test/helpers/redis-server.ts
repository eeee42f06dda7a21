import { spawn, type ChildProcess } from 'node:child_process';
import net from 'node:net';

/**
 * A private `redis-server` on `port` (no persistence), for tests and `npm run chaos` that stop
 * Redis: the shared one on 6379 is never touched. Resolves once it accepts connections.
 */
export function startRedisServer(port: number): Promise<ChildProcess> {
  const child = spawn('redis-server', ['--port', String(port), '--bind', '127.0.0.1', '--save', '', '--appendonly', 'no'], { stdio: 'ignore' });
  return new Promise((resolve, reject) => {
    const deadline = Date.now() + 10_000;
    const probe = () => {
      const s = net.connect(port, '127.0.0.1');
      s.once('connect', () => (s.destroy(), resolve(child)));
      s.once('error', () => (Date.now() > deadline ? reject(new Error('redis-server did not start')) : setTimeout(probe, 50)));
    };
    probe();
  });
}

/** Kills it at once (an outage, not a shutdown); resolves when it is gone. */
export function stopRedisServer(child: ChildProcess): Promise<void> {
  return new Promise((resolve) => {
    if (child.exitCode !== null || child.signalCode !== null) return resolve();
    child.once('exit', () => resolve());
    child.kill('SIGKILL');
  });
}
