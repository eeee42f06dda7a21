import crypto from 'node:crypto';
import fs from 'node:fs/promises';
import path from 'node:path';
import nodemailer from 'nodemailer';
import type { Clock } from '../clock';
import { toNodemailer } from './compose';
import type { MailAddress, Mailer } from './types';

export interface FileMailerOptions {
  /** Directory of the `.eml` files, created when needed (`<dataDir>/outbox`). */
  dir: string;
  from: MailAddress;
  clock: Clock;
}

/**
 * Default mailer when no SMTP server is configured (development, demos): each message becomes an
 * RFC 822 file `<ms timestamp>-<random>.eml` that any mail client opens. The file is written under a
 * dot-name, flushed, then renamed, so a reader listing `*.eml` never sees half a message.
 */
export function createFileMailer(options: FileMailerOptions): Mailer {
  const transport = nodemailer.createTransport({ streamTransport: true, buffer: true, newline: 'windows' });
  return {
    async send(message, sendOptions) {
      const info = await transport.sendMail(toNodemailer(options.from, message, sendOptions));
      await fs.mkdir(options.dir, { recursive: true });
      const name = `${options.clock.now().getTime()}-${crypto.randomBytes(6).toString('hex')}.eml`;
      const tmp = path.join(options.dir, `.${name}.tmp`);
      try {
        const file = await fs.open(tmp, 'wx');
        try {
          await file.writeFile(info.message as Buffer);
          await file.sync();
        } finally {
          await file.close();
        }
        await fs.rename(tmp, path.join(options.dir, name));
      } catch (err) {
        await fs.rm(tmp, { force: true });
        throw err;
      }
      return { messageId: info.messageId };
    },
  };
}
