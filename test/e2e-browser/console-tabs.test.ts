import { describeBrowser } from '../helpers/browser';
import { waitUntil } from '../livechat-flow/harness';
import { agentLines, queueDirectly, useConsoleHarness } from './console-harness';

/** Several chats at once, keyboard-only use, and user text that must stay text. Pick routing. */
describeBrowser('agent console — tabs, keyboard and XSS', () => {
  const harness = useConsoleHarness();

  it('accepts two chats with the keyboard only, switches tabs with the arrow keys and counts unread messages', async () => {
    const hx = harness();
    const { page, errors } = await hx.agentPage('Alex Bernard');
    const anne = await hx.user({ sub: 'anne', name: 'Anne Leroy', email: 'anne.leroy@ville.fr' });
    await queueDirectly(anne);
    const bruno = await hx.user({ sub: 'bruno', name: 'Bruno Roux', email: 'bruno.roux@ville.fr' });
    await queueDirectly(bruno);
    await page.locator('.queue-item').nth(1).waitFor();

    // Tab from the top of the page to the first « Prendre en charge » and take both with Enter.
    const focusedText = () => page.evaluate<string>(`document.activeElement?.textContent ?? ''`);
    await page.locator('body').focus();
    for (let i = 0; i < 30 && !(await focusedText()).startsWith('Prendre en charge'); i++) await page.keyboard.press('Tab');
    expect(await focusedText()).toBe('Prendre en charge la demande de Anne Leroy');
    await page.keyboard.press('Enter');
    await page.getByRole('tab', { name: /Anne Leroy/ }).waitFor();
    // Focus went to the new tab; the queue's next request is reached with Shift+Tab.
    expect(await page.evaluate(`document.activeElement?.getAttribute('role')`)).toBe('tab');
    for (let i = 0; i < 30 && !(await focusedText()).startsWith('Prendre en charge'); i++) await page.keyboard.press('Shift+Tab');
    expect(await focusedText()).toBe('Prendre en charge la demande de Bruno Roux');
    await page.keyboard.press('Enter');
    const brunoTab = page.getByRole('tab', { name: /Bruno Roux/ });
    await page.getByRole('tab', { name: /Bruno Roux/, selected: true }).waitFor();
    expect(await page.evaluate<string>(`document.activeElement?.textContent`)).toContain('Bruno Roux');

    // One tab stop: arrows move between tabs and select them.
    const anneTab = page.getByRole('tab', { name: /Anne Leroy/ });
    expect(await anneTab.getAttribute('tabindex')).toBe('-1');
    await page.keyboard.press('ArrowLeft');
    expect(await anneTab.getAttribute('aria-selected')).toBe('true');
    expect(await page.getByRole('tabpanel', { name: 'Anne Leroy' }).isVisible()).toBe(true);
    expect(await page.getByRole('tabpanel', { name: 'Bruno Roux' }).isVisible()).toBe(false);
    await page.keyboard.press('End');
    expect(await brunoTab.getAttribute('aria-selected')).toBe('true');
    await page.keyboard.press('Home');
    expect(await anneTab.getAttribute('aria-selected')).toBe('true');

    // A message in the other tab: unread badge, then cleared when the agent opens that tab.
    await bruno.emit({ type: 'message', text: 'Vous êtes là ?' });
    await brunoTab.locator('.badge', { hasText: '1 non lu' }).waitFor();
    await bruno.emit({ type: 'message', text: 'Allô ?' });
    await brunoTab.locator('.badge', { hasText: '2 non lus' }).waitFor();
    await page.keyboard.press('ArrowRight');
    expect(await brunoTab.locator('.badge').isHidden()).toBe(true);

    // Tab into the panel, write and send with the keyboard.
    const composer = page.getByLabel('Message à Bruno Roux');
    for (let i = 0; i < 40 && !(await composer.evaluate((el) => el === el.ownerDocument.activeElement)); i++) await page.keyboard.press('Tab');
    await page.keyboard.type('Oui, je suis là.');
    await page.keyboard.press('Enter');
    await waitUntil(() => agentLines(bruno).includes('Oui, je suis là.'));
    expect(agentLines(anne)).not.toContain('Oui, je suis là.');
    expect(errors).toEqual([]);
  }, 90_000);

  it('shows markup typed by a user as text and runs none of it', async () => {
    const hx = harness();
    const xssName = '<img src=x onerror="window.__xss=1">Eve';
    const { page, errors } = await hx.agentPage('Sacha Noël');
    const eve = await hx.user({ sub: 'eve', name: xssName, email: 'eve@example.fr' });
    await eve.say('<script>window.__xss=1</script> mot de passe', /./);
    await queueDirectly(eve);
    const row = page.locator('.queue-item', { hasText: 'Eve' });
    await row.waitFor();
    expect(await row.locator('.requester').textContent()).toBe(xssName);
    expect(await row.locator('.question').textContent()).toBe('Question : <script>window.__xss=1</script> mot de passe');
    await row.getByRole('button', { name: /Prendre en charge/ }).click();
    const panel = page.getByRole('tabpanel');
    await panel.waitFor();

    const payloads = ['<img src=x onerror="window.__xss=1">', '<script>window.__xss=1</script>'];
    for (const text of payloads) await eve.emit({ type: 'message', text });
    for (const text of payloads) await panel.locator('.msg-user .msg-text', { hasText: text }).waitFor();
    expect(await panel.locator('.msg-user .msg-text').allTextContents()).toEqual(payloads);
    expect(await page.locator('#app img').count()).toBe(0);
    expect(await page.locator('#app script').count()).toBe(0);
    expect(await page.evaluate(`window.__xss`)).toBeUndefined();

    // An agent's markup goes to the user as plain text too.
    await panel.getByLabel(/^Message à /).fill('<b>gras</b> <img src=x onerror="window.__xss=2">');
    await panel.getByRole('button', { name: 'Envoyer' }).click();
    await panel.locator('.msg-agent .msg-text', { hasText: '<b>gras</b>' }).waitFor();
    expect(await page.locator('#app b, #app img').count()).toBe(0);
    await waitUntil(() => agentLines(eve).includes('<b>gras</b> <img src=x onerror="window.__xss=2">'));
    expect(await page.evaluate(`window.__xss`)).toBeUndefined();
    expect(errors).toEqual([]);
  }, 60_000);

  it('reconnects after the connection drops and shows what happened meanwhile', async () => {
    const hx = harness();
    const { page, errors } = await hx.agentPage('Rémi Caron');
    const zoe = await hx.user({ sub: 'zoe', name: 'Zoé Perrin', email: 'zoe@ville.fr' });
    await queueDirectly(zoe);
    await page.locator('.queue-item', { hasText: 'Zoé Perrin' }).getByRole('button').click();
    const panel = page.getByRole('tabpanel', { name: 'Zoé Perrin' });
    await panel.waitFor();

    // A network cut: the transport closes under the socket; the user writes while the console is away.
    const agents = hx.r.app.io.of('/agent');
    for (const s of agents.sockets.values()) if (s.data.agent.name === 'Rémi Caron') s.conn.close();
    await page.locator('.connection', { hasText: 'Connexion au serveur perdue' }).waitFor();
    await zoe.emit({ type: 'message', text: 'Écrit pendant la coupure' });
    const late = await hx.user({ sub: 'yves', name: 'Yves Martin', email: 'yves@ville.fr' });
    await queueDirectly(late);
    await panel.locator('.msg-user', { hasText: 'Écrit pendant la coupure' }).waitFor({ timeout: 15_000 });
    await page.locator('.queue-item', { hasText: 'Yves Martin' }).waitFor();
    expect(await page.locator('.connection').isHidden()).toBe(true);

    // The server closes the socket (as when a session is revalidated): still signed in, so it comes
    // back — often within milliseconds, faster than a locator polls, so the banner's showing is
    // recorded in the page as it happens.
    await page.evaluate(`(() => {
      const banner = document.querySelector('.connection');
      window.bannerSeen = [];
      new MutationObserver(() => {
        if (!banner.hidden && banner.textContent) window.bannerSeen.push(banner.textContent);
      }).observe(banner, { attributes: true, childList: true, characterData: true, subtree: true });
    })()`);
    for (const s of agents.sockets.values()) if (s.data.agent.name === 'Rémi Caron') s.disconnect(true);
    await page.waitForFunction(`window.bannerSeen.some((t) => t.includes('Connexion au serveur perdue'))`);
    await page.locator('.connection').waitFor({ state: 'hidden', timeout: 15_000 });
    await panel.getByLabel('Message à Zoé Perrin').fill('Je suis de retour.');
    await panel.getByRole('button', { name: 'Envoyer' }).click();
    await waitUntil(() => agentLines(zoe).includes('Je suis de retour.'));
    expect(errors).toEqual([]);
  }, 60_000);
});
