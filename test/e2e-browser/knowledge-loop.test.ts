import fs from 'node:fs';
import type { Browser } from 'playwright-core';
import type { RunningApp } from '../helpers/app';
import { AGENT_PASSWORD } from '../helpers/agent-client';
import { IDENTITY_SECRET } from '../helpers/app';
import { describeBrowser, formatViolations, runAxe, screenshot, startBrowserApp, watchErrors } from '../helpers/browser';
import { postgresTestDatabase, type TestDatabase } from '../helpers/databases';
import { sharedServicesEnv, startServerProcess, type ServerProcess } from '../helpers/server-process';
import { connected, WidgetClient } from '../helpers/widget-client';
import { launchWidgetBrowser, widget } from './widget-page';

const services = process.env.RELAIS_TEST_PG === '1' && process.env.RELAIS_TEST_REDIS === '1';
const describeLoop = services ? describeBrowser : describe.skip;

const QUESTION = 'Comment imprimer l’accusé de dépôt de ma facture ?';
const ADDED = 'Pour garder une preuve du dépôt, ouvrez la facture et imprimez sa fiche de synthèse.';

/**
 * The answer-quality loop without a developer: a user dislikes an answer with a comment and asks
 * a question the base does not answer; a supervisor sees both in « Qualité des réponses »,
 * attaches the question to an article and edits it, checks the guard's before/after, publishes;
 * a second server process on the same database answers the question with the edited article,
 * without restart.
 */
describeLoop('the answer-quality loop, from a thumbs-down to a published article on every process', () => {
  let database: TestDatabase;
  let a: RunningApp;
  let b: ServerProcess;
  let browser: Browser;
  const dirs: string[] = [];
  beforeAll(async () => {
    database = postgresTestDatabase();
    await database.create();
    const shared = { REDIS_URL: 'redis://127.0.0.1:6379', REDIS_PREFIX: `kbloop${process.pid}`, DATABASE_URL: database.url(), RELAIS_NOW: '2026-12-01T10:00:00+01:00' };
    a = await startBrowserApp(shared);
    b = await startServerProcess(sharedServicesEnv(dirs, database.url(), IDENTITY_SECRET, shared));
    browser = await launchWidgetBrowser();
  }, 120_000);
  afterAll(async () => {
    await browser?.close();
    await b?.kill('SIGTERM');
    await a?.close();
    await database?.cleanup();
    for (const d of dirs) fs.rmSync(d, { recursive: true, force: true });
  });

  it('teaches a question and edits the article from the console; the other process answers with it', async () => {
    // The user, on process A's demo page: a disliked answer with its comment, then a question the base does not answer.
    const userPage = await (await browser.newContext({ locale: 'fr-FR' })).newPage();
    const userErrors = watchErrors(userPage);
    await userPage.goto(`${a.base}/`);
    const w = widget(userPage);
    await w.launcher.click();
    await w.bot.first().waitFor();
    await w.input.fill('Comment suivre une facture déposée ?');
    await w.input.press('Enter');
    const answer = w.bot.filter({ hasText: 'Source' }).last();
    await answer.waitFor();
    await answer.getByRole('button', { name: 'Non, réponse pas utile' }).click();
    await answer.getByLabel('Pouvez-vous préciser le dysfonctionnement rencontré ?').fill('Je ne trouve pas comment imprimer la preuve de dépôt');
    await answer.getByRole('button', { name: 'Envoyer mon avis' }).click();
    await w.bot.filter({ hasText: 'Merci' }).last().waitFor();
    await w.input.fill(QUESTION);
    await w.input.press('Enter');
    await w.bot.filter({ hasText: /pas compris|reformuler/ }).last().waitFor();

    // The supervisor, in the console: the quality inbox shows the comment and the unanswered question.
    await a.app.auth.agents.create({ email: 'sophie.leroy@relais.test', name: 'Sophie Leroy', role: 'supervisor', password: AGENT_PASSWORD });
    const page = await (await browser.newContext({ locale: 'fr-FR', timezoneId: 'Europe/Paris', viewport: { width: 1280, height: 900 } })).newPage();
    await page.goto(`${a.base}/console/`);
    await page.getByLabel('Adresse e-mail').fill('sophie.leroy@relais.test');
    await page.getByLabel('Mot de passe').fill(AGENT_PASSWORD);
    await page.getByRole('button', { name: 'Se connecter' }).click();
    await page.locator('.top-bar').waitFor();
    const errors = watchErrors(page);
    await page.getByRole('link', { name: 'Qualité des réponses' }).click();
    const group = page.locator('.quality-group', { hasText: QUESTION });
    await group.waitFor();
    await page.locator('.quality-disliked', { hasText: 'Je ne trouve pas comment imprimer la preuve de dépôt' }).waitFor();
    expect(formatViolations(await runAxe(page))).toBe('');
    await screenshot(page, 'kb-quality');

    // « Rattacher » to the invoice-tracking article: the editor opens with the question among its phrasings.
    await group.getByLabel('Rattacher la question à').selectOption('suivre-une-facture');
    await group.getByRole('button', { name: 'Rattacher à cette fiche' }).click();
    await page.locator('.kb-teach', { hasText: QUESTION }).waitFor();
    expect(await page.getByLabel('Formulations (une par ligne)').inputValue()).toContain(QUESTION);
    const body = page.getByLabel('Texte de la fiche (Markdown)');
    await body.fill(`${await body.inputValue()}\n\n${ADDED}`);
    await page.locator('.kb-preview', { hasText: ADDED }).waitFor();
    await page.getByLabel('Question', { exact: true }).fill(QUESTION);
    await page.getByRole('button', { name: 'Tester' }).click();
    await page.locator('.kb-answer', { hasText: 'Avec ce brouillon : la fiche « Suivre une facture' }).waitFor();

    // The guard: before/after on the labelled sets, the taught question won.
    await page.getByRole('button', { name: 'Vérifier' }).click();
    await page.getByRole('table', { name: /Jeux dont la précision change/ }).waitFor({ timeout: 60_000 });
    // Only the sets that move are shown; every set is one click away.
    expect(await page.locator('.kb-guard details table tbody tr').count()).toBeGreaterThan(15);
    expect(await page.locator('.kb-changed .kb-won', { hasText: QUESTION }).count()).toBe(1);
    expect(formatViolations(await runAxe(page))).toBe('');
    await screenshot(page, 'kb-editor-guard');
    await page.getByRole('button', { name: 'Publier' }).click();
    await page.locator('.kb-status', { hasText: 'publiée' }).waitFor({ timeout: 60_000 });
    await page.locator('.kb-versions li', { hasText: 'Version 2 — Sophie Leroy' }).waitFor();
    await page.setViewportSize({ width: 390, height: 844 });
    await screenshot(page, 'kb-editor-390');

    // Process B, which nobody restarted, answers the question with the edited article.
    const user = new WidgetClient(b.base);
    try {
      await connected(user);
      await user.waitForBot(/ClaudIA/);
      const deadline = Date.now() + 10_000;
      let reply = await user.say(QUESTION);
      while (!(reply.text ?? '').includes(ADDED) && Date.now() < deadline) {
        await new Promise((r) => setTimeout(r, 200));
        reply = await user.say(QUESTION);
      }
      expect(reply.text).toContain(ADDED);
    } finally {
      user.close();
    }
    expect(userErrors).toEqual([]);
    expect(errors).toEqual([]);
  }, 180_000);
});
