import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { AGENT_PASSWORD, createAgent } from '../helpers/agent-client';
import { getJson, identityToken, postJson, startApp, type RunningApp } from '../helpers/app';
import { testDatabases, type TestDatabase } from '../helpers/databases';
import { REPO_ROOT } from '../helpers/server-process';
import { connected, WidgetClient } from '../helpers/widget-client';

const MARIE = 'marie.dupont@mairie.fr';
/** Words only Marie wrote: after the erasure they must be nowhere in the database. */
const HER_WORDS = 'Le lien de Marie Dupont a expiré';

/** Every text column of every table, as one string per table (the erasure leaves no trace of her). */
async function everything(r: RunningApp): Promise<string> {
  const tables = ['chat_conversations', 'chat_messages', 'bot_state', 'bot_ratings', 'bot_unanswered', 'livechat_chats', 'tickets', 'ticket_events', 'mail_outbox', 'rate_limits', 'privacy_audit'];
  const dump: string[] = [];
  for (const t of tables) dump.push(JSON.stringify(await r.app.db.query(`SELECT * FROM ${t}`)));
  return dump.join('\n');
}

/** A widget conversation of a logged-in person: a question, a thumbs-down with a comment, a ticket. */
async function converse(r: RunningApp, claims: Record<string, unknown>, words: string): Promise<void> {
  const user = new WidgetClient(r.base, { identityToken: await identityToken(claims) });
  await connected(user);
  await user.waitForBot(/ClaudIA/);
  const answer = await user.say('mot de passe oublié', /mot de passe/i);
  await user.emit({ type: 'invoke', name: 'message/submitAction', value: { actionName: 'feedback', actionValue: { reaction: 'dislike', feedback: words } }, replyToId: answer.id });
  await user.say('Créer un ticket', /ticket/i);
  const before = user.botMessages().length;
  await user.emit({ type: 'message', value: { relaisTicketForm: { category: 'technique', subject: 'Lien expiré', description: words } } });
  await user.waitForBot(/ticket n°/, before);
  user.close();
}

/** RGPD rights (issue 12, item 13): a supervisor exports and erases everything about one person. */
describe.each(testDatabases())('export and erasure of a person’s data on %s', (_name, make) => {
  let t: TestDatabase;
  let r: RunningApp;
  beforeAll(async () => {
    t = make();
    r = await startApp({ TICKET_RATE_PER_EMAIL: '100', TICKET_RATE_PER_IP: '100' }, { db: await t.create() });
  });
  afterAll(async () => {
    await r.close();
    await t.cleanup();
  });

  it('exports her data as JSON, erases it everywhere, keeps others’ and an audit without her', async () => {
    await converse(r, {}, HER_WORDS);
    await converse(r, { sub: 'portal-user-7', email: 'paul.martin@ville.fr', name: 'Paul Martin' }, 'Le lien de Paul a expiré');
    const supervisor = await createAgent(r.app, r.base, 'Sophie Superviseure', 'supervisor');
    const login = await postJson(`${r.base}/api/auth/login`, { email: supervisor.agent.email, password: AGENT_PASSWORD });
    const cookie = login.headers.getSetCookie().find((c) => c.startsWith('relais_session='))!.split(';')[0]!;
    const csrf = login.body.csrfToken as string;
    const agent = await createAgent(r.app, r.base, 'Alain Agent');

    // Supervisors only; a subject is required.
    expect((await getJson(`${r.base}/api/agent/privacy/export?email=${MARIE}`, { cookie: agent.cookie })).status).toBe(403);
    expect((await getJson(`${r.base}/api/agent/privacy/export`, { cookie })).status).toBe(400);

    const exported = await getJson(`${r.base}/api/agent/privacy/export?email=${encodeURIComponent(MARIE)}`, { cookie });
    expect(exported.status).toBe(200);
    expect(exported.headers.get('content-disposition')).toMatch(/attachment/);
    const data = exported.body;
    expect(data.conversations).toHaveLength(1);
    expect(data.conversations[0].messages.map((m: { text: string }) => m.text)).toContain('mot de passe oublié');
    expect(data.bot.ratings).toEqual([expect.objectContaining({ reaction: 'dislike', comment: HER_WORDS })]);
    expect(data.bot.outcomes).toEqual([expect.objectContaining({ outcome: 'answer', articleId: 'mot-de-passe-oublie' })]);
    expect(data.tickets).toEqual([expect.objectContaining({ description: HER_WORDS, requester: expect.objectContaining({ email: MARIE }) })]);
    expect(data.mails.length).toBeGreaterThanOrEqual(1);
    expect(JSON.stringify(data)).not.toContain('paul.martin@ville.fr');

    // The erasure needs the CSRF token and a typed confirmation.
    expect((await postJson(`${r.base}/api/agent/privacy/erase`, { email: MARIE, confirm: 'EFFACER' }, { cookie })).status).toBe(403);
    expect((await postJson(`${r.base}/api/agent/privacy/erase`, { email: MARIE }, { cookie, 'x-csrf-token': csrf })).status).toBe(400);
    const erased = await postJson(`${r.base}/api/agent/privacy/erase`, { email: MARIE, confirm: 'EFFACER' }, { cookie, 'x-csrf-token': csrf });
    expect(erased.status).toBe(200);
    expect(erased.body.erased).toMatchObject({ tickets: 1, conversations: expect.any(Number), bot: expect.any(Number) });

    const all = await everything(r);
    expect(all).not.toContain(MARIE);
    expect(all).not.toContain(HER_WORDS);
    expect(all).not.toContain('Marie Dupont');
    // Paul's data is untouched; her ticket stays, numbered, for the statistics, without her.
    expect(all).toContain('paul.martin@ville.fr');
    expect(all).toContain('Le lien de Paul a expiré');
    expect(await r.app.db.query("SELECT status FROM tickets WHERE requester_name = 'Personne effacée'")).toHaveLength(1);
    const audit = await r.app.db.query<{ action: string; actor: string }>('SELECT action, actor FROM privacy_audit ORDER BY id');
    expect(audit).toEqual([
      { action: 'export', actor: `agent:${supervisor.agent.id}` },
      { action: 'erase', actor: `agent:${supervisor.agent.id}` },
    ].map((a) => expect.objectContaining(a)));
  });
});

describe('the privacy CLI', () => {
  it('exports and erases by portal id in the configured database', async () => {
    const r = await startApp({});
    const dataDir = r.dataDir;
    try {
      await converse(r, { sub: 'portal-user-99', email: 'jeanne@example.fr', name: 'Jeanne' }, 'Texte de Jeanne');
    } finally {
      await r.app.close();
    }
    const run = (args: string[]) =>
      promisify(execFile)(process.execPath, ['--import', 'tsx', 'app/cli/privacy.ts', ...args], {
        cwd: REPO_ROOT,
        env: { PATH: process.env.PATH ?? '', DATA_DIR: dataDir, NODE_ENV: 'test', LOG_LEVEL: 'silent' },
      });
    try {
      const out = JSON.parse((await run(['export', '--portal-user-id', 'portal-user-99'])).stdout);
      expect(out.tickets).toHaveLength(1);
      await expect(run(['erase', '--portal-user-id', 'portal-user-99'])).rejects.toMatchObject({ code: 2 });
      expect((await run(['erase', '--portal-user-id', 'portal-user-99', '--yes'])).stdout).toMatch(/^Effacé : .*tickets 1/);
      expect(JSON.parse((await run(['export', '--portal-user-id', 'portal-user-99'])).stdout).tickets).toHaveLength(0);
    } finally {
      await r.close().catch(() => undefined);
    }
  }, 60_000);
});
