import fs from 'node:fs';
import type { Browser, Page } from 'playwright-core';
import { describeBrowser, formatViolations, launchBrowser, runAxe, screenshot, startBrowserApp, watchErrors } from '../helpers/browser';
import type { RunningApp } from '../helpers/app';
import { startSmtpServer, type TestSmtpServer } from '../helpers/smtp';
import { fillTicketForm, focused, followUpLinkFor, validTicket, XSS } from './public-pages-steps';

jest.setTimeout(120_000);

/** Logged-out user → public form → e-mail → follow-up page from the e-mail link → reply. */
describeBrowser('public ticket form and follow-up page in Chromium', () => {
  let smtp: TestSmtpServer;
  let r: RunningApp;
  let browser: Browser;

  beforeAll(async () => {
    smtp = await startSmtpServer();
    r = await startBrowserApp({ SMTP_URL: smtp.url, RELAIS_NOW: '2026-12-01T10:00:00+01:00', TICKET_RATE_PER_IP: '1000', TICKET_RATE_PER_EMAIL: '1000' });
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
    await r?.close();
    await smtp?.close();
  });

  const ticketCount = async () => (await r.app.ticketing.service.list({})).total;
  const openForm = async (width = 1280): Promise<{ page: Page; errors: string[] }> => {
    const page = await browser.newPage({ viewport: { width, height: 900 } });
    const errors = watchErrors(page);
    await page.goto(`${r.base}/creer-un-ticket`);
    await page.waitForSelector('#ticket-form');
    return { page, errors };
  };
  const expectNoAxeViolations = async (page: Page) => {
    const violations = await runAxe(page);
    expect(formatViolations(violations)).toBe('');
  };

  let followUpUrl = '';
  let ticketNumber = '';

  it('shows every error next to its field and in a focused summary when sent empty', async () => {
    const { page, errors } = await openForm();
    await expectNoAxeViolations(page);
    await screenshot(page, 'public-form-empty');
    await page.click('button[type="submit"]');
    await page.waitForSelector('#error-summary:not([hidden])');

    expect(await focused(page)).toBe('div#error-summary');
    // The summary is named by its heading, which a screen reader reads when it takes focus.
    expect(await page.getAttribute('#error-summary', 'aria-labelledby')).toBe('error-summary-title');
    expect(await page.textContent('#error-summary-title')).toBe('Le formulaire contient 5 erreurs');
    expect(await page.title()).toMatch(/^Erreur : le formulaire contient 5 erreurs – Créer un ticket/);
    for (const [id, message] of [
      ['ticket-name', 'Nom : champ obligatoire.'],
      ['ticket-email', 'Adresse électronique : champ obligatoire.'],
      ['ticket-category', 'Catégorie : choisissez le type de votre demande.'],
      ['ticket-subject', 'Objet : champ obligatoire.'],
      ['ticket-description', 'Description : champ obligatoire.'],
    ]) {
      expect(await page.getAttribute(`#${id}`, 'aria-invalid')).toBe('true');
      const describedBy = (await page.getAttribute(`#${id}`, 'aria-describedby')) ?? '';
      expect(describedBy.split(' ')).toContain(`${id}-error`);
      expect(await page.textContent(`#${id}-error`)).toBe(message);
    }
    expect(await page.getAttribute('#ticket-organisation', 'aria-invalid')).toBeNull();
    // A summary link takes the user to its field.
    await page.click('#error-summary a[href="#ticket-subject"]');
    expect(await focused(page)).toBe('input#ticket-subject');

    await expectNoAxeViolations(page);
    await screenshot(page, 'public-form-errors');
    await page.setViewportSize({ width: 375, height: 812 });
    expect(await page.evaluate(() => (globalThis as any).document.documentElement.scrollWidth)).toBeLessThanOrEqual(375);
    await screenshot(page, 'public-form-errors-375');
    expect(errors).toEqual([]);
    await page.close();
  });

  it('shows the server’s per-field message for what only the server catches', async () => {
    const { page } = await openForm();
    await fillTicketForm(page, validTicket({ email: 'jeanne@exemple..fr' }));
    await page.click('button[type="submit"]');
    await page.waitForSelector('#ticket-email-error');
    expect(await page.textContent('#ticket-email-error')).toMatch(/^Adresse électronique : format invalide/);
    expect(await page.getAttribute('#ticket-email', 'aria-invalid')).toBe('true');
    expect(await focused(page)).toBe('div#error-summary');
    expect(await ticketCount()).toBe(0);
    await page.close();
  });

  it('creates the ticket, confirms its number and where the e-mail went, and e-mails the follow-up link', async () => {
    const { page, errors } = await openForm();
    const before = smtp.received.length;
    await fillTicketForm(page, validTicket());
    await page.click('button[type="submit"]');
    await page.waitForSelector('.confirmation');
    ticketNumber = (await page.textContent('[data-ticket-number]')) ?? '';
    expect(ticketNumber).toMatch(/^RL-2026-\d{6}$/);
    expect(await page.textContent('.confirmation')).toContain('jeanne.martin@exemple.fr');
    expect(await focused(page)).toBe('h2#confirmation-title');
    expect(await page.isHidden('#ticket-form')).toBe(true);
    expect(await ticketCount()).toBe(1);
    await expectNoAxeViolations(page);
    await screenshot(page, 'public-form-confirmation');
    await page.setViewportSize({ width: 375, height: 812 });
    await screenshot(page, 'public-form-confirmation-375');

    followUpUrl = await followUpLinkFor(smtp, 'jeanne.martin@exemple.fr', ticketNumber);
    expect(smtp.received.length).toBeGreaterThan(before);
    expect(followUpUrl.startsWith(`${r.base}/suivi/${ticketNumber}#jeton=`)).toBe(true);
    expect(errors).toEqual([]);
    await page.close();
  });

  it('opens the follow-up page from the e-mail link, shows user text as text only, and takes a reply', async () => {
    expect(followUpUrl).not.toBe('');
    const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
    const errors = watchErrors(page);
    await page.goto(followUpUrl);
    await page.waitForSelector('#ticket:not([hidden])');

    expect(await page.textContent('h1')).toBe(`Suivi de votre demande ${ticketNumber}`);
    expect(await page.textContent('.ticket-details')).toContain('Nouveau');
    expect(await page.textContent('.ticket-details')).toContain(`Facture bloquée ${XSS}`);
    expect(await page.textContent('.ticket-details')).toContain('mardi 1er décembre 2026 à 10h');
    expect(await page.textContent('#ticket-history')).toContain(`Ma facture n° 2026-118 reste en brouillon. ${XSS}`);
    expect(await page.evaluate(() => (globalThis as any).__xss)).toBeUndefined();
    expect(await page.$$('#ticket img, #ticket-history img')).toHaveLength(0);
    // The token left the address bar (and the history entry), and is kept for reloads of this tab.
    expect(page.url()).toBe(`${r.base}/suivi/${ticketNumber}`);
    await page.reload();
    await page.waitForSelector('#ticket:not([hidden])');
    expect(await page.textContent('.ticket-details')).toContain('Nouveau');
    await expectNoAxeViolations(page);
    await screenshot(page, 'public-follow-up');

    // Empty reply: the same error pattern as the form.
    await page.click('#reply-form button[type="submit"]');
    await page.waitForSelector('#reply-message-error');
    expect(await page.getAttribute('#reply-message', 'aria-invalid')).toBe('true');

    const reply = `Voici la capture demandée. ${XSS}`;
    await page.fill('#reply-message', reply);
    await page.click('#reply-form button[type="submit"]');
    await page.waitForFunction((text) => (globalThis as any).document.querySelector('#ticket-history')?.textContent.includes(text), reply);
    expect(await page.textContent('#reply-status')).toBe('Votre réponse a été ajoutée à la demande. Le support en est informé.');
    expect(await page.inputValue('#reply-message')).toBe('');
    expect(await page.getAttribute('#reply-message', 'aria-invalid')).toBeNull();
    expect(await page.evaluate(() => (globalThis as any).__xss)).toBeUndefined();
    expect(await page.$$('#ticket img')).toHaveLength(0);
    const stored = await r.app.ticketing.service.forAgent(ticketNumber);
    expect(stored.events.filter((e) => e.type === 'reply').map((e) => e.body)).toEqual([reply]);
    await expectNoAxeViolations(page);
    await screenshot(page, 'public-follow-up-replied');
    await page.setViewportSize({ width: 375, height: 812 });
    expect(await page.evaluate(() => (globalThis as any).document.documentElement.scrollWidth)).toBeLessThanOrEqual(375);
    await screenshot(page, 'public-follow-up-375');
    expect(errors).toEqual([]);
    await page.close();
  });

  it('joins a screenshot from the follow-up page, refuses a page disguised as an image, and downloads the file back', async () => {
    const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
    const errors = watchErrors(page);
    await page.goto(followUpUrl);
    await page.waitForSelector('#ticket:not([hidden])');
    // Nothing chosen: the form's error pattern.
    await page.click('#file-form button[type="submit"]');
    await page.waitForSelector('#file-input-error');
    // An HTML page named .png: refused by its content, the reason said.
    await page.setInputFiles('#file-input', { name: 'capture.png', mimeType: 'image/png', buffer: Buffer.from('<html><script>window.__xss=1</script></html>') });
    await page.click('#file-form button[type="submit"]');
    await page.waitForFunction(() => /Type de fichier non accepté/.test((globalThis as any).document.querySelector('#file-input-error')?.textContent ?? ''));
    const png = Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13]), Buffer.from('IHDR capture')]);
    await page.setInputFiles('#file-input', { name: 'capture écran.png', mimeType: 'image/png', buffer: png });
    await page.click('#file-form button[type="submit"]');
    await page.waitForFunction(() => /a été joint à la demande/.test((globalThis as any).document.querySelector('#file-status')?.textContent ?? ''));
    const button = page.getByRole('button', { name: 'Télécharger capture écran.png' });
    await button.waitFor();
    const [download] = await Promise.all([page.waitForEvent('download'), button.click()]);
    expect(download.suggestedFilename()).toBe('capture écran.png');
    expect(fs.readFileSync((await download.path())!).equals(png)).toBe(true);
    expect(await page.evaluate(() => (globalThis as any).__xss)).toBeUndefined();
    await expectNoAxeViolations(page);
    await screenshot(page, 'public-follow-up-file');
    // The refused upload is the only failed request (the browser logs it).
    expect(errors).toEqual(['console: Failed to load resource: the server responded with a status of 400 (Bad Request)']);
    await page.close();
  });

  it('shows an agent’s reply, and explains that replying reopens a resolved ticket and that a closed one takes none', async () => {
    const agent = await r.app.auth.agents.create({ email: 'zoe@relais.test', name: 'Zoé Conseillère', role: 'agent', password: 'mot-de-passe-solide-1' });
    await r.app.ticketing.service.agentReply(ticketNumber, { id: agent.id, name: 'Zoé Conseillère' }, `Bonjour, c’est corrigé. ${XSS}`, 'resolu');
    const page = await browser.newPage();
    await page.goto(followUpUrl);
    await page.waitForSelector('#ticket:not([hidden])');
    expect(await page.textContent('.ticket-details')).toContain('Résolu');
    expect(await page.textContent('#ticket-history')).toContain(`Zoé Conseillère, support`);
    expect(await page.textContent('#ticket-history')).toContain(`Bonjour, c’est corrigé. ${XSS}`);
    expect(await page.textContent('#reply-note')).toMatch(/répondez ci-dessous\u00a0: la demande sera rouverte/);
    expect(await page.evaluate(() => (globalThis as any).__xss)).toBeUndefined();

    await r.app.ticketing.service.changeStatus(ticketNumber, { id: agent.id, name: 'Zoé Conseillère' }, 'clos');
    await page.reload();
    await page.waitForSelector('#ticket:not([hidden])');
    expect(await page.textContent('.ticket-details')).toContain('Clos');
    expect(await page.textContent('#reply-note')).toMatch(/close\u00a0: il n’est plus possible d’y répondre/);
    expect(await page.isHidden('#reply-form')).toBe(true);
    await expectNoAxeViolations(page);
    await page.close();
  });

  it('says so clearly when the token is wrong or missing', async () => {
    const page = await browser.newPage();
    await page.goto(`${r.base}/suivi/${ticketNumber}#jeton=${'x'.repeat(43)}`);
    await page.waitForSelector('#follow-up-problem:not([hidden])');
    expect(await page.textContent('#follow-up-problem h2')).toBe('Lien de suivi invalide');
    expect(await page.textContent('#follow-up-problem')).toContain('Ticket introuvable : vérifiez le numéro et le lien reçu par e-mail.');
    expect(await page.isHidden('#ticket')).toBe(true);
    await expectNoAxeViolations(page);
    await screenshot(page, 'public-follow-up-wrong-token');

    const fresh = await browser.newPage();
    await fresh.goto(`${r.base}/suivi/${ticketNumber}`);
    await fresh.waitForSelector('#follow-up-problem:not([hidden])');
    expect(await fresh.textContent('#follow-up-problem h2')).toBe('Lien de suivi incomplet');
    await page.close();
    await fresh.close();
  });

  it('follows the server on a filled honeypot: refused, no ticket, no e-mail, and the page does not pretend otherwise', async () => {
    const { page } = await openForm();
    const tickets = await ticketCount();
    const mails = smtp.received.length;
    await fillTicketForm(page, validTicket({ email: 'robot@exemple.fr' }));
    // A bot fills every input it finds; people never see this one.
    await page.fill('#ticket-website', 'http://spam.example', { force: true });
    await page.click('button[type="submit"]');
    await page.waitForSelector('#error-summary:not([hidden])');
    expect(await page.textContent('#error-summary')).toContain('Demande refusée.');
    expect(await page.$('.confirmation')).toBeNull();
    expect(await ticketCount()).toBe(tickets);
    await new Promise((res) => setTimeout(res, 300)); // let a wrongly queued e-mail go out
    expect(smtp.received.filter((m) => m.rcptTo.includes('robot@exemple.fr'))).toHaveLength(0);
    expect(smtp.received.length).toBe(mails);
    await page.close();
  });

  it('hides the honeypot from people and from assistive technologies', async () => {
    const { page } = await openForm();
    const box = await page.locator('#ticket-website').boundingBox();
    expect(box === null || box.x + box.width <= 0 || box.y + box.height <= 0).toBe(true);
    expect(await page.getAttribute('#ticket-website', 'tabindex')).toBe('-1');
    expect(await page.getAttribute('.honeypot', 'aria-hidden')).toBe('true');
    const snapshot = await page.locator('body').ariaSnapshot();
    expect(snapshot).not.toContain('Ne pas remplir');
    await page.close();
  });

  it('can be completed with the keyboard only', async () => {
    const { page } = await openForm();
    const tickets = await ticketCount();
    await page.keyboard.press('Tab');
    expect(await focused(page)).toBe('a#Aller au contenu');
    await page.keyboard.press('Enter');
    expect(await focused(page)).toBe('main#contenu');
    const tabTo = async (target: string) => {
      for (let i = 0; i < 15 && (await focused(page)) !== target; i++) await page.keyboard.press('Tab');
      expect(await focused(page)).toBe(target);
    };
    await tabTo('input#ticket-name');
    await page.keyboard.type('Paul Clavier');
    await page.keyboard.press('Tab');
    await page.keyboard.type('paul.clavier@exemple.fr');
    await page.keyboard.press('Tab');
    await page.keyboard.press('Tab');
    expect(await focused(page)).toBe('select#ticket-category');
    await page.keyboard.press('ArrowDown');
    expect(await page.inputValue('#ticket-category')).toBe('technique');
    await page.keyboard.press('Tab');
    await page.keyboard.type('Connexion impossible');
    await page.keyboard.press('Tab');
    await page.keyboard.type('Le portail refuse mon mot de passe depuis ce matin.');
    await page.keyboard.press('Tab'); // the honeypot is skipped (tabindex=-1)
    expect(await focused(page)).toBe('button#Envoyer ma demande');
    await page.keyboard.press('Enter');
    await page.waitForSelector('.confirmation');
    expect(await focused(page)).toBe('h2#confirmation-title');
    expect(await ticketCount()).toBe(tickets + 1);
    await page.close();
  });

  it('makes one ticket when the answer is lost and the user sends again (idempotency key)', async () => {
    const { page } = await openForm();
    const tickets = await ticketCount();
    let cut = true;
    await page.route('**/api/tickets', async (route) => {
      if (!cut) return route.continue();
      cut = false;
      await route.fetch(); // the server creates the ticket…
      await route.abort('connectionreset'); // …but the answer never reaches the page
    });
    await fillTicketForm(page, validTicket({ email: 'perte.reseau@exemple.fr', subject: 'Réponse perdue' }));
    await page.click('button[type="submit"]');
    await page.waitForSelector('#error-summary:not([hidden])');
    expect(await page.textContent('#error-summary')).toContain('Impossible de joindre le serveur');
    expect(await page.isEnabled('button[type="submit"]')).toBe(true);
    expect(await ticketCount()).toBe(tickets + 1);
    await page.click('button[type="submit"]');
    await page.waitForSelector('.confirmation');
    expect(await ticketCount()).toBe(tickets + 1);
    const { items } = await r.app.ticketing.service.list({ text: 'perte.reseau' });
    expect(await page.textContent('[data-ticket-number]')).toBe(items[0]!.number);
    await page.close();
  });

  it('disables the button while sending, so a double click makes one ticket', async () => {
    const { page } = await openForm();
    const tickets = await ticketCount();
    let release: () => void = () => undefined;
    const held = new Promise<void>((res) => (release = res));
    await page.route('**/api/tickets', async (route) => {
      await held;
      await route.continue();
    });
    await fillTicketForm(page, validTicket({ email: 'double.clic@exemple.fr' }));
    await page.click('button[type="submit"]');
    expect(await page.isDisabled('button[type="submit"]')).toBe(true);
    expect(await page.textContent('button[type="submit"]')).toBe('Envoi en cours…');
    await page.locator('#ticket-form').evaluate((form: any) => form.requestSubmit());
    release();
    await page.waitForSelector('.confirmation');
    expect(await ticketCount()).toBe(tickets + 1);
    await page.close();
  });
});

