import type { Browser } from 'playwright-core';
import type { RunningApp } from '../helpers/app';
import { describeBrowser, formatViolations, runAxe, screenshot, startBrowserApp, watchErrors } from '../helpers/browser';
import { launchBrowser } from '../helpers/chromium';

/** The public help centre in Chromium: sections, a search read as the assistant reads, an article, «Cette page vous a-t-elle aidé ?». */
describeBrowser('help centre pages', () => {
  let r: RunningApp;
  let browser: Browser;
  beforeAll(async () => {
    r = await startBrowserApp();
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
    await r?.close();
  });

  it('finds an article by a question in the user’s words, reads it, and takes an opinion with a comment', async () => {
    const page = await (await browser.newContext({ locale: 'fr-FR' })).newPage();
    const errors = watchErrors(page);
    await page.goto(`${r.base}/aide`);
    await page.getByRole('heading', { level: 2, name: 'Déposer et suivre ses factures' }).waitFor();
    expect(await page.getByRole('navigation', { name: 'Menu principal' }).getByRole('link', { name: 'Centre d’aide' }).getAttribute('aria-current')).toBe('page');
    expect(formatViolations(await runAxe(page))).toBe('');
    await screenshot(page, 'help-index');

    await page.getByLabel('Rechercher dans l’aide').fill('jarive pa a envoyé ma facture elle est en brouillon');
    await page.getByRole('button', { name: 'Rechercher' }).click();
    const first = page.locator('#help-results li').first();
    await first.waitFor();
    expect(await first.getByRole('link').textContent()).toBe('Envoyer une facture restée en mode brouillon');
    await first.getByRole('link').click();

    await page.getByRole('heading', { level: 1, name: 'Envoyer une facture restée en mode brouillon' }).waitFor();
    await page.locator('#help-body li').first().waitFor();
    expect(await page.title()).toMatch(/^Envoyer une facture restée en mode brouillon – Centre d’aide/);
    await page.getByRole('button', { name: 'Non' }).click();
    await page.getByLabel(/Qu’est-ce qui manque/).fill('Une capture de l’écran Synthèse');
    await page.getByRole('button', { name: 'Envoyer' }).click();
    await page.locator('#help-useful-status', { hasText: 'Merci pour votre avis' }).waitFor();
    expect(formatViolations(await runAxe(page))).toBe('');
    await screenshot(page, 'help-article');
    await page.setViewportSize({ width: 390, height: 844 });
    await screenshot(page, 'help-article-390');
    expect(errors).toEqual([]);
  });
});
