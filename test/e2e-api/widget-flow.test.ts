import { getJson, postJson, startApp, type RunningApp } from '../helpers/app';
import { startSmtpServer, type TestSmtpServer } from '../helpers/smtp';
import { connected, WidgetClient } from '../helpers/widget-client';

/**
 * The whole server, as the widget uses it: socket.io /chat → Bot Framework bot → knowledge base,
 * thumbs-down with comment, escalation outside hours → ticket → e-mail, reports, restart.
 * RELAIS_NOW pins a Saturday: support is closed, so the bot must offer a ticket.
 */
describe('widget conversation end to end', () => {
  let smtp: TestSmtpServer;
  let r: RunningApp;
  const env = () => ({ SMTP_URL: smtp.url, RELAIS_NOW: '2026-11-28T10:00:00+01:00' });

  beforeAll(async () => {
    smtp = await startSmtpServer();
    r = await startApp(env());
  });
  afterAll(async () => {
    await r.close();
    await smtp.close();
  });

  it('answers, takes a thumbs-down with its comment, opens a ticket by e-mail, reports it, and survives a restart', async () => {
    const user = new WidgetClient(r.base);
    await connected(user);
    const welcome = await user.waitForBot(/ClaudIA/);
    // A Saturday: the welcome offers a ticket, never an adviser who cannot come.
    const chips = welcome.suggestedActions?.actions.map((a) => a.title) ?? [];
    expect(chips).toContain('Créer un ticket');
    expect(chips).not.toContain('Parler à un conseiller');
    expect(user.session?.conversationId).toBeTruthy();

    const answer = await user.say('Comment envoyer une facture restée en brouillon ?', /Valider et envoyer/);
    expect(answer.channelData?.feedbackLoopEnabled).toBe(true);
    expect(answer.text).toMatch(/Source/);

    const before = user.botMessages().length;
    const ack = await user.emit({
      type: 'invoke',
      name: 'message/submitAction',
      value: { actionName: 'feedback', actionValue: { reaction: 'dislike' } },
      replyToId: answer.id,
    });
    expect(ack).toMatchObject({ ok: true, data: { invokeResponse: { status: 200 } } });
    await user.waitForBot(/préciser le dysfonctionnement/, before);

    // The next message is the comment, not a question; support is closed, so a ticket is offered.
    const offer = await user.say('Le bouton Valider et envoyer n’apparaît pas en bas de l’écran', /ticket/i);
    expect(JSON.stringify(user.botMessages().slice(before))).toMatch(/Prochaine ouverture : lundi à 8h30/);
    expect(offer.text).not.toMatch(/Valider et envoyer »/);

    await user.say('Créer un ticket', /adresse e-mail/);
    await user.say('pas-une-adresse', /ne semble pas valide/);
    await user.say('jean.martin@example.fr', /technique .* ou métier/);
    await user.say('Technique', /objet/);
    await user.say('Bouton Valider et envoyer absent', /transmets cette demande/);
    const done = await user.say('Confirmer', /ticket n° RL-\d{4}-\d{6}/);
    const number = /RL-\d{4}-\d{6}/.exec(done.text!)![0];

    const mails = await smtp.waitFor(2);
    const ack2 = mails.find((m) => m.rcptTo.includes('jean.martin@example.fr'))!;
    expect(ack2.mail.subject).toContain(number);
    expect(mails.find((m) => m.rcptTo.includes('support@relais.test'))!.mail.text).toMatch(/conversation de \d+ messages/);

    // An agent sees the ticket with the widget transcript and the thumbs-down in the reports.
    await r.app.auth.agents.create({ email: 'sup@relais.test', name: 'Sophie Superviseure', role: 'supervisor', password: 'mot-de-passe-solide-2' });
    const login = await fetch(`${r.base}/api/auth/login`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ email: 'sup@relais.test', password: 'mot-de-passe-solide-2' }),
    });
    const cookie = login.headers.getSetCookie()[0]!.split(';')[0]!;
    const ticket = await getJson(`${r.base}/api/agent/tickets/${number}`, { cookie });
    expect(ticket.body.ticket).toMatchObject({ channel: 'widget', category: 'technique', requester: { email: 'jean.martin@example.fr' } });
    expect(ticket.body.ticket.description).toMatch(/n’apparaît pas/);
    // The transcript comes from the widget's stored messages, with the bot's own notes (the rating) in their place.
    const lines = ticket.body.ticket.transcript as { from: string; text: string }[];
    const at = (from: string, re: RegExp) => lines.findIndex((l) => l.from === from && re.test(l.text));
    expect(at('user', /facture restée en brouillon/)).toBeGreaterThanOrEqual(0);
    expect(at('bot', /Valider et envoyer/)).toBeGreaterThan(at('user', /facture restée en brouillon/));
    expect(at('system', /^Avis : réponse non satisfaisante/)).toBeGreaterThan(at('bot', /Valider et envoyer/));
    expect(at('user', /n’apparaît pas/)).toBeGreaterThan(at('system', /^Avis/));
    expect(at('user', /^Confirmer$/)).toBe(lines.length - 1);
    // The bot's state keeps no second copy of the conversation: its size does not grow with it.
    const states = await r.app.db.query<{ data: string }>('SELECT data FROM bot_state');
    const conversation = states.map((s) => JSON.parse(s.data) as { relais?: { transcript?: unknown[]; notes?: unknown[] } }).find((s) => s.relais?.notes);
    expect(conversation?.relais?.transcript).toEqual([]);
    expect(conversation?.relais?.notes).toHaveLength(1);
    const report = await getJson(`${r.base}/api/reports/feedback`, { cookie });
    const row = report.body.rows.find((x: { articleId: string }) => x.articleId === 'facture-brouillon');
    expect(row).toMatchObject({ dislikes: 1 });
    expect(JSON.stringify(row)).toMatch(/n’apparaît pas/);
    expect((await getJson(`${r.base}/api/reports/feedback`)).status).toBe(401);

    // Restart on the same data: the visitor token resumes the same conversation with its history.
    const { conversationId, visitorToken } = user.session!;
    user.close();
    await r.app.close();
    const restarted = await startApp({ ...env(), DATA_DIR: r.dataDir });
    try {
      const back = new WidgetClient(restarted.base, { visitorToken });
      await connected(back);
      const deadline = Date.now() + 3000;
      while (!back.history && Date.now() < deadline) await new Promise((res) => setTimeout(res, 10));
      expect(back.session?.conversationId).toBe(conversationId);
      expect(JSON.stringify(back.history)).toMatch(/facture restée en brouillon/);
      await back.say('mot de passe oublié', /mot de passe/i);
      back.close();
    } finally {
      await restarted.app.close();
    }
  });

  it('serves the same bot on POST /api/messages with expectReplies', async () => {
    const r2 = await startApp({ SMTP_URL: smtp.url });
    try {
      const res = await postJson(`${r2.base}/api/messages`, {
        type: 'message',
        id: 'a1',
        text: 'frais de déplacement expert judiciaire',
        channelId: 'emulator',
        deliveryMode: 'expectReplies',
        serviceUrl: 'http://127.0.0.1:9/',
        from: { id: 'u1', name: 'Utilisateur' },
        recipient: { id: 'bot' },
        conversation: { id: 'conv-api-1' },
      });
      expect(res.status).toBe(200);
      const texts = res.body.activities.map((a: { text?: string }) => a.text ?? '').join('\n');
      expect(texts).toMatch(/Détail des frais divers/);
    } finally {
      await r2.close();
    }
  });
});
