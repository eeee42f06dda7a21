import pino from 'pino';
import { createRetention } from '../../app/retention';
import { createPostgresDb, createSqliteDb, type Db } from '../../platform/db';
import { startApp, type RunningApp } from '../helpers/app';
import { testDatabases, type TestDatabase } from '../helpers/databases';

const DAY = 86_400_000;
const NOW = Date.parse('2026-12-01T12:00:00Z');
const clock = { now: () => new Date(NOW) };
const ago = (days: number) => NOW - days * DAY;

/** Rows of every kind the purge handles, one past its period and one within it (issue 12, item 12). */
async function seed(db: Db, r: RunningApp): Promise<void> {
  for (const [id, days] of [['old', 91], ['recent', 89]] as const) {
    await db.execute('INSERT INTO chat_conversations (id, visitor_token_hash, created_at, last_seen_at) VALUES ($1, $2, $3, $3)', [`c-${id}`, `h-${id}`, ago(days)]);
    await db.execute("INSERT INTO chat_messages (id, conversation_id, activity_json, created_at) VALUES ($1, $2, '{}', $3)", [`m-${id}`, `c-${id}`, ago(days)]);
    await db.execute("INSERT INTO bot_state (key, data, etag, updated_at) VALUES ($1, '{}', 1, $2)", [`s-${id}`, ago(days)]);
  }
  for (const [id, days] of [['old', 366], ['recent', 364]] as const) {
    await db.execute(
      `INSERT INTO livechat_chats (id, conversation_id, state, reason, transcript_json, start_seq, queued_at, closed_at)
       VALUES ($1, $2, 'closed', 'user-request', '[]', 0, $3, $3)`,
      [`lc-${id}`, `c-${id}`, ago(days)],
    );
    await db.execute(
      `INSERT INTO livechat_appointments (id, chat_id, agent_id, status, slots_json, duration_minutes, proposed_at) VALUES ($1, $2, 1, 'cancelled', '[]', 15, $3)`,
      [`ap-${id}`, `lc-${id}`, ago(days)],
    );
    await db.execute("INSERT INTO bot_ratings (conversation_id, message_id, reaction, comment, created_at) VALUES ('c', $1, 'dislike', 'mon nom', $2)", [`r-${id}`, ago(days)]);
    await db.execute("INSERT INTO bot_unanswered (conversation_id, question, normalized_question, score, created_at) VALUES ('c', 'q', 'q', 0.1, $1)", [ago(days)]);
  }
  // An open chat as old as can be stays: only closed ones go.
  await db.execute(
    `INSERT INTO livechat_chats (id, conversation_id, state, reason, transcript_json, start_seq, queued_at) VALUES ('lc-open', 'c-open', 'queued', 'user-request', '[]', 0, $1)`,
    [ago(1000)],
  );
  for (const [n, status, days] of [['1', 'clos', 731], ['2', 'clos', 729], ['3', 'en_cours', 1000]] as const) {
    const { ticket } = await r.app.ticketing.service.create({
      category: 'technique',
      subject: `Ticket ${n}`,
      description: 'Texte',
      requester: { email: `t${n}@example.fr`, name: 'Jeanne', portalUserId: null, organisation: null, verified: false },
      channel: 'formulaire',
    });
    await db.execute('UPDATE tickets SET status = $2, updated_at = $3 WHERE id = $1', [ticket.id, status, ago(days)]);
  }
  // The tickets' mails: two sent long ago, two sent recently, the rest still pending.
  const mails = await db.query<{ id: number }>('SELECT id FROM mail_outbox ORDER BY id');
  await db.execute("UPDATE mail_outbox SET status = 'sent', sent_at = $2 WHERE id IN ($1, $3)", [mails[0]!.id, ago(31), mails[1]!.id]);
  await db.execute("UPDATE mail_outbox SET status = 'sent', sent_at = $2 WHERE id IN ($1, $3)", [mails[2]!.id, ago(29), mails[3]!.id]);
  await db.execute("INSERT INTO rate_limits (key, hits, reset_at) VALUES ('x:gone', 1, $1), ('x:live', 1, $2)", [NOW - 1, NOW + 60_000]);
}

const count = async (db: Db, sql: string) => Number((await db.query<{ n: number }>(`SELECT COUNT(*) AS n FROM ${sql}`))[0]!.n);

describe.each(testDatabases())('retention on %s', (name, make) => {
  let t: TestDatabase;
  let r: RunningApp;
  beforeAll(async () => {
    t = make();
    r = await startApp({ RETENTION_INTERVAL_HOURS: '1000' }, { db: await t.create(), clock });
    // The app ran its purge at start; this test runs its own, by hand.
    await r.app.retention.stop();
  });
  afterAll(async () => {
    await r.close();
    await t.cleanup();
  });

  it('deletes each kind past its period, keeps the rest, and two purges at once delete each row once', async () => {
    const db = r.app.db;
    await seed(db, r);
    const other = name === 'postgres' ? createPostgresDb({ connectionString: t.url(), max: 2 }) : createSqliteDb({ file: t.url() });
    try {
      const second = createRetention({ db: other, clock, logger: pino({ level: 'silent' }), config: r.config.retention });
      const [a, b] = await Promise.all([r.app.retention.runOnce(), second.runOnce()]);
      const sum = (k: string) => (a[k] ?? 0) + (b[k] ?? 0);
      expect(sum('conversations')).toBe(2); // the conversation and its message
      expect(sum('botState')).toBe(1);
      expect(sum('liveChats')).toBe(2); // the chat and its appointment
      expect(sum('feedback')).toBe(2);
      expect(sum('mails')).toBe(2);
      expect(sum('rateLimits')).toBe(1);
      expect(sum('tickets')).toBeGreaterThanOrEqual(1);
    } finally {
      await other.close();
    }
    expect(await count(db, "chat_conversations WHERE id = 'c-old'")).toBe(0);
    expect(await count(db, "chat_conversations WHERE id = 'c-recent'")).toBe(1);
    expect(await count(db, "chat_messages WHERE id = 'm-recent'")).toBe(1);
    expect(await count(db, "bot_state WHERE key LIKE 's-%'")).toBe(1);
    expect(await count(db, 'livechat_chats')).toBe(2);
    expect(await count(db, "livechat_chats WHERE id = 'lc-open'")).toBe(1);
    expect(await count(db, 'livechat_appointments')).toBe(1);
    expect(await count(db, 'bot_ratings')).toBe(1);
    expect(await count(db, 'bot_unanswered')).toBe(1);
    expect((await db.query<{ subject: string }>('SELECT subject FROM tickets ORDER BY subject')).map((x) => x.subject)).toEqual(['Ticket 2', 'Ticket 3']);
    expect(await count(db, 'ticket_events e WHERE NOT EXISTS (SELECT 1 FROM tickets t WHERE t.id = e.ticket_id)')).toBe(0);
    expect(await count(db, 'ticket_access_tokens a WHERE NOT EXISTS (SELECT 1 FROM tickets t WHERE t.id = a.ticket_id)')).toBe(0);
    // (The app's mail worker may have sent the pending ones meanwhile: those are recent.)
    expect(await count(db, 'mail_outbox')).toBe(4);
    expect(await count(db, `mail_outbox WHERE sent_at = ${ago(29)}`)).toBe(2);
    expect(await count(db, "rate_limits WHERE key LIKE 'x:%'")).toBe(1);
    // Nothing left to do: a second run deletes nothing.
    expect(Object.values(await r.app.retention.runOnce()).every((n) => n === 0)).toBe(true);
  });
});
