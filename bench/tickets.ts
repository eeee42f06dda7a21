import crypto from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import Database from 'better-sqlite3';
import pg from 'pg';
import pino from 'pino';
import { systemClock } from '../platform/clock';
import { createPostgresDb, createSqliteDb, migrate, type Db } from '../platform/db';
import { createMail } from '../platform/mail';
import { createLimitCounter } from '../platform/http/limit-counter';
import { rateLimitMigration } from '../platform/http/db-rate-limit-store';
import { createTicketing, type NewTicket } from '../ticketing';
import { percentile } from './stats';

/**
 * Ticket creation throughput through the real service (numbering, ticket row, event, access
 * token, two rendered e-mails in the outbox: one transaction per ticket), sequential, against a
 * bare insert of the same ticket row in its own transaction on the same database, same process.
 * SQLite runs with WAL and synchronous=FULL (every acknowledged ticket is on disk), and NORMAL
 * for comparison; PostgreSQL with its defaults (synchronous_commit=on) when a server answers.
 */
const N = Number(process.argv.find((a) => /^\d+$/.test(a)) ?? 1000);
const ROUNDS = 5;
const logger = pino({ level: 'silent' });
const noop = (_req: unknown, _res: unknown, next: () => void) => next();

const input = (i: number): NewTicket => ({
  category: i % 2 ? 'technique' : 'metier',
  subject: `Facture restée en brouillon n° ${i}`,
  description: 'Ma facture est restée en brouillon, le client public ne l’a pas reçue. Que faire ?',
  requester: { email: `user${i}@example.fr`, name: `Utilisateur ${i}`, portalUserId: null, organisation: null, verified: false },
  channel: 'formulaire',
});

async function serviceRate(db: Db): Promise<number[]> {
  const mail = createMail({ db, clock: systemClock, logger, config: { dataDir: os.tmpdir(), mail: { from: 'Relais <no-reply@relais.local>', retryBaseMs: 1000, pollMs: 1000 } } });
  const ticketing = createTicketing({
    db,
    mail,
    clock: systemClock,
    config: { publicUrl: 'http://relais.local', supportEmail: 'support@relais.local' },
    identity: { verify: async () => Promise.reject(new Error('bench: no identity')) },
    guards: { requireAgent: noop, requireCsrf: noop },
    limits: { followUpPerIp: noop },
    // The service counts each new ticket against its limits (one more write): measured with them.
    ticketLimits: {
      perIp: createLimitCounter({ db, clock: systemClock, logger }, { name: 'b-ip', limit: 1e9, windowMs: 3_600_000 }),
      perConversation: createLimitCounter({ db, clock: systemClock, logger }, { name: 'b-conv', limit: 1e9, windowMs: 3_600_000 }),
      perRequester: createLimitCounter({ db, clock: systemClock, logger }, { name: 'b-email', limit: 1e9, windowMs: 3_600_000 }),
    },
    clientIp: () => '127.0.0.1',
    agentName: async () => null,
  });
  await migrate(db, [rateLimitMigration, ...mail.migrations, ...ticketing.migrations]);
  const rates: number[] = [];
  for (let r = 0; r < ROUNDS; r++) {
    const t0 = process.hrtime.bigint();
    for (let i = 0; i < N; i++) await ticketing.service.create(input(r * N + i));
    rates.push(N / (Number(process.hrtime.bigint() - t0) / 1e9));
  }
  return rates;
}

const ROW_SQL = `INSERT INTO tickets (number, status, category, subject, description, requester_email, requester_name,
  requester_portal_id, requester_organisation, requester_verified, channel, transcript_json, assignee_id, idempotency_key, created_at, updated_at)
  VALUES ($1, 'nouveau', $2, $3, $4, $5, $6, NULL, NULL, 0, 'formulaire', NULL, NULL, NULL, $7, $7)`;
