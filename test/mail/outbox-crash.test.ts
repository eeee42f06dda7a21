import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { IDENTITY_SECRET, postJson } from '../helpers/app';
import { startServerProcess, type ServerProcess } from '../helpers/server-process';
import { startSmtpServer, type TestSmtpServer } from '../helpers/smtp';

/**
 * A real process, on SQLite, killed (SIGKILL) while it sends a ticket's acknowledgement; the
 * process started after it on the same data folder sends that mail at once — before, the mail
 * waited out the dead worker's five-minute lease (issue 12, item 8).
 */
describe('the outbox after a crash during a send (SQLite, two real processes)', () => {
  let dir: string;
  let dataStarted = 0;
  let stuck: TestSmtpServer;
  let working: TestSmtpServer;
  let first: ServerProcess | undefined;
  let second: ServerProcess | undefined;

  beforeAll(async () => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'relais-crash-'));
    // Holds every message it receives for two minutes: a send in flight.
    stuck = await startSmtpServer({ delayMs: 120_000, onDataStart: () => (dataStarted += 1) });
    working = await startSmtpServer();
  });
  afterAll(async () => {
    await first?.kill('SIGKILL');
    await second?.kill();
    await stuck.close().catch(() => undefined);
    await working.close();
    fs.rmSync(dir, { recursive: true, force: true });
  });

  const env = (smtpUrl: string) => ({
    NODE_ENV: 'test',
    LOG_LEVEL: 'warn',
    DATA_DIR: dir,
    SMTP_URL: smtpUrl,
    PORTAL_IDENTITY_SECRET: IDENTITY_SECRET,
    SUPPORT_EMAIL: 'support@relais.test',
    MAIL_POLL_MS: '100',
  });

  it('sends the mail the dead process was sending, without waiting for its lease', async () => {
    first = await startServerProcess(env(stuck.url));
    const created = await postJson(`${first.base}/api/tickets`, {
      category: 'technique',
      subject: 'Facture restée en brouillon',
      description: 'Ma facture ne part pas.',
      email: 'jeanne@example.fr',
      name: 'Jeanne Martin',
    });
    expect(created.status).toBe(201);
    // The first process is in the middle of a send (its SMTP server holds the message) when it dies.
    const deadline = Date.now() + 10_000;
    while (dataStarted === 0 && Date.now() < deadline) await new Promise((r) => setTimeout(r, 20));
    expect(dataStarted).toBe(1);
    await first.kill('SIGKILL');

    const restartedAt = Date.now();
    second = await startServerProcess(env(working.url));
    // Both mails of the ticket: the one the dead process was sending, and the one it had not claimed.
    const mails = await working.waitFor(2, 20_000);
    const elapsed = Date.now() - restartedAt;
    expect(mails.flatMap((m) => m.rcptTo).sort()).toEqual(['jeanne@example.fr', 'support@relais.test']);
    // Well under the old five-minute lease, and under the new 30-second one: released at start.
    expect(elapsed).toBeLessThan(15_000);
  }, 60_000);
});
