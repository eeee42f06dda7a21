import { describeBrowser, formatViolations, runAxe, screenshot } from '../helpers/browser';
import { waitUntil } from '../livechat-flow/harness';
import { createTicket, queueDirectly, useConsoleHarness } from './console-harness';

/**
 * « Recherche »: conversations and tickets by requester, number or a message's words; a found
 * chat opens read-only when it is another adviser's, and each adviser is warned when another one
 * has the same chat in front of them.
 */
describeBrowser('agent console — search and who else is on a chat', () => {
  const harness = useConsoleHarness();

  it('finds a chat by a word the user wrote and a ticket by its requester; the chat opens read-only, and both advisers see each other on it', async () => {
    const hx = harness();
    const camille = await hx.agentPage('Camille Martin');
    const user = await hx.user({ name: 'Marie Dupont', email: 'marie.dupont@mairie-exemple.fr' });
    await queueDirectly(user);
    await camille.page.locator('.queue-item').first().waitFor();
    await camille.page.getByRole('button', { name: /Prendre en charge/ }).first().click();
    const panel = camille.page.locator('.chat-panel:not([hidden])');
    await panel.waitFor();
    await user.emit({ type: 'message', text: 'Mon numéro de facture est FAC-2026-4411, toujours rien reçu' });
    await panel.locator('.msg-user', { hasText: 'FAC-2026-4411' }).waitFor();
    const { ticket } = await createTicket(hx.r.base, { subject: 'Accès perdu', email: 'marie.dupont@mairie-exemple.fr', name: 'Marie Dupont' });

    // Sophie, a supervisor, searches a word of the message: the chat; then the requester's name: the chat and the ticket.
    const sophie = await hx.agentPage('Sophie Bernard', 'supervisor', '#/recherche');
    const { page } = sophie;
    await page.getByRole('link', { name: 'Recherche' }).waitFor();
    expect(await page.getByRole('link', { name: 'Recherche' }).getAttribute('aria-current')).toBe('page');
    const box = page.getByLabel('Rechercher', { exact: true });
    await box.fill('fac-2026-4411');
    await page.getByRole('button', { name: 'Rechercher' }).click();
    await page.locator('#search-summary', { hasText: '1\u00a0conversation et 0\u00a0ticket pour « fac-2026-4411 ».' }).waitFor();
    await box.fill('Marie Dupont');
    await page.keyboard.press('Enter');
    await page.locator('#search-summary', { hasText: 'pour « Marie Dupont »' }).waitFor();
    expect(await page.locator('#search-tickets a').allTextContents()).toEqual([`Ticket ${ticket.number}`]);
    expect(page.url()).toContain('#/recherche/Marie%20Dupont');
    await screenshot(page, 'console-search');
    expect(formatViolations(await runAxe(page))).toBe('');

    // The chat opens in a tab, read-only: it is Camille's.
    await page.locator('#search-chats a').first().click();
    const seen = page.locator('.chat-panel:not([hidden])');
    await seen.locator('.ended-banner', { hasText: 'Conversation suivie par Camille Martin : vous la consultez en lecture seule.' }).waitFor();
    expect(await seen.locator('textarea').isDisabled()).toBe(true);
    expect(await seen.getByRole('button', { name: 'Note interne' }).isDisabled()).toBe(false); // a supervisor may leave a note
    expect(await seen.getByRole('button', { name: 'Clore' }).isDisabled()).toBe(true);

    // Each sees the other on the chat; when Sophie leaves the chats view, Camille's warning goes.
    await seen.locator('.viewers', { hasText: 'Camille Martin consulte aussi cette conversation.' }).waitFor();
    await panel.locator('.viewers', { hasText: 'Sophie Bernard consulte aussi cette conversation.' }).waitFor();
    await screenshot(page, 'console-chat-read-only');
    expect(formatViolations(await runAxe(page))).toBe('');
    await page.getByRole('link', { name: 'Tickets' }).click();
    await waitUntil(async () => (await panel.locator('.viewers').isHidden()) === true, 10_000);

    // On a phone-sized screen the search stays usable.
    await page.setViewportSize({ width: 390, height: 844 });
    await page.goto(`${hx.r.base}/console/#/recherche/FAC-2026-4411`);
    await page.locator('#search-chats a').first().waitFor();
    await screenshot(page, 'console-search-390');
    expect(formatViolations(await runAxe(page))).toBe('');
    expect(camille.errors).toEqual([]);
    expect(sophie.errors).toEqual([]);
  });
});
