import type { Browser } from 'playwright-core';
import { getJson, type RunningApp } from '../helpers/app';
import { describeBrowser, formatViolations, runAxe, startBrowserApp, watchErrors } from '../helpers/browser';
import { clarifyingQuestion, titleOf } from '../bot/harness';
import { ask, hostHtml, launchWidgetBrowser, openHost, widget } from './widget-page';

/**
 * « Vouliez-vous dire » choices as buttons, and a network cut (the browser goes offline while the
 * server stays up): the message typed offline is shown pending and sent exactly once when the
 * network is back, on the same conversation.
 */
describeBrowser('widget: « Vouliez-vous dire » and a network cut', () => {
  let r: RunningApp;
  let browser: Browser;
  beforeAll(async () => {
    r = await startBrowserApp({ RELAIS_NOW: '2026-12-01T10:00:00+01:00' });
    browser = await launchWidgetBrowser();
  });
  afterAll(async () => {
    await browser?.close();
    await r?.close();
  });

  it('offers the close articles as choices and answers the one picked', async () => {
    const page = await browser.newPage({ viewport: { width: 1100, height: 760 } });
    const errors = watchErrors(page);
    await openHost(page, `${r.base}/portail`, hostHtml('/relais-widget.js'), { realHeadersFrom: `${r.base}/` });
    const w = widget(page);
    await w.launcher.click();
    await w.bot.first().waitFor();
    const { question, ids } = clarifyingQuestion();
    await ask(page, question);
    const offer = w.bot.filter({ hasText: 'Vouliez-vous dire' }).last();
    await offer.waitFor();
    const choices = offer.locator('.chips button');
    // The widget sets French typography (non-breaking space before « : »).
    const shown = (await choices.allTextContents()).map((t) => t.replace(/[\u00a0\u202f]/g, ' '));
    expect(shown).toEqual(ids.map(titleOf));
    expect(formatViolations(await runAxe(page))).toBe('');
    await choices.nth(1).click();
    await w.bot.filter({ hasText: /^.*Source/ }).filter({ hasText: titleOf(ids[1]!).split(' : ')[0]! }).last().waitFor();
    expect(await w.bot.last().textContent()).toContain('Source');
    expect(errors).toEqual([]);
  }, 60_000);

  it('keeps a message typed during a network cut pending, then sends it once', async () => {
    const context = await browser.newContext({ viewport: { width: 1100, height: 760 } });
    const page = await context.newPage();
    await openHost(page, `${r.base}/portail`, hostHtml('/relais-widget.js'), { realHeadersFrom: `${r.base}/` });
    const w = widget(page);
    await w.launcher.click();
    await w.bot.first().waitFor();
    await ask(page, 'mot de passe oublié');
    await w.bot.filter({ hasText: 'Source' }).first().waitFor();

    await context.setOffline(true);
    await w.status.filter({ hasText: 'Connexion interrompue' }).waitFor({ timeout: 30_000 });
    await ask(page, 'frais de justice');
    const pending = w.user.filter({ hasText: 'frais de justice' });
    await pending.locator('.meta', { hasText: 'En attente d’envoi' }).waitFor();

    await context.setOffline(false);
    await w.bot.filter({ hasText: 'Source : ' }).nth(1).waitFor({ timeout: 30_000 });
    await w.status.waitFor({ state: 'hidden' });
    expect(await pending.locator('.meta', { hasText: 'En attente d’envoi' }).count()).toBe(0);
    // Exactly one copy of the offline message, on screen and on the server's side (the history a
    // reloaded page replays).
    expect(await w.user.filter({ hasText: 'frais de justice' }).count()).toBe(1);
    await page.reload();
    await w.bot.filter({ hasText: 'Source : ' }).nth(1).waitFor();
    expect(await w.user.filter({ hasText: 'frais de justice' }).count()).toBe(1);
    expect(await w.bot.filter({ hasText: 'Source : ' }).count()).toBe(2);
    await context.close();
  }, 90_000);
});
