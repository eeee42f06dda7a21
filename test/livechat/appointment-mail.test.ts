import { execFile } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { simpleParser } from 'mailparser';
import { appointmentConfirmationMail, formatParisDateTime, type AppointmentMailInput } from '../../livechat/appointments';
import { createFileMailer, validateMessage } from '../../platform/mail';
import { component, parseIcs, prop, unescapeIcsText } from '../helpers/ics';

const NBSP = '\u00a0';
const input: AppointmentMailInput = {
  to: { name: 'Marie Dupont', email: 'marie@example.test' },
  start: new Date('2026-11-30T09:30:00Z'),
  durationMinutes: 30,
  phone: '06 12 34 56 78',
  agentName: 'Paul Martin',
  supportEmail: 'support@relais.example',
  portalName: 'Chorus Pro',
  uid: 'rdv_abc123@relais.example',
  now: new Date('2026-11-20T08:00:00Z'),
};

const cases: Array<[string, string]> = [
  ['2026-11-30T09:30:00Z', 'lundi 30 novembre 2026 à 10h30'], // winter, UTC+1
  ['2026-07-15T07:00:00Z', 'mercredi 15 juillet 2026 à 9h'], // summer, UTC+2
  ['2026-05-01T12:05:00Z', 'vendredi 1er mai 2026 à 14h05'],
  ['2026-12-31T23:30:00Z', 'vendredi 1er janvier 2027 à 0h30'], // another day, year in Paris
  ['2026-03-29T00:59:00Z', 'dimanche 29 mars 2026 à 1h59'], // just before the spring change
  ['2026-03-29T01:00:00Z', 'dimanche 29 mars 2026 à 3h'],
];

describe('formatParisDateTime', () => {
  it.each(cases)('%s is « %s »', (iso, expected) => {
    expect(formatParisDateTime(new Date(iso))).toBe(expected);
  });

  // TZ is read when a process starts: the check runs in children with another zone.
  it.each(['America/New_York', 'Asia/Tokyo'])('gives the same answers in a process running with TZ=%s', async (tz) => {
    const root = path.join(__dirname, '..', '..');
    const script = `const { formatParisDateTime } = require(${JSON.stringify(path.join(root, 'livechat', 'appointments'))});
process.stdout.write(JSON.stringify({ zone: Intl.DateTimeFormat().resolvedOptions().timeZone,
  out: ${JSON.stringify(cases.map(([iso]) => iso))}.map((s) => formatParisDateTime(new Date(s))) }));`;
    const { stdout } = await promisify(execFile)(process.execPath, ['--import', 'tsx', '-e', script], {
      cwd: root,
      env: { ...process.env, TZ: tz },
    });
    expect(JSON.parse(stdout)).toEqual({ zone: tz, out: cases.map(([, text]) => text) });
  });
});

