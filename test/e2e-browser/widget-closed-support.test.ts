import type { Browser, Page } from 'playwright-core';
import { identityToken, type RunningApp } from '../helpers/app';
import { describeBrowser, formatViolations, runAxe, screenshot, startBrowserApp, watchErrors } from '../helpers/browser';
import { startSmtpServer, type TestSmtpServer } from '../helpers/smtp';
import { ask, devQuestion, focusedInWidget, hostHtml, launchWidgetBrowser, openHost, widget } from './widget-page';

/** Saturday 28 November 2026, 10:00 in Paris: support closed until Monday 8:30. */
const SATURDAY = '2026-11-28T10:00:00+01:00';
/** Identity tokens are checked against the server's pinned clock. */
const TOKEN_EXPIRY = Math.floor(Date.parse('2026-11-28T18:00:00+01:00') / 1000);

describeBrowser('widget: support closed, ticket from the widget form', () => {
  let r: RunningApp;
  let smtp: TestSmtpServer;
  let browser: Browser;
  beforeAll(async () => {
    smtp = await startSmtpServer();
    r = await startBrowserApp({ RELAIS_NOW: SATURDAY, SMTP_URL: smtp.url });
    browser = await launchWidgetBrowser();
  });
  afterAll(async () => {
    await browser?.close();
    await r?.close();
    await smtp?.close();
  });

  async function portal(attrs: Record<string, string> = {}, viewport = { width: 1100, height: 820 }): Promise<Page> {
    const context = await browser.newContext({ viewport });
    const page = await context.newPage();
    await openHost(page, `${r.base}/portail`, hostHtml('/relais-widget.js', attrs), { realHeadersFrom: `${r.base}/` });
    return page;
  }

  it('says support is closed and when it opens, then creates a ticket from the form: field errors, e-mail, number', async () => {
    const page = await portal();
    const errors = watchErrors(page);
    const w = widget(page);
    await w.launcher.click();
    await w.bot.first().waitFor();
    await w.status.filter({ hasText: 'Support fermé' }).waitFor();
    expect(await w.status.textContent()).toMatch(/du lundi au vendredi de 8h30 à 18h30.*Prochaine ouverture\s*: lundi à 8h30\./);
    expect(await w.status.getAttribute('role')).toBe('status');
    await screenshot(page, 'widget-support-closed');

    await ask(page, devQuestion('facture-brouillon'));
    const answer = w.bot.filter({ hasText: 'Valider et envoyer' });
    await answer.waitFor();
    await answer.getByRole('button', { name: 'Non, réponse pas utile' }).click();
    await answer.getByLabel('Pouvez-vous préciser le dysfonctionnement rencontré ?').fill('Le bouton Valider et envoyer n’apparaît pas');
    await answer.getByRole('button', { name: 'Envoyer mon avis' }).click();
    const offer = w.bot.filter({ hasText: 'Prochaine ouverture' }).last();
    await offer.waitFor();
    expect(await offer.locator('.chips button').allTextContents()).toEqual(['Créer un ticket']);
    await offer.locator('.chips button', { hasText: 'Créer un ticket' }).click();

    const form = w.root.locator('form[aria-label="Créer un ticket"]');
    await form.waitFor();
    expect(await form.getByLabel('Description').inputValue()).toBe('Le bouton Valider et envoyer n’apparaît pas');
    await form.getByRole('button', { name: 'Créer le ticket' }).click();
    // The bot validates: errors per field, linked to their controls, focus on the first.
    await form.locator('.err', { hasText: 'adresse e-mail valide' }).waitFor();
    const email = form.getByLabel('Adresse e-mail');
    expect(await email.getAttribute('aria-invalid')).toBe('true');
    expect(await email.getAttribute('aria-describedby')).toMatch(/-err/);
    expect(await form.getByLabel('Catégorie').getAttribute('aria-invalid')).toBe('true');
    expect(await form.getByLabel('Objet').getAttribute('aria-invalid')).toBe('true');
    expect(await form.getByLabel('Description').getAttribute('aria-invalid')).toBeNull();
    expect(await focusedInWidget(page, "getAttribute('type')")).toBe('email');
    // The refused submission leaves no bubble of a request that was not made.
    expect(await w.user.filter({ hasText: /Demande de ticket|sans objet/ }).count()).toBe(0);

    await email.fill('jean.martin@example.fr');
    await form.getByLabel('Catégorie').selectOption('technique');
    await form.getByLabel('Objet').fill('Bouton Valider et envoyer absent');
    await screenshot(page, 'widget-ticket-form');
    expect(formatViolations(await runAxe(page))).toBe('');
    await form.getByRole('button', { name: 'Créer le ticket' }).click();

    const done = w.bot.filter({ hasText: /votre ticket n° RL-\d{4}-\d{6} est créé/ });
    await done.waitFor();
    const number = /RL-\d{4}-\d{6}/.exec((await done.textContent())!)![0];
    expect(await form.count()).toBe(0);
    // «Suivre ma demande» opens the follow-up page; the link and its token are never shown as text.
    const follow = done.getByRole('link', { name: 'Suivre ma demande' });
    expect(await follow.getAttribute('href')).toMatch(/\/suivi\/RL-\d{4}-\d{6}#jeton=/);
    expect(await follow.getAttribute('target')).toBe('_blank');
    expect(await done.locator('.bubble').textContent()).not.toMatch(/suivi|jeton|http/);
    expect(await w.user.filter({ hasText: 'Demande de ticket : Bouton Valider et envoyer absent' }).count()).toBe(1);
    const mails = await smtp.waitFor(2);
    const ack = mails.find((m) => m.rcptTo.includes('jean.martin@example.fr'))!;
    expect(ack.mail.subject).toContain(number);
    await screenshot(page, 'widget-ticket-created');
    expect(errors).toEqual([]);
  }, 120_000);

  it('logged in (identity token in the tag): the form is pre-filled from the identity and the last question', async () => {
    const token = await identityToken({ name: 'Marie Dupont', email: 'marie.dupont@mairie.fr' }, { expiresIn: TOKEN_EXPIRY });
    // On a phone: the panel takes the whole screen.
    const page = await portal({ 'data-identity-token': token }, { width: 375, height: 740 });
    const errors = watchErrors(page);
    const w = widget(page);
    await w.launcher.click();
    await w.bot.filter({ hasText: 'Bonjour Marie Dupont' }).waitFor();
    await ask(page, 'quelle est la capitale de l’Australie');
    await w.bot.filter({ hasText: 'Je n’ai pas compris' }).locator('.chips button', { hasText: 'Créer un ticket' }).click();
    const form = w.root.locator('form[aria-label="Créer un ticket"]');
    await form.waitFor();
    expect(await form.getByLabel('Nom').inputValue()).toBe('Marie Dupont');
    expect(await form.getByLabel('Adresse e-mail').inputValue()).toBe('marie.dupont@mairie.fr');
    expect(await form.getByLabel('Adresse e-mail').getAttribute('readonly')).not.toBeNull();
    expect(await form.getByLabel('Description').inputValue()).toBe('quelle est la capitale de l’Australie');
    await screenshot(page, 'widget-ticket-form-logged-in-mobile');
    expect(await page.evaluate<number>('document.documentElement.scrollWidth')).toBeLessThanOrEqual(375);
    const box = (await w.panel.boundingBox())!;
    expect([box.x, box.width]).toEqual([0, 375]);
    await form.getByLabel('Catégorie').selectOption('metier');
    await form.getByLabel('Objet').fill('Question hors sujet');
    await form.getByRole('button', { name: 'Créer le ticket' }).click();
    await w.bot.filter({ hasText: 'envoyé à marie.dupont@mairie.fr' }).waitFor();
    expect(errors).toEqual([]);
  }, 90_000);

  it('another portal user, or a logout, on the same browser gets a fresh conversation, never the previous one', async () => {
    const context = await browser.newContext();
    const page = await context.newPage();
    const errors = watchErrors(page);
    const w = widget(page);
    const as = async (path: string, attrs: Record<string, string>) => {
      await openHost(page, `${r.base}${path}`, hostHtml('/relais-widget.js', attrs), { realHeadersFrom: `${r.base}/` });
      await w.launcher.waitFor();
      if (await w.panel.isHidden()) await w.launcher.click();
    };
    const marie = await identityToken({ sub: 'marie', name: 'Marie Dupont' }, { expiresIn: TOKEN_EXPIRY });
    await as('/marie', { 'data-identity-token': marie });
    await w.bot.filter({ hasText: 'Bonjour Marie Dupont' }).waitFor();
    await ask(page, 'mot de passe oublié');
    await w.user.filter({ hasText: 'mot de passe oublié' }).waitFor();

    // Bruno on the same browser: the conversation belongs to Marie (IDENTITY_MISMATCH), so a new one.
    const bruno = await identityToken({ sub: 'bruno', name: 'Bruno Roux', email: 'bruno.roux@mairie.fr' }, { expiresIn: TOKEN_EXPIRY });
    await as('/bruno', { 'data-identity-token': bruno });
    await w.bot.filter({ hasText: 'Bonjour Bruno Roux' }).waitFor();
    expect(await w.log.textContent()).not.toMatch(/Marie|mot de passe oublié/);

    // Logged out: neither Marie's nor Bruno's conversation.
    await as('/anonyme', {});
    await w.bot.filter({ hasText: /^ClaudIA\s*:\s*Bonjour, je suis ClaudIA/ }).waitFor();
    expect(await w.log.textContent()).not.toMatch(/Marie|Bruno/);
    await context.close();
    expect(errors).toEqual([]);
  }, 90_000);
});
