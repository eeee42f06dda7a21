import nodemailer from 'nodemailer';
import { toNodemailer } from './compose';
import type { MailAddress, Mailer } from './types';

export interface SmtpMailerOptions {
  /** `smtp://user:pass@host:587` or `smtps://…`; query parameters are nodemailer options. */
  url: string;
  from: MailAddress;
}

export interface ClosableMailer extends Mailer {
  close(): void;
}

/**
 * Sends through an SMTP relay. Timeouts are shorter than nodemailer's defaults (up to an hour of
 * socket inactivity) so that a stuck server cannot hold an outbox lease; the URL may override them.
 */
export function createSmtpMailer(options: SmtpMailerOptions): ClosableMailer {
  const transport = nodemailer.createTransport({
    url: options.url,
    connectionTimeout: 10_000,
    greetingTimeout: 10_000,
    socketTimeout: 60_000,
  });
  return {
    async send(message, sendOptions) {
      const info = await transport.sendMail(toNodemailer(options.from, message, sendOptions));
      return { messageId: info.messageId };
    },
    close: () => transport.close(),
  };
}