describe('appointmentConfirmationMail', () => {
  it.each([
    ['winter (UTC+1)', '2026-11-30T09:30:00Z', 'lundi 30 novembre 2026 à 10h30', '20261130T093000Z'],
    ['summer (UTC+2)', '2026-07-15T08:30:00Z', 'mercredi 15 juillet 2026 à 10h30', '20260715T083000Z'],
  ])('gives the Paris time in the subject and body, UTC in the .ics, in %s', (_label, iso, paris, utc) => {
    const mail = appointmentConfirmationMail({ ...input, start: new Date(iso) });
    expect(validateMessage(mail)).toEqual(mail);
    expect(mail.subject).toBe(`Rendez-vous téléphonique confirmé le ${paris}`);
    expect(mail.text).toContain(`${paris} (heure de Paris)`);
    expect(mail.html).toContain(`${paris} (heure de Paris)`);
    const ics = mail.attachments![0]!.content;
    expect(prop(component(parseIcs(ics), 'VEVENT'), 'DTSTART').value).toBe(utc);
  });

  it('addresses the user by name and says who calls which number, for how long, and how to cancel', () => {
    const mail = appointmentConfirmationMail(input);
    expect(mail.to).toEqual([{ name: 'Marie Dupont', address: 'marie@example.test' }]);
    expect(mail.replyTo).toEqual({ name: 'Support Chorus Pro', address: 'support@relais.example' });
    expect(mail.text).toMatch(/^Votre rendez-vous téléphonique est confirmé\n\nBonjour Marie Dupont,\n/);
    expect(mail.text).toContain(`Il durera environ 30${NBSP}minutes.`);
    expect(mail.text).toContain(`Paul Martin, votre conseiller, vous appellera au numéro que vous nous avez indiqué${NBSP}: 06 12 34 56 78.`);
    expect(mail.text).toContain('Pour annuler ou changer de créneau, répondez simplement à ce message ou écrivez à support@relais.example.');
    expect(mail.text).toContain('Bien cordialement,\nL’équipe du support Chorus Pro');
    expect(mail.text).not.toMatch(/'/); // typographic apostrophes only
  });

  it('says « Bonjour, » and sends to the bare address when the name is unknown', () => {
    const mail = appointmentConfirmationMail({ ...input, to: { name: null, email: 'anonyme@example.test' }, durationMinutes: 90 });
    expect(mail.to).toEqual(['anonyme@example.test']);
    expect(mail.text).toContain('\nBonjour,\n');
    expect(mail.text).toContain(`Il durera environ 1${NBSP}h${NBSP}30.`);
    const attendee = prop(component(parseIcs(mail.attachments![0]!.content), 'VEVENT'), 'ATTENDEE');
    expect(attendee.params.CN).toBeUndefined();
    expect(attendee.value).toBe('mailto:anonyme@example.test');
  });

  it('escapes every user value in the HTML and keeps the message valid', () => {
    const mail = appointmentConfirmationMail({
      ...input,
      to: { name: '<script>alert(1)</script>\r\nDupont', email: 'marie@example.test' },
      phone: '06 <b>12</b> & "34"',
      agentName: 'Paul <img src=x onerror=alert(1)>',
    });
    expect(validateMessage(mail)).toEqual(mail);
    expect(mail.html).not.toMatch(/<script|<img|<b>/);
    expect(mail.html).toContain('Bonjour &lt;script&gt;alert(1)&lt;/script&gt; Dupont,');
    expect(mail.html).toContain('06 &lt;b&gt;12&lt;/b&gt; &amp; &quot;34&quot;');
    expect(mail.text).toContain('Bonjour <script>alert(1)</script> Dupont,');
    expect(mail.to).toEqual([{ name: '<script>alert(1)</script> Dupont', address: 'marie@example.test' }]);
  });

  it('attaches a parseable invitation from the support address to the user', () => {
    const mail = appointmentConfirmationMail({ ...input, phone: '+33 6 12 34 56 78, poste 12; merci' });
    expect(mail.attachments).toEqual([
      { filename: 'rendez-vous.ics', contentType: 'text/calendar; charset=utf-8; method=REQUEST', content: expect.any(String) },
    ]);
    const all = parseIcs(mail.attachments![0]!.content);
    expect(prop(component(all, 'VCALENDAR'), 'METHOD').value).toBe('REQUEST');
    const event = component(all, 'VEVENT');
    expect(prop(event, 'UID').value).toBe('rdv_abc123@relais.example');
    expect(prop(event, 'DTEND').value).toBe('20261130T100000Z');
    expect(prop(event, 'ORGANIZER')).toMatchObject({ params: { CN: 'Support Chorus Pro' }, value: 'mailto:support@relais.example' });
    expect(prop(event, 'ATTENDEE')).toMatchObject({ params: { CN: 'Marie Dupont', PARTSTAT: 'ACCEPTED' }, value: 'mailto:marie@example.test' });
    expect(unescapeIcsText(prop(event, 'SUMMARY').value)).toBe('Rendez-vous téléphonique avec le support Chorus Pro');
    const description = unescapeIcsText(prop(event, 'DESCRIPTION').value);
    expect(description).toContain('Paul Martin, conseiller du support Chorus Pro, vous appellera au +33 6 12 34 56 78, poste 12; merci.');
    expect(description).toContain('support@relais.example');
  });

  it('goes through a real mailer with the invitation intact', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'relais-rdv-'));
    try {
      const mailer = createFileMailer({ dir, from: 'no-reply@relais.example', clock: { now: () => input.now } });
      const mail = appointmentConfirmationMail(input);
      await mailer.send(mail);
      const [file] = fs.readdirSync(dir);
      const parsed = await simpleParser(fs.readFileSync(path.join(dir, file!)));
      expect(parsed.subject).toBe(mail.subject);
      const [ics] = parsed.attachments;
      expect(ics!.filename).toBe('rendez-vous.ics');
      expect(ics!.headers.get('content-type')).toMatchObject({ value: 'text/calendar', params: { charset: 'utf-8', method: 'REQUEST' } });
      expect(ics!.content.toString('utf8')).toBe(mail.attachments![0]!.content);
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });
});
