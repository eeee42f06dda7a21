import { Writable } from 'node:stream';
import pino from 'pino';
import { createPostgresDb, createSqliteDb, migrate, type Db } from '../../platform/db';
import { createMail, type Mail, type MailDeps, type MailMessage } from '../../platform/mail';
import { processLeaseOwners } from '../../platform/mail/lease-owner';
import { testDatabases, type TestDatabase } from '../helpers/databases';
import { freePort, startSmtpServer, type TestSmtpServer } from '../helpers/smtp';

const FROM = 'Relais – Support <no-reply@relais.example>';
const silent = pino({ level: 'silent' });
const systemClock = { now: () => new Date() };

const message = (n = 1): MailMessage => ({
  to: ['usager@example.test'],
  subject: `Demande n° ${n}`,
  text: `Texte ${n}`,
  html: `<p>Texte ${n}</p>`,
});

interface Row {
  id: number;
  status: string;
  attempts: number;
  next_attempt_at: number;
  locked_until: number | null;
  last_error: string | null;
  message_id: string | null;
  sent_at: number | null;
}
const rows = (db: Db) => db.query<Row>('SELECT * FROM mail_outbox ORDER BY id');

async function until(check: () => Promise<boolean>, timeoutMs = 5000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!(await check())) {
    if (Date.now() > deadline) throw new Error('condition not met in time');
    await new Promise((r) => setTimeout(r, 10));
  }
}

/** Pino logger whose lines land in an array (pino writes synchronously to a plain stream). */
function capturingLogger() {
  const lines: { level: number; msg: string; outboxId?: number; error?: string }[] = [];
  const stream = new Writable({
    write(chunk, _enc, cb) {
      lines.push(JSON.parse(String(chunk)));
      cb();
    },
  });
  return { logger: pino({ level: 'warn' }, stream), lines };
}

