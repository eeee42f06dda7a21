import type { Page } from 'playwright-core';
import { dayText, wallTime } from '../../protocol/french-dates';
import { AGENT_PASSWORD } from '../helpers/agent-client';
import { describeBrowser, formatViolations, runAxe, screenshot, watchErrors, signInToConsole, useBrowserApp } from '../helpers/browser';
import { waitUntil } from '../livechat-flow/harness';

const NB = '\u00a0';
const NNB = '\u202f';
const TITLE = 'Bien démarrer pour les nouveaux fournisseurs';
const Q = `«${NB}${TITLE}${NB}»`;
const activeId = (page: Page) => page.evaluate(`document.activeElement?.id ?? ''`) as Promise<string>;


/** «Formations» (issue 15, part 3): the supervisors' catalogue of accompaniment sessions, in Chromium. */
describeBrowser('the trainings’ catalogue in the console', () => {
  const started = useBrowserApp();

  it('lets a supervisor create a session (after a field error), edit it, read its registrations and cancel it', async () => {
    const { r, browser } = started();
    await r.app.auth.agents.create({ email: 'formations@relais.test', name: 'Nadia Benali', role: 'supervisor', password: AGENT_PASSWORD });
    const page = await signInToConsole(browser, r.base, 'formations@relais.test');
    const errors = watchErrors(page);
    await page.getByRole('navigation').getByRole('link', { name: 'Formations' }).click();
    await page.getByRole('heading', { level: 1, name: 'Formations' }).waitFor();
    expect(await page.getByRole('link', { name: 'Formations' }).getAttribute('aria-current')).toBe('page');
    const status = page.locator('#trainings-status');
    await waitUntil(async () => !!(await status.textContent()) && (await status.textContent()) !== 'Chargement…');

    // A day five weeks ahead, Paris time, at 10h.
    const day = wallTime(new Date(Date.now() + 35 * 86_400_000));
    const dayValue = `${day.year}-${String(day.month).padStart(2, '0')}-${String(day.day).padStart(2, '0')}`;
    const when = `${dayText(day)} à 10h`;

    // New, without a title: the server's field message under «Titre», and the summary.
    await page.getByRole('button', { name: 'Nouvelle session' }).click();
    await page.getByRole('heading', { level: 2, name: 'Nouvelle session' }).waitFor();
    const form = page.locator('#training-form');
    await form.getByLabel('Type', { exact: true }).selectOption('formation');
    await form.getByLabel('Description', { exact: true }).fill('Créer son compte, déposer sa première facture et suivre son traitement.');
    await form.getByLabel('Fournisseur', { exact: true }).check();
    await form.getByLabel('Date', { exact: true }).fill(dayValue);
    await form.getByLabel('Heure', { exact: true }).fill('10:00');
    await form.getByLabel('Durée en minutes', { exact: true }).fill('90');
    await form.getByLabel('Places', { exact: true }).fill('30');
    await form.getByLabel('Lien', { exact: true }).fill('https://visio.example.fr/nouveaux-fournisseurs');
    await form.getByRole('button', { name: 'Enregistrer' }).click();
    const titleError = page.locator('#tf-title-error');
    await waitUntil(async () => ((await titleError.textContent()) ?? '').trim().length > 0);
    const title = form.getByLabel('Titre', { exact: true });
    expect(await title.getAttribute('aria-invalid')).toBe('true');
    expect((await title.getAttribute('aria-describedby'))!.split(' ')).toContain('tf-title-error');
    const summary = page.locator('#tf-errors');
    expect(await summary.isVisible()).toBe(true);
    expect(await activeId(page)).toBe('tf-errors');
    expect(await summary.getByRole('heading', { level: 3 }).textContent()).toBe('Le formulaire contient 1 erreur');
    // The summary's link leads to the field.
    await summary.getByRole('link').first().click();
    expect(await activeId(page)).toBe('tf-title');
    expect(formatViolations(await runAxe(page))).toBe('');
    await screenshot(page, 'console-trainings-errors');

    // Corrected: created, in the list, with the focus on it.
    await title.fill(TITLE);
    await form.getByRole('button', { name: 'Enregistrer' }).click();
    const card = page.locator('.training-card', { has: page.getByRole('heading', { level: 3, name: TITLE }) });
    await card.waitFor();
    expect(await form.isHidden()).toBe(true);
    expect(await title.getAttribute('aria-invalid')).toBeNull();
    expect(await activeId(page)).toBe(await card.locator('h3').getAttribute('id'));
    expect(await card.locator('.training-when').textContent()).toBe(`Formation · ${when} · 1${NB}h${NB}30`);
    expect(await card.getByText(`Public${NB}: Fournisseur`).count()).toBe(1);
    expect(await card.locator('.training-seats').textContent()).toBe('Aucune place prise sur 30');
    expect(await card.getByRole('link', { name: 'https://visio.example.fr/nouveaux-fournisseurs' }).count()).toBe(1);

    // Edit: the form comes back filled (Paris time), the capacity changes.
    await card.getByRole('button', { name: `Modifier ${Q}` }).click();
    await page.getByRole('heading', { level: 2, name: `Modifier ${Q}` }).waitFor();
    expect(await title.inputValue()).toBe(TITLE);
    expect(await form.getByLabel('Date', { exact: true }).inputValue()).toBe(dayValue);
    expect(await form.getByLabel('Heure', { exact: true }).inputValue()).toBe('10:00');
    expect(await form.getByLabel('Fournisseur', { exact: true }).isChecked()).toBe(true);
    await form.getByLabel('Places', { exact: true }).fill('12');
    await form.getByRole('button', { name: 'Enregistrer' }).click();
    await card.locator('.training-seats', { hasText: 'Aucune place prise sur 12' }).waitFor();
    expect(await form.isHidden()).toBe(true);

    // Registrations: none yet.
    const show = card.getByRole('button', { name: `Voir les inscriptions ${Q}` });
    await show.click();
    expect(await show.getAttribute('aria-expanded')).toBe('true');
    await card.getByText('Aucune inscription.').waitFor();
    expect(formatViolations(await runAxe(page))).toBe('');
    await screenshot(page, 'console-trainings-list');

    // Cancel: asked first; «Non, la garder» gives the focus back, then «Oui».
    const cancel = card.getByRole('button', { name: `Annuler la session ${Q}` });
    await cancel.click();
    const confirm = card.getByRole('group', { name: `Annuler la session ${Q} du ${when}${NNB}? Personne n’y est inscrit pour l’instant.` });
    await confirm.waitFor();
    expect(await page.evaluate(`document.activeElement?.textContent`)).toBe('Oui, annuler la session');
    await confirm.getByRole('button', { name: 'Non, la garder' }).click();
    expect(await confirm.isHidden()).toBe(true);
    expect(await page.evaluate(`document.activeElement?.textContent`)).toBe(`Annuler la session ${Q}`);
    await cancel.click();
    expect(formatViolations(await runAxe(page))).toBe('');
    await screenshot(page, 'console-trainings-confirm');
    await confirm.getByRole('button', { name: 'Oui, annuler la session' }).click();
    await card.locator('.tag-cancelled', { hasText: 'Annulée' }).waitFor();
    expect(await card.getByRole('button', { name: `Annuler la session ${Q}` }).count()).toBe(0);
    expect(await activeId(page)).toBe(await card.locator('h3').getAttribute('id'));
    expect(formatViolations(await runAxe(page))).toBe('');
    await page.setViewportSize({ width: 390, height: 844 });
    await screenshot(page, 'console-trainings-390');
    await page.setViewportSize({ width: 1280, height: 800 });

    // The only console error is the refused first save.
    expect(errors).toEqual(['console: Failed to load resource: the server responded with a status of 400 (Bad Request)']);
  }, 120_000);

  it('is the supervisors’: an adviser has no «Formations» entry, is told so at its address, and the API refuses them', async () => {
    const { r, browser } = started();
    await r.app.auth.agents.create({ email: 'conseil-formations@relais.test', name: 'Paul Conseil', role: 'agent', password: AGENT_PASSWORD });
    const page = await signInToConsole(browser, r.base, 'conseil-formations@relais.test');
    expect(await page.getByRole('link', { name: 'Formations' }).count()).toBe(0);
    await page.goto(`${r.base}/console/#/formations`);
    await page.getByRole('heading', { level: 1, name: 'Formations' }).waitFor();
    await page.getByText('Cette page est réservée aux superviseurs.').waitFor();
    expect(formatViolations(await runAxe(page))).toBe('');
    expect((await page.request.get(`${r.base}/api/agent/formations`)).status()).toBe(403);
  }, 60_000);
});
