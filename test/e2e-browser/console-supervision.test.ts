import fs from 'node:fs';
import { connectAgent, createAgent } from '../helpers/agent-client';
import { describeBrowser, formatViolations, runAxe, screenshot } from '../helpers/browser';
import { queueAfterDislike, useConsoleHarness, waitForAnnouncement, waitForTitle } from './console-harness';

describeBrowser('agent console — supervision (pick routing)', () => {
  const harness = useConsoleHarness();

  it('shows supervisors the queue and every agent’s status and load, live', async () => {
    const hx = harness();
    const { page, errors } = await hx.agentPage('Claire Vidal', 'supervisor', '#/supervision');
    await page.getByRole('heading', { level: 1, name: 'Supervision' }).waitFor();
    const figure = (label: string) => page.locator('.figure', { hasText: label }).locator('dd');
    const agentRow = (name: string) => page.locator('tr', { hasText: name });
    await agentRow('Claire Vidal').waitFor();
    expect(await figure('Demandes en attente').textContent()).toBe('0');

    const agent = await connectAgent(hx.r.base, await createAgent(hx.r.app, hx.r.base, 'Yanis Morel'));
    await agentRow('Yanis Morel').filter({ hasText: 'Disponible' }).waitFor();
    expect(await agentRow('Yanis Morel').textContent()).toContain('0 / 3');

    const user = await hx.user();
    await queueAfterDislike(user, 'J’ai oublié mon mot de passe', 'Le lien a expiré');
    await page.locator('.figure', { hasText: 'Demandes en attente' }).locator('dd', { hasText: /^1$/ }).waitFor();
    expect(await figure('Attente la plus longue').textContent()).toBe('<\u00a01\u00a0min');
    await screenshot(page, 'console-supervision');
    expect(formatViolations(await runAxe(page))).toBe('');

    const chatId = (await agent.call('queue:get')).items[0].chatId;
    await agent.call('chat:accept', { chatId });
    await agentRow('Yanis Morel').filter({ hasText: '1 / 3' }).waitFor();
    await page.locator('.figure', { hasText: 'Demandes en attente' }).locator('dd', { hasText: /^0$/ }).waitFor();
    await agent.call('status:set', { status: 'busy' });
    await agentRow('Yanis Morel').filter({ hasText: 'Occupé·e' }).waitFor();
    agent.close();
    expect(errors).toEqual([]);
  }, 90_000);

  it('exports a person’s data as a file and erases it, after EFFACER is typed', async () => {
    const hx = harness();
    const user = await hx.user({ sub: 'rgpd-1', name: 'Rose Garnier', email: 'rose.garnier@ville.fr' });
    await user.say('mot de passe oublié', /mot de passe/i);
    const { page, errors } = await hx.agentPage('Claire Vidal', 'supervisor', '#/supervision');
    await page.getByRole('heading', { level: 2, name: 'Données personnelles' }).waitFor();
    await page.getByLabel('Adresse e-mail').fill('rose.garnier@ville.fr');
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Exporter (JSON)' }).click()]);
    expect(download.suggestedFilename()).toBe('donnees-personnelles.json');
    const exported = JSON.parse(fs.readFileSync((await download.path())!, 'utf8'));
    expect(exported.conversations).toHaveLength(1);
    // Without the typed confirmation nothing is erased; with it, the conversation is gone.
    await page.getByRole('button', { name: 'Effacer définitivement' }).click();
    await page.locator('.privacy-status', { hasText: /EFFACER/ }).waitFor();
    await page.getByLabel('Pour effacer, écrivez EFFACER').fill('EFFACER');
    await page.getByRole('button', { name: 'Effacer définitivement' }).click();
    await page.locator('.privacy-status', { hasText: /Effacement fait/ }).waitFor();
    expect(await hx.r.app.db.query("SELECT id FROM chat_conversations WHERE requester_json LIKE '%rose.garnier%'")).toEqual([]);
    expect(formatViolations(await runAxe(page))).toBe('');
    expect(errors).toEqual([]);
  }, 90_000);

  it('keeps the page from other agents', async () => {
    const hx = harness();
    const { page } = await hx.agentPage('Jules Simon', 'agent', '#/supervision');
    await page.getByText('Cette page est réservée aux superviseurs.').waitFor();
    expect(await page.getByRole('link', { name: 'Supervision' }).count()).toBe(0);
  }, 60_000);
});

describeBrowser('agent console — auto routing and new-chat notification', () => {
  const harness = useConsoleHarness({ LIVECHAT_ROUTING: 'auto' });

  it('opens an assigned chat by itself, changes the title and announces it, until the agent comes back', async () => {
    const hx = harness();
    const { page, errors } = await hx.agentPage('Inès Garnier');
    await page.locator('#queue-title').click();
    const user = await hx.user({ sub: 'hugo', name: 'Hugo Lambert', email: 'hugo@ville.fr' });
    await user.say('Discuter avec un conseiller', /Inès Garnier a rejoint la conversation/);
    await page.getByRole('tab', { name: /Hugo Lambert/ }).waitFor();
    await waitForTitle(page, '(1) Nouveau chat — Relais');
    await waitForAnnouncement(page, 'Nouvelle conversation attribuée : Hugo Lambert.');
    // The sound is made with WebAudio once the agent has interacted with the page (no audio file).
    expect(await page.evaluate('typeof AudioContext')).toBe('function');
    await page.keyboard.press('Shift');
    expect(await page.title()).toBe('Console conseiller — Relais');
    expect(errors).toEqual([]);
  }, 60_000);
});
