import { startApp, type RunningApp } from '../helpers/app';
import { connectAgent, createAgent, type AgentClient } from '../helpers/agent-client';
import { startSmtpServer, type TestSmtpServer } from '../helpers/smtp';
import { connected, WidgetClient } from '../helpers/widget-client';
import { liveStatuses, waitUntil } from './harness';

/**
 * The end of a live chat, as the widget speaks it: the user ends it («Terminer la conversation»),
 * rates it (1 to 5, a comment) once, asks for its transcript by e-mail once, and the rating is in
 * the reports. Tuesday 1 December 2026, 10:00 in Paris: support is open; agents pick.
 */
describe('end of a live chat', () => {
  let smtp: TestSmtpServer;
  let r: RunningApp;
  let camille: AgentClient;
  let supervisor: string;

  beforeAll(async () => {
    smtp = await startSmtpServer();
    r = await startApp({ SMTP_URL: smtp.url, RELAIS_NOW: '2026-12-01T10:00:00+01:00', LIVECHAT_ROUTING: 'pick' });
    camille = await connectAgent(r.base, await createAgent(r.app, r.base, 'Camille Martin'));
    supervisor = (await createAgent(r.app, r.base, 'Sophie Superviseure', 'supervisor')).cookie;
  });
  afterAll(async () => {
    camille?.close();
    await r.close();
    await smtp.close();
  });

  async function withAgent(): Promise<{ user: WidgetClient; chatId: string }> {
    const user = new WidgetClient(r.base);
    await connected(user);
    await user.waitForBot(/ClaudIA/);
    await user.say('Discuter avec un conseiller', /position 1 dans la file/);
    const update = await camille.waitFor('queue:update', (q) => q.items.length === 1);
    const chat = await camille.call('chat:accept', { chatId: update.items[0].chatId });
    await waitUntil(() => liveStatuses(user).some((s) => s.state === 'agent'));
    await user.emit({ type: 'message', text: 'Ma facture est bloquée en brouillon.' });
    await camille.call('chat:message', { chatId: chat.chatId, text: 'Cliquez sur « Valider et envoyer ».' });
    await user.waitForBot(/Valider et envoyer/);
    return { user, chatId: chat.chatId };
  }

  it('lets the user end the chat, rate it once and get its transcript once; the rating is reported', async () => {
    const { user, chatId } = await withAgent();
    const before = user.botMessages().length;
    const ack = await user.emit({ type: 'message', text: 'Terminer la conversation', value: { relaisAction: 'end-chat' } });
    expect(ack.ok).toBe(true);
    const ended = await camille.waitFor('chat:ended', (e) => e.chatId === chatId);
    expect(ended.reason).toBe('user-ended');
    const end = await user.waitForBot(/conversation avec le conseiller est terminée/, before);
    expect(end.text).toMatch(/Comment s’est passé cet échange/);
    expect(end.channelData?.relais.satisfaction).toEqual({ chatId, needsEmail: true });
    await waitUntil(() => liveStatuses(user).some((s) => s.state === 'bot'));

    const rate = (value: unknown) => user.emit({ type: 'message', value: { relaisSatisfaction: value } });
    let n = user.botMessages().length;
    await rate({ chatId, score: 9 });
    expect((await user.waitForBot(/./, n)).text).toMatch(/^Je n’ai pas pu lire votre avis/);
    n = user.botMessages().length;
    await rate({ chatId: 'pas-ce-chat', score: 4 });
    expect((await user.waitForBot(/./, n)).text).toBe('Cet échange n’est plus disponible pour un avis ou une transcription.');
    n = user.botMessages().length;
    await rate({ chatId, score: 4, comment: 'Rapide et clair, merci Camille.' });
    expect((await user.waitForBot(/./, n)).text).toBe('Merci pour votre avis, il a bien été transmis à l’équipe du support.');
    n = user.botMessages().length;
    await rate({ chatId, score: 1 });
    expect((await user.waitForBot(/./, n)).text).toBe('Votre avis sur cet échange est déjà enregistré, merci.');

    const transcript = (value: unknown) => user.emit({ type: 'message', value: { relaisTranscript: value } });
    n = user.botMessages().length;
    await transcript({ chatId });
    expect((await user.waitForBot(/./, n)).text).toBe('Indiquez l’adresse e-mail à laquelle envoyer la transcription.');
    const mailsBefore = smtp.received.length;
    n = user.botMessages().length;
    await transcript({ chatId, email: 'jeanne.martin@exemple.fr' });
    expect((await user.waitForBot(/./, n)).text).toBe('C’est envoyé : la transcription de l’échange part à jeanne.martin@exemple.fr.');
    const mail = (await smtp.waitFor(mailsBefore + 1)).at(-1)!;
    expect(mail.rcptTo).toEqual(['jeanne.martin@exemple.fr']);
    expect(mail.mail.subject).toBe('Transcription de votre échange avec le support Chorus Pro');
    expect(mail.mail.text).toContain('Ma facture est bloquée en brouillon.');
    expect(mail.mail.text).toContain('Cliquez sur « Valider et envoyer ».');
    n = user.botMessages().length;
    await transcript({ chatId, email: 'autre@exemple.fr' });
    expect((await user.waitForBot(/./, n)).text).toBe('La transcription de cet échange vous a déjà été envoyée.');

    // In the reports, for supervisors and agents alike; not for the public.
    const res = await fetch(`${r.base}/api/reports/satisfaction?from=2026-12-01&to=2026-12-01`, { headers: { cookie: supervisor } });
    expect(res.status).toBe(200);
    const body = (await res.json()) as { rows: Array<{ chatId: string; score: number; comment: string | null }> };
    expect(body.rows).toEqual([expect.objectContaining({ chatId, score: 4, comment: 'Rapide et clair, merci Camille.', agentId: camille.agent.id })]);
    expect((await fetch(`${r.base}/api/reports/satisfaction`)).status).toBe(401);
    user.close();
  });

  it('does not offer a rating for a queue the user left before any adviser came', async () => {
    const user = new WidgetClient(r.base);
    await connected(user);
    await user.waitForBot(/ClaudIA/);
    await user.say('Discuter avec un conseiller', /position 1 dans la file/);
    const n = user.botMessages().length;
    await user.emit({ type: 'message', text: 'Terminer la conversation', value: { relaisAction: 'end-chat' } });
    const next = await user.waitForBot(/ticket/, n);
    expect(next.channelData?.relais?.satisfaction).toBeUndefined();
    user.close();
  });
});
