import { createAgent } from '../helpers/agent-client';
import { describeBrowser, formatViolations, runAxe, screenshot, watchErrors } from '../helpers/browser';
import { AGENT_PASSWORD, useConsoleHarness } from './console-harness';

/** Sign-in page of the agent console: errors announced, success, logout, accessibility. */
describeBrowser('agent console — login', () => {
  const harness = useConsoleHarness({ LOGIN_RATE_PER_IP: '3' });

  it('announces a wrong password, then signs in, keeps the hash route and signs out', async () => {
    const hx = harness();
    const { agent } = await createAgent(hx.r.app, hx.r.base, 'Camille Martin');
    const context = await hx.browser.newContext({ locale: 'fr-FR' });
    const page = await context.newPage();
    const errors = watchErrors(page);
    await page.goto(`${hx.r.base}/console/#/tickets`);
    await page.getByLabel('Adresse e-mail').waitFor();
    expect(await page.title()).toBe('Connexion — Console conseiller — Relais');
    expect(await page.evaluate(`document.documentElement.lang`)).toBe('fr');
    expect(await page.evaluate(`document.activeElement?.id`)).toBe('login-email');

    const violations = await runAxe(page);
    expect(formatViolations(violations)).toBe('');
    await screenshot(page, 'console-login');

    // Empty fields: said before any request.
    await page.getByRole('button', { name: 'Se connecter' }).click();
    await expect(page.getByRole('alert').textContent()).resolves.toBe('Saisissez votre adresse e-mail et votre mot de passe.');

    await page.getByLabel('Adresse e-mail').fill(agent.email);
    await page.getByLabel('Mot de passe').fill('not the password');
    await page.getByRole('button', { name: 'Se connecter' }).click();
    const alert = page.locator('#login-error');
    await page.locator('#login-error', { hasText: 'Adresse e-mail ou mot de passe incorrect.' }).waitFor();
    expect(await alert.getAttribute('role')).toBe('alert');
    expect(await page.getByLabel('Mot de passe').getAttribute('aria-invalid')).toBe('true');
    expect(await page.getByLabel('Mot de passe').getAttribute('aria-describedby')).toBe('login-error');
    expect(await page.evaluate(`document.activeElement?.id`)).toBe('login-password');
    await screenshot(page, 'console-login-error');
    expect(formatViolations(await runAxe(page))).toBe('');

    await page.getByLabel('Mot de passe').fill(AGENT_PASSWORD);
    await page.keyboard.press('Enter');
    await page.locator('.top-bar').waitFor();
    expect(await page.locator('.me-name').textContent()).toBe('Camille Martin');
    // The route asked for before signing in is shown (links in e-mails point into the console).
    await page.getByRole('heading', { level: 1, name: 'Tickets' }).waitFor();
    expect(await page.title()).toBe('Console conseiller — Relais');

    // A reload stays signed in (session cookie + /api/auth/me).
    await page.reload();
    await page.locator('.me-name').waitFor();

    await page.getByRole('button', { name: 'Se déconnecter' }).click();
    await page.getByLabel('Adresse e-mail').waitFor();
    const me = await page.evaluate(async () => (await fetch('/api/auth/me')).status);
    expect(me).toBe(401);
    expect(errors.filter((e) => !/401|Unauthorized/.test(e))).toEqual([]);
    await context.close();
  }, 60_000);

  it('shows the server’s message when too many attempts were made', async () => {
    const hx = harness();
    const context = await hx.browser.newContext({ locale: 'fr-FR' });
    const page = await context.newPage();
    await page.goto(`${hx.r.base}/console/`);
    await page.getByLabel('Adresse e-mail').fill('personne@relais.test');
    let last = '';
    for (let i = 0; i < 6 && !/tentatives/i.test(last); i++) {
      await page.getByLabel('Mot de passe').fill(`mauvais-${i}`);
      await page.getByRole('button', { name: 'Se connecter' }).click();
      // The button is disabled and the message cleared while the form sends: wait for the answer.
      await page.locator('.login-form button[type=submit]:enabled').waitFor();
      last = (await page.locator('#login-error').textContent()) ?? '';
    }
    expect(last).toMatch(/tentatives/i);
    await context.close();
  }, 60_000);
});
