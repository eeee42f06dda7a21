import type { Browser } from 'playwright-core';
import type { RunningApp } from '../helpers/app';
import { AGENT_PASSWORD } from '../helpers/agent-client';
import { describeBrowser, formatViolations, runAxe, startBrowserApp, watchErrors } from '../helpers/browser';
import { launchBrowser } from '../helpers/chromium';
import { connected, WidgetClient } from '../helpers/widget-client';

const QUESTION = 'comment imprimer l’accusé de dépôt de ma facture';

/** «Créer une fiche» from a group of unanswered questions: a new article, checked, published, answered at once. */
describeBrowser('a new article from the quality inbox', () => {
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

  it('starts it with the group’s wordings, refuses a reserved or invalid id, publishes it', async () => {
    const user = new WidgetClient(r.base);
    await connected(user);
    await user.waitForBot(/ClaudIA/);
    expect((await user.say(QUESTION, /compris|reformuler/)).text).not.toMatch(/Source/);
    user.close();

    await r.app.auth.agents.create({ email: 'chef@relais.test', name: 'Nadia Benali', role: 'supervisor', password: AGENT_PASSWORD });
    const page = await (await browser.newContext({ locale: 'fr-FR', timezoneId: 'Europe/Paris' })).newPage();
    await page.goto(`${r.base}/console/`);
    await page.getByLabel('Adresse e-mail').fill('chef@relais.test');
    await page.getByLabel('Mot de passe').fill(AGENT_PASSWORD);
    await page.getByRole('button', { name: 'Se connecter' }).click();
    await page.locator('.top-bar').waitFor();
    const errors = watchErrors(page);
    await page.getByRole('link', { name: 'Qualité des réponses' }).click();
    await page.locator('.quality-group', { hasText: QUESTION }).getByRole('button', { name: 'Créer une fiche' }).click();

    await page.getByRole('heading', { level: 1, name: 'Nouvelle fiche' }).waitFor();
    const phrasings = page.getByLabel('Formulations (une par ligne)');
    expect(await phrasings.inputValue()).toBe(QUESTION);
    await phrasings.fill(
      [QUESTION, 'imprimer accusé de dépôt', 'télécharger l’accusé de dépôt de ma facture', 'preuve de dépôt d’une facture à imprimer', 'accusé de dépôt', 'où est l’accusé de dépôt'].join('\n'),
    );
    await page.getByLabel('Titre').fill('Imprimer l’accusé de dépôt d’une facture');
    await page.getByLabel('Mots-clés (séparés par des virgules)').fill('accusé de dépôt, impression, preuve');
    await page.getByLabel('Texte de la fiche (Markdown)').fill('Ouvrez la facture dans « Synthèse » puis « Imprimer » : le récapitulatif de dépôt sert de preuve.');
    await page.getByLabel('Identifiant de la fiche').fill('nouvelle');
    await page.getByRole('button', { name: 'Vérifier' }).click();
    await page.locator('.inline-error', { hasText: 'Cet identifiant est réservé' }).waitFor();
    await page.getByLabel('Identifiant de la fiche').fill('accuse-de-depot');
    await page.getByRole('button', { name: 'Vérifier' }).click();
    await page.locator('.kb-guard h3', { hasText: 'Questions dont la réponse change' }).waitFor({ timeout: 60_000 });
    expect(formatViolations(await runAxe(page))).toBe('');
    await page.getByLabel(/^Raison/).fill('Question fréquente sans fiche');
    await page.getByRole('button', { name: 'Publier' }).click();
    await page.getByRole('heading', { level: 1, name: 'Imprimer l’accusé de dépôt d’une facture' }).waitFor({ timeout: 60_000 });
    expect(page.url()).toMatch(/#\/base\/accuse-de-depot$/);
    // The assistant now offers it (answered, or first of a «Vouliez-vous dire»), where it fell back before.
    const now = r.app.knowledge.ask(QUESTION);
    expect(['answer', 'clarify']).toContain(now.kind);
    expect(now.candidates[0]?.articleId).toBe('accuse-de-depot');
    expect(errors.filter((e) => !/400/.test(e))).toEqual([]);
  }, 120_000);
});
