import type { Page } from 'playwright-core';
import { createAgent, login } from '../helpers/agent-client';
import { describeBrowser, formatViolations, runAxe, screenshot } from '../helpers/browser';
import { ask, devQuestion, focusedInWidget, injected, widget, widgetPortal } from './widget-page';

/**
 * The widget in a real Chromium, embedded on a portal page of the server's origin (under the
 * server's CSP), against the whole server during opening hours.
 */
describeBrowser('widget: conversation in the browser', () => {
  const suite = widgetPortal({ RELAIS_NOW: '2026-12-01T10:00:00+01:00' });
  const portal = () => suite.open();
  const focusedId = (page: Page) => focusedInWidget(page, 'id');
  const launcherFocused = (page: Page) => focusedInWidget(page, 'className').then((c) => c === 'launcher');

  it('answers a development-set question with safe Markdown, chips, 👍 and 👎 with its comment; no axe violation', async () => {
    const { page, errors } = await portal();
    const w = widget(page);
    await w.launcher.waitFor();
    expect(await w.launcher.getAttribute('aria-label')).toBe('Ouvrir l’assistant');
    expect(await w.panel.isHidden()).toBe(true);
    await screenshot(page, 'widget-launcher-closed');

    await w.launcher.click();
    await w.bot.first().getByText(/je suis ClaudIA/).waitFor();
    expect(await focusedId(page)).toBe('relais-input');
    expect(await w.panel.getAttribute('lang')).toBe('fr');
    expect(await w.log.getAttribute('aria-live')).toBe('polite');

    await ask(page, devQuestion('facture-brouillon'));
    const answer = w.bot.filter({ hasText: 'Valider et envoyer' }).last();
    await answer.waitFor();
    // Markdown as DOM: the numbered steps, bold, the article's links in a new tab, the source in italics.
    expect(await answer.locator('ol > li').count()).toBeGreaterThanOrEqual(3);
    expect(await answer.locator('strong', { hasText: 'Bon à savoir' }).count()).toBe(1);
    const link = answer.locator('a', { hasText: 'Portail Chorus Pro' });
    expect(await link.getAttribute('href')).toBe('https://chorus-pro.gouv.fr/');
    expect(await link.getAttribute('target')).toBe('_blank');
    expect((await link.getAttribute('rel'))?.split(' ')).toEqual(expect.arrayContaining(['noopener', 'noreferrer']));
    expect(await answer.locator('em', { hasText: 'Source : Envoyer une facture restée en mode brouillon' }).count()).toBe(1);
    expect(await answer.locator('.bubble').textContent()).not.toContain('**');
    // The answer and the question went into the live region (role=log, aria-live=polite).
    expect(await w.log.locator('.msg.bot', { hasText: 'Valider et envoyer' }).count()).toBe(1);
    expect(await w.log.locator('.msg.user', { hasText: devQuestion('facture-brouillon') }).count()).toBe(1);
    await screenshot(page, 'widget-open-answer');

    // A related-topic chip asks the next question; chips only stay under the latest message.
    const chip = answer.locator('.chips button').first();
    const topic = (await chip.textContent())!;
    await chip.click();
    await w.user.filter({ hasText: topic }).waitFor();
    const second = w.bot.filter({ hasText: `Source : ${topic}` });
    await second.locator('.fb').waitFor();
    expect(await answer.locator('.chips').count()).toBe(0);

    // 👍 on the first answer (its buttons stay), then 👎 on the second.
    await answer.getByRole('button', { name: 'Oui, réponse utile' }).click();
    await w.bot.filter({ hasText: 'Merci pour votre retour !' }).waitFor();
    expect(await answer.getByRole('button', { name: 'Oui, réponse utile' }).getAttribute('aria-pressed')).toBe('true');

    // 👎 opens « préciser le dysfonctionnement »; the comment goes in the same feedback invoke.
    await second.getByRole('button', { name: 'Non, réponse pas utile' }).click();
    const comment = second.getByLabel('Pouvez-vous préciser le dysfonctionnement rencontré ?');
    expect(await focusedId(page)).toBe(await comment.getAttribute('id'));
    await comment.fill('Le lien de suivi ne s’ouvre pas');
    await screenshot(page, 'widget-feedback-comment');
    await second.getByRole('button', { name: 'Envoyer mon avis' }).click();
    await w.bot.filter({ hasText: 'Merci, votre remarque est bien notée' }).waitFor();
    expect(await comment.count()).toBe(0);
    // The escalation offer (support open, no agent on duty here: a ticket).
    await w.lastBot().locator('.chips button', { hasText: 'Créer un ticket' }).waitFor();

    // A reload shows the ratings given, without asking again.
    await page.reload();
    const rated = w.bot.filter({ has: page.locator('.fb') });
    await rated.nth(1).waitFor();
    expect(await rated.nth(0).getByRole('button', { name: 'Oui, réponse utile' }).getAttribute('aria-pressed')).toBe('true');
    expect(await rated.nth(1).getByRole('button', { name: 'Non, réponse pas utile' }).getAttribute('aria-pressed')).toBe('true');
    expect(await rated.nth(1).getByRole('button', { name: 'Oui, réponse utile' }).getAttribute('aria-pressed')).toBe('false');
    expect(await rated.nth(1).getByRole('button', { name: 'Non, réponse pas utile' }).isDisabled()).toBe(true);

    // The rating and its comment are stored with the answered article.
    const cookie = await login(suite.app.base, (await createAgent(suite.app.app, suite.app.base, 'Sophie Superviseure', 'supervisor')).agent.email);
    const report = (await (await fetch(`${suite.app.base}/api/reports/feedback`, { headers: { cookie } })).json()) as { rows: { comments?: unknown }[] };
    expect(JSON.stringify(report.rows)).toContain('Le lien de suivi ne s’ouvre pas');

    const violations = await runAxe(page);
    expect(formatViolations(violations)).toBe('');
    expect(errors).toEqual([]);
  }, 90_000);

  it('works with the keyboard alone, and keeps its open state and conversation across reloads', async () => {
    const { page, errors } = await portal();
    const w = widget(page);
    await w.launcher.waitFor();
    await page.keyboard.press('Tab');
    expect(await page.evaluate<string>('document.activeElement?.id')).toBe('relais-widget');
    expect(await launcherFocused(page)).toBe(true);
    await page.keyboard.press('Enter');
    await w.bot.first().waitFor();
    expect(await focusedId(page)).toBe('relais-input');
    expect(await w.launcher.getAttribute('aria-expanded')).toBe('true');
    await page.keyboard.type(devQuestion('mot-de-passe-oublie'));
    await page.keyboard.press('Enter');
    await w.bot.nth(1).waitFor();
    expect(await w.input.inputValue()).toBe('');
    // Tab reaches the answer's controls; Escape closes and gives the focus back to the launcher.
    await page.keyboard.press('Shift+Tab');
    expect(await focusedInWidget(page, 'tagName')).toBe('BUTTON');
    await page.keyboard.press('Escape');
    expect(await w.panel.isHidden()).toBe(true);
    expect(await launcherFocused(page)).toBe(true);

    // Closed stays closed after a reload; open stays open, with the same conversation, shown once.
    await page.reload();
    await w.launcher.waitFor();
    expect(await w.panel.isHidden()).toBe(true);
    await w.launcher.click();
    await w.bot.nth(1).waitFor();
    const shown = await w.log.locator('.msg').allTextContents();
    await page.reload();
    await w.bot.nth(1).waitFor();
    expect(await w.panel.isVisible()).toBe(true);
    expect(await w.log.locator('.msg').allTextContents()).toEqual(shown);
    expect(shown.filter((t) => t.includes('je suis ClaudIA'))).toHaveLength(1);
    // The page API opens and closes it too.
    await page.evaluate('window.RelaisWidget.close()');
    expect(await w.panel.isHidden()).toBe(true);
    await page.evaluate('window.RelaisWidget.open()');
    expect(await w.panel.isVisible()).toBe(true);
    expect(errors).toEqual([]);
  }, 90_000);

  it('gives the keyboard back to the message field after a chip or a rating, never to the page', async () => {
    const { page, errors } = await portal();
    const w = widget(page);
    await w.launcher.click();
    await w.bot.first().waitFor();
    // A topic chip activated from the keyboard: the chips go away, the focus must not.
    await w.bot.first().locator('.chips button').first().focus();
    await page.keyboard.press('Enter');
    await w.bot.nth(1).waitFor();
    expect(await focusedId(page)).toBe('relais-input');
    // 👎, a comment, «Envoyer mon avis» — all from the keyboard.
    await w.bot.nth(1).getByRole('button', { name: 'Non, réponse pas utile' }).focus();
    await page.keyboard.press('Enter');
    expect(await focusedInWidget(page, 'tagName')).toBe('TEXTAREA');
    await page.keyboard.type('Ce n’est pas ma question');
    await page.keyboard.press('Tab');
    expect(await focusedInWidget(page, 'className')).toBe('btn');
    await page.keyboard.press('Enter');
    await w.bot.nth(1).getByText('Avis envoyé, merci.').waitFor();
    expect(await focusedId(page)).toBe('relais-input');
    expect(errors).toEqual([]);
  }, 60_000);

  it('shows what a user types as text, and runs none of it', async () => {
    const { page, errors } = await portal();
    const w = widget(page);
    await w.launcher.click();
    await w.bot.first().waitFor();
    const payloads = ['<img src=x onerror="window.__xss=1">', '<script>window.__xss=1</script>', '[clic](javascript:window.__xss=1) **gras**'];
    for (const p of payloads) {
      await ask(page, p);
      await w.user.filter({ hasText: p }).waitFor();
    }
    await w.bot.nth(payloads.length).waitFor();
    const bubbles = await w.user.locator('.bubble').allTextContents();
    expect(bubbles).toEqual(payloads);
    expect(await injected(page, 'img, script, .msg.user a, .msg.user strong')).toEqual({ xss: undefined, count: 0 });
    expect(errors).toEqual([]);
  }, 60_000);
});
