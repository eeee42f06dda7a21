import { describeBrowser } from '../helpers/browser';
import { useConsoleHarness } from './console-harness';

/** Thursday 3 December 2026, 00:30 in Paris: still Wednesday 2 December in UTC. */
const AFTER_PARIS_MIDNIGHT = '2026-12-03T00:30:00+01:00';
const QUESTION = 'comment imprimer l’accusé de dépôt de ma facture';

/**
 * «Qualité des réponses» counts the support's (Paris) days, as the reports do: between midnight
 * in Paris and midnight UTC, a question asked a minute ago is in «7 derniers jours» (the page
 * once asked for UTC days and left it out).
 */
describeBrowser('the quality page between midnight in Paris and midnight UTC', () => {
  const harness = useConsoleHarness({ RELAIS_NOW: AFTER_PARIS_MIDNIGHT });

  it('lists the question the assistant could not answer a minute ago', async () => {
    const hx = harness();
    const user = await hx.user(null);
    await user.say(QUESTION, /compris|reformuler/);

    const { page, errors } = await hx.agentPage('Inès Morel', 'supervisor');
    await page.clock.setFixedTime(new Date(AFTER_PARIS_MIDNIGHT));
    await page.getByRole('link', { name: 'Qualité des réponses' }).click();
    await page.locator('#quality-period').selectOption('7');
    await page.locator('.quality-group', { hasText: QUESTION }).waitFor({ timeout: 15_000 });
    expect(errors).toEqual([]);
  }, 90_000);
});
