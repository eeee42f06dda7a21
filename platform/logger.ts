import type { Writable } from 'node:stream';
import pino, { type Logger } from 'pino';
import pretty from 'pino-pretty';
import type { Config } from './config';

export type { Logger };

/**
 * JSON lines for log collectors; on a terminal (or with LOG_FORMAT=pretty), lines a person can
 * read: time, level, message and the fields, in colour on a terminal. Written synchronously
 * either way, so the last lines before a crash are not lost in a worker's buffer.
 */
export function createLogger(
  config: Pick<Config, 'logLevel' | 'logFormat'>,
  output: Writable & { isTTY?: boolean } = process.stdout,
): Logger {
  const readable = config.logFormat === 'pretty' || (config.logFormat === 'auto' && output.isTTY === true);
  const options = { name: 'relais', level: config.logLevel };
  if (!readable) return pino(options, output);
  return pino(
    options,
    pretty({ destination: output, sync: true, colorize: output.isTTY === true, translateTime: 'SYS:HH:MM:ss', ignore: 'pid,hostname,name' }),
  );
}
