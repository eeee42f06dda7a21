import type { Browser } from 'playwright-core';
import type { RunningApp } from '../helpers/app';
import { AGENT_PASSWORD, createAgent } from '../helpers/agent-client';
import { describeBrowser, formatViolations, runAxe, screenshot, startBrowserApp, watchErrors } from '../helpers/browser';
import { component, parseIcs, prop } from '../helpers/ics';
import { startSmtpServer, type TestSmtpServer } from '../helpers/smtp';
import { devQuestion, launchWidgetBrowser, widget } from './widget-page';

/**
 * The whole hand-off with both people in real browsers: a portal user on the demo page at `/`
 * (the widget as `npm start` serves it) and an adviser signing in to the console in a second
 * browser context. Ask → answer → 👎 with a comment → offer → queue → the adviser accepts and
 * sees the transcript and comment → both ways → appointment picked in the widget → e-mail with
 * its .ics → close.
 */
describeBrowser('hand-off story in two browsers: widget user and console adviser', () => {
  let r: RunningApp;
  let smtp: TestSmtpServer;
  let browser: Browser;
  beforeAll(async () => {
    smtp = await startSmtpServer();
    r = await startBrowserApp({ RELAIS_NOW: '2026-12-01T10:00:00+01:00', LIVECHAT_ROUTING: 'pick', SMTP_URL: smtp.url });
    browser = await launchWidgetBrowser();
  });
  afterAll(async () => {
    await browser?.close();
    await r?.close();
    await smtp?.close();
  });

  it('goes from a thumbs-down to an adviser, an appointment and its e-mail, then back to the bot', async () => {
    const account = await createAgent(r.app, r.base, 'Hélène Garnier');
    const adviserContext = await browser.newContext({ locale: 'fr-FR', timezoneId: 'Europe/Paris', viewport: { width: 1280, height: 900 } });
    const userContext = await browser.newContext({ locale: 'fr-FR', timezoneId: 'Europe/Paris', viewport: { width: 1100, height: 800 } });
    const console_ = await adviserContext.newPage();
    const user = await userContext.newPage();
    const userErrors = watchErrors(user);

    // The adviser signs in through the login form.
    await console_.goto(`${r.base}/console/`);
    await console_.getByLabel('Adresse e-mail').fill(account.agent.email);
    await console_.getByLabel('Mot de passe').fill(AGENT_PASSWORD);
    await console_.getByRole('button', { name: 'Se connecter' }).click();
    await console_.locator('.top-bar .status-dot[data-status="available"]').waitFor();
    await console_.locator('.queue .empty').waitFor();
    // From here on (before sign-in, the session check's 401 is logged by the browser, as expected).
    const adviserErrors = watchErrors(console_);

    // The user asks on the demo portal and rates the answer down with a comment.
    await user.goto(`${r.base}/`);
    const w = widget(user);
    await w.launcher.click();
    await w.bot.first().waitFor();
    const question = devQuestion('facture-brouillon');
    await w.input.fill(question);
    await w.input.press('Enter');
    const answer = w.bot.filter({ hasText: 'Source' }).last();
    await answer.waitFor();
    await answer.getByRole('button', { name: 'Non, réponse pas utile' }).click();
    await answer.getByLabel('Pouvez-vous préciser le dysfonctionnement rencontré ?').fill('Ma facture reste bloquée en brouillon depuis hier');
    await answer.getByRole('button', { name: 'Envoyer mon avis' }).click();
    await w.lastBot().locator('.chips button', { hasText: 'Discuter avec un conseiller' }).click();
    await w.status.filter({ hasText: 'position 1 dans la file d’attente' }).waitFor();

    // The console shows the waiting user with the comment; the adviser takes the chat.
    const row = console_.locator('.queue-item').first();
    await row.locator('.comment', { hasText: 'Ma facture reste bloquée en brouillon depuis hier' }).waitFor();
    expect(await row.locator('.question').textContent()).toBe(`Question : ${question}`);
    await screenshot(console_, 'story-console-queue');
    await row.getByRole('button', { name: /^Prendre en charge/ }).click();
    const panel = console_.getByRole('tabpanel').first();
    const botPart = panel.getByRole('region', { name: 'Conversation avec l’assistant' });
    await botPart.waitFor();
    expect(await botPart.textContent()).toContain(question);
    expect(await botPart.locator('.comment-box').textContent()).toContain('Ma facture reste bloquée en brouillon depuis hier');
    await w.root.locator('.msg.system', { hasText: 'Hélène Garnier a rejoint la conversation.' }).waitFor();

    // Both ways.
    const composer = panel.getByRole('textbox', { name: /^Message à/ });
    await composer.fill('Bonjour, je regarde votre facture.');
    await composer.press('Enter');
    await w.root.locator('.msg.agent', { hasText: 'Bonjour, je regarde votre facture.' }).waitFor();
    await w.input.fill('Merci ! Elle porte le numéro F-2026-118.');
    await w.input.press('Enter');
    await panel.locator('.msg-user', { hasText: 'Elle porte le numéro F-2026-118.' }).waitFor();

    // The adviser proposes two slots; the user picks the second one in the widget.
    await panel.getByRole('button', { name: 'Rendez-vous' }).click();
    await panel.locator('.slot-choices input[type=checkbox]').nth(0).check();
    await panel.locator('.slot-choices input[type=checkbox]').nth(1).check();
    await panel.getByRole('button', { name: 'Proposer ces créneaux' }).click();
    const picker = w.root.locator('form[aria-label="Rendez-vous téléphonique"]');
    await picker.waitFor();
    const slots = picker.getByRole('radio');
    expect(await slots.count()).toBe(2);
    await slots.nth(1).check();
    await picker.getByLabel('Numéro de téléphone').fill('01 23 45 67 89');
    await picker.getByLabel('Adresse e-mail').fill('paul.leroy@entreprise-exemple.fr');
    await screenshot(user, 'story-widget-appointment');
    await picker.getByRole('button', { name: 'Confirmer le rendez-vous' }).click();
    await w.root.locator('.msg.system', { hasText: 'Rendez-vous téléphonique confirmé' }).waitFor();
    await panel.locator('.appointment-line[data-status="booked"]').waitFor();
    expect(await panel.locator('.appointment-line[data-status="booked"]').textContent()).toContain('01 23 45 67 89');

    // The confirmation e-mail reaches the user with the appointment as an .ics event.
    const [mail] = await smtp.waitFor(1, 10_000);
    expect(mail!.rcptTo).toEqual(['paul.leroy@entreprise-exemple.fr']);
    const ics = mail!.mail.attachments.find((a) => a.filename === 'rendez-vous.ics');
    expect(ics).toBeDefined();
    const event = component(parseIcs(ics!.content.toString('utf8')), 'VEVENT');
    expect(prop(event, 'DTSTART').value).toMatch(/^2026120[12]T\d{6}Z$/);

    expect(formatViolations(await runAxe(user))).toBe('');
    expect(formatViolations(await runAxe(console_))).toBe('');
    await screenshot(console_, 'story-console-chat');

    // The adviser closes; the user is told and the bot answers again.
    await panel.getByRole('button', { name: 'Clore' }).click();
    await panel.getByRole('button', { name: 'Clore la conversation' }).click();
    await w.root.locator('.msg.system', { hasText: 'Hélène Garnier a quitté la conversation.' }).waitFor();
    await w.bot.filter({ hasText: 'La conversation avec le conseiller est terminée' }).waitFor();
    await screenshot(user, 'story-widget-ended');
    expect([...userErrors, ...adviserErrors]).toEqual([]);
  }, 120_000);
});
