import type { Browser, Page } from 'playwright-core';
import { ask, widget } from './widget-page';
import { describeBrowser, formatViolations, launchBrowser, runAxe, screenshot, startBrowserApp, watchErrors } from '../helpers/browser';
import { IDENTITY_SECRET, type RunningApp } from '../helpers/app';

jest.setTimeout(120_000);

type Tag = { server: string | null; token: string | null; async: boolean };
const widgetTags = (page: Page): Promise<Tag[]> =>
  page.$$eval('script[src="/relais-widget.js"]', (els) =>
    els.map((e) => ({ server: e.getAttribute('data-relais-server'), token: e.getAttribute('data-identity-token'), async: (e as unknown as { async: boolean }).async })),
  );

describeBrowser('demo portal at / in Chromium', () => {
  let r: RunningApp;
  let browser: Browser;
  beforeAll(async () => {
    r = await startBrowserApp({ RELAIS_NOW: '2026-12-01T10:00:00+01:00' });
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
    await r?.close();
  });

  const open = async (width = 1280) => {
    const page = await browser.newPage({ viewport: { width, height: 900 } });
    const errors = watchErrors(page);
    await page.goto(`${r.base}/`);
    await page.waitForSelector('script[src="/relais-widget.js"]', { state: 'attached' });
    return { page, errors };
  };

  it('embeds the widget with one tag in logged-out mode, passes axe, and fits desktop and 375 px screens', async () => {
    const { page, errors } = await open();
    expect(await widgetTags(page)).toEqual([{ server: '', token: null, async: true }]);
    expect(await page.textContent('#header-user')).toBe('Mode non connecté');
    // The widget is another part's work: when its bundle is real (not the placeholder), its host appears.
    const widgetBuilt = (await (await fetch(`${r.base}/relais-widget.js`)).text()).length > 1000;
    if (widgetBuilt) await page.waitForSelector('#relais-widget', { state: 'attached' });
    expect(await page.textContent('#embed-snippet')).toContain(`<script src="${r.base}/relais-widget.js"`);
    expect(await page.getAttribute('html', 'lang')).toBe('fr');
    expect(formatViolations(await runAxe(page))).toBe('');
    await screenshot(page, 'demo-portal');
    await page.setViewportSize({ width: 375, height: 812 });
    expect(await page.evaluate(() => (globalThis as any).document.documentElement.scrollWidth)).toBeLessThanOrEqual(375);
    await screenshot(page, 'demo-portal-375');
    expect(errors).toEqual([]);
    await page.close();
  });

  it('links to the public ticket form and to the agent console', async () => {
    const { page } = await open();
    await page.click('.link-list >> text=Créer un ticket de support (sans compte)');
    await page.waitForURL(`${r.base}/creer-un-ticket`);
    expect(await page.textContent('h1')).toBe('Créer un ticket de support');
    await page.goBack();
    const [response] = await Promise.all([page.waitForNavigation(), page.click('.link-list >> text=Console des conseillers')]);
    expect(page.url()).toBe(`${r.base}/console/`);
    expect(response?.status()).toBe(200);
    await page.close();
  });

  it('logs in with a demo identity token signed by the server, inserts the tag with it, and logs out', async () => {
    const { page, errors } = await open();
    await page.fill('#demo-name', 'Jeanne Essai');
    await page.fill('#demo-email', 'jeanne.essai@exemple.fr');
    await Promise.all([page.waitForNavigation(), page.click('text=Se connecter (démo)')]);
    await page.waitForSelector('script[src="/relais-widget.js"][data-identity-token]', { state: 'attached' });
    const tags = await widgetTags(page);
    expect(tags).toHaveLength(1);
    expect(tags[0]!.server).toBe('');
    // The token is a real portal identity: the ticketing verifier accepts it as this user.
    const requester = await r.app.auth.portalIdentity.verify(tags[0]!.token!);
    expect(requester).toMatchObject({ name: 'Jeanne Essai', email: 'jeanne.essai@exemple.fr', organisation: 'Mairie d’Exemple-sur-Loire', verified: true });
    expect(await page.textContent('#header-user')).toBe('Connecté·e\u00a0: Jeanne Essai');
    expect(await page.$$eval('#demo-user li', (els) => els.map((e) => e.textContent))).toEqual(['Jeanne Essai', 'jeanne.essai@exemple.fr', 'Mairie d’Exemple-sur-Loire']);
    expect(await page.isHidden('#demo-login-form')).toBe(true);
    expect(formatViolations(await runAxe(page))).toBe('');
    await screenshot(page, 'demo-portal-logged-in');

    // A reload keeps the session of this tab.
    await page.reload();
    await page.waitForSelector('script[src="/relais-widget.js"]', { state: 'attached' });
    expect((await widgetTags(page))[0]!.token).toBe(tags[0]!.token);

    await Promise.all([page.waitForNavigation(), page.click('text=Se déconnecter')]);
    await page.waitForSelector('script[src="/relais-widget.js"]', { state: 'attached' });
    expect(await widgetTags(page)).toEqual([{ server: '', token: null, async: true }]);
    expect(await page.textContent('#header-user')).toBe('Mode non connecté');
    expect(await page.evaluate(() => (globalThis as any).sessionStorage.length)).toBe(0);
    expect(errors).toEqual([]);
    await page.close();
  });

  it('lists the logged-in demo user’s invoices under «Mes factures», as text, and fits a 375 px screen', async () => {
    const { page, errors } = await open();
    expect(await page.isHidden('#demo-invoices')).toBe(true);
    await Promise.all([page.waitForNavigation(), page.click('text=Se connecter (démo)')]);
    await page.waitForSelector('#demo-invoices table tbody tr');
    expect(await page.textContent('#demo-invoices >> xpath=preceding-sibling::h2')).toBe('Mes factures');
    expect(await page.$$eval('#demo-invoices thead th', (els) => els.map((e) => e.textContent))).toEqual(['Numéro', 'Destinataire', 'Montant', 'Statut', 'Date du statut']);
    const rows = await page.$$eval('#demo-invoices tbody tr', (trs) => trs.map((tr) => [...tr.children].map((c) => (c.firstChild?.textContent ?? '').trim())));
    expect(rows.length).toBeGreaterThanOrEqual(10);
    // RELAIS_NOW is 1 December 2026, 10h in Paris: the rejected one took its status 9 days and 3 hours before.
    expect(rows.find((r) => r[0] === 'F-2026-00123')).toEqual(['F-2026-00123', 'Centre hospitalier régional d’Orléans', '12\u202f499,00\u00a0€', 'Rejetée', '22/11/2026']);
    expect(new Set(rows.map((r) => r[3]))).toEqual(new Set(['Brouillon', 'Déposée', 'Mise à disposition', 'Rejetée', 'Suspendue', 'Mise en paiement', 'Payée']));
    expect(await page.textContent('#demo-invoices tbody tr:has(th:text("F-2026-00123")) .invoices__reason')).toMatch(/^Le numéro d’engagement/);
    expect(formatViolations(await runAxe(page))).toBe('');
    await screenshot(page, 'demo-portal-invoices');
    await page.setViewportSize({ width: 375, height: 812 });
    expect(await page.evaluate(() => (globalThis as any).document.documentElement.scrollWidth)).toBeLessThanOrEqual(375);
    await screenshot(page, 'demo-portal-invoices-375');
    // Logged out, the list goes.
    await Promise.all([page.waitForNavigation(), page.click('text=Se déconnecter')]);
    expect(await page.isHidden('#demo-invoices')).toBe(true);
    expect(errors).toEqual([]);
    await page.close();
  });

  it('story (issue 15): the logged-in demo user asks the widget about a rejected invoice and gets its reason and the article; logged out, nothing', async () => {
    const { page, errors } = await open();
    await Promise.all([page.waitForNavigation(), page.click('text=Se connecter (démo)')]);
    await page.waitForSelector('#demo-invoices table tbody tr');
    const w = widget(page);
    await w.launcher.click();
    await w.input.waitFor();
    await ask(page, 'pourquoi ma facture F 2026 00123 a été rejetée ?');
    await w.bot.filter({ hasText: 'Suivre une facture déposée sur Chorus Pro' }).first().waitFor();
    const told = await w.bot.filter({ hasText: 'F-2026-00123' }).first().innerText();
    expect(told).toMatch(/rejetée par le destinataire le dimanche 22 novembre 2026\.\s*Motif\s*:\s*«\s*Le numéro d’engagement .+ commande\s*»\./);
    expect(await w.log.getByRole('link', { name: 'Voir la facture dans le portail' }).getAttribute('href')).toBe('https://chorus-pro.example/factures/F-2026-00123');
    expect(formatViolations(await runAxe(page))).toBe('');
    await screenshot(page, 'widget-invoice-rejected');
    // Logged out: the same question gets how to log in, and nothing about the invoice.
    await Promise.all([page.waitForNavigation(), page.click('text=Se déconnecter')]);
    const anonymous = widget(page);
    // The widget remembers it was open.
    await anonymous.launcher.waitFor();
    if (!(await anonymous.input.isVisible())) await anonymous.launcher.click();
    await anonymous.input.waitFor();
    await ask(page, 'pourquoi ma facture F-2026-00123 a été rejetée ?');
    await anonymous.bot.filter({ hasText: 'connectez-vous au portail' }).first().waitFor();
    expect(await anonymous.log.innerText()).not.toContain('Le numéro d’engagement');
    expect(errors).toEqual([]);
    await page.close();
  }, 60_000);

  it('shows the server’s message next to a field it refuses', async () => {
    const { page } = await open();
    await page.fill('#demo-email', 'pas-une-adresse');
    await page.click('text=Se connecter (démo)');
    await page.waitForSelector('#demo-email-error');
    expect(await page.textContent('#demo-email-error')).toMatch(/^Adresse électronique : format invalide/);
    expect(await page.getAttribute('#demo-email', 'aria-invalid')).toBe('true');
    expect(await widgetTags(page)).toEqual([{ server: '', token: null, async: true }]);
    await page.close();
  });
});

describeBrowser('demo portal with NODE_ENV=production in Chromium', () => {
  let r: RunningApp;
  let browser: Browser;
  beforeAll(async () => {
    r = await startBrowserApp({ NODE_ENV: 'production', PORTAL_IDENTITY_SECRET: IDENTITY_SECRET });
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
    await r?.close();
  });

  it('explains that the demo login does not exist in production, and stays logged out', async () => {
    const page = await browser.newPage();
    await page.goto(`${r.base}/`);
    await page.click('text=Se connecter (démo)');
    await page.waitForSelector('#demo-login-errors:not([hidden])');
    expect(await page.textContent('#demo-login-errors')).toContain('n’existe pas sur ce serveur (mode production)');
    expect(await widgetTags(page)).toEqual([{ server: '', token: null, async: true }]);
    await page.close();
  });
});
