import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { simpleParser, type ParsedMail } from 'mailparser';
import pino from 'pino';
import { migrate } from '../../platform/db';
import { createFileMailer, createMail, createSmtpMailer, type MailMessage } from '../../platform/mail';
import { sqliteTestDatabase } from '../helpers/databases';
import { startSmtpServer, type TestSmtpServer } from '../helpers/smtp';

const from = { name: 'Relais – Support', address: 'no-reply@relais.example' };
const clock = { now: () => new Date('2025-03-14T09:30:00Z') };
const message: MailMessage = {
  to: ['usager@example.test', { name: 'Dupont, Jean "JD" Émile', address: 'jd@example.test' }],
  cc: ['copie@example.test'],
  replyTo: { name: 'Support Relais', address: 'support@example.test' },
  subject: 'Votre demande T-000123 a été enregistrée – merci',
  text: 'Bonjour,\nvotre demande est enregistrée.',
  html: '<p>Bonjour,<br>votre demande est enregistrée.</p>',
  headers: { 'X-Relais-Ticket': 'T-000123' },
};

// Accented text, CRLF lines and a parameter that calendar clients need (method=REQUEST).
const ics = [
  'BEGIN:VCALENDAR',
  'METHOD:REQUEST',
  'BEGIN:VEVENT',
  'SUMMARY:Rendez-vous téléphonique – « facture n° 42 » 📞',
  'END:VEVENT',
  'END:VCALENDAR',
  '',
].join('\r\n');
const withAttachments: MailMessage = {
  ...message,
  attachments: [
    { filename: 'rendez-vous.ics', contentType: 'text/calendar; charset=utf-8; method=REQUEST', content: ics },
    { filename: 'notes.txt', contentType: 'text/plain', content: 'Déjà noté.\n' },
  ],
};

function expectAttachments(mail: ParsedMail) {
  expect(mail.attachments.map((a) => a.filename)).toEqual(['rendez-vous.ics', 'notes.txt']);
  const [cal, notes] = mail.attachments;
  expect(cal!.contentType).toBe('text/calendar');
  expect(cal!.contentDisposition).toBe('attachment');
  expect(cal!.content.toString('utf8')).toBe(ics);
  expect(cal!.headers.get('content-type')).toMatchObject({ value: 'text/calendar', params: { charset: 'utf-8', method: 'REQUEST' } });
  // A text/* type without charset is sent as UTF-8, which is what the content is.
  expect(notes!.headers.get('content-type')).toMatchObject({ value: 'text/plain', params: { charset: 'utf-8' } });
  expect(notes!.content.toString('utf8')).toBe('Déjà noté.\n');
  // The bodies are still the bodies, not turned into attachments.
  expect(mail.text?.trim()).toBe(message.text);
  expect(mail.html).toContain(message.html);
}

describe('SMTP mailer', () => {
  let smtp: TestSmtpServer;
  beforeAll(async () => {
    smtp = await startSmtpServer();
  });
  afterAll(() => smtp.close());

  it('delivers the message with the right sender, recipients, subject, bodies and headers', async () => {
    const mailer = createSmtpMailer({ url: smtp.url, from });
    const { messageId } = await mailer.send(message);
    const [got] = await smtp.waitFor(1);
    const mail = got!.mail;
    expect(mail.from?.value).toEqual([{ name: from.name, address: from.address }]);
    const to = Array.isArray(mail.to) ? mail.to[0] : mail.to;
    expect(to?.value).toEqual([
      { name: '', address: 'usager@example.test' },
      { name: 'Dupont, Jean "JD" Émile', address: 'jd@example.test' },
    ]);
    expect(mail.replyTo?.value).toEqual([{ name: 'Support Relais', address: 'support@example.test' }]);
    expect(mail.subject).toBe(message.subject);
    expect(mail.text?.trim()).toBe(message.text);
    expect(mail.html).toContain(message.html);
    expect(mail.headers.get('x-relais-ticket')).toBe('T-000123');
    expect(mail.messageId).toBe(messageId);
    expect(got!.rcptTo.sort()).toEqual(['copie@example.test', 'jd@example.test', 'usager@example.test']);
    mailer.close();
  });

  it('delivers text attachments with their filename, content type parameters and exact content', async () => {
    const mailer = createSmtpMailer({ url: smtp.url, from });
    const before = smtp.received.length;
    await mailer.send(withAttachments);
    const got = (await smtp.waitFor(before + 1))[before]!;
    expectAttachments(got.mail);
    mailer.close();
  });

  it('validates again when used directly, and sends nothing on injection', async () => {
    const mailer = createSmtpMailer({ url: smtp.url, from });
    const before = smtp.received.length;
    await expect(mailer.send({ ...message, subject: 'x\r\nBcc: pirate@example.test' })).rejects.toMatchObject({
      code: 'MAIL_INVALID',
    });
    await new Promise((r) => setTimeout(r, 50));
    expect(smtp.received.length).toBe(before);
    mailer.close();
  });
});