describeBrowser('public ticket form under the rate limit', () => {
  let r: RunningApp;
  let browser: Browser;
  beforeAll(async () => {
    r = await startBrowserApp({ TICKET_RATE_PER_IP: '1', TICKET_RATE_PER_EMAIL: '1000' });
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
    await r?.close();
  });

  it('shows the server’s « trop de demandes » message on a 429', async () => {
    const page = await browser.newPage();
    await page.goto(`${r.base}/creer-un-ticket`);
    await fillTicketForm(page, validTicket());
    await page.click('button[type="submit"]');
    await page.waitForSelector('.confirmation');
    await page.click('text=Créer une autre demande');
    expect(await page.inputValue('#ticket-email')).toBe('jeanne.martin@exemple.fr');
    expect(await page.inputValue('#ticket-subject')).toBe('');
    await page.selectOption('#ticket-category', 'metier');
    await page.fill('#ticket-subject', 'Deuxième demande');
    await page.fill('#ticket-description', 'Une autre question sur le circuit de validation.');
    await page.click('button[type="submit"]');
    await page.waitForSelector('#error-summary:not([hidden])');
    expect(await page.textContent('#error-summary')).toContain('Trop de demandes envoyées depuis votre connexion. Veuillez réessayer dans quelques minutes.');
    expect(await page.$('.confirmation')).toBeNull();
    await page.close();
  });
});
