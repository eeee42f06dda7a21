import { AGENT_PASSWORD } from '../helpers/agent-client';
import { describeBrowser, formatViolations, runAxe, screenshot, watchErrors, signInToConsole, useBrowserApp } from '../helpers/browser';
import { connected, WidgetClient } from '../helpers/widget-client';

const MIN = 60_000;


/** «Pilotage» (issue 14, item 6) and the weekly chart per article in «Qualité des réponses», in Chromium. */
describeBrowser('the supervisors’ dashboard in the console', () => {
  const started = useBrowserApp();

  it('shows the period’s figures, charts with their data, the CSV export, and the weekly chart of an article', async () => {
    const { r, browser } = started();
    // Activity: a conversation with an answer, a question not understood and a dislike; a chat an
    // adviser took after 3 minutes and held 12; a ticket.
    const user = new WidgetClient(r.base);
    await connected(user);
    await user.waitForBot(/ClaudIA/);
    const answer = await user.say('mot de passe oublié', /mot de passe/i);
    await user.say('quel temps fera-t-il à Lille demain ?', /compris|reformuler|pas sûre|pas de réponse/i);
    await user.emit({ type: 'invoke', name: 'message/submitAction', value: { actionName: 'feedback', actionValue: { reaction: 'dislike' } }, replyToId: answer.id });
    user.close();
    const queued = Date.now() - 60 * MIN;
    await r.app.db.execute(
      `INSERT INTO livechat_chats (id, conversation_id, state, reason, transcript_json, start_seq, queued_at, assigned_at, closed_at) VALUES ('chat-1', 'conv-1', 'closed', 'user-request', '[]', 0, $1, $2, $3)`,
      [queued, queued + 3 * MIN, queued + 15 * MIN],
    );
    await r.app.ticketing.service.create({
      category: 'technique',
      subject: 'Compte bloqué',
      description: 'Mon compte est bloqué.',
      requester: { email: 'lea@ville.fr', name: 'Léa Martin', portalUserId: null, organisation: null, verified: false },
      channel: 'formulaire',
    });

    await r.app.auth.agents.create({ email: 'pilote@relais.test', name: 'Nadia Benali', role: 'supervisor', password: AGENT_PASSWORD });
    const page = await signInToConsole(browser, r.base, 'pilote@relais.test');
    const errors = watchErrors(page);
    await page.getByRole('link', { name: 'Pilotage' }).click();
    await page.getByRole('heading', { level: 1, name: 'Pilotage' }).waitFor();
    const tile = (key: string) => page.locator(`#dashboard-figures li[data-figure="${key}"] .tile-value`);
    await tile('conversations').waitFor();
    expect(await tile('conversations').innerText()).toBe('1');
    expect(await tile('answerRate').innerText()).toMatch(/^50(,0)?\s%$/);
    expect(await tile('dislikeRate').innerText()).toMatch(/^100(,0)?\s%$/);
    expect(await tile('medianWaitMs').innerText()).toMatch(/^3\smin/);
    expect(await tile('medianHandlingMs').innerText()).toMatch(/^12\smin/);
    expect(await tile('ticketsOpened').innerText()).toBe('1');
    expect(await tile('backlog').innerText()).toBe('1');

    // Six charts, each a figure with a caption, a drawn canvas and its data as a table.
    const figures = page.locator('figure.chart');
    expect(await figures.count()).toBe(6);
    expect(await page.locator('#dashboard-chart-conversations canvas').count()).toBeGreaterThan(0);
    const data = page.locator('#dashboard-chart-outcomes details.chart-data');
    await data.locator('summary').click();
    const rows = await page.locator('#dashboard-chart-outcomes-table tbody tr').allInnerTexts();
    expect(rows).toHaveLength(30);
    // Today's row: 1 answer, 0 choices, 1 not understood, 2 questions.
    expect(rows.at(-1)!.split('\t').slice(1).map((c) => c.trim())).toEqual(['1', '0', '1', '2']);
    expect(formatViolations(await runAxe(page))).toBe('');
    await screenshot(page, 'console-dashboard');
    await page.setViewportSize({ width: 390, height: 844 });
    await screenshot(page, 'console-dashboard-390');
    await page.setViewportSize({ width: 1280, height: 800 });

    // Another period: the CSV link follows, and the file is the server's.
    await page.locator('#dashboard-period').selectOption('7');
    await page.locator('#dashboard-range', { hasText: '(7\u00a0jours)' }).waitFor();
    const href = await page.locator('#dashboard-csv').getAttribute('href');
    expect(href).toMatch(/^\/api\/agent\/dashboard\?from=\d{4}-\d{2}-\d{2}&to=\d{4}-\d{2}-\d{2}&format=csv$/);
    const csv = await page.request.get(`${r.base}${href}`);
    expect(csv.status()).toBe(200);
    const lines = (await csv.text()).replace(/^\ufeff/, '').trim().split('\r\n');
    expect(lines).toHaveLength(8);
    // A custom period the wrong way round is refused in French, in place.
    await page.locator('#dashboard-period').selectOption('custom');
    await page.locator('#dashboard-from').fill('2026-03-10');
    await page.locator('#dashboard-to').fill('2026-03-01');
    await page.locator('#dashboard-apply').click();
    await page.locator('#dashboard-period-error').waitFor();

    // «Qualité des réponses»: dislikes and answers per week for the article.
    await page.getByRole('link', { name: 'Qualité des réponses' }).click();
    const article = page.locator('#quality-article');
    await article.waitFor();
    expect(await article.locator('option:checked').innerText()).toMatch(/Mot de passe oublié/);
    await page.locator('#quality-article-chart canvas').first().waitFor();
    expect(formatViolations(await runAxe(page))).toBe('');
    await screenshot(page, 'console-quality-weekly');
    // The question not understood leads to its conversation, read-only.
    await page.locator('.quality-group', { hasText: 'quel temps fera-t-il' }).getByRole('link', { name: 'Voir la conversation 1' }).click();
    await page.getByRole('heading', { level: 1, name: 'Conversation' }).waitFor();
    await page.locator('.conversation-messages .msg-user', { hasText: 'quel temps fera-t-il à Lille demain ?' }).waitFor();
    expect(await page.locator('.conversation-messages .tag-article', { hasText: 'Mot de passe oublié' }).count()).toBeGreaterThan(0);
    expect(formatViolations(await runAxe(page))).toBe('');
    expect(errors).toEqual([]);
  }, 120_000);

  it('is the supervisors’: an adviser has no «Pilotage» entry and is told so at its address', async () => {
    const { r, browser } = started();
    await r.app.auth.agents.create({ email: 'conseil@relais.test', name: 'Paul Conseil', role: 'agent', password: AGENT_PASSWORD });
    const page = await signInToConsole(browser, r.base, 'conseil@relais.test');
    expect(await page.getByRole('link', { name: 'Pilotage' }).count()).toBe(0);
    await page.goto(`${r.base}/console/#/pilotage`);
    await page.getByText('Cette page est réservée aux superviseurs.').waitFor();
  }, 60_000);
});
