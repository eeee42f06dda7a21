import { describeBrowser, formatViolations, runAxe, screenshot } from '../helpers/browser';
import { createTicket, useConsoleHarness } from './console-harness';

/** Ticket list with filters, ticket view with reply (e-mailed), internal note, status and assignment. */
describeBrowser('agent console — tickets', () => {
  const harness = useConsoleHarness();

  it('filters the list, opens a ticket from its e-mail link, replies, notes and changes its status', async () => {
    const hx = harness();
    // Before any ticket: an empty list says so, not that the (absent) filters match nothing.
    const early = await hx.agentPage('Noé Blanc', 'agent', '#/tickets');
    await early.page.getByRole('status').filter({ hasText: 'Aucun ticket pour le moment.' }).waitFor();
    await early.context.close();

    const a = await createTicket(hx.r.base, { subject: 'Facture rejetée par le portail', email: 'jeanne.morel@commune.fr', name: 'Jeanne Morel' });
    // No name but the e-mail (what an anonymous widget user gives): shown once, not «x — x».
    const b = await createTicket(hx.r.base, { subject: 'Question sur le CCAG travaux', email: 'paul.girard@btp.fr', name: 'paul.girard@btp.fr', category: 'metier' });
    await createTicket(hx.r.base, { subject: '<img src=x onerror="window.__xss=1"> accès', email: 'x@example.fr', name: 'Xavier' });
    await hx.smtp.waitFor(6);
    const number = a.ticket.number;

    const { page, errors } = await hx.agentPage('Lou Fabre', 'agent', '#/tickets');
    const rows = page.locator('.tickets-table tbody tr');
    await page.getByRole('status').filter({ hasText: '3 tickets.' }).waitFor();
    expect(await rows.count()).toBe(3);
    expect(await page.locator('.tickets-table img').count()).toBe(0);
    await screenshot(page, 'console-tickets');
    expect(formatViolations(await runAxe(page))).toBe('');

    await page.getByLabel('Catégorie').selectOption('metier');
    await page.getByRole('status').filter({ hasText: '1 ticket.' }).waitFor();
    expect(await rows.first().textContent()).toContain('Question sur le CCAG travaux');
    await page.getByLabel('Catégorie').selectOption('');
    await page.getByLabel('Rechercher').fill('jeanne.morel@commune.fr');
    await page.getByRole('button', { name: 'Filtrer' }).click();
    await page.getByRole('status').filter({ hasText: '1 ticket.' }).waitFor();
    expect(await rows.first().getAttribute('data-number')).toBe(number);
    await page.getByLabel('Rechercher').fill(number);
    await page.keyboard.press('Enter');
    await page.getByRole('status').filter({ hasText: '1 ticket.' }).waitFor();
    await page.getByLabel('Qui me sont attribués').check();
    await page.getByRole('status').filter({ hasText: 'Aucun ticket ne correspond à ces filtres.' }).waitFor();
    await page.getByLabel('Tous', { exact: true }).last().check();
    await page.getByRole('status').filter({ hasText: '1 ticket.' }).waitFor();

    // The link of the support e-mail opens the ticket in the console.
    const notice = hx.smtp.received.map((m) => m.mail.text ?? '').find((t) => t.includes(`/console/#/tickets/${number}`));
    expect(notice).toBeDefined();
    await page.getByRole('link', { name: number }).click();
    await page.getByRole('heading', { level: 1, name: `Ticket ${number} — Facture rejetée par le portail` }).waitFor();
    expect(page.url()).toBe(`${hx.r.base}/console/#/tickets/${number}`);
    expect(await page.locator('.ticket-details').textContent()).toContain('Jeanne Morel — jeanne.morel@commune.fr');

    const before = hx.smtp.received.length;
    await page.getByLabel('Réponse (envoyée par e-mail à l’usager)').fill('Bonjour, pouvez-vous nous transmettre le numéro de la facture ?');
    await page.getByLabel('Statut après la réponse').selectOption('en_attente_utilisateur');
    await page.getByRole('button', { name: 'Envoyer la réponse' }).click();
    await page.locator('.event-reply', { hasText: 'pouvez-vous nous transmettre' }).waitFor();
    await page.locator('.ticket-details', { hasText: 'En attente de l’usager' }).waitFor();
    const mail = (await hx.smtp.waitFor(before + 1)).at(-1);
    expect(mail!.rcptTo).toEqual(['jeanne.morel@commune.fr']);
    expect(mail!.mail.text).toContain('pouvez-vous nous transmettre le numéro de la facture');

    await page.getByLabel('Note interne — invisible pour l’usager').fill('Vérifier le SIRET avec le service facturier.');
    await page.getByRole('button', { name: 'Ajouter la note' }).click();
    const note = page.locator('.event-note', { hasText: 'Vérifier le SIRET' });
    await note.waitFor();
    expect(await note.textContent()).toContain('note interne — invisible pour l’usager');

    await page.getByLabel('Nouveau statut').selectOption('resolu');
    await page.getByRole('button', { name: 'Changer le statut' }).click();
    await page.locator('.event-status', { hasText: 'En attente de l’usager → Résolu' }).waitFor();
    await page.getByRole('button', { name: 'Me l’attribuer' }).click();
    await page.locator('.ticket-details', { hasText: 'Vous' }).waitFor();
    await screenshot(page, 'console-ticket-view');
    expect(formatViolations(await runAxe(page))).toBe('');

    // The « mine » filter now finds it.
    await page.getByRole('link', { name: '← Tous les tickets' }).click();
    await page.getByLabel('Qui me sont attribués').check();
    await page.getByRole('status').filter({ hasText: '1 ticket.' }).waitFor();
    expect(await rows.first().getAttribute('data-number')).toBe(number);
    expect(await page.evaluate(`window.__xss`)).toBeUndefined();

    await page.goto(`${hx.r.base}/console/#/tickets/${b.ticket.number}`);
    await page.getByRole('heading', { level: 1, name: `Ticket ${b.ticket.number} — Question sur le CCAG travaux` }).waitFor();
    const details = (await page.locator('.ticket-details').textContent()) ?? '';
    expect(details).toContain('paul.girard@btp.fr');
    expect(details).not.toContain('paul.girard@btp.fr — paul.girard@btp.fr');
    expect(errors).toEqual([]);
  }, 90_000);
});