describe('file mailer', () => {
  const dirs: string[] = [];
  afterAll(() => dirs.forEach((d) => fs.rmSync(d, { recursive: true, force: true })));
  const tmpDir = () => {
    const d = fs.mkdtempSync(path.join(os.tmpdir(), 'relais-mail-'));
    dirs.push(d);
    return d;
  };

  it('writes one complete, parseable .eml per message and no temporary file', async () => {
    const dir = path.join(tmpDir(), 'outbox');
    const mailer = createFileMailer({ dir, from, clock });
    const { messageId } = await mailer.send(message);
    const files = fs.readdirSync(dir);
    expect(files).toEqual([expect.stringMatching(/^1741944600000-[0-9a-f]{12}\.eml$/)]);
    const mail = await simpleParser(fs.readFileSync(path.join(dir, files[0]!)));
    expect(mail.messageId).toBe(messageId);
    expect(mail.from?.value).toEqual([{ name: from.name, address: from.address }]);
    expect(mail.subject).toBe(message.subject);
    expect(mail.text?.trim()).toBe(message.text);
    expect(mail.html).toContain(message.html);
  });

  it('writes attachments into the .eml', async () => {
    const dir = path.join(tmpDir(), 'outbox');
    await createFileMailer({ dir, from, clock }).send(withAttachments);
    const [file] = fs.readdirSync(dir);
    const raw = fs.readFileSync(path.join(dir, file!));
    expect(raw.toString('latin1')).toMatch(/^Content-Disposition: attachment; filename=rendez-vous\.ics\r$/m);
    expectAttachments(await simpleParser(raw));
  });

  it('is what createMail uses without SMTP_URL: outbox rows become files under <dataDir>/outbox', async () => {
    const t = sqliteTestDatabase();
    const db = await t.create();
    try {
      const dataDir = tmpDir();
      const mail = createMail({
        db,
        clock,
        logger: pino({ level: 'silent' }),
        config: { dataDir, mail: { from: 'Relais – Support <no-reply@relais.example>', retryBaseMs: 20, pollMs: 20 } },
      });
      await migrate(db, mail.migrations);
      await db.transaction((tx) => mail.enqueue(tx, message, { kind: 'test', ref: 'T-000123' }));
      expect(await mail.drain()).toBe(1);
      const files = fs.readdirSync(path.join(dataDir, 'outbox'));
      expect(files).toHaveLength(1);
      const parsed = await simpleParser(fs.readFileSync(path.join(dataDir, 'outbox', files[0]!)));
      expect(parsed.subject).toBe(message.subject);
      expect(parsed.from?.value).toEqual([{ name: 'Relais – Support', address: 'no-reply@relais.example' }]);
      expect(await mail.stats()).toEqual({ pending: 0, sent: 1, failed: 0 });

      // Attachments survive the outbox row (stored as JSON, read back and validated again).
      await db.transaction((tx) => mail.enqueue(tx, withAttachments, { kind: 'test' }));
      expect(await mail.drain()).toBe(1);
      const eml = fs.readdirSync(path.join(dataDir, 'outbox')).find((f) => f !== files[0])!;
      expectAttachments(await simpleParser(fs.readFileSync(path.join(dataDir, 'outbox', eml))));
    } finally {
      await t.cleanup();
    }
  });

  it('refuses an invalid MAIL_FROM at creation', async () => {
    const t = sqliteTestDatabase();
    const db = await t.create();
    const config = (from: string) => ({ dataDir: tmpDir(), mail: { from, retryBaseMs: 20, pollMs: 20 } });
    const deps = { db, clock, logger: pino({ level: 'silent' }) };
    try {
      expect(() => createMail({ ...deps, config: config('Relais <no-reply@relais.example>\r\nBcc: x@y.test') })).toThrow(
        expect.objectContaining({ code: 'MAIL_INVALID' }),
      );
      expect(() => createMail({ ...deps, config: config('pas une adresse') })).toThrow(/^mail: /);
      expect(() => createMail({ ...deps, config: config('"Relais, support" <no-reply@relais.example>') })).not.toThrow();
    } finally {
      await t.cleanup();
    }
  });
});