describe.each(testDatabases())('mail outbox on %s', (name, make) => {
  let t: TestDatabase;
  let db: Db;
  let smtp: TestSmtpServer;
  const mails: Mail[] = [];

  const newMail = (smtpUrl: string, over: Partial<MailDeps> = {}, database = db) => {
    const mail = createMail({
      db: database,
      clock: systemClock,
      logger: silent,
      config: { dataDir: '/nonexistent', mail: { smtpUrl, from: FROM, retryBaseMs: 20, pollMs: 20 } },
      ...over,
    });
    mails.push(mail);
    return mail;
  };

  beforeAll(async () => {
    t = make();
    smtp = await startSmtpServer();
  });
  beforeEach(async () => {
    db = await t.create();
    await migrate(db, newMail(smtp.url).migrations);
    smtp.received.length = 0;
  });
  afterEach(async () => {
    await Promise.all(mails.splice(0).map((m) => m.stop()));
  });
  afterAll(async () => {
    await smtp.close();
    await t.cleanup();
  });

  it('stores the mail with the business transaction and delivers it once drained', async () => {
    const mail = newMail(smtp.url);
    await expect(
      db.transaction(async (tx) => {
        await mail.enqueue(tx, message(1));
        throw new Error('business rule failed');
      }),
    ).rejects.toThrow('business rule failed');
    expect(await mail.stats()).toEqual({ pending: 0, sent: 0, failed: 0 });

    const id = await db.transaction((tx) => mail.enqueue(tx, message(2), { kind: 'ticket.created', ref: 'T-2' }));
    expect(id).toEqual(expect.any(Number));
    expect(await mail.stats()).toEqual({ pending: 1, sent: 0, failed: 0 });
    expect(await mail.drain()).toBe(1);
    const [got] = await smtp.waitFor(1);
    expect(got!.mail.subject).toBe('Demande n° 2');
    expect(got!.mail.from?.value).toEqual([{ name: 'Relais – Support', address: 'no-reply@relais.example' }]);
    expect(got!.rcptTo).toEqual(['usager@example.test']);
    const [row] = await rows(db);
    expect(row).toMatchObject({ id, status: 'sent', attempts: 1, locked_until: null, message_id: got!.mail.messageId });
    expect(row!.message_id).toMatch(new RegExp(`^<\\d+\\.${id}\\.relais@relais\\.example>$`));
    expect(await mail.drain()).toBe(0);
  });

  it('rejects header injection with MAIL_INVALID and enqueues nothing', async () => {
    const mail = newMail(smtp.url);
    const attempts: MailMessage[] = [
      { ...message(), subject: 'Bonjour\r\nBcc: pirate@example.test' },
      { ...message(), to: ['usager@example.test\r\nBcc: pirate@example.test'] },
      { ...message(), to: [{ name: 'Jean\nBcc: pirate@example.test', address: 'jean@example.test' }] },
      { ...message(), headers: { Bcc: 'pirate@example.test' } },
      { ...message(), headers: { 'X-Ok': 'v\r\nBcc: pirate@example.test' } },
    ];
    for (const m of attempts) {
      await expect(db.transaction((tx) => mail.enqueue(tx, m))).rejects.toMatchObject({
        name: 'MailError',
        code: 'MAIL_INVALID',
        message: expect.stringMatching(/^mail: /),
      });
    }
    expect(await rows(db)).toEqual([]);
  });

  it('survives a mail server that is down, then delivers exactly once when it is back', async () => {
    const port = await freePort();
    const mail = newMail(`smtp://127.0.0.1:${port}`);
    mail.start();
    await db.transaction((tx) => mail.enqueue(tx, message(7)));
    expect(() => mail.nudge()).not.toThrow();

    await until(async () => ((await rows(db))[0]?.attempts ?? 0) > 0 && (await rows(db))[0]?.last_error != null);
    const [down] = await rows(db);
    expect(down).toMatchObject({ status: 'pending', sent_at: null });
    expect(down!.last_error).toMatch(/ECONNREFUSED/);

    const back = await startSmtpServer({ port });
    try {
      await back.waitFor(1);
      await until(async () => (await rows(db))[0]?.status === 'sent');
      await new Promise((r) => setTimeout(r, 150)); // a few more polls: nothing is sent again
      expect(back.received).toHaveLength(1);
      expect(back.received[0]!.mail.subject).toBe('Demande n° 7');
      const [row] = await rows(db);
      expect(row!.attempts).toBeGreaterThanOrEqual(2);
    } finally {
      await mail.stop();
      await back.close();
    }
  });

  it('never sends a row twice when two workers on two connections drain at once', async () => {
    // smtp-server waits 100 ms before its greeting, so each send takes long enough for the two
    // workers' claims to interleave.
    const slow = await startSmtpServer();
    const other = name === 'postgres' ? createPostgresDb({ connectionString: t.url(), max: 5 }) : createSqliteDb({ file: t.url() });
    try {
      const a = newMail(slow.url);
      const b = newMail(slow.url, {}, other);
      const total = 12;
      await db.transaction(async (tx) => {
        for (let i = 0; i < total; i++) await a.enqueue(tx, message(i));
      });
      const [sentA, sentB] = await Promise.all([a.drain(), b.drain()]);
      expect(sentA + sentB).toBe(total);
      expect(sentA).toBeGreaterThan(0);
      expect(sentB).toBeGreaterThan(0);
      expect(slow.received).toHaveLength(total);
      expect(new Set(slow.received.map((r) => r.mail.subject)).size).toBe(total);
      expect(await a.stats()).toEqual({ pending: 0, sent: total, failed: 0 });
      expect((await rows(db)).every((r) => r.attempts === 1)).toBe(true);
    } finally {
      await other.close();
      await slow.close();
    }
  });

  it('backs off exponentially, then keeps the row as failed after 12 attempts and logs an error', async () => {
    let now = Date.parse('2025-03-14T09:00:00Z');
    const clock = { now: () => new Date(now) };
    const { logger, lines } = capturingLogger();
    const port = await freePort();
    const mail = createMail({
      db,
      clock,
      logger,
      config: { dataDir: '/nonexistent', mail: { smtpUrl: `smtp://127.0.0.1:${port}`, from: FROM, retryBaseMs: 5000, pollMs: 20 } },
      options: { random: () => 0.5 },
    });
    const id = await db.transaction((tx) => mail.enqueue(tx, message(9), { kind: 'test' }));

    const delays: number[] = [];
    for (let i = 1; i <= 12; i++) {
      await expect(mail.drain()).resolves.toBe(0);
      const [row] = await rows(db);
      expect(row!.attempts).toBe(i);
      delays.push(row!.next_attempt_at - now);
      expect(await mail.drain()).toBe(0); // not due yet: no new attempt
      now += 2 * 60 * 60 * 1000;
    }
    // base · 2^(n−1) capped at 1 h, minus a 10 % jitter (random = 0.5).
    expect(delays.slice(0, 4)).toEqual([4500, 9000, 18_000, 36_000]);
    expect(delays.slice(9)).toEqual([2_304_000, 3_240_000, 3_240_000]);

    const [row] = await rows(db);
    expect(row).toMatchObject({ id, status: 'failed', attempts: 12, sent_at: null, locked_until: null });
    expect(row!.last_error).toMatch(/ECONNREFUSED/);
    expect(await mail.stats()).toEqual({ pending: 0, sent: 0, failed: 1 });
    expect(await mail.drain()).toBe(0);
    expect((await rows(db))[0]!.attempts).toBe(12);
    expect(lines.filter((l) => l.level === 50)).toEqual([
      expect.objectContaining({ outboxId: id, msg: 'mail: giving up, message marked failed' }),
    ]);
    expect(lines.filter((l) => l.level === 40)).toHaveLength(11);
  });

  it('stop() waits for the send in flight and records it', async () => {
    let started = false;
    const slow = await startSmtpServer({ delayMs: 150, onDataStart: () => (started = true) });
    try {
      const mail = newMail(slow.url);
      mail.start();
      await db.transaction((tx) => mail.enqueue(tx, message(3)));
      mail.nudge();
      await until(async () => started);
      await mail.stop();
      expect(slow.received).toHaveLength(1);
      expect((await rows(db))[0]).toMatchObject({ status: 'sent', locked_until: null });
      mail.nudge(); // stopped: a no-op, not an error
    } finally {
      await slow.close();
    }
  });

  describe('leases (a worker that dies while sending)', () => {
    const owners = (self: string, dead: string[] = []) => ({ self, alive: (o: string) => !dead.includes(o) });
    /** A row a worker claimed, with a lease of five minutes, and never reported back (SIGKILL during the send). */
    const abandoned = async (mail: Mail, owner: string) => {
      await db.transaction((tx) => mail.enqueue(tx, message(7)));
      await db.execute('UPDATE mail_outbox SET attempts = 1, locked_until = $1, locked_by = $2', [Date.now() + 5 * 60_000, owner]);
    };

    it('releases at once the leases of a dead process of this host, not those of a live one', async () => {
      const mail = newMail(smtp.url, { leaseOwners: owners('host/2', ['host/1']) });
      await abandoned(mail, 'host/3');
      expect(await mail.drain()).toBe(0); // host/3 still runs: its lease holds
      await db.execute("UPDATE mail_outbox SET locked_by = 'host/1'");
      expect(await mail.drain()).toBe(1);
      expect(smtp.received).toHaveLength(1);
      expect((await rows(db))[0]).toMatchObject({ status: 'sent', attempts: 2, locked_until: null });
    });

    it('tells a process of this host that is gone, or an earlier run under the same pid, from one that runs', () => {
      const me = processLeaseOwners();
      const [host, pid, start] = me.self.split('/');
      expect(me.alive(me.self)).toBe(true);
      // A restarted container's pid 1: same host and pid, another start.
      expect(me.alive(`${host}/${pid}/${Number(start) - 60_000}`)).toBe(false);
      expect(me.alive(`${host}/${process.ppid}/1`)).toBe(true);
      expect(me.alive(`${host}/4194303/1`)).toBe(false);
      expect(me.alive('une-autre-machine/1/1')).toBe(true);
    });

    it('a lease is short and renewed while the send runs: a second worker never sends the row too', async () => {
      const slow = await startSmtpServer({ delayMs: 400 });
      const other = name === 'postgres' ? createPostgresDb({ connectionString: t.url(), max: 5 }) : createSqliteDb({ file: t.url() });
      try {
        const a = newMail(slow.url, { options: { leaseMs: 150 }, leaseOwners: owners('host/a') });
        const b = newMail(slow.url, { options: { leaseMs: 150 }, leaseOwners: owners('host/b') }, other);
        await db.transaction((tx) => a.enqueue(tx, message(8)));
        const first = a.drain();
        await until(async () => (await rows(db))[0]!.locked_until !== null);
        // Well past the first lease: b finds the row still leased (renewed), and sends nothing.
        await new Promise((r) => setTimeout(r, 300));
        expect(await b.drain()).toBe(0);
        expect(await first).toBe(1);
        expect(slow.received).toHaveLength(1);
      } finally {
        await other.close();
        await slow.close();
      }
    });
  });
});
