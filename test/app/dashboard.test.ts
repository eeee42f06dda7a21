import { createAgent } from '../helpers/agent-client';
import { getJson, startApp, type RunningApp } from '../helpers/app';
import { testDatabases, type TestDatabase } from '../helpers/databases';
import { connected, WidgetClient } from '../helpers/widget-client';
import type { DashboardReport } from '../../protocol/dashboard';
import { createPostgresDb, createSqliteDb } from '../../platform/db';

/** Paris wall-clock time → instant (CET before 29 March 2026, CEST from then on). */
const paris = (iso: string) => {
  const summer = iso >= '2026-03-29T03:00';
  return new Date(`${iso}:00${summer ? '+02:00' : '+01:00'}`).getTime();
};
const MIN = 60_000;

/** A live chat as the queue stores it, with the times the dashboard reads. */
async function chat(r: RunningApp, id: string, t: { reason: string; queued: number; assigned?: number; closed?: number; rating?: [number, number] }) {
  await r.app.db.execute(
    `INSERT INTO livechat_chats (id, conversation_id, state, reason, transcript_json, start_seq, queued_at, assigned_at, closed_at, satisfaction_score, satisfaction_at)
     VALUES ($1, $2, $3, $4, '[]', 0, $5, $6, $7, $8, $9)`,
    [id, `conv-${id}`, t.closed ? 'closed' : t.assigned ? 'agent' : 'queued', t.reason, t.queued, t.assigned ?? null, t.closed ?? null, t.rating?.[0] ?? null, t.rating?.[1] ?? null],
  );
}

/**
 * «Pilotage» (issue 14, item 6): the figures come from what every process stores — the widget's
 * conversations, the bot's outcomes and thumbs, the queue, the tickets — counted per Paris day
 * in SQL, on SQLite and PostgreSQL.
 */
