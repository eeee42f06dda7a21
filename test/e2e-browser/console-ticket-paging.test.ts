import { getJson } from '../helpers/app';
import { describeBrowser, formatViolations, runAxe, screenshot } from '../helpers/browser';
import { waitUntil } from '../livechat-flow/harness';
import { createTicket, useConsoleHarness } from './console-harness';

/** 55 tickets (52 about a « Facture »): more than one page of 50, with and without a filter. */
const TICKETS = Array.from({ length: 55 }, (_, i) => ({
  subject: i % 18 === 5 ? `Question d’accès n° ${i + 1}` : `Facture bloquée n° ${i + 1}`,
  email: `usager${i + 1}@example.fr`,
  name: `Usager ${i + 1}`,
}));

describeBrowser('agent console — ticket list pages', () => {
  // The public form's per-IP and per-address limits would stop the 55 creations.
  const harness = useConsoleHarness({ TICKET_RATE_PER_IP: '1000', TICKET_RATE_PER_EMAIL: '1000' });

  it('pages through more than 50 tickets with « Tickets suivants / précédents », keeping the filters', async () => {
    const hx = harness();
    for (let i = 0; i < TICKETS.length; i += 5) await Promise.all(TICKETS.slice(i, i + 5).map((t) => createTicket(hx.r.base, t)));
    const facture = TICKETS.filter((t) => t.subject.startsWith('Facture')).length;
    expect(facture).toBe(52);

    const { page, cookie, errors } = await hx.agentPage('Lou Fabre', 'agent', '#/tickets');
    const status = page.locator('#tickets-summary');
    const rows = page.locator('.tickets-table tbody tr');
    const numbers = () => rows.evaluateAll((trs) => trs.map((tr) => tr.getAttribute('data-number')!));
    const previous = page.getByRole('button', { name: '← Tickets précédents' });
    const next = page.getByRole('button', { name: 'Tickets suivants →' });
    const showing = (text: string) => waitUntil(async () => (await status.textContent()) === text, 10_000);

    // Page 1: the 50 most recent, as the API orders them.
    await showing('Tickets 1 à 50 sur 55.');
    expect(await rows.count()).toBe(50);
    const apiAll = (await getJson(`${hx.r.base}/api/agent/tickets?limit=200`, { cookie })).body as { items: { number: string }[] };
    const first = await numbers();
    expect(first).toEqual(apiAll.items.slice(0, 50).map((t) => t.number));
    expect(await previous.getAttribute('aria-disabled')).toBe('true');
    expect(await next.getAttribute('aria-disabled')).toBeNull();
    expect(await page.locator('.pager-position').textContent()).toBe('Page 1 sur 2');

    // Page 2: the 5 others, none repeated; the focus stays on the button, now unavailable.
    await next.click();
    await showing('Tickets 51 à 55 sur 55.');
    const second = await numbers();
    expect(second).toEqual(apiAll.items.slice(50).map((t) => t.number));
    expect(await next.getAttribute('aria-disabled')).toBe('true');
    expect(await page.evaluate(`document.activeElement?.textContent`)).toBe('Tickets suivants →');
    // An unavailable button does nothing (checked after a few round trips).
    await page.keyboard.press('Enter');
    await screenshot(page, 'console-tickets-page-2');
    expect(formatViolations(await runAxe(page))).toBe('');
    expect(await page.locator('.pager-position').textContent()).toBe('Page 2 sur 2');
    expect(await numbers()).toEqual(second);
    await previous.click();
    await showing('Tickets 1 à 50 sur 55.');
    expect(await numbers()).toEqual(first);

    // With a filter: its pages, and only its tickets.
    await page.getByLabel('Rechercher').fill('facture');
    await page.getByRole('button', { name: 'Filtrer' }).click();
    await showing('Tickets 1 à 50 sur 52.');
    // Typing in the search box without applying it does not change the list being paged.
    await page.getByLabel('Rechercher').fill('accès');
    await next.click();
    await showing('Tickets 51 à 52 sur 52.');
    expect(await rows.count()).toBe(2);
    const filteredSecond = await numbers();
    for (const row of await rows.allTextContents()) expect(row).toContain('Facture bloquée');

    // A ticket opened from page 2, then back: the same page, the same filter.
    await page.getByRole('link', { name: filteredSecond[0]! }).click();
    await page.getByRole('heading', { level: 1, name: new RegExp(`^Ticket ${filteredSecond[0]}`) }).waitFor();
    await page.getByRole('link', { name: '← Tous les tickets' }).click();
    await showing('Tickets 51 à 52 sur 52.');
    expect(await numbers()).toEqual(filteredSecond);

    // Another filter starts again from its first page; a single page has no page buttons.
    await page.getByRole('button', { name: 'Filtrer' }).click();
    await showing('3 tickets.');
    expect(await page.locator('nav.pager').isHidden()).toBe(true);
    await page.getByLabel('Rechercher').fill('');
    await page.getByLabel('Catégorie').selectOption('metier');
    await showing('Aucun ticket ne correspond à ces filtres.');
    await page.getByLabel('Catégorie').selectOption('');
    await showing('Tickets 1 à 50 sur 55.');
    expect(errors).toEqual([]);
  }, 120_000);
});
