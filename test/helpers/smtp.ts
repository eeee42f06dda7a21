import net from 'node:net';
import { simpleParser, type ParsedMail } from 'mailparser';
import { SMTPServer } from 'smtp-server';

export interface ReceivedMail {
  mail: ParsedMail;
  /** Envelope recipients (RCPT TO), which is where an injected Bcc would show up. */
  rcptTo: string[];
}

export interface TestSmtpServer {
  port: number;
  url: string;
  received: ReceivedMail[];
  /** Resolves once at least `count` messages arrived; rejects after `timeoutMs`. */
  waitFor(count: number, timeoutMs?: number): Promise<ReceivedMail[]>;
  close(): Promise<void>;
}

export interface TestSmtpOptions {
  /** Port to listen on (0: any free port). */
  port?: number;
  /** Delay before accepting each message, to keep a send in flight. */
  delayMs?: number;
  /** Called when a message starts arriving (DATA). */
  onDataStart?: () => void;
}

/** A real SMTP server on 127.0.0.1 (no TLS, no auth) collecting parsed messages. */
export function startSmtpServer(options: TestSmtpOptions = {}): Promise<TestSmtpServer> {
  const received: ReceivedMail[] = [];
  const waiters: (() => void)[] = [];
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS'],
    logger: false,
    // No reverse DNS of 127.0.0.1 per connection: it costs ~100 ms in some sandboxes.
    disableReverseLookup: true,
    onData(stream, session, callback) {
      options.onDataStart?.();
      simpleParser(stream)
        .then(async (mail) => {
          if (options.delayMs) await new Promise((r) => setTimeout(r, options.delayMs));
          received.push({ mail, rcptTo: session.envelope.rcptTo.map((r) => r.address) });
          waiters.splice(0).forEach((w) => w());
          callback();
        })
        .catch((err: Error) => callback(err));
    },
  });
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 0, '127.0.0.1', () => {
      const port = (server.server.address() as net.AddressInfo).port;
      resolve({
        port,
        url: `smtp://127.0.0.1:${port}`,
        received,
        async waitFor(count, timeoutMs = 5000) {
          const deadline = Date.now() + timeoutMs;
          while (received.length < count) {
            const left = deadline - Date.now();
            if (left <= 0) throw new Error(`smtp: ${received.length}/${count} messages after ${timeoutMs} ms`);
            await new Promise<void>((r) => {
              const t = setTimeout(r, left);
              waiters.push(() => {
                clearTimeout(t);
                r();
              });
            });
          }
          return received;
        },
        close: () => new Promise<void>((r) => server.close(() => r())),
      });
    });
  });
}

/** A port with nothing listening on it (bound then released), to play a mail server that is down. */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const s = net.createServer();
    s.once('error', reject);
    s.listen(0, '127.0.0.1', () => {
      const { port } = s.address() as net.AddressInfo;
      s.close(() => resolve(port));
    });
  });
}
