import type { Browser } from 'playwright-core';
import type { RunningApp } from '../helpers/app';
import { describeBrowser, startBrowserApp, watchErrors } from '../helpers/browser';
import { ask, devQuestion, hostHtml, launchWidgetBrowser, openHost, storedValue, widget } from './widget-page';

/**
 * A portal on its own origin (http://portail.test) embeds the widget from the Relais server with
 * the one tag. The bundle must be loadable cross-origin (Cross-Origin-Resource-Policy), the socket
 * connects to `data-relais-server`, and the conversation is kept per server in the portal's storage.
 */
describeBrowser('widget: embedded on another origin', () => {
  let r: RunningApp;
  let browser: Browser;
  beforeAll(async () => {
    r = await startBrowserApp({ RELAIS_NOW: '2026-12-01T10:00:00+01:00', WIDGET_ORIGINS: 'http://portail.test' });
    browser = await launchWidgetBrowser();
  });
  afterAll(async () => {
    await browser?.close();
    await r?.close();
  });

  it('loads from the Relais server, talks to it, and keeps the conversation across reloads', async () => {
    const script = await fetch(`${r.base}/relais-widget.js`);
    await script.arrayBuffer();
    // helmet's default `same-origin` would make browsers refuse the script on any portal.
    expect(script.headers.get('cross-origin-resource-policy')).toBe('cross-origin');

    const page = await browser.newPage();
    const errors = watchErrors(page);
    await openHost(page, 'http://portail.test/', hostHtml(`${r.base}/relais-widget.js`, { 'data-relais-server': r.base }));
    const w = widget(page);
    await w.launcher.click();
    await w.bot.first().getByText(/je suis ClaudIA/).waitFor();
    await ask(page, devQuestion('facture-brouillon'));
    await w.bot.filter({ hasText: 'Valider et envoyer' }).waitFor();
    expect(await storedValue(page, r.base, 'visitor')).toMatch(/^[A-Za-z0-9_-]{43}$/);
    expect(await storedValue(page, r.base, 'open')).toBe(true);
    await page.reload();
    await w.bot.filter({ hasText: 'Valider et envoyer' }).waitFor();
    expect(await w.bot.count()).toBe(2);
    expect(errors).toEqual([]);
  }, 90_000);
});
