import type Mail from 'nodemailer/lib/mailer';
import { validateMessage } from './validate';
import { MailError, type MailAddress, type MailMessage, type SendOptions } from './types';

const MESSAGE_ID = /^<[\x21-\x3b\x3d\x3f-\x7e]+@[\x21-\x3b\x3d\x3f-\x7e]+>$/;

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
    messageId: options.messageId,
    // Bodies are plain strings; never let a crafted value make nodemailer read a file or a URL.
    disableFileAccess: true,
    disableUrlAccess: true,
  };
}
