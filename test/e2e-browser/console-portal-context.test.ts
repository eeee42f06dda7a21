import { describeBrowser, formatViolations, runAxe, screenshot } from '../helpers/browser';
import { queueDirectly, useConsoleHarness } from './console-harness';

/**
 * Issue 15: a verified portal user handed to an adviser arrives with their context — their profile
 * and, on demand, their recent invoices from the (demo) portal — and an anonymous one without.
 */
describeBrowser('agent console — the portal user’s context', () => {
  const harness = useConsoleHarness();

  it('shows a verified user’s profile and recent invoices, and nothing of the kind for an anonymous user', async () => {
    const hx = harness();
    const { page, errors } = await hx.agentPage('Camille Martin');
    const lea = await hx.user({ sub: 'demo-lea@fournisseur.fr', email: 'lea@fournisseur.fr', name: 'Léa Fournier', organisation: 'Fournier SARL', profile: 'fournisseur' });
    await queueDirectly(lea);
    const row = page.locator('.queue-item', { hasText: 'Léa Fournier' });
    await row.getByRole('button', { name: 'Prendre en charge la demande de Léa Fournier' }).click();
    const panel = page.getByRole('tabpanel', { name: 'Léa Fournier' });
    await panel.waitFor();
    expect(await panel.locator('.requester-details').textContent()).toContain('Fournier SARL');
    expect(await panel.locator('.tag-profile').textContent()).toBe('Fournisseur');
    await panel.locator('.recent-invoices summary').click();
    const rows = panel.locator('.recent-invoices-table tbody tr');
    await rows.first().waitFor();
    expect(await rows.count()).toBeGreaterThan(3);
    expect(await panel.locator('.recent-invoices-table').textContent()).toMatch(/F-2026-00123.*Rejetée/s);
    expect(formatViolations(await runAxe(page))).toBe('');
    await screenshot(page, 'console-portal-context');

    const anonymous = await hx.user(null);
    await queueDirectly(anonymous);
    const other = page.locator('.queue-item', { hasText: 'Usager non identifié' });
    await other.getByRole('button', { name: /Prendre en charge la demande/ }).click();
    const anonymousPanel = page.getByRole('tabpanel', { name: 'Usager non identifié' });
    await anonymousPanel.waitFor();
    expect(await anonymousPanel.locator('.recent-invoices').count()).toBe(0);
    expect(await anonymousPanel.locator('.tag-profile').count()).toBe(0);
    expect(errors).toEqual([]);
  }, 90_000);
});
