import { Writable } from 'node:stream';
import { createLogger } from '../../platform/logger';
import { demoBanner } from '../../app/demo-banner';

/** A stream that keeps what is written, and says whether it is a terminal. */
function sink(isTTY: boolean) {
  const chunks: string[] = [];
  const stream = Object.assign(
    new Writable({
      write(chunk, _enc, done) {
        chunks.push(String(chunk));
        done();
      },
    }),
    { isTTY },
  );
  return { stream, text: () => chunks.join('') };
}

describe('logs a person can read', () => {
  it('writes JSON lines when the output is not a terminal, readable lines on a terminal', () => {
    const file = sink(false);
    createLogger({ logLevel: 'info', logFormat: 'auto' }, file.stream).info({ port: 3000 }, 'Relais démarré');
    expect(JSON.parse(file.text().trim())).toMatchObject({ level: 30, msg: 'Relais démarré', port: 3000, name: 'relais' });

    const tty = sink(true);
    createLogger({ logLevel: 'info', logFormat: 'auto' }, tty.stream).info({ port: 3000 }, 'Relais démarré');
    const line = tty.text().replace(/\x1b\[[0-9;]*m/g, '');
    expect(line).toMatch(/^\[\d{2}:\d{2}:\d{2}\] INFO: Relais démarré\n\s+port: 3000\n$/);
    expect(() => JSON.parse(line)).toThrow();
  });

  it('follows LOG_FORMAT over the terminal test', () => {
    const forced = sink(false);
    createLogger({ logLevel: 'info', logFormat: 'pretty' }, forced.stream).warn('attention');
    expect(forced.text()).toMatch(/WARN: attention/);
    expect(forced.text()).not.toMatch(/\x1b\[/); // no colour codes in a file
    const json = sink(true);
    createLogger({ logLevel: 'info', logFormat: 'json' }, json.stream).info('ok');
    expect(JSON.parse(json.text())).toMatchObject({ msg: 'ok' });
  });

  it('frames the demo account so that it stands out', () => {
    const banner = demoBanner('demo@relais.local', 'mot-de-passe', 'http://127.0.0.1:3000/console/');
    const lines = banner.split('\n').slice(1);
    expect(lines[0]).toMatch(/^╔═+╗$/);
    expect(lines.at(-1)).toMatch(/^╚═+╝$/);
    expect(new Set(lines.map((l) => l.length)).size).toBe(1);
    expect(banner).toContain('Mot de passe : mot-de-passe');
  });
});
