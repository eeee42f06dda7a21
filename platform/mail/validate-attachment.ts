import { z } from 'zod';

export const MAX_ATTACHMENTS = 5;
/** Per attachment, in UTF-8 bytes: the outbox keeps every message, attachments included. */
export const MAX_ATTACHMENT_BYTES = 256 * 1024;

// A bare name: no directory part, no leading dot (hidden file, `..`), nothing to quote or encode.
const FILENAME = /^[A-Za-z0-9_-][A-Za-z0-9._-]{0,99}$/;

// RFC 6838 type/subtype, then RFC 2045 `; attribute=value` parameters with token or quoted values.
// Only spaces around `;`: CR, LF and tabs are control characters and would fold or split the header.
const RESTRICTED_NAME = "[A-Za-z0-9][A-Za-z0-9!#$&^_.+-]{0,126}";
const TOKEN = "[!#$%&'*+.^_`|~0-9A-Za-z-]+";
const QUOTED = '"[\\x20\\x21\\x23-\\x5b\\x5d-\\x7e]*"';
const MIME_TYPE = new RegExp(`^${RESTRICTED_NAME}/${RESTRICTED_NAME}(?: *; *${TOKEN}=(?:${TOKEN}|${QUOTED}))* *$`);
const CHARSET = /; *charset="?([^";]*)"?/i;

const contentType = z
  .string()
  .max(200)
  .regex(MIME_TYPE, 'contentType must be a MIME type with optional parameters, without control characters')
  // multipart/* and message/* would be taken by nodemailer as MIME structure, not as a file.
  .refine((t) => !/^(?:multipart|message)\//i.test(t), 'contentType cannot be multipart/* or message/*')
  // The content is a JS string sent as UTF-8: any other declared charset would be a lie.
  .refine((t) => (CHARSET.exec(t)?.[1] ?? 'utf-8').toLowerCase() === 'utf-8', 'contentType charset must be utf-8');

export const attachment = z.strictObject({
  filename: z.string().regex(FILENAME, 'filename must be 1–100 characters of [A-Za-z0-9._-], not starting with a dot'),
  contentType,
  content: z
    .string()
    .max(MAX_ATTACHMENT_BYTES)
    .refine((c) => Buffer.byteLength(c, 'utf8') <= MAX_ATTACHMENT_BYTES, `content is over ${MAX_ATTACHMENT_BYTES} bytes`),
});
