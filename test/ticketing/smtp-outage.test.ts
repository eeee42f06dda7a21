import { getJson, postJson, startApp, type RunningApp } from '../helpers/app';
import { freePort, startSmtpServer, type TestSmtpServer } from '../helpers/smtp';

describe('a mail server that is down', () => {
  let r: RunningApp;
  let port: number;
  let smtp: TestSmtpServer | undefined;

  beforeAll(async () => {
    port = await freePort();
    r = await startApp({ SMTP_URL: `smtp://127.0.0.1:${port}` });
  });
  afterAll(async () => {
    await r.close();
    await smtp?.close();
  });

  it('delays mail but never fails or loses a ticket; mail arrives once the server is back', async () => {
    const res = await postJson(`${r.base}/api/tickets`, {
      email: 'patient@example.fr',
      name: 'Paul Patient',
      category: 'metier',
      subject: 'Question pendant la panne',
      description: 'Le serveur de messagerie est en panne, ma demande doit survivre.',
    });
    expect(res.status).toBe(201);
    const { ticket, accessToken } = res.body;

    // The worker has tried and failed: mail is pending, with attempts recorded.
    await new Promise((resolve) => setTimeout(resolve, 400));
    const stats = await r.app.mail.stats();
    expect(stats).toMatchObject({ pending: 2, sent: 0 });
    const [row] = await r.app.db.query<{ attempts: number; last_error: string | null }>(
      'SELECT attempts, last_error FROM mail_outbox ORDER BY id LIMIT 1',
    );
    expect(row!.attempts).toBeGreaterThanOrEqual(1);
    expect(row!.last_error).toBeTruthy();
    expect((await getJson(`${r.base}/api/tickets/${ticket.number}`, { 'x-ticket-token': accessToken })).status).toBe(200);

    smtp = await startSmtpServer({ port });
    const mails = await smtp.waitFor(2, 15_000);
    expect(mails.map((m) => m.rcptTo[0]).sort()).toEqual(['patient@example.fr', 'support@relais.test']);
    expect(mails.every((m) => m.mail.subject?.includes(ticket.number))).toBe(true);
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(smtp.received).toHaveLength(2);
    expect(await r.app.mail.stats()).toMatchObject({ pending: 0, sent: 2, failed: 0 });
  });
});