const rowParams = (i: number, t: NewTicket) => [`B-${i}-${crypto.randomUUID()}`, t.category, t.subject, t.description, t.requester.email, t.requester.name, Date.now()];

function bareSqliteRate(file: string, sync: 'FULL' | 'NORMAL'): number[] {
  // synchronous is per connection (and better-sqlite3 builds SQLite with NORMAL as the WAL
  // default): the baseline sets the same value as the service's connection.
  const db = new Database(file);
  db.pragma(`synchronous = ${sync}`);
  const stmt = db.prepare(ROW_SQL.replace(/\$(\d)/g, '@p$1'));
  const insert = db.transaction((p: unknown[]) => stmt.run(Object.fromEntries(p.map((v, k) => [`p${k + 1}`, v]))));
  const rates: number[] = [];
  for (let r = 0; r < ROUNDS; r++) {
    const t0 = process.hrtime.bigint();
    for (let i = 0; i < N; i++) insert(rowParams(r * N + i, input(i)));
    rates.push(N / (Number(process.hrtime.bigint() - t0) / 1e9));
  }
  db.close();
  return rates;
}

async function barePgRate(url: string): Promise<number[]> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  const rates: number[] = [];
  for (let r = 0; r < ROUNDS; r++) {
    const t0 = process.hrtime.bigint();
    for (let i = 0; i < N; i++) {
      await client.query('BEGIN');
      await client.query(ROW_SQL, rowParams(r * N + i, input(i)));
      await client.query('COMMIT');
    }
    rates.push(N / (Number(process.hrtime.bigint() - t0) / 1e9));
  }
  await client.end();
  return rates;
}

const median = (xs: number[]) => percentile([...xs].sort((a, b) => a - b), 50);
const fmt = (x: number) => `${Math.round(x).toLocaleString('fr-FR')} tickets/s`;
const report = (label: string, ours: number[], bare: number[]) =>
  process.stdout.write(
    `${label}\n  service  ${fmt(median(ours))}   bare insert ${fmt(median(bare))}   service/bare ${(median(ours) / median(bare)).toFixed(2)}×\n`,
  );

async function sqlite(sync: 'FULL' | 'NORMAL'): Promise<void> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'relais-bench-'));
  const file = path.join(dir, 'relais.db');
  const db = createSqliteDb({ file, synchronous: sync });
  const ours = await serviceRate(db);
  await db.close();
  // Same database file (WAL, tickets table already there) and settings for the baseline.
  const bare = bareSqliteRate(file, sync);
  report(`SQLite WAL synchronous=${sync}`, ours, bare);
  fs.rmSync(dir, { recursive: true, force: true });
}

async function postgres(): Promise<void> {
  const admin = new pg.Client({ connectionString: 'postgres://postgres@127.0.0.1:5432/postgres', connectionTimeoutMillis: 1500 });
  try {
    await admin.connect();
  } catch {
    process.stdout.write('PostgreSQL: not reachable on 127.0.0.1:5432, skipped\n');
    return;
  }
  const name = `relais_bench_${crypto.randomBytes(4).toString('hex')}`;
  await admin.query(`CREATE DATABASE ${name}`);
  const url = `postgres://postgres@127.0.0.1:5432/${name}`;
  try {
    const db = createPostgresDb({ connectionString: url, max: 4 });
    const ours = await serviceRate(db);
    await db.close();
    report('PostgreSQL (synchronous_commit=on)', ours, await barePgRate(url));
  } finally {
    await admin.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
    await admin.end();
  }
}

async function main(): Promise<void> {
  process.stdout.write(`node ${process.version}; ${N} tickets × ${ROUNDS} rounds, sequential, medians\n`);
  await sqlite('FULL');
  await sqlite('NORMAL');
  await postgres();
}

main().catch((err) => {
  process.stderr.write(`bench:tickets: ${err instanceof Error ? err.stack : String(err)}\n`);
  process.exit(1);
});
