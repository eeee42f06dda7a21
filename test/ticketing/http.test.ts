import { identityToken, getJson, postJson, startApp, type RunningApp } from '../helpers/app';
import { testDatabases, type TestDatabase } from '../helpers/databases';
import { startSmtpServer, type TestSmtpServer } from '../helpers/smtp';

const form = (over: Record<string, unknown> = {}) => ({
  email: 'jean.martin@example.fr',
  name: 'Jean Martin',
  category: 'technique',
  subject: 'Facture restée en brouillon',
  description: 'Ma facture n° 12 est restée en brouillon depuis hier.',
  ...over,
});

/** The follow-up link of an e-mail: https://…/suivi/<number>#jeton=<token>. */
const linkIn = (text: string) => {
  const m = /\/suivi\/(RL-\d{4}-\d{6})#jeton=([A-Za-z0-9_-]+)/.exec(text);
  if (!m) throw new Error(`no follow-up link in: ${text}`);
  return { number: m[1]!, token: m[2]! };
};

describe.each(testDatabases())('tickets over HTTP on %s', (_name, make) => {
  let smtp: TestSmtpServer;
  let t: TestDatabase;
  let r: RunningApp;
  let api: string;
  let agent: { cookie: string; csrf: string; id: number };

  beforeAll(async () => {
    smtp = await startSmtpServer();
    t = make();
    r = await startApp(
      { SMTP_URL: smtp.url, TICKET_RATE_PER_IP: '1000', TICKET_RATE_PER_EMAIL: '1000', LOGIN_RATE_PER_IP: '1000' },
      { db: await t.create() },
    );
    api = `${r.base}/api`;
    const created = await r.app.auth.agents.create({ email: 'agent@relais.test', name: 'Zoé Agent', role: 'agent', password: 'mot-de-passe-solide-1' });
    const login = await fetch(`${api}/auth/login`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ email: 'agent@relais.test', password: 'mot-de-passe-solide-1' }),
    });
    const cookie = login.headers.getSetCookie().find((c) => c.startsWith('relais_session='))!.split(';')[0]!;
    agent = { cookie, csrf: ((await login.json()) as { csrfToken: string }).csrfToken, id: created.id };
  });
  afterAll(async () => {
    await r.close();
    await t.cleanup();
    await smtp.close();
  });

  const asAgent = (extra: Record<string, string> = {}) => ({ cookie: agent.cookie, 'x-csrf-token': agent.csrf, ...extra });
  const mailsFor = (number: string) => smtp.received.filter((m) => m.mail.subject?.includes(number));
  const waitMails = async (number: string, n: number) => {
    const deadline = Date.now() + 10_000;
    while (mailsFor(number).length < n) {
      if (Date.now() > deadline) throw new Error(`only ${mailsFor(number).length} mail(s) for ${number}`);
      await new Promise((res) => setTimeout(res, 20));
    }
    return mailsFor(number);
  };

  it('creates a ticket in non-connected mode, acknowledges by e-mail with a working follow-up link, notifies support', async () => {
    const res = await postJson(`${api}/tickets`, form());
    expect(res.status).toBe(201);
    const { ticket, accessToken, followUpUrl } = res.body;
    expect(ticket).toMatchObject({ status: 'nouveau', category: 'technique', requester: { email: 'jean.martin@example.fr', verified: false } });
    expect(ticket.number).toMatch(/^RL-\d{4}-\d{6}$/);
    expect(followUpUrl).toBe(`http://relais.test/suivi/${ticket.number}#jeton=${accessToken}`);

    const mails = await waitMails(ticket.number, 2);
    const ack = mails.find((m) => m.rcptTo.includes('jean.martin@example.fr'))!;
    const support = mails.find((m) => m.rcptTo.includes('support@relais.test'))!;
    expect(ack.mail.subject).toContain('Votre demande a bien été enregistrée');
    expect(ack.mail.text).toContain(ticket.number);
    expect(ack.mail.html).toContain('Suivre ma demande');
    expect(support.mail.replyTo?.value[0]?.address).toBe('jean.martin@example.fr');
    expect(support.mail.text).toContain('non vérifiée');

    const link = linkIn(ack.mail.text!);
    const followed = await getJson(`${api}/tickets/${link.number}`, { 'x-ticket-token': link.token });
    expect(followed.status).toBe(200);
    expect(followed.body.ticket.events.map((e: { type: string }) => e.type)).toEqual(['created']);
  });

  it('creates a ticket in connected mode with the requester taken from the token, never the body', async () => {
    const token = await identityToken();
    const res = await postJson(`${api}/tickets`, form({ email: 'intrus@example.fr', name: 'Intrus' }), { authorization: `Bearer ${token}` });
    expect(res.status).toBe(201);
    expect(res.body.ticket.requester).toEqual({ email: 'marie.dupont@mairie.fr', name: 'Marie Dupont', verified: true });
    const mails = await waitMails(res.body.ticket.number, 2);
    expect(mails.some((m) => m.rcptTo.includes('marie.dupont@mairie.fr'))).toBe(true);
    expect(mails.some((m) => m.rcptTo.includes('intrus@example.fr'))).toBe(false);
    const full = await getJson(`${api}/agent/tickets/${res.body.ticket.number}`, asAgent());
    expect(full.body.ticket.requester).toMatchObject({ portalUserId: 'portal-user-42', organisation: 'Mairie de Lyon', verified: true });
  });

  it('connected mode works without name or e-mail in the body', async () => {
    const { email: _e, name: _n, ...rest } = form();
    const res = await postJson(`${api}/tickets`, rest, { authorization: `Bearer ${await identityToken()}` });
    expect(res.status).toBe(201);
  });

  it.each([
    ['a wrong signature', () => identityToken({}, { secret: 'another-secret-another-secret-another-secret' })],
    ['another algorithm', () => identityToken({}, { alg: 'HS512' })],
    ['an expired token', () => identityToken({}, { expiresIn: Math.floor(Date.now() / 1000) - 60 })],
    ['a missing e-mail claim', () => identityToken({ email: undefined })],
    ['a name with a line break', () => identityToken({ name: 'Marie\r\nBcc: x@evil.fr' })],
    ['garbage', async () => 'not.a.jwt'],
    ['an unsigned token', async () => `${Buffer.from('{"alg":"none"}').toString('base64url')}.${Buffer.from('{"sub":"x","email":"a@b.fr","name":"A","exp":9999999999}').toString('base64url')}.`],
  ])('refuses %s with a 401 and creates nothing', async (_label, make) => {
    const before = (await getJson(`${api}/agent/tickets`, asAgent())).body.total;
    const res = await postJson(`${api}/tickets`, form(), { authorization: `Bearer ${await make()}` });
    expect(res.status).toBe(401);
    expect(res.body.error.code).toBe('IDENTITY_INVALID');
    expect((await getJson(`${api}/agent/tickets`, asAgent())).body.total).toBe(before);
  });

  it('says when the portal session expired', async () => {
    const res = await postJson(`${api}/tickets`, form(), {
      authorization: `Bearer ${await identityToken({}, { expiresIn: Math.floor(Date.now() / 1000) - 60 })}`,
    });
    expect(res.body.error.message).toMatch(/expiré/);
  });

  it('refuses a malformed Authorization header instead of downgrading to non-connected mode', async () => {
    const res = await postJson(`${api}/tickets`, form(), { authorization: 'Basic abc' });
    expect(res.status).toBe(401);
  });

  it('validates every field with a French message', async () => {
    const res = await postJson(`${api}/tickets`, { email: 'pas-une-adresse', name: '', category: 'autre', subject: 'x'.repeat(151), description: 'court' });
    expect(res.status).toBe(400);
    expect(res.body.error.code).toBe('INVALID_INPUT');
    const fields = res.body.error.fields;
    expect(fields.email).toMatch(/Adresse électronique/);
    expect(fields.name).toMatch(/Nom/);
    const body = await postJson(`${api}/tickets`, { email: 'a@b.fr', name: 'A', category: 'autre', subject: 'x'.repeat(151), description: 'court' });
    expect(body.body.error.fields).toMatchObject({
      category: expect.stringMatching(/Catégorie/),
      subject: expect.stringMatching(/150 caractères/),
      description: expect.stringMatching(/10 caractères/),
    });
  });

  it.each([
    ['a name', { name: 'Jean\r\nBcc: victime@evil.fr' }],
    ['a subject', { subject: 'Bonjour\r\nBcc: victime@evil.fr' }],
    ['an e-mail', { email: 'a@b.fr\r\nBcc: victime@evil.fr' }],
    ['an e-mail list', { email: 'a@b.fr, victime@evil.fr' }],
  ])('rejects header injection through %s, and no mail goes out', async (_label, over) => {
    const res = await postJson(`${api}/tickets`, form(over));
    expect(res.status).toBe(400);
    await new Promise((res2) => setTimeout(res2, 150));
    expect(smtp.received.some((m) => m.rcptTo.includes('victime@evil.fr'))).toBe(false);
  });

  it('removes control characters at the door (NUL, C1, bell), refuses direction overrides and invisible subjects', async () => {
    const res = await postJson(
      `${api}/tickets`,
      form({ subject: 'Facture\u0085 bloquée\u0000', name: 'Jean\u0007 Martin', description: 'Ma facture\u0000 n° 12\u0085 est bloquée.\r\nMerci.' }),
    );
    expect(res.status).toBe(201);
    expect(res.body.ticket).toMatchObject({ subject: 'Facture bloquée', description: 'Ma facture n° 12 est bloquée.\nMerci.' });
    for (const subject of ['Facture \u202eeétsop', '\u200b\u200b \u2060']) {
      const refused = await postJson(`${api}/tickets`, form({ subject }));
      expect(refused.status).toBe(400);
      expect(refused.body.error).toMatchObject({ code: 'INVALID_INPUT', fields: { subject: expect.stringMatching(/^Objet/) } });
    }
  });

  it('keeps a subject that looks like a MIME encoded word as plain text in the mails', async () => {
    const before = smtp.received.length;
    const res = await postJson(`${api}/tickets`, form({ subject: 'Urgent =?utf-8?B?QWRtaW4gUmVsYWlz?=', email: 'mime@example.fr' }));
    expect(res.status).toBe(201);
    const deadline = Date.now() + 5000;
    const number = res.body.ticket.number as string;
    // Both mails: the requester's acknowledgement and the support's notification (an ASCII-only subject).
    const mails = () => smtp.received.slice(before).filter((m) => m.mail.subject?.includes(number));
    while (mails().length < 2 && Date.now() < deadline) await new Promise((r2) => setTimeout(r2, 20));
    expect(mails()).toHaveLength(2);
    for (const mail of mails()) {
      expect(mail.mail.subject).toContain('QWRtaW4gUmVsYWlz');
      expect(mail.mail.subject).not.toContain('Admin Relais');
    }
  });

  it('refuses a filled honeypot without creating anything', async () => {
    const res = await postJson(`${api}/tickets`, form({ website: 'http://spam.example' }));
    expect(res.status).toBe(400);
    expect(res.body.error.code).toBe('REJECTED');
  });

  it('never creates a second ticket for a retried request (idempotency key)', async () => {
    const key = `retry-${Date.now()}`;
    const first = await postJson(`${api}/tickets`, form(), { 'idempotency-key': key });
    const again = await postJson(`${api}/tickets`, form(), { 'idempotency-key': key });
    expect(first.status).toBe(201);
    expect(again.status).toBe(200);
    expect(again.body.ticket.number).toBe(first.body.ticket.number);
    expect(again.body.created).toBe(false);
    expect(again.body.accessToken).toBeNull();
    const concurrent = await Promise.all(
      Array.from({ length: 5 }, () => postJson(`${api}/tickets`, form(), { 'idempotency-key': `${key}-c` })),
    );
    expect(new Set(concurrent.map((c) => c.body.ticket.number)).size).toBe(1);
    expect(concurrent.filter((c) => c.status === 201)).toHaveLength(1);
    const other = await postJson(`${api}/tickets`, form({ email: 'autre@example.fr' }), { 'idempotency-key': key });
    expect(other.status).toBe(409);
    await waitMails(first.body.ticket.number, 2);
    await new Promise((res) => setTimeout(res, 200));
    expect(mailsFor(first.body.ticket.number)).toHaveLength(2);
  });

  it('answers a wrong token and an unknown number with the same 404', async () => {
    const { body } = await postJson(`${api}/tickets`, form());
    const number = body.ticket.number;
    const wrongToken = await getJson(`${api}/tickets/${number}`, { 'x-ticket-token': 'x'.repeat(43) });
    const noToken = await getJson(`${api}/tickets/${number}`);
    const wrongNumber = await getJson(`${api}/tickets/RL-1999-000001`, { 'x-ticket-token': body.accessToken });
    const garbage = await getJson(`${api}/tickets/<script>`, { 'x-ticket-token': body.accessToken });
    for (const res of [wrongToken, noToken, wrongNumber, garbage]) {
      expect(res.status).toBe(404);
      expect(res.body).toEqual(wrongToken.body);
    }
    const viaQuery = await getJson(`${api}/tickets/${number}?jeton=${body.accessToken}`);
    expect(viaQuery.status).toBe(200);
    const reply = await postJson(`${api}/tickets/${number}/replies`, { message: 'intrusion' }, { 'x-ticket-token': 'faux' });
    expect(reply.status).toBe(404);
  });

  it('runs the agent workflow: list, read, note, reply by e-mail, status changes, assignment', async () => {
    const { body } = await postJson(`${api}/tickets`, form({ subject: 'Question métier Chorus', category: 'metier' }));
    const number = body.ticket.number;
    await waitMails(number, 2);

    const listed = await getJson(`${api}/agent/tickets?category=metier&q=chorus`, asAgent());
    expect(listed.body.items.map((x: { number: string }) => x.number)).toContain(number);
    expect((await getJson(`${api}/agent/tickets?status=clos`, asAgent())).body.items).toEqual([]);

    expect((await postJson(`${api}/agent/tickets/${number}/notes`, { message: 'Vu avec la MOA, note interne.' }, asAgent())).status).toBe(201);
    const reply = await postJson(`${api}/agent/tickets/${number}/replies`, { message: 'Cliquez sur « Valider et envoyer ».', status: 'en_attente_utilisateur' }, asAgent());
    expect(reply.status).toBe(201);
    const mails = await waitMails(number, 3);
    const answer = mails.find((m) => m.mail.subject?.includes('Réponse du support'))!;
    expect(answer.mail.text).toContain('Valider et envoyer');
    expect(answer.mail.text).toContain('Zoé Agent');

    // The reply's own link works; the requester never sees the internal note.
    const link = linkIn(answer.mail.text!);
    const seen = await getJson(`${api}/tickets/${number}`, { 'x-ticket-token': link.token });
    expect(seen.body.ticket.status).toBe('en_attente_utilisateur');
    expect(JSON.stringify(seen.body)).not.toContain('note interne');
    expect(seen.body.ticket.events.map((e: { type: string }) => e.type)).toEqual(['created', 'reply', 'status']);

    // The requester answers: back to the agents, with a notification to support.
    expect((await postJson(`${api}/tickets/${number}/replies`, { message: 'Merci, c’est fait.' }, { 'x-ticket-token': link.token })).status).toBe(201);
    const full = await getJson(`${api}/agent/tickets/${number}`, asAgent());
    expect(full.body.ticket.status).toBe('en_cours');
    expect(full.body.events.map((e: { type: string }) => e.type)).toEqual(['created', 'note', 'reply', 'status', 'reply', 'status']);
    await waitMails(number, 4);

    expect((await postJson(`${api}/agent/tickets/${number}/assign`, { agentId: agent.id }, asAgent())).body.ticket.assigneeId).toBe(agent.id);
    expect((await getJson(`${api}/agent/tickets?assignee=me`, asAgent())).body.items.map((x: { number: string }) => x.number)).toContain(number);
    expect((await postJson(`${api}/agent/tickets/${number}/assign`, { agentId: 999999 }, asAgent())).status).toBe(400);

    expect((await postJson(`${api}/agent/tickets/${number}/status`, { status: 'resolu' }, asAgent())).status).toBe(200);
    await waitMails(number, 5);
    expect(mailsFor(number).some((m) => m.mail.subject?.includes('Résolu'))).toBe(true);
    expect((await postJson(`${api}/agent/tickets/${number}/status`, { status: 'nouveau' }, asAgent())).status).toBe(409);
    expect((await postJson(`${api}/agent/tickets/${number}/status`, { status: 'clos' }, asAgent())).status).toBe(200);
    expect((await postJson(`${api}/agent/tickets/${number}/status`, { status: 'en_cours' }, asAgent())).status).toBe(409);
    const closed = await postJson(`${api}/tickets/${number}/replies`, { message: 'Encore moi' }, { 'x-ticket-token': link.token });
    expect(closed.status).toBe(409);
    expect(closed.body.error.code).toBe('TICKET_CLOSED');
    expect((await getJson(`${api}/agent/tickets/RL-2000-000001`, asAgent())).status).toBe(404);
  });

  it('protects agent endpoints with a session and CSRF token', async () => {
    expect((await getJson(`${api}/agent/tickets`)).status).toBe(401);
    expect((await postJson(`${api}/agent/tickets/RL-2026-000001/notes`, { message: 'x' }, { cookie: agent.cookie })).status).toBe(403);
    expect((await postJson(`${api}/agent/tickets/RL-2026-000001/notes`, { message: 'x' }, { cookie: agent.cookie, 'x-csrf-token': 'faux' })).status).toBe(403);
  });

  it('lets an agent open a ticket on a user’s behalf (channel agent)', async () => {
    const res = await postJson(`${api}/agent/tickets`, form({ subject: 'Ouvert par un conseiller' }), asAgent());
    expect(res.status).toBe(201);
    expect(res.body.ticket.channel).toBe('agent');
  });
});

