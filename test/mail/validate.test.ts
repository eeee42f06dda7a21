import { MailError, validateMessage, type MailMessage } from '../../server/mail';

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
