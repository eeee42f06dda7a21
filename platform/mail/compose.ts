import type Mail from 'nodemailer/lib/mailer';
import { validateMessage } from './validate';
import { MailError, type MailAddress, type MailAttachment, type MailMessage, type SendOptions } from './types';

const MESSAGE_ID = /^<[\x21-\x3b\x3d\x3f-\x7e]+@[\x21-\x3b\x3d\x3f-\x7e]+>$/;

// Attachment content is a UTF-8 string: say so when a text/* type does not (default is US-ASCII).
const withCharset = (type: string) => (/^text\//i.test(type) && !/; *charset=/i.test(type) ? `${type}; charset=utf-8` : type);

/**
 * Plain attachments, base64-encoded. The content type goes through as given, so parameters such as
 * `method=REQUEST` of an invitation are kept (nodemailer parses and rebuilds the header, params
 * included). nodemailer's `icalEvent` is not used on purpose: it also turns the calendar into an
 * alternative of the text and HTML bodies, which clients render in very different ways.
 */
const toAttachment = (a: MailAttachment): Mail.Attachment => ({
  filename: a.filename,
  contentType: withCharset(a.contentType),
  content: Buffer.from(a.content, 'utf8'),
  contentDisposition: 'attachment',
  contentTransferEncoding: 'base64',
});

/**
 * nodemailer options for a message. Every field is handed over structured (address objects, a
 * header map) so nodemailer does the quoting and encoding; nothing is concatenated into a header.
 * The message is validated again here because the `Mailer` port can be used without the outbox.
 */
export function toNodemailer(from: MailAddress, input: MailMessage, options: SendOptions = {}): Mail.Options {
  const message = validateMessage(input);
  if (options.messageId !== undefined && !MESSAGE_ID.test(options.messageId)) {
    throw new MailError('mail: invalid Message-ID');
  }
  return {
    from,
    to: message.to,
    cc: message.cc,
    replyTo: message.replyTo,
    subject: message.subject,
    text: message.text,
    html: message.html,
    headers: message.headers,
    attachments: message.attachments?.map(toAttachment),
    messageId: options.messageId,
    // Bodies are plain strings; never let a crafted value make nodemailer read a file or a URL.
    disableFileAccess: true,
    disableUrlAccess: true,
  };
}