describe('ticket rate limits', () => {
  let r: RunningApp;
  beforeAll(async () => {
    r = await startApp({ TICKET_RATE_PER_IP: '4', TICKET_RATE_PER_EMAIL: '2' });
  });
  afterAll(() => r.close());

  it('limits per e-mail, then per IP, with a French 429', async () => {
    const api = `${r.base}/api/tickets`;
    expect((await postJson(api, form({ email: 'a@example.fr' }))).status).toBe(201);
    expect((await postJson(api, form({ email: 'A@example.fr' }))).status).toBe(201);
    const third = await postJson(api, form({ email: 'a@example.fr' }));
    expect(third.status).toBe(429);
    expect(third.body.error.message).toMatch(/plusieurs demandes/);
    // The refused request used none of the address's budget: two more fit, the next does not.
    expect((await postJson(api, form({ email: 'b@example.fr' }))).status).toBe(201);
    expect((await postJson(api, form({ email: 'c@example.fr' }))).status).toBe(201);
    const overIp = await postJson(api, form({ email: 'd@example.fr' }));
    expect(overIp.status).toBe(429);
    expect(overIp.body.error.message).toMatch(/Trop de demandes/);
  });
});

describe('a replay after the limits are reached', () => {
  let r: RunningApp;
  beforeAll(async () => {
    r = await startApp({ TICKET_RATE_PER_IP: '2', TICKET_RATE_PER_EMAIL: '2' });
  });
  afterAll(() => r.close());

  it('gets its ticket, not a 429, and is not counted; a new request still is refused', async () => {
    const api = `${r.base}/api/tickets`;
    const key = 'replay-after-limit-0001';
    const first = await postJson(api, form({ email: 'r@example.fr' }), { 'idempotency-key': key });
    expect(first.status).toBe(201);
    expect((await postJson(api, form({ email: 's@example.fr' }))).status).toBe(201);
    expect((await postJson(api, form({ email: 't@example.fr' }))).status).toBe(429);
    // The client lost the first answer and retries with its key: it learns its ticket number.
    for (let i = 0; i < 3; i++) {
      const again = await postJson(api, form({ email: 'r@example.fr' }), { 'idempotency-key': key });
      expect(again.status).toBe(200);
      expect(again.body).toMatchObject({ created: false, ticket: { number: first.body.ticket.number } });
    }
    // The same key from another requester reveals nothing and creates nothing.
    const other = await postJson(api, form({ email: 'x@example.fr' }), { 'idempotency-key': key });
    expect(other.status).toBe(409);
    expect(JSON.stringify(other.body)).not.toContain(first.body.ticket.number);
    expect((await postJson(api, form({ email: 'u@example.fr' }), { 'idempotency-key': 'fresh-key-0002' })).status).toBe(429);
  });
});
