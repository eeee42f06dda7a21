import type { AddressInfo } from 'node:net';
import { simpleParser } from 'mailparser';
import { SMTPServer } from 'smtp-server';
import type { Logger } from '../logger';

/** A received message, parsed: envelope recipients, the sender, the plain text, the attached files. */
export interface ReceivedMail {
  to: string[];
  from: string | null;
  subject: string;
  text: string;
  /** Files attached to the message (images embedded in the HTML body, such as a signature's logo, left out). */
  attachments: { filename: string; bytes: Buffer }[];
}

export interface InboundServerOptions {
  port: number;
  host: string;
  /** Larger messages are refused (552) while they are received. */
  maxBytes: number;
  logger: Logger;
  /** Whether a recipient is one this listener takes (the others are refused at RCPT TO). */
  accepts(recipient: string): boolean;
  /** A use by this client address or sender; false refuses the message for now (a limit). */
  allow(key: string): Promise<boolean>;
  deliver(mail: ReceivedMail): Promise<unknown>;
  /** What the sender's bounce says of a refused message (null: a generic reason). */
  reason(err: unknown): string | null;
}

export interface InboundServer {
  /** The port it listens on (the one given, or the system's choice for 0). */
  port: number;
  close(): Promise<void>;
}

/** SMTP replies are 7-bit: accents and typographic quotes folded, the meaning kept. */
const ascii = (text: string) =>
  text
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .replace(/[’‘]/g, "'")
    .replace(/[«»“”]/g, '"')
    .replace(/[^\x20-\x7e]/g, ' ');

const smtpError = (code: number, message: string) => Object.assign(new Error(ascii(message)), { responseCode: code });

/**
 * An SMTP listener for replies (off unless configured): no AUTH, no relaying — only the
 * addresses `accepts` knows are taken, each message is size-capped and counted per client
 * address, parsed with mailparser and handed to `deliver`; a refusal is a 5xx the sending
 * server turns into a bounce the person can read.
 */
export async function startInboundServer(options: InboundServerOptions): Promise<InboundServer> {
  const { logger } = options;
  const server = new SMTPServer({
    banner: 'Relais',
    authOptional: true,
    disabledCommands: ['AUTH', 'STARTTLS'],
    size: options.maxBytes,
    maxClients: 50,
    logger: false,
    onConnect(session, callback) {
      options.allow(`ip:${session.remoteAddress}`).then(
        (ok) => callback(ok ? undefined : smtpError(421, 'Trop de messages envoyes depuis votre serveur : reessayez plus tard.')),
        () => callback(),
      );
    },
    onRcptTo(address, _session, callback) {
      if (options.accepts(address.address)) return callback();
      callback(smtpError(550, 'Adresse inconnue : repondez a l’adresse de reponse d’un e-mail du support.'));
    },
    onData(stream, session, callback) {
      simpleParser(stream)
        .then(async (parsed) => {
          if ((stream as { sizeExceeded?: boolean }).sizeExceeded) {
            return callback(smtpError(552, `Message trop volumineux (${Math.round(options.maxBytes / 1024 / 1024)} Mo au maximum).`));
          }
          const from = parsed.from?.value[0]?.address?.toLowerCase() ?? (session.envelope.mailFrom ? session.envelope.mailFrom.address.toLowerCase() : null);
          await options.deliver({
            to: session.envelope.rcptTo.map((r) => r.address),
            from,
            subject: parsed.subject ?? '',
            text: parsed.text ?? '',
            attachments: parsed.attachments.filter((a) => !a.related).map((a) => ({ filename: a.filename ?? 'fichier', bytes: a.content })),
          });
          callback();
        })
        .catch((err: unknown) => {
          const reason = options.reason(err);
          if (!reason) logger.error({ err }, 'mail: inbound message failed');
          callback(smtpError(550, reason ?? 'Message refuse : reessayez plus tard ou repondez depuis la page de suivi.'));
        });
    },
  });
  server.on('error', (err) => logger.error({ err }, 'mail: inbound SMTP listener error'));
  await new Promise<void>((resolve, reject) => {
    server.server.once('error', reject);
    server.listen(options.port, options.host, () => {
      server.server.off('error', reject);
      resolve();
    });
  });
  return {
    port: (server.server.address() as AddressInfo).port,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
