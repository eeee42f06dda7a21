import crypto from 'node:crypto';
import fs from 'node:fs';
import http from 'node:http';
import os from 'node:os';
import path from 'node:path';
import type { AddressInfo } from 'node:net';
import pino from 'pino';
import { Server } from 'socket.io';
import { io as connect, type Socket } from 'socket.io-client';
import { createApp } from '../app/create-app';
import { runAdminSql } from '../test/helpers/databases';
import { loadConfig } from '../platform/config';
import { percentile } from './stats';

/**
 * One question over the widget channel, from emit to the bot's reply, for TURNS turns spread
 * over CLIENTS concurrent clients (each asks its questions one after the other), against a bare
 * socket.io echo server measured in the same process with the same clients and payloads.
 */
const CLIENTS = 50;
const TURNS = 2000;
const QUESTIONS = [
  'Comment envoyer une facture restée en brouillon ?',
  'différence entre factures émises et factures de travaux',
  'frais de déplacement expert judiciaire',
  'délai de la MOE pour le projet de décompte mensuel',
  'horaires du support',
  'mot de passe oublié',
];

interface Result {
  latencies: number[];
  seconds: number;
}

const message = (i: number) => ({ type: 'message', text: QUESTIONS[i % QUESTIONS.length] });

/** Connects, waits until the client is ready (`ready` resolves), then runs its share of turns. */
async function drive(url: string, ready: (s: Socket) => Promise<void>): Promise<Result> {
  const sockets = await Promise.all(
    Array.from({ length: CLIENTS }, async () => {
      const s = connect(url, { transports: ['websocket'], forceNew: true });
      await ready(s);
      return s;
    }),
  );
  const latencies: number[] = [];
  const perClient = Math.ceil(TURNS / CLIENTS);
  const t0 = process.hrtime.bigint();
  await Promise.all(
    sockets.map(async (s, c) => {
      for (let i = 0; i < perClient; i++) {
        const start = process.hrtime.bigint();
        await new Promise<void>((resolve) => {
          const onActivity = (a: { type?: string; from?: { role?: string } }) => {
            if (a.type === 'message' && a.from?.role !== 'user') {
              s.off('activity', onActivity);
              resolve();
            }
          };
          s.on('activity', onActivity);
          s.emit('activity', message(c + i), () => undefined);
        });
        latencies.push(Number(process.hrtime.bigint() - start) / 1e6);
      }
    }),
  );
  const seconds = Number(process.hrtime.bigint() - t0) / 1e9;
  for (const s of sockets) s.disconnect();
  return { latencies: latencies.sort((a, b) => a - b), seconds };
}

async function bareEcho(): Promise<Result> {
  const server = http.createServer();
  const io = new Server(server);
  io.of('/chat').on('connection', (socket) => {
    socket.on('activity', (a: unknown, ack?: (r: unknown) => void) => {
      ack?.({ ok: true });
      socket.emit('activity', { ...(a as object), from: { role: 'bot' } });
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/chat`;
  const result = await drive(url, (s) => new Promise((resolve) => s.once('connect', () => resolve())));
  io.close();
  return result;
}

/** Where PostgreSQL is looked for (trust auth, as in CI); RELAIS_BENCH_PG_URL overrides it. */
const PG_ADMIN_URL = process.env.RELAIS_BENCH_PG_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';

const adminSql = (sql: string) => runAdminSql(sql, PG_ADMIN_URL);

async function relais(databaseUrl?: string): Promise<Result> {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'relais-bench-bot-'));
  const app = createApp(
    // 50 clients from one address, each sending its questions back to back: lift the flood limits.
    loadConfig({
      NODE_ENV: 'test', PORT: '0', LOG_LEVEL: 'silent', DATA_DIR: dataDir, SQLITE_SYNCHRONOUS: 'FULL',
      CHAT_MESSAGES_PER_10S: '100000', CHAT_CONNECTIONS_PER_IP: '100000',
      ...(databaseUrl ? { DATABASE_URL: databaseUrl } : {}),
    }),
    { logger: pino({ level: 'silent' }) },
  );
  const port = await app.listen();
  // Ready once the welcome message has arrived (the conversation exists and the bot has greeted).
  const result = await drive(`http://127.0.0.1:${port}/chat`, (s) => new Promise((resolve) => s.once('activity', () => resolve())));
  await app.close();
  fs.rmSync(dataDir, { recursive: true, force: true });
  return result;
}

/** The same run on a fresh PostgreSQL database, or null when no server answers. */
async function relaisOnPostgres(): Promise<Result | null> {
  const name = `relais_bench_${crypto.randomBytes(6).toString('hex')}`;
  try {
    await adminSql(`CREATE DATABASE ${name}`);
  } catch {
    return null;
  }
  try {
    return await relais(new URL(name, PG_ADMIN_URL.replace(/[^/]*$/, '')).toString());
  } finally {
    await adminSql(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`).catch(() => undefined);
  }
}

async function main(): Promise<void> {
  const ms = (x: number) => `${x.toFixed(2)} ms`;
  const bare = await bareEcho();
  const ours = await relais();
  const onPostgres = await relaisOnPostgres();
  const row = (label: string, r: Result) =>
    `${label.padEnd(22)} p50 ${ms(percentile(r.latencies, 50)).padStart(9)}   p99 ${ms(percentile(r.latencies, 99)).padStart(9)}   ${Math.round(r.latencies.length / r.seconds)} turns/s\n`;
  const ratio = (label: string, r: Result) =>
    `${label.padEnd(22)} p50 ${(percentile(r.latencies, 50) / percentile(bare.latencies, 50)).toFixed(2)}×   p99 ${(percentile(r.latencies, 99) / percentile(bare.latencies, 99)).toFixed(2)}×   throughput ${((r.latencies.length / r.seconds) / (bare.latencies.length / bare.seconds)).toFixed(3)}×\n`;
  process.stdout.write(`node ${process.version}; ${TURNS} turns from ${CLIENTS} concurrent clients, emit → reply\n`);
  process.stdout.write(row('bare socket.io echo', bare));
  process.stdout.write(row('Relais bot (SQLite)', ours));
  process.stdout.write(onPostgres ? row('Relais bot (PostgreSQL)', onPostgres) : `Relais bot (PostgreSQL)  not measured: no server at ${PG_ADMIN_URL}\n`);
  process.stdout.write(ratio('ratio SQLite/bare', ours));
  if (onPostgres) process.stdout.write(ratio('ratio PostgreSQL/bare', onPostgres));
}

main().catch((err) => {
  process.stderr.write(`bench:bot: ${err instanceof Error ? err.stack : String(err)}\n`);
  process.exit(1);
});
