import type { Page } from 'playwright-core';
import { DEFAULT_CANNED } from '../../livechat/canned';
import { getJson, postJson } from '../helpers/app';
import { describeBrowser, formatViolations, runAxe, screenshot } from '../helpers/browser';
import { waitUntil } from '../livechat-flow/harness';
import { agentLines, queueDirectly, useConsoleHarness, waitForAnnouncement } from './console-harness';

const NB = '\u00a0';
const TITLE = 'Relance pièces justificatives';
const activeId = (page: Page) => page.evaluate(`document.activeElement?.id ?? ''`) as Promise<string>;

/**
 * « Réponses types » page of the console (supervisors) in Chromium against the real server: create
 * with a placeholder, field errors from the server, edit, use in a live chat through the « / »
 * picker of an agent whose console was already open, delete after a confirmation.
 */
describeBrowser('agent console — canned responses page', () => {
  const harness = useConsoleHarness();

  it('lets a supervisor create, correct, edit and delete a canned response that agents use at once', async () => {
    const hx = harness();
    // The agent's console is open before the change, and has already read the list once.
    const camille = await hx.agentPage('Camille Martin');
    const user = await hx.user();
    await queueDirectly(user);
    await camille.page.locator('.queue-item', { hasText: 'Marie Dupont' }).getByRole('button', { name: /Prendre en charge/ }).click();
    const panel = camille.page.getByRole('tabpanel', { name: 'Marie Dupont' });
    const composer = panel.getByLabel('Message à Marie Dupont');
    await composer.focus();
    await composer.press('/');
    await panel.locator('.canned-item', { hasText: 'Accueil' }).waitFor();
    await panel.getByLabel('Rechercher une réponse type').press('Escape');

    const sophie = await hx.agentPage('Sophie Bernard', 'supervisor');
    const { page } = sophie;
    await page.getByRole('navigation').getByRole('link', { name: 'Réponses types' }).click();
    await page.getByRole('heading', { level: 1, name: 'Réponses types' }).waitFor();
    const summary = page.locator('#ca-summary');
    await waitUntil(async () => (await summary.textContent()) === `${DEFAULT_CANNED.length} réponses types.`);
    expect(await page.locator('.canned-card').count()).toBe(DEFAULT_CANNED.length);
    expect(await page.getByRole('link', { name: 'Réponses types' }).getAttribute('aria-current')).toBe('page');

    // New: a too long title and an unknown placeholder, refused by the server field by field.
    await page.getByRole('button', { name: 'Nouvelle réponse type' }).click();
    const title = page.getByLabel('Titre', { exact: true });
    const body = page.getByLabel('Texte', { exact: true });
    expect(await activeId(page)).toBe('cf-title-input');
    expect(await page.locator('.placeholder-list li').allTextContents()).toContain('{{prenom}} : insérer dans le texte Prénom de l’usager'.replace(' :', `${NB}:`));
    await title.fill('x'.repeat(81));
    await body.fill('Bonjour {{prenom}}, votre dossier {{dossier}} est prêt.');
    await page.getByRole('button', { name: 'Créer la réponse type' }).click();
    await page.locator('#cf-title-error', { hasText: 'Titre' }).waitFor();
    expect(await page.locator('#cf-title-error').textContent()).toBe(`Titre${NB}: 80 caractères au maximum.`);
    expect(await title.getAttribute('aria-invalid')).toBe('true');
    expect((await title.getAttribute('aria-describedby'))!.split(' ')).toContain('cf-title-error');
    const bodyError = await page.locator('#cf-body-error').textContent();
    expect(bodyError).toContain(`variable inconnue${NB}: {{dossier}}.`);
    expect(bodyError).toContain('Variables disponibles');
    expect(await body.getAttribute('aria-invalid')).toBe('true');
    expect((await body.getAttribute('aria-describedby'))!.split(' ')).toContain('cf-body-error');
    // The first invalid field has the focus (its error is read with it).
    expect(await activeId(page)).toBe('cf-title-input');
    await screenshot(page, 'console-canned-errors');
    expect(formatViolations(await runAxe(page))).toBe('');

    // Corrected: the placeholder is inserted with its button; the preview fills it.
    await title.fill(TITLE);
    await body.fill('Bonjour ');
    await page.getByRole('button', { name: `{{prenom}}${NB}: insérer dans le texte` }).click();
    await body.pressSequentially(', merci de nous envoyer les pièces justificatives.');
    expect(await body.inputValue()).toBe('Bonjour {{prenom}}, merci de nous envoyer les pièces justificatives.');
    expect(await page.locator('.canned-preview').textContent()).toBe('Bonjour Marie, merci de nous envoyer les pièces justificatives.');
    await page.getByRole('button', { name: 'Créer la réponse type' }).click();
    await waitForAnnouncement(page, `Réponse type «${NB}${TITLE}${NB}» créée.`);
    expect(await page.locator('.canned-form').isHidden()).toBe(true);
    const card = page.locator('.canned-card', { hasText: TITLE });
    expect(await card.locator('.msg-text').textContent()).toBe('Bonjour {{prenom}}, merci de nous envoyer les pièces justificatives.');
    // The focus is on the saved response.
    expect(await activeId(page)).toBe(await card.locator('h3').getAttribute('id'));
    expect(await title.getAttribute('aria-invalid')).toBeNull();

    // Search (accents and case ignored).
    await page.getByLabel('Rechercher dans les réponses types').fill('PIECES justif');
    await waitUntil(async () => (await summary.textContent()) === `1 réponse type sur ${DEFAULT_CANNED.length + 1} correspond à «${NB}PIECES justif${NB}».`);
    expect(await page.locator('.canned-card').count()).toBe(1);

    // Edit.
    await card.getByRole('button', { name: `Modifier «${NB}${TITLE}${NB}»` }).click();
    await page.getByRole('heading', { level: 2, name: `Modifier «${NB}${TITLE}${NB}»` }).waitFor();
    expect(await title.inputValue()).toBe(TITLE);
    await body.fill('Bonjour {{prenom}}, pourriez-vous nous transmettre les pièces justificatives de {{organisation}} ? Merci, {{conseiller}}.');
    await page.getByRole('button', { name: 'Enregistrer les modifications' }).click();
    await waitForAnnouncement(page, `Réponse type «${NB}${TITLE}${NB}» enregistrée.`);
    expect(await card.locator('.msg-text').textContent()).toContain('de {{organisation}} ?');
    await screenshot(page, 'console-canned-list');
    expect(formatViolations(await runAxe(page))).toBe('');

    // The agent's « / » picker, already used before the change, offers the new text, filled in.
    await composer.focus();
    await composer.press('/');
    await panel.getByLabel('Rechercher une réponse type').fill('pieces');
    const option = panel.locator('.canned-item', { hasText: TITLE });
    await option.waitFor();
    await option.click();
    const filled = 'Bonjour Marie, pourriez-vous nous transmettre les pièces justificatives de Mairie de Lyon ? Merci, Camille Martin.';
    expect(await composer.inputValue()).toBe(filled);
    await composer.press('Enter');
    await waitUntil(() => agentLines(user).includes(filled));

    // Delete: a confirmation first; « Annuler » gives the focus back.
    const remove = card.getByRole('button', { name: `Supprimer «${NB}${TITLE}${NB}»` });
    await remove.click();
    const confirm = card.getByRole('group', { name: `Supprimer définitivement «${NB}${TITLE}${NB}»${'\u202f'}? Les conseillers ne pourront plus l’utiliser.` });
    await confirm.waitFor();
    expect(await page.evaluate(`document.activeElement?.textContent`)).toBe('Oui, supprimer');
    await confirm.getByRole('button', { name: 'Annuler' }).click();
    expect(await confirm.isHidden()).toBe(true);
    expect(await page.evaluate(`document.activeElement?.textContent`)).toBe(`Supprimer «${NB}${TITLE}${NB}»`);
    await remove.click();
    await screenshot(page, 'console-canned-confirm');
    await confirm.getByRole('button', { name: 'Oui, supprimer' }).click();
    await waitForAnnouncement(page, `Réponse type «${NB}${TITLE}${NB}» supprimée.`);
    expect(await page.locator('.canned-card', { hasText: TITLE }).count()).toBe(0);
    // Nothing matches the search any more: the focus goes to « Nouvelle réponse type ».
    expect(await page.evaluate(`document.activeElement?.textContent`)).toBe('Nouvelle réponse type');
    await page.getByLabel('Rechercher dans les réponses types').fill('');
    await waitUntil(async () => (await summary.textContent()) === `${DEFAULT_CANNED.length} réponses types.`);

    // Gone for the agent too.
    await composer.focus();
    await composer.press('/');
    await panel.getByLabel('Rechercher une réponse type').fill('relance pieces');
    await panel.getByText('Aucune réponse type ne correspond.').waitFor();
    // The browser logs the refused creation (400); nothing else went wrong.
    expect(sophie.errors).toEqual(['console: Failed to load resource: the server responded with a status of 400 (Bad Request)']);
    expect(camille.errors).toEqual([]);
  }, 150_000);

  it('moves the focus to the next response after a delete', async () => {
    const hx = harness();
    const { page, errors } = await hx.agentPage('Yves Roux', 'supervisor', '#/reponses-types');
    const cards = page.locator('.canned-card');
    await cards.first().waitFor();
    const titles = await cards.locator('h3').allTextContents();
    await cards.first().getByRole('button', { name: /^Supprimer/ }).click();
    await cards.first().getByRole('button', { name: 'Oui, supprimer' }).click();
    await waitForAnnouncement(page, `Réponse type «${NB}${titles[0]}${NB}» supprimée.`);
    expect(await page.evaluate(`document.activeElement?.textContent`)).toBe(titles[1]);
    expect(errors).toEqual([]);
  }, 60_000);

  it('refuses the page to an agent, who has no link to it', async () => {
    const hx = harness();
    const { page, cookie, errors } = await hx.agentPage('Hugo Lefèvre', 'agent', '#/reponses-types');
    await page.getByRole('heading', { level: 1, name: 'Réponses types' }).waitFor();
    expect(await page.locator('.refusal').textContent()).toBe(`Accès refusé${NB}: la gestion des réponses types est réservée aux superviseurs.`);
    expect(await page.locator('.canned-card').count()).toBe(0);
    expect(await page.getByRole('button', { name: 'Nouvelle réponse type' }).count()).toBe(0);
    expect(await page.getByRole('navigation').getByRole('link', { name: 'Réponses types' }).count()).toBe(0);
    expect(await page.getByRole('navigation').getByRole('link', { name: 'Tickets' }).count()).toBe(1);
    expect(formatViolations(await runAxe(page))).toBe('');
    // The server refuses as well, whatever the page shows.
    const me = await getJson(`${hx.r.base}/api/auth/me`, { cookie });
    const res = await postJson(`${hx.r.base}/api/agent/canned`, { title: 'Essai', body: 'Texte' }, { cookie, 'x-csrf-token': me.body.csrfToken });
    expect(res.status).toBe(403);
    expect(errors).toEqual([]);
  }, 60_000);
});
