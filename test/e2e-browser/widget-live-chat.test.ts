import type { Browser } from 'playwright-core';
import type { RunningApp } from '../helpers/app';
import { connectAgent, createAgent, type AgentClient } from '../helpers/agent-client';
import { describeBrowser, formatViolations, runAxe, screenshot, startBrowserApp, watchErrors } from '../helpers/browser';
import { startSmtpServer, type TestSmtpServer } from '../helpers/smtp';
import { ask, hostHtml, injected, launchWidgetBrowser, openHost, widget } from './widget-page';

/**
 * Opening hours, agents pick from the queue: the user sees their queue position and wait, the
 * adviser joining, typing, their messages (an XSS payload stays text), a phone appointment picked
 * in the widget (confirmation e-mail), and the adviser leaving.
 */
describeBrowser('widget: live chat with an adviser', () => {
  let r: RunningApp;
  let smtp: TestSmtpServer;
  let browser: Browser;
  let zoe: AgentClient;
  beforeAll(async () => {
    smtp = await startSmtpServer();
    r = await startBrowserApp({ RELAIS_NOW: '2026-12-01T10:00:00+01:00', LIVECHAT_ROUTING: 'pick', SMTP_URL: smtp.url });
    browser = await launchWidgetBrowser();
    zoe = await connectAgent(r.base, await createAgent(r.app, r.base, 'Zoé Martin'));
  });
  afterAll(async () => {
    zoe?.close();
    await browser?.close();
    await r?.close();
    await smtp?.close();
  });

  it('queue, adviser, typing, agent XSS as text, appointment picker, adviser leaving', async () => {
    const page = await browser.newPage({ viewport: { width: 1100, height: 760 } });
    const errors = watchErrors(page);
    await openHost(page, `${r.base}/portail`, hostHtml('/relais-widget.js'), { realHeadersFrom: `${r.base}/` });
    const w = widget(page);
    await w.launcher.click();
    await w.bot.first().waitFor();
    await w.bot.first().locator('.chips button', { hasText: 'Parler à un conseiller' }).click();

    // Queued: position and estimated wait under the header, with a way out.
    await w.status.filter({ hasText: 'position 1 dans la file d’attente' }).waitFor();
    expect(await w.status.textContent()).toMatch(/Attente estimée\s*: \d+ min/);
    // One way out, under one name: the status line's button, not a second chip in the log.
    expect(await w.root.getByRole('button', { name: /Quitter la file/ }).allTextContents()).toEqual(['Quitter la file et créer un ticket']);
    expect(await w.status.getByRole('button', { name: 'Quitter la file et créer un ticket' }).count()).toBe(1);
    await screenshot(page, 'widget-queue-position');

    const update = await zoe.waitFor('queue:update', (q) => q.items.length === 1);
    const chat = await zoe.call('chat:accept', { chatId: update.items[0].chatId });
    // The widget told where the user was: origin and path of the host page, and its title.
    expect(chat.page).toEqual({ url: `${r.base}/portail`, title: 'Portail de test' });
    await w.root.locator('.msg.system', { hasText: 'Zoé Martin a rejoint la conversation.' }).waitFor();
    await w.status.filter({ hasText: 'Vous échangez avec Zoé Martin' }).waitFor();

    // Typing both ways.
    await zoe.call('chat:typing', { chatId: chat.chatId, typing: true });
    await w.root.locator('.typing', { hasText: 'Zoé Martin écrit…' }).waitFor();
    const typed = zoe.events('chat:typing').length;
    await w.input.pressSequentially('Bonjour', { delay: 20 });
    await zoe.waitFor('chat:typing', (t) => t.chatId === chat.chatId, 5000, 0);
    expect(zoe.events('chat:typing').length - typed).toBe(1); // throttled: one notice for seven keys
    await w.input.press('Enter');
    await zoe.waitFor('chat:message', (m) => m.kind === 'user' && m.text === 'Bonjour');

    // The adviser's text is text, whatever it contains.
    const payload = '<img src=x onerror="window.__xss=1"><script>window.__xss=1</script> **pas du gras**';
    await zoe.call('chat:message', { chatId: chat.chatId, text: payload });
    const agentMsg = w.root.locator('.msg.agent').last();
    await agentMsg.locator('.bubble', { hasText: 'pas du gras' }).waitFor();
    expect(await agentMsg.locator('.bubble').textContent()).toBe(payload);
    expect(await agentMsg.locator('.who').textContent()).toBe('Zoé Martin (support)\u00a0:');
    expect(await injected(page, 'img, script, .msg.agent strong')).toEqual({ xss: undefined, count: 0 });
    expect(await w.root.locator('.typing').textContent()).toBe('');

    // A phone appointment: radio group of slots in Paris time, phone number, e-mail (not logged in).
    await zoe.call('appointment:propose', { chatId: chat.chatId, slots: ['2026-12-01T15:00:00+01:00', '2026-12-02T09:30:00+01:00'] });
    const picker = w.root.locator('form[aria-label="Rendez-vous téléphonique"]');
    await picker.waitFor();
    expect(await picker.getByRole('radio').count()).toBe(2);
    // The slots are written one way: the adviser's message and the radios say the same.
    const offered = (await w.root.locator('.msg.agent', { hasText: 'rendez-vous téléphonique' }).last().textContent()) ?? '';
    for (const label of await picker.locator('label.opt').allTextContents()) expect(offered).toContain(label);
    await picker.getByRole('radio', { name: 'mercredi 2 décembre 2026 à 9h30' }).check();
    await picker.getByLabel('Numéro de téléphone').fill('12');
    await picker.getByLabel('Adresse e-mail').fill('jean.martin@example.fr');
    await screenshot(page, 'widget-appointment-picker');
    await picker.getByRole('button', { name: 'Confirmer le rendez-vous' }).click();
    await picker.locator('.err', { hasText: 'Numéro de téléphone invalide' }).waitFor();
    expect(await picker.getByLabel('Numéro de téléphone').getAttribute('aria-invalid')).toBe('true');
    await picker.getByLabel('Numéro de téléphone').fill('06 12 34 56 78');
    await picker.getByRole('button', { name: 'Confirmer le rendez-vous' }).click();
    await w.root.locator('.msg.system', { hasText: 'Rendez-vous téléphonique confirmé' }).waitFor();
    expect(await picker.count()).toBe(0);
    const booked = await zoe.waitFor('appointment:booked');
    expect(booked).toMatchObject({ chosenSlot: '2026-12-02T08:30:00.000Z', phone: '06 12 34 56 78', email: 'jean.martin@example.fr' });
    const mails = await smtp.waitFor(1);
    expect(mails[0]!.rcptTo).toContain('jean.martin@example.fr');

    expect(formatViolations(await runAxe(page))).toBe('');

    // Closed panel: a new message from the adviser marks the launcher.
    await w.input.press('Escape');
    await zoe.call('chat:message', { chatId: chat.chatId, text: 'Je vous appellerai mercredi.' });
    await w.root.locator('.launcher.unread').waitFor({ state: 'attached' });
    expect(await w.launcher.getAttribute('aria-label')).toBe('Ouvrir l’assistant (nouveau message)');
    await w.launcher.click();
    expect(await w.root.locator('.launcher.unread').count()).toBe(0);
    await w.root.locator('.msg.agent', { hasText: 'Je vous appellerai mercredi.' }).waitFor();

    // The adviser ends the chat: the widget says so, and the bot is back.
    await zoe.call('chat:close', { chatId: chat.chatId });
    await w.root.locator('.msg.system', { hasText: 'Zoé Martin a quitté la conversation.' }).waitFor();
    await w.bot.filter({ hasText: 'La conversation avec le conseiller est terminée' }).waitFor();
    expect(await w.status.isHidden()).toBe(true);
    await ask(page, 'mot de passe oublié');
    await w.bot.filter({ hasText: 'Source' }).last().waitFor();
    expect(errors).toEqual([]);
  }, 120_000);

  it('the user ends the chat, rates it and asks for its transcript by e-mail', async () => {
    const page = await browser.newPage({ viewport: { width: 390, height: 780 } });
    const errors = watchErrors(page);
    await openHost(page, `${r.base}/portail`, hostHtml('/relais-widget.js'), { realHeadersFrom: `${r.base}/` });
    const w = widget(page);
    await w.launcher.click();
    const mark = zoe.received.length;
    await w.bot.first().locator('.chips button', { hasText: 'Parler à un conseiller' }).click();
    const update = await zoe.waitFor('queue:update', (q) => q.items.length === 1, 5000, mark);
    const chat = await zoe.call('chat:accept', { chatId: update.items[0].chatId });
    await w.status.filter({ hasText: 'Vous échangez avec Zoé Martin' }).waitFor();
    await zoe.call('chat:message', { chatId: chat.chatId, text: 'Votre facture est bien partie.' });
    await w.root.locator('.msg.agent', { hasText: 'Votre facture est bien partie.' }).waitFor();

    await w.status.getByRole('button', { name: 'Terminer la conversation' }).click();
    await zoe.waitFor('chat:ended', (e) => e.chatId === chat.chatId && e.reason === 'user-ended');
    const rating = w.root.getByRole('form', { name: 'Votre avis sur l’échange' });
    await rating.waitFor();
    expect(await w.status.isHidden()).toBe(true);
    // Nothing chosen: the form says so and keeps the focus in it.
    await rating.getByRole('button', { name: 'Envoyer mon avis' }).click();
    await rating.getByRole('alert').filter({ hasText: 'Choisissez une note de 1 à 5.' }).waitFor();
    await rating.getByRole('radio', { name: '5 – Très satisfait' }).check();
    await rating.getByLabel('Commentaire (facultatif)').fill('Très efficace.');
    await screenshot(page, 'widget-end-of-chat-mobile');
    expect(formatViolations(await runAxe(page))).toBe('');
    await rating.getByRole('button', { name: 'Envoyer mon avis' }).click();
    await w.bot.filter({ hasText: 'Merci pour votre avis' }).waitFor();
    expect(await rating.count()).toBe(0);
    await w.root.getByText('Avis envoyé, merci.').waitFor();

    const mailForm = w.root.getByRole('form', { name: 'Transcription par e-mail' });
    await mailForm.getByRole('button', { name: 'Recevoir la transcription par e-mail' }).click();
    await mailForm.getByText('Indiquez une adresse e-mail valide.').waitFor();
    await mailForm.getByLabel('Adresse e-mail').fill('paul.durand@example.fr');
    const before = smtp.received.length;
    await mailForm.getByRole('button', { name: 'Recevoir la transcription par e-mail' }).click();
    await w.bot.filter({ hasText: 'la transcription de l’échange part à paul.durand@example.fr' }).waitFor();
    const mail = (await smtp.waitFor(before + 1)).at(-1)!;
    expect(mail.rcptTo).toEqual(['paul.durand@example.fr']);
    expect(mail.mail.text).toContain('Votre facture est bien partie.');
    expect(errors).toEqual([]);
  }, 90_000);
});
