import { MAX_ATTACHMENT_BYTES, MAX_ATTACHMENTS, MailError, validateMessage, type MailMessage } from '../../platform/mail';

const ok: MailMessage = {
  to: ['usager@example.test'],
  subject: 'Votre demande',
  text: 'Bonjour',
  html: '<p>Bonjour</p>',
};

const expectInvalid = (input: unknown) => {
  let caught: unknown;
  try {
    validateMessage(input);
  } catch (err) {
    caught = err;
  }
  expect(caught).toBeInstanceOf(MailError);
  expect(caught).toMatchObject({ code: 'MAIL_INVALID', message: expect.stringMatching(/^mail: /) });
};

describe('validateMessage', () => {
  it('accepts bare addresses, structured names, cc, reply-to and X- headers', () => {
    const m: MailMessage = {
      ...ok,
      to: ['a@example.test', { name: 'Dupont, Jean "JD" Émile', address: 'jd@example.test' }],
      cc: ['c@example.test'],
      replyTo: { name: 'Support', address: 'support@example.test' },
      headers: { 'X-Relais-Ticket': 'T-2024-000001' },
    };
    expect(validateMessage(m)).toEqual(m);
  });

  it('accepts text attachments with MIME parameters, up to the limits', () => {
    const ics = { filename: 'rendez-vous.ics', contentType: 'text/calendar; charset=utf-8; method=REQUEST', content: 'BEGIN:VCALENDAR\r\n' };
    const m: MailMessage = {
      ...ok,
      attachments: [
        ics,
        { filename: 'export_2026-01.csv', contentType: 'text/csv;header="present"', content: 'é'.repeat(MAX_ATTACHMENT_BYTES / 2) },
        ...Array.from({ length: MAX_ATTACHMENTS - 2 }, (_, i) => ({ filename: `note-${i}.txt`, contentType: 'text/plain', content: '' })),
      ],
    };
    expect(validateMessage(m)).toEqual(m);
  });

  const attach = (over: Record<string, unknown>) => ({
    ...ok,
    attachments: [{ filename: 'a.txt', contentType: 'text/plain', content: 'x', ...over }],
  });

  it.each([
    ['attachment filename with a path', attach({ filename: '../../etc/passwd' })],
    ['attachment filename with a directory', attach({ filename: 'dir/a.txt' })],
    ['attachment filename with a backslash', attach({ filename: 'C:\\a.txt' })],
    ['attachment filename with a leading dot', attach({ filename: '.bashrc' })],
    ['attachment filename with CRLF', attach({ filename: 'a.txt\r\nBcc: pirate@example.test' })],
    ['attachment filename with a space', attach({ filename: 'mon fichier.txt' })],
    ['empty attachment filename', attach({ filename: '' })],
    ['attachment filename too long', attach({ filename: `${'a'.repeat(97)}.txt` })],
    ['attachment contentType with CRLF', attach({ contentType: 'text/plain\r\nBcc: pirate@example.test' })],
    ['attachment contentType with CRLF in a parameter', attach({ contentType: 'text/plain; name="a\r\nBcc: x@y.test"' })],
    ['attachment contentType with a tab', attach({ contentType: 'text/plain;\tcharset=utf-8' })],
    ['attachment contentType without subtype', attach({ contentType: 'text' })],
    ['attachment contentType multipart', attach({ contentType: 'multipart/mixed; boundary=x' })],
    ['attachment contentType too long', attach({ contentType: `text/plain; x=${'a'.repeat(200)}` })],
    ['attachment charset other than utf-8', attach({ contentType: 'text/plain; charset=iso-8859-1' })],
    ['attachment content too big', attach({ content: 'x'.repeat(MAX_ATTACHMENT_BYTES + 1) })],
    ['attachment content too big in UTF-8 bytes', attach({ content: 'é'.repeat(MAX_ATTACHMENT_BYTES / 2 + 1) })],
    ['attachment with a path field', attach({ path: '/etc/passwd' })],
    ['attachment content not a string', attach({ content: { path: '/etc/passwd' } })],
    [
      'too many attachments',
      { ...ok, attachments: Array.from({ length: MAX_ATTACHMENTS + 1 }, (_, i) => ({ filename: `a${i}.txt`, contentType: 'text/plain', content: 'x' })) },
    ],
  ])('rejects %s with MAIL_INVALID', (_label, input) => {
    expectInvalid(input);
  });

  it('names the attachment field at fault', () => {
    expect(() => validateMessage(attach({ filename: 'a/b.txt' }))).toThrow(/attachments\.0\.filename/);
  });

  it.each([
    ['subject with CRLF Bcc', { ...ok, subject: 'Bonjour\r\nBcc: pirate@example.test' }],
    ['subject with a bare LF', { ...ok, subject: 'Bonjour\nX: y' }],
    ['subject with NUL', { ...ok, subject: 'a\u0000b' }],
    ['subject with a line separator', { ...ok, subject: 'a\u2028b' }],
    ['subject too long', { ...ok, subject: 'x'.repeat(251) }],
    ['empty subject', { ...ok, subject: '' }],
    ['address with newline', { ...ok, to: ['usager@example.test\r\nBcc: pirate@example.test'] }],
    ['address with trailing LF', { ...ok, to: ['usager@example.test\n'] }],
    ['display name in a string', { ...ok, to: ['Jean <jean@example.test>'] }],
    ['name with newline', { ...ok, to: [{ name: 'Jean\r\nBcc: pirate@example.test', address: 'jean@example.test' }] }],
    ['name with control char', { ...ok, to: [{ name: 'Jean\u0007', address: 'jean@example.test' }] }],
    ['structured address with newline', { ...ok, to: [{ name: 'Jean', address: 'jean@example.test\nBcc: x@y.test' }] }],
    ['reply-to with newline', { ...ok, replyTo: 'a@example.test\r\nBcc: x@example.test' }],
    ['cc not an address', { ...ok, cc: ['pas-une-adresse'] }],
    ['no recipient', { ...ok, to: [] }],
    ['standard header name', { ...ok, headers: { Bcc: 'pirate@example.test' } }],
    ['header name with space', { ...ok, headers: { 'X-Bad Name': 'v' } }],
    ['header name with colon', { ...ok, headers: { 'X-A:': 'v' } }],
    ['header value with CRLF', { ...ok, headers: { 'X-Ok': 'a\r\nBcc: pirate@example.test' } }],
    ['unknown bcc field', { ...ok, bcc: ['pirate@example.test'] }],
    ['from given by the caller', { ...ok, from: 'pirate@example.test' }],
    ['missing html', { to: ok.to, subject: ok.subject, text: ok.text }],
    ['not an object', 'hello'],
  ])('rejects %s with MAIL_INVALID', (_label, input) => {
    expectInvalid(input);
  });
});
