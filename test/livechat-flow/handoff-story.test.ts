import { identityToken, startApp, type RunningApp } from '../helpers/app';
import { connectAgent, createAgent, type AgentClient } from '../helpers/agent-client';
import { parseIcs } from '../helpers/ics';
import { startSmtpServer, type TestSmtpServer } from '../helpers/smtp';
import { connected, WidgetClient } from '../helpers/widget-client';
import { liveStatuses, waitUntil } from './harness';

/**
 * The whole hand-off, as users and agents live it, through real socket.io clients on a real
 * server (SQLite, SMTP): thumbs-down → comment → offer → queue → an agent accepts and sees the
 * transcript and the comment → conversation → phone appointment → e-mail with .ics → close.
 * Monday 30 November 2026, 10:00 in Paris: support is open. Agents pick from the queue.
 */
/** Tokens are checked against the server's (pinned) clock. */
const DEMO_EXPIRY = Math.floor(Date.parse('2026-11-30T12:00:00+01:00') / 1000);

describe('hand-off story', () => {
  let smtp: TestSmtpServer;
  let r: RunningApp;
  let camille: AgentClient;

  beforeAll(async () => {
    smtp = await startSmtpServer();
    r = await startApp({ SMTP_URL: smtp.url, RELAIS_NOW: '2026-11-30T10:00:00+01:00', LIVECHAT_ROUTING: 'pick' });
    camille = await connectAgent(r.base, await createAgent(r.app, r.base, 'Camille Martin'));
  });
  afterAll(async () => {
    camille?.close();
    await r.close();
    await smtp.close();
  });

  it('goes from a thumbs-down to an agent, a phone appointment with its e-mail, and back to the bot', async () => {
    const user = new WidgetClient(r.base, { identityToken: await identityToken({}, { expiresIn: DEMO_EXPIRY }) });
    await connected(user);
    await user.waitForBot(/ClaudIA/);

    const answer = await user.say('J’ai oublié mon mot de passe', /Source/);
    await user.emit({
      type: 'invoke',
      name: 'message/submitAction',
      value: { actionName: 'feedback', actionValue: { reaction: 'dislike' } },
      replyToId: answer.id,
    });
    await user.waitForBot(/préciser le dysfonctionnement/);
    const offer = await user.say('Le lien de réinitialisation a expiré', /conseiller/);
    expect(offer.suggestedActions?.actions.map((a) => a.title)).toEqual(['Discuter avec un conseiller', 'Créer un ticket']);

    const queued = await user.say('Discuter avec un conseiller', /position 1 dans la file/);
    expect(queued.suggestedActions?.actions[0]).toMatchObject({ title: 'Quitter la file et créer un ticket', value: { relaisAction: 'leave-queue' } });
    await waitUntil(() => liveStatuses(user).some((s) => s.state === 'queued' && s.position === 1 && s.estimatedWaitMinutes >= 1));

    // The agent sees the chat in the queue, with the comment and the end of the transcript.
    const update = await camille.waitFor('queue:update', (q) => q.items.length === 1);
    expect(update.items[0]).toMatchObject({ position: 1, requesterName: 'Marie Dupont', reason: 'dislike', comment: 'Le lien de réinitialisation a expiré' });

    // While waiting, the user's messages go to the live chat, not to the knowledge base.
    const botBefore = user.botMessages().length;
    expect((await user.emit({ type: 'message', text: 'mot de passe oublié' })).ok).toBe(true);

    const chat = await camille.call('chat:accept', { chatId: update.items[0].chatId });
    expect(chat).toMatchObject({ state: 'agent', comment: 'Le lien de réinitialisation a expiré', requester: { name: 'Marie Dupont', verified: true } });
    expect(chat.transcript.map((l: any) => l.text)).toEqual(expect.arrayContaining(['J’ai oublié mon mot de passe', 'Le lien de réinitialisation a expiré']));
    // The bot's answer reaches the adviser whole (not cut at 600 characters), naming its article.
    const given = chat.transcript.find((l: any) => l.from === 'bot' && l.article);
    expect(given.article).toEqual({ id: 'mot-de-passe-oublie', title: expect.stringMatching(/^Mot de passe oublié/) });
    expect(given.text).toBe(answer.text);
    expect(given.text.length).toBeGreaterThan(600);
    expect(chat.messages.map((m: any) => [m.kind, m.text])).toContainEqual(['user', 'mot de passe oublié']);
    await user.waitForBot(/Camille Martin a rejoint la conversation/);
    expect(user.botMessages().slice(botBefore).some((a) => /Source/.test(a.text ?? ''))).toBe(false);
    await waitUntil(() => liveStatuses(user).some((s) => s.state === 'agent' && s.agentName === 'Camille Martin'));

    // Both ways, in order, typing included.
    await user.emit({ type: 'typing' });
    await camille.waitFor('chat:typing', (t) => t.chatId === chat.chatId && t.typing);
    await user.emit({ type: 'message', text: 'Bonjour, le lien ne marche plus.' });
    await camille.waitFor('chat:message', (m) => m.kind === 'user' && m.text === 'Bonjour, le lien ne marche plus.');
    await camille.call('chat:typing', { chatId: chat.chatId, typing: true });
    await waitUntil(() => user.activities.some((a) => a.type === 'typing'));
    const sent = await camille.call('chat:message', { chatId: chat.chatId, text: 'Bonjour Marie, je regarde votre compte.' });
    expect(sent).toMatchObject({ kind: 'agent', authorName: 'Camille Martin' });
    const agentLine = await user.waitForBot(/je regarde votre compte/);
    expect(agentLine.channelData?.relais).toMatchObject({ sender: 'agent' });
    await camille.call('chat:note', { chatId: chat.chatId, text: 'Compte verrouillé côté annuaire' });

    // Phone appointment: proposed, chosen in the widget, stored, confirmed both sides, e-mailed with .ics.
    const proposal = await camille.call('appointment:propose', {
      chatId: chat.chatId,
      slots: ['2026-11-30T13:00:00.000Z', '2026-12-01T08:30:00.000Z'],
    });
    expect(proposal).toMatchObject({ status: 'proposed', durationMinutes: 15 });
    const offerActivity = await user.waitForBot(/rendez-vous téléphonique/);
    expect(offerActivity.text).toContain('lundi 30 novembre 2026 à 14h');
    expect(offerActivity.channelData?.relais.appointment).toMatchObject({ id: proposal.id, slots: proposal.slots, needsEmail: false });

    const badPhone = await user.emit({ type: 'message', text: 'Créneau choisi', value: { relaisAppointment: { appointmentId: proposal.id, slot: proposal.slots[0], phone: '12' } } });
    expect(badPhone).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT' } });
    const pick = await user.emit({
      type: 'message',
      text: 'Créneau choisi : lundi 30 novembre 2026 à 14h',
      value: { relaisAppointment: { appointmentId: proposal.id, slot: proposal.slots[0], phone: '06 12 34 56 78' } },
    });
    expect(pick.ok).toBe(true);
    await user.waitForBot(/Rendez-vous téléphonique confirmé le lundi 30 novembre 2026 à 14h/);
    const booked = await camille.waitFor('appointment:booked');
    expect(booked).toMatchObject({ status: 'booked', chosenSlot: '2026-11-30T13:00:00.000Z', phone: '06 12 34 56 78', email: 'marie.dupont@mairie.fr' });
    const twice = await user.emit({ type: 'message', text: 'encore', value: { relaisAppointment: { appointmentId: proposal.id, slot: proposal.slots[1], phone: '0612345678' } } });
    expect(twice).toMatchObject({ ok: false, error: { code: 'CONFLICT' } });

    const [mail] = await smtp.waitFor(1);
    expect(mail!.rcptTo).toEqual(['marie.dupont@mairie.fr']);
    expect(mail!.mail.subject).toBe('Rendez-vous téléphonique confirmé le lundi 30 novembre 2026 à 14h');
    expect(mail!.mail.text).toContain('06 12 34 56 78');
    const ics = mail!.mail.attachments.find((a) => a.filename === 'rendez-vous.ics')!;
    expect(ics.contentType).toBe('text/calendar');
    const props = parseIcs(ics.content.toString('utf8'));
    expect(props.find((p) => p.name === 'DTSTART')?.value).toBe('20261130T130000Z');
    expect(props.find((p) => p.name === 'DTEND')?.value).toBe('20261130T131500Z');

    // Close: the user is back with the bot, which answers again; the transcript stays viewable.
    expect(await camille.call('chat:close', { chatId: chat.chatId })).toEqual({ ticketNumber: null });
    await camille.waitFor('chat:ended', (e) => e.chatId === chat.chatId && e.reason === 'closed');
    await user.waitForBot(/La conversation avec le conseiller est terminée/);
    await waitUntil(() => liveStatuses(user).at(-1)?.state === 'bot');
    await user.say('mot de passe oublié', /Source/);

    const closed = await camille.call('chat:open', { chatId: chat.chatId });
    expect(closed).toMatchObject({ state: 'closed', endReason: 'closed', agentName: 'Camille Martin' });
    const kinds = closed.messages.map((m: any) => m.kind);
    expect(kinds).toEqual(expect.arrayContaining(['user', 'system', 'agent', 'note']));
    // In order: the note comes after the agent's greeting and before the proposal.
    const texts = closed.messages.map((m: any) => m.text);
    expect(texts.indexOf('Compte verrouillé côté annuaire')).toBeGreaterThan(texts.indexOf('Bonjour Marie, je regarde votre compte.'));
    expect(closed.appointments[0]).toMatchObject({ status: 'booked' });

    // The user's history never contains the internal note.
    const again = new WidgetClient(r.base, { identityToken: await identityToken({}, { expiresIn: DEMO_EXPIRY }), visitorToken: user.session!.visitorToken });
    await connected(again);
    await waitUntil(() => again.history !== null);
    expect(JSON.stringify(again.history)).not.toContain('Compte verrouillé');
    expect(JSON.stringify(again.history)).toContain('je regarde votre compte');
    again.close();
    user.close();
  });
});

