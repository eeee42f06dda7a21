import { describeBrowser } from '../helpers/browser';
import { waitUntil } from '../livechat-flow/harness';
import { queueDirectly, useConsoleHarness, waitForAnnouncement } from './console-harness';

/**
 * `auto` routing still lets an agent take a waiting chat by hand (the server's chat:accept does not
 * depend on the routing mode): chats wait when no agent is available — here the only agent is
 * « Occupé·e » and LIVECHAT_MAX_QUEUE lets users queue — and « Prendre en charge » takes one.
 */
describeBrowser('agent console — auto routing', () => {
  const harness = useConsoleHarness({ LIVECHAT_ROUTING: 'auto', LIVECHAT_MAX_QUEUE: '5' });

  it('keeps « Prendre en charge » in auto mode: a busy agent picks a waiting chat; becoming available assigns the next one', async () => {
    const hx = harness();
    const { page, errors } = await hx.agentPage('Nadia Benali');
    await page.getByLabel('Statut').selectOption('busy');
    await waitForAnnouncement(page, 'Statut : Occupé·e.');

    const marie = await hx.user();
    await queueDirectly(marie);
    const row = page.locator('.queue-item', { hasText: 'Marie Dupont' });
    await row.waitFor();
    const take = row.getByRole('button', { name: 'Prendre en charge la demande de Marie Dupont' });
    expect(await take.isVisible()).toBe(true);
    await take.click();
    await page.getByRole('tab', { name: /Marie Dupont/ }).waitFor();
    await marie.waitForBot(/Nadia Benali a rejoint la conversation/);
    await page.locator('.queue .empty').waitFor();

    // While busy, the next user waits; once available, the server assigns them by itself.
    const paul = await hx.user({ sub: 'portal-user-77', name: 'Paul Girard', email: 'paul.girard@btp.fr' });
    await queueDirectly(paul);
    await page.locator('.queue-item', { hasText: 'Paul Girard' }).waitFor();
    await page.getByLabel('Statut').selectOption('available');
    await page.getByRole('tab', { name: /Paul Girard/ }).waitFor();
    await paul.waitForBot(/Nadia Benali a rejoint la conversation/);
    await waitUntil(async () => (await page.locator('.queue-item').count()) === 0);
    expect(errors).toEqual([]);
  }, 90_000);
});
