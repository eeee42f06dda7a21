import { AGENT_PASSWORD, createAgent } from '../helpers/agent-client';
import { getJson, postJson, startApp, type RunningApp } from '../helpers/app';
import { connected, WidgetClient } from '../helpers/widget-client';

/**
 * Issue 15, part 3 end to end on one server: a supervisor's session, an anonymous registration
 * in the widget, the e-mailed link (a page, then the POST), the invitation in the outbox.
 */
describe('accompaniment sessions over HTTP and in the widget', () => {
  let r: RunningApp;
  beforeAll(async () => {
    r = await startApp();
  });
  afterAll(async () => {
    await r.close();
  });

  async function supervisorSession() {
    const sup = await createAgent(r.app, r.base, 'Sophie Superviseure', 'supervisor');
    const login = await postJson(`${r.base}/api/auth/login`, { email: sup.agent.email, password: AGENT_PASSWORD });
    return { cookie: login.headers.getSetCookie().find((c) => c.startsWith('relais_session='))!.split(';')[0]!, 'x-csrf-token': login.body.csrfToken as string };
  }

  it('lets a supervisor manage the catalogue, with French field errors, and no one else', async () => {
    const session = await supervisorSession();
    const bad = await postJson(`${r.base}/api/agent/formations`, { kind: 'webinaire', title: '', description: 'x', day: '2026-02-30', time: '25:00', durationMinutes: 60, capacity: 0, link: 'ftp://x' }, session);
    expect(bad.status).toBe(400);
    expect(bad.body.error.fields).toMatchObject({ title: expect.stringMatching(/^Titre/), day: expect.stringMatching(/^Date/), time: expect.stringMatching(/^Heure/), capacity: expect.stringMatching(/^Places/), link: expect.stringMatching(/^Lien/) });
    const next = new Date(Date.now() + 7 * 86_400_000).toISOString().slice(0, 10);
    const created = await postJson(`${r.base}/api/agent/formations`, { kind: 'webinaire', title: 'Premiers pas sur le portail', description: 'Pour bien commencer.', audience: [], day: next, time: '10:00', durationMinutes: 60, capacity: 20, link: 'https://webinaires.example/a' }, session);
    expect(created.status).toBe(201);
    expect((await getJson(`${r.base}/api/agent/formations`, { cookie: session.cookie })).body.sessions.map((s: { title: string }) => s.title)).toContain('Premiers pas sur le portail');
    const adviser = await createAgent(r.app, r.base, 'Alain Agent');
    expect((await getJson(`${r.base}/api/agent/formations`, { cookie: adviser.cookie })).status).toBe(403);
  });

  it('registers an anonymous user from the widget, confirmed by the e-mailed link', async () => {
    const user = new WidgetClient(r.base);
    await connected(user);
    await user.waitForBot(/ClaudIA/);
    const listed = await user.say('je veux m’inscrire à un webinaire', /Voici les prochaines sessions/);
    const button = listed.suggestedActions!.actions.map((a: { value: unknown }) => String(a.value)).find((v: string) => v.includes('Premiers pas sur le portail'))!;
    await user.say(button, /adresse e-mail/);
    await user.say('zoe@exemple.fr', /Un e-mail vient de partir/);
    user.close();

    const [mail] = await r.app.db.query<{ text_body: string }>("SELECT text_body FROM mail_outbox WHERE kind = 'training.confirm-address'");
    const url = /https?:\/\/\S+\/formations\/inscription\?jeton=[\w-]+&action=confirmer/.exec(mail!.text_body)![0].replace('http://relais.test', r.base);
    const page = await fetch(url);
    expect(page.status).toBe(200);
    const html = await page.text();
    expect(html).toContain('<button type="submit">Confirmer mon inscription</button>');
    const jeton = new URL(url).searchParams.get('jeton')!;
    const done = await fetch(`${r.base}/formations/inscription`, { method: 'POST', headers: { 'content-type': 'application/x-www-form-urlencoded' }, body: new URLSearchParams({ jeton, action: 'confirmer' }) });
    expect(done.status).toBe(200);
    expect(await done.text()).toContain('Votre inscription à « Premiers pas sur le portail » est confirmée');
    const [invitation] = await r.app.db.query<{ subject: string; attachments_json: string }>("SELECT subject, attachments_json FROM mail_outbox WHERE kind = 'training.confirmed'");
    expect(invitation!.subject).toBe('Inscription confirmée : Premiers pas sur le portail');
    expect(invitation!.attachments_json).toContain('BEGIN:VCALENDAR');
    const wrong = await fetch(`${r.base}/formations/inscription`, { method: 'POST', headers: { 'content-type': 'application/x-www-form-urlencoded' }, body: new URLSearchParams({ jeton: 'x'.repeat(30), action: 'annuler' }) });
    expect(wrong.status).toBe(404);
  });
});