describe.each(testDatabases())('the supervisors’ dashboard on %s', (_name, make) => {
  let t: TestDatabase;
  let r: RunningApp;
  // «Today» is Monday 30 March 2026, the day after the change to summer time (Sunday had 23 hours).
  let now = paris('2026-03-30T11:00');
  beforeAll(async () => {
    t = make();
    r = await startApp({ TICKET_RATE_PER_EMAIL: '100', TICKET_RATE_PER_IP: '100' }, { db: await t.create(), clock: { now: () => new Date(now) } });
  });
  afterAll(async () => {
    await r.close();
    await t.cleanup();
  });

  it('counts each day’s conversations, answers, thumbs, hand-offs, waits, ratings and tickets, and exports them', async () => {
    // Today, for real: a widget conversation with an answer, a question not understood, a dislike and a ticket.
    const user = new WidgetClient(r.base);
    await connected(user);
    await user.waitForBot(/ClaudIA/);
    const answer = await user.say('mot de passe oublié', /mot de passe/i);
    await user.say('quel temps fera-t-il à Lille demain ?', /pas compris|reformuler|pas sûre|pas de réponse/i);
    await user.emit({ type: 'invoke', name: 'message/submitAction', value: { actionName: 'feedback', actionValue: { reaction: 'dislike' } }, replyToId: answer.id });
    await user.say('Créer un ticket', /ticket/i);
    const before = user.botMessages().length;
    await user.emit({ type: 'message', value: { relaisTicketForm: { category: 'technique', subject: 'Compte bloqué', description: 'Mon compte est bloqué depuis ce matin.', email: 'lea.martin@ville.fr', name: 'Léa Martin' } } });
    const created = await user.waitForBot(/ticket n°/, before);
    user.close();
    const number = /n°\s*(\S+?)[\s.,]/.exec(created.text ?? '')![1]!;

    // Earlier days: a ticket opened on Saturday and resolved on Sunday, reopened today.
    const sophie = await createAgent(r.app, r.base, 'Sophie Superviseure', 'supervisor');
    now = paris('2026-03-28T09:00');
    const old = await r.app.ticketing.service.create({ category: 'technique', subject: 'Ancien', description: 'Une ancienne demande.', requester: { email: 'ancien@ville.fr', name: 'A. Ancien', portalUserId: null, organisation: null, verified: false }, channel: 'formulaire' });
    const adviser = { id: sophie.agent.id, name: sophie.agent.name };
    now = paris('2026-03-29T22:30'); // Sunday evening, summer time
    await r.app.ticketing.service.changeStatus(old.ticket.number, adviser, 'resolu');
    now = paris('2026-03-30T10:00');
    await r.app.ticketing.service.changeStatus(old.ticket.number, adviser, 'en_cours');
    now = paris('2026-03-30T11:00');
    // Hand-offs: Saturday two (one taken after 2 min, held 10 min, rated 4), Sunday late evening
    // one after a fallback (taken after 6 min, rated 2), today one after a dislike, still queued.
    await chat(r, 'a', { reason: 'user-request', queued: paris('2026-03-28T10:00'), assigned: paris('2026-03-28T10:02'), closed: paris('2026-03-28T10:12'), rating: [4, paris('2026-03-28T10:13')] });
    await chat(r, 'b', { reason: 'user-request', queued: paris('2026-03-28T11:00') });
    await chat(r, 'c', { reason: 'fallback', queued: paris('2026-03-29T23:50'), assigned: paris('2026-03-29T23:56'), closed: paris('2026-03-30T00:20'), rating: [2, paris('2026-03-30T00:21')] });
    await chat(r, 'd', { reason: 'dislike', queued: paris('2026-03-30T10:30') });

    const supervisor = sophie.cookie;
    const got = await getJson(`${r.base}/api/agent/dashboard?from=2026-03-28&to=2026-03-30`, { cookie: supervisor });
    expect(got.status).toBe(200);
    const report = got.body as DashboardReport;
    expect(report.days.map((d) => d.day)).toEqual(['2026-03-28', '2026-03-29', '2026-03-30']);
    const [sat, sun, mon] = report.days as [DashboardReport['days'][number], DashboardReport['days'][number], DashboardReport['days'][number]];
    expect(mon).toMatchObject({ conversations: 1, answered: 1, fellBack: 1, dislikes: 1, likes: 0, ticketsOpened: 1 });
    expect(sat).toMatchObject({ conversations: 0, answered: 0, handoffs: 2, handoffsTaken: 1, medianWaitMs: 2 * MIN, medianHandlingMs: 10 * MIN, satisfactionCount: 1, satisfactionMean: 4, ticketsOpened: 1, backlog: 1 });
    // 23:50 on the 23-hour Sunday is still Sunday; the chat taken at 23:56 waited 6 minutes and ended on Monday.
    expect(sun).toMatchObject({ handoffs: 1, handoffReasons: { 'user-request': 0, fallback: 1, dislike: 0, other: 0 }, medianWaitMs: 6 * MIN, medianHandlingMs: null, ticketsClosed: 1, backlog: 0 });
    expect(mon).toMatchObject({ handoffs: 1, handoffReasons: { dislike: 1 }, medianHandlingMs: 24 * MIN, satisfactionCount: 1, satisfactionMean: 2, backlog: 2 });
    expect(report.totals).toMatchObject({ conversations: 1, handoffs: 4, handoffsTaken: 2, ticketsOpened: 2, ticketsClosed: 1, backlog: 2, satisfactionCount: 2, satisfactionMean: 3, dislikeRate: 1, handoffRate: 4, answerRate: 0.5 });
    // The period's median over every chat: the waits 2 and 6 minutes.
    expect(report.totals.medianWaitMs).toBe(4 * MIN);
    expect(number).toBeTruthy();

    // A period before anything happened: zeros, the backlog as it stood.
    const empty = (await getJson(`${r.base}/api/agent/dashboard?from=2026-03-01&to=2026-03-02`, { cookie: supervisor })).body as DashboardReport;
    expect(empty.totals).toMatchObject({ conversations: 0, answered: 0, handoffs: 0, backlog: 0, dislikeRate: null, handoffRate: null, answerRate: null, medianWaitMs: null });

    // The CSV: one line per day, French headers, durations in seconds.
    const csv = await fetch(`${r.base}/api/agent/dashboard?from=2026-03-28&to=2026-03-30&format=csv`, { headers: { cookie: supervisor } });
    expect(csv.status).toBe(200);
    expect(csv.headers.get('content-disposition')).toMatch(/attachment; filename="?pilotage-2026-03-28-2026-03-30\.csv"?/);
    const lines = (await csv.text()).replace(/^\ufeff/, '').trim().split('\r\n');
    expect(lines).toHaveLength(4);
    expect(lines[0]).toMatch(/^jour;conversations;réponses;/);
    expect(lines[1]!.split(';')).toEqual(expect.arrayContaining(['2026-03-28', '120', '600']));

    // Dislikes and answers per article and week (weeks start on Monday).
    const weekly = await getJson(`${r.base}/api/reports/articles-weekly?from=2026-03-28&to=2026-03-30`, { cookie: supervisor });
    expect(weekly.body.rows).toEqual([{ week: '2026-03-30', articleId: 'mot-de-passe-oublie', answers: 1, dislikes: 1 }]);
  });

  it('counts what another server stored in the same database', async () => {
    const url = t.url();
    const db = url.startsWith('postgres') ? createPostgresDb({ connectionString: url, max: 3 }) : createSqliteDb({ file: url });
    const other = await startApp({}, { db, clock: { now: () => new Date(now) } });
    try {
      const supervisor = await createAgent(r.app, r.base, 'Chloé Cheffe', 'supervisor');
      const today = async () => ((await getJson(`${r.base}/api/agent/dashboard?from=2026-03-30&to=2026-03-30`, { cookie: supervisor.cookie })).body as DashboardReport).totals;
      const before = await today();
      const user = new WidgetClient(other.base);
      await connected(user);
      await user.waitForBot(/ClaudIA/);
      await user.say('comment suivre ma facture ?', /factur/i);
      user.close();
      expect(await today()).toMatchObject({ conversations: before.conversations + 1, answered: before.answered + 1 });
    } finally {
      await other.close();
    }
  });

  it('is for supervisors, and refuses a wrong or too long period', async () => {
    const agent = await createAgent(r.app, r.base, 'Alain Agent');
    expect((await getJson(`${r.base}/api/agent/dashboard`, { cookie: agent.cookie })).status).toBe(403);
    expect((await getJson(`${r.base}/api/agent/dashboard`)).status).toBe(401);
    const supervisor = await createAgent(r.app, r.base, 'Sam Superviseur', 'supervisor');
    const wrong = await getJson(`${r.base}/api/agent/dashboard?from=2026-02-30`, { cookie: supervisor.cookie });
    expect(wrong.status).toBe(400);
    expect(wrong.body.error.code).toBe('INVALID_INPUT');
    expect((await getJson(`${r.base}/api/agent/dashboard?from=2024-01-01&to=2026-03-30`, { cookie: supervisor.cookie })).body.error.message).toMatch(/366 jours/);
    // Without dates: the last 30 days, today included.
    const recent = (await getJson(`${r.base}/api/agent/dashboard`, { cookie: supervisor.cookie })).body as DashboardReport;
    expect(recent.days).toHaveLength(30);
    expect(recent.range.to).toBe('2026-03-30');
  });
});
