import type { Browser } from 'playwright-core';
import type { RunningApp } from '../helpers/app';
import { AGENT_PASSWORD } from '../helpers/agent-client';
import { describeBrowser, startBrowserApp, watchErrors } from '../helpers/browser';
import { launchBrowser } from '../helpers/chromium';
import { connected, WidgetClient } from '../helpers/widget-client';

/** Thursday 3 December 2026, 00:30 in Paris: still Wednesday 2 December in UTC. */
const AFTER_PARIS_MIDNIGHT = '2026-12-03T00:30:00+01:00';
const QUESTION = 'comment imprimer l’accusé de dépôt de ma facture';

/**
 * «Qualité des réponses» counts the support's (Paris) days, as the reports do: between midnight
 * in Paris and midnight UTC, a question asked a minute ago is in «7 derniers jours» (the page
 * once asked for UTC days and left it out).
 */
describeBrowser('the quality page between midnight in Paris and midnight UTC', () => {
  let r: RunningApp;
  let browser: Browser;
  beforeAll(async () => {
    r = await startBrowserApp({ RELAIS_NOW: AFTER_PARIS_MIDNIGHT });
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
    await r?.close();
  });

  it('lists the question the assistant could not answer a minute ago', async () => {
    const user = new WidgetClient(r.base);
    await connected(user);
    await user.waitForBot(/ClaudIA/);
    await user.say(QUESTION, /compris|reformuler/);
    user.close();

    await r.app.auth.agents.create({ email: 'qualite@relais.test', name: 'Inès Morel', role: 'supervisor', password: AGENT_PASSWORD });
    const context = await browser.newContext({ locale: 'fr-FR', timezoneId: 'Europe/Paris' });
    const page = await context.newPage();
    await page.clock.setFixedTime(new Date(AFTER_PARIS_MIDNIGHT));
    await page.goto(`${r.base}/console/`);
    await page.getByLabel('Adresse e-mail').fill('qualite@relais.test');
    await page.getByLabel('Mot de passe').fill(AGENT_PASSWORD);
    await page.getByRole('button', { name: 'Se connecter' }).click();
    await page.locator('.top-bar').waitFor();
    const errors = watchErrors(page);
    await page.getByRole('link', { name: 'Qualité des réponses' }).click();
    await page.locator('#quality-period').selectOption('7');
    await page.locator('.quality-group', { hasText: QUESTION }).waitFor({ timeout: 15_000 });
    expect(errors).toEqual([]);
  }, 90_000);
});
