import { z } from 'zod';
import { MailError, type MailAddress, type MailMessage, type OutboxMeta } from './types';
import { attachment, MAX_ATTACHMENTS } from './validate-attachment';

export { MAX_ATTACHMENTS, MAX_ATTACHMENT_BYTES } from './validate-attachment';

/**
 * Everything that ends up in a header line is checked here, before it is stored: CR/LF (and other
 * control characters) would let a value start a new header (`Bcc:`) or end the header block.
 * Line and paragraph separators are refused too, since some clients treat them as line breaks.
 */
const CONTROL = /[\p{Cc}\u2028\u2029]/u;
const noControl = (what: string) => (s: string) => !CONTROL.test(s) || `${what} contains a control character`;

export const MAX_SUBJECT_CHARS = 250;
export const MAX_RECIPIENTS = 50;
export const MAX_BODY_CHARS = 1_000_000;
const MAX_HEADERS = 20;
const HEADER_NAME = /^X-[A-Za-z0-9-]+$/;

/**
 * A user's text in a header must not read as a MIME encoded word («=?utf-8?B?…?=» would be shown
 * decoded, as whatever its author chose): an invisible word joiner after each «=» of «=?» keeps it
 * plain text, and makes the header non-ASCII so that it is sent encoded as a whole.
 */
const ENCODED_WORD_START = /=\?/g;
export const neutraliseEncodedWords = (s: string): string => s.replace(ENCODED_WORD_START, '=\u2060?');

// z.email() is a strict ASCII pattern: no spaces, quotes, angle brackets or line breaks can pass.
const address = z.email().max(254);
const displayName = z
  .string()
  .max(200)
  .refine((s) => !CONTROL.test(s), 'name contains a control character')
  .transform(neutraliseEncodedWords);
const mailAddress = z.union([address, z.strictObject({ name: displayName, address })]);

const headers = z
  .record(
    z.string().max(76).regex(HEADER_NAME, 'header name must match X-[A-Za-z0-9-]+'),
    z.string().max(900).refine((s) => !CONTROL.test(s), 'header value contains a control character'),
  )
  .refine((h) => Object.keys(h).length <= MAX_HEADERS, `at most ${MAX_HEADERS} headers`);

// Strict: an unexpected `bcc` or `from` is an error rather than silently dropped.
const messageSchema = z.strictObject({
  to: z.array(mailAddress).min(1).max(MAX_RECIPIENTS),
  cc: z.array(mailAddress).max(MAX_RECIPIENTS).optional(),
  replyTo: mailAddress.optional(),
  subject: z
    .string()
    .min(1)
    .max(MAX_SUBJECT_CHARS)
    .refine((s) => !CONTROL.test(s), 'subject contains a control character')
    .transform(neutraliseEncodedWords),
  text: z.string().max(MAX_BODY_CHARS),
  html: z.string().max(MAX_BODY_CHARS),
  headers: headers.optional(),
  attachments: z.array(attachment).max(MAX_ATTACHMENTS).optional(),
});

const metaSchema = z.strictObject({
  kind: z.string().max(64).refine(noControl('kind')).optional(),
  ref: z.string().max(200).refine(noControl('ref')).optional(),
});

function invalid(what: string, error: z.ZodError): MailError {
  const details = error.issues.map((i) => `${i.path.join('.') || '(root)'}: ${i.message}`).join('; ');
  return new MailError(`mail: invalid ${what} (${details})`);
}

/** Returns a clean copy of the message, or throws `MailError` (`MAIL_INVALID`). */
export function validateMessage(input: unknown): MailMessage {
  const parsed = messageSchema.safeParse(input);
  if (!parsed.success) throw invalid('message', parsed.error);
  return parsed.data;
}

export function validateMeta(input: unknown): OutboxMeta {
  const parsed = metaSchema.safeParse(input ?? {});
  if (!parsed.success) throw invalid('metadata', parsed.error);
  return parsed.data;
}

/**
 * The configured sender, `Name <addr>` or `addr`. It comes from the operator, not from users, but
 * is checked the same way so a bad MAIL_FROM fails at start rather than on every send.
 */
export function parseSender(from: string): MailAddress {
  const m = /^\s*(?:"([^"]*)"|([^<>"]*?))\s*<([^<>]+)>\s*$/.exec(from);
  const candidate: MailAddress = m ? { name: (m[1] ?? m[2] ?? '').trim(), address: m[3]!.trim() } : from.trim();
  const parsed = mailAddress.safeParse(candidate);
  if (!parsed.success) throw invalid('sender (MAIL_FROM)', parsed.error);
  const value = parsed.data;
  return typeof value === 'object' && value.name === '' ? value.address : value;
}

/** Domain part of an address, for Message-IDs. */
export function domainOf(a: MailAddress): string {
  const addr = typeof a === 'string' ? a : a.address;
  return addr.slice(addr.lastIndexOf('@') + 1);
}
