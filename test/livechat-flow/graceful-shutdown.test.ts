import fs from 'node:fs';
import pino from 'pino';
import { createAuth, type Auth } from '../../auth';
import { systemClock } from '../../platform/clock';
import type { Db } from '../../platform/db';
import { connectAgent, login, AGENT_PASSWORD } from '../helpers/agent-client';
import { IDENTITY_SECRET, postJson } from '../helpers/app';
import { postgresTestDatabase, type TestDatabase } from '../helpers/databases';
import { sharedServicesEnv, startServerProcess, type ServerProcess } from '../helpers/server-process';
import { startSmtpServer, type TestSmtpServer } from '../helpers/smtp';
import { connected, WidgetClient } from '../helpers/widget-client';

/**
 * SIGTERM on one of two real processes (PostgreSQL and Redis shared): it stops accepting, lets
 * the turn in flight finish and answers it, hands its sockets off (they see a lost connection
 * and would reconnect by themselves, not a «go away»), finishes the mail it is sending and
 * leaves no lease, closes its pools and exits 0; the other process carries on (issue 12, item 11).
 */
const services = process.env.RELAIS_TEST_PG === '1' && process.env.RELAIS_TEST_REDIS === '1';
const describeWithServices = services ? describe : describe.skip;

jest.setTimeout(120_000);

describeWithServices('graceful shutdown on SIGTERM (two processes)', () => {
  let database: TestDatabase;
  let db: Db;
  let auth: Auth;
  let smtp: TestSmtpServer;
  let a: ServerProcess | undefined;
  let b: ServerProcess | undefined;
  const dirs: string[] = [];
  const closers: { close(): void }[] = [];

  beforeAll(async () => {
    database = postgresTestDatabase();
    db = await database.create();
    // Each message takes 1.5 s to be accepted: the first process is still sending when it is told to stop.
    smtp = await startSmtpServer({ delayMs: 1500 });
    const env = () => sharedServicesEnv(dirs, database.url(), IDENTITY_SECRET, { SMTP_URL: smtp.url, SUPPORT_EMAIL: 'support@relais.test', MAIL_POLL_MS: '100' });
    [a, b] = await Promise.all([startServerProcess(env()), startServerProcess(env())]);
    auth = createAuth({ db, clock: systemClock, logger: pino({ level: 'silent' }), config: { production: false, sessionTtlHours: 12, loginPerIp: 10 } });
  });
  afterAll(async () => {
    for (const c of closers) c.close();
    await Promise.all([a?.kill('SIGKILL'), b?.kill('SIGTERM')]);
    await smtp.close();
    await database?.cleanup();
    for (const d of dirs) fs.rmSync(d, { recursive: true, force: true });
  });

  it('finishes what it started, hands its sockets off, and exits 0', async () => {
    const agent = await auth.agents.create({ email: `term.${process.pid}@relais.test`, name: 'Agent A', role: 'agent', password: AGENT_PASSWORD });
    const console = await connectAgent(a!.base, { agent: { id: agent.id, name: 'Agent A', email: agent.email }, cookie: await login(a!.base, agent.email) });
    closers.push(console);
    const user = new WidgetClient(a!.base);
    closers.push(user);
    await connected(user);
    await user.waitForBot(/ClaudIA/);
    const reasons: { user?: string; agent?: string } = {};
    user.socket.on('disconnect', (reason) => (reasons.user = reason));
    console.socket.on('disconnect', (reason: string) => (reasons.agent = reason));

    // A ticket whose two mails the first process starts sending.
    const ticket = await postJson(`${a!.base}/api/tickets`, {
      category: 'technique',
      subject: 'Facture restée en brouillon',
      description: 'Ma facture ne part pas.',
      email: 'jeanne@example.fr',
      name: 'Jeanne Martin',
    });
    expect(ticket.status).toBe(201);
    await new Promise((r) => setTimeout(r, 300));

    // A question, and SIGTERM right behind it.
    const ack = user.emit({ type: 'message', text: 'Comment envoyer une facture restée en brouillon ?' });
    await new Promise((r) => setTimeout(r, 5));
    const stopping = a!.kill('SIGTERM');
    expect(await ack).toMatchObject({ ok: true });
    await stopping;
    expect(await a!.exited).toEqual({ code: 0, signal: null });

    // Both sides lost their connection without being told to go away: they would reconnect.
    expect(reasons).toEqual({ user: 'transport close', agent: 'transport close' });
    // The answer to the question was given before the process left.
    expect(user.botMessages().some((m) => /Valider et envoyer/.test(m.text ?? ''))).toBe(true);
    // Not one lease of the stopped process is left, and both mails go out (from it or from the other).
    const leases = await db.query<{ n: number }>('SELECT COUNT(*) AS n FROM mail_outbox WHERE locked_by LIKE $1', [`%/${a!.pid}/%`]);
    expect(Number(leases[0]!.n)).toBe(0);
    await smtp.waitFor(2, 20_000);

    // The user resumes on the other process with everything.
    const again = new WidgetClient(b!.base, { visitorToken: user.session!.visitorToken });
    closers.push(again);
    await connected(again);
    const deadline = Date.now() + 10_000;
    while (again.history === null && Date.now() < deadline) await new Promise((r) => setTimeout(r, 20));
    expect(again.history!.map((x) => x.text)).toEqual(expect.arrayContaining(['Comment envoyer une facture restée en brouillon ?']));
  });
});
