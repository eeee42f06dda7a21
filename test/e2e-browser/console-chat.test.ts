import { describeBrowser, formatViolations, runAxe, screenshot } from '../helpers/browser';
import { waitUntil } from '../livechat-flow/harness';
import { agentLines, createTicket, queueAfterDislike, useConsoleHarness, waitForAnnouncement, waitForTitle } from './console-harness';

/**
 * The agent console's main flow in Chromium against the real server; the user is a node socket.io
 * client of /chat (the widget's protocol). Tuesday 1 December 2026, 10:00 in Paris; pick routing.
 */
describeBrowser('agent console — live chat', () => {
  const harness = useConsoleHarness();

  it('takes a queued user from the queue to a reply, note, canned response, appointment, transfer and close', async () => {
    const hx = harness();
    const camille = await hx.agentPage('Camille Martin');
    const { page } = camille;
    await page.locator('.queue .empty').waitFor();
    // The agent has used the page: a new chat changes the title until they come back to it.
    await page.locator('#queue-title').click();

    // An earlier ticket of the same person (same e-mail as her portal identity) is in the adviser's context.
    const earlier = await createTicket(hx.r.base, { subject: 'Accès au portail', email: 'marie.dupont@mairie.fr', name: 'Marie Dupont' });
    const user = await hx.user();
    // The page the user writes from (the widget sends its origin and path) reaches the adviser.
    const page0 = { url: 'https://portail.example.fr/factures/brouillons', title: 'Mes factures en brouillon' };
    await queueAfterDislike(user, 'J’ai oublié mon mot de passe', 'Le lien de réinitialisation a expiré', page0);

    // Queue: who, why, since when, the question, the comment and the end of the bot transcript.
    const row = page.locator('.queue-item', { hasText: 'Marie Dupont' });
    await row.waitFor();
    expect(await row.locator('.wait').textContent()).toMatch(/^depuis (moins d’une minute|\d+\u00a0min)$/);
    expect(await row.locator('.comment').textContent()).toBe('Commentaire : Le lien de réinitialisation a expiré');
    expect(await row.locator('.question').textContent()).toBe('Question : J’ai oublié mon mot de passe');
    expect(await row.locator('.reason').textContent()).toBe('Réponse jugée insatisfaisante');
    expect(await row.locator('.preview li').count()).toBeGreaterThan(0);
    await waitForTitle(page, '(1) Nouveau chat — Relais');
    await waitForAnnouncement(page, 'Nouvelle demande dans la file d’attente : Marie Dupont.');
    await screenshot(page, 'console-queue');

    await row.getByRole('button', { name: 'Prendre en charge la demande de Marie Dupont' }).click();
    expect(await page.title()).toBe('Console conseiller — Relais');
    const tab = page.getByRole('tab', { name: /Marie Dupont/ });
    await tab.waitFor();
    expect(await tab.getAttribute('aria-selected')).toBe('true');
    const panel = page.getByRole('tabpanel', { name: 'Marie Dupont' });
    const pageLink = panel.locator('.page-context a');
    expect(await pageLink.textContent()).toBe('Mes factures en brouillon');
    expect(await pageLink.getAttribute('href')).toBe('https://portail.example.fr/factures/brouillons');
    expect(await pageLink.getAttribute('rel')).toBe('noopener noreferrer');
    const previous = panel.getByRole('region', { name: 'Demandes précédentes de l’usager' });
    const ticketLink = previous.getByRole('link', { name: `Ticket ${earlier.ticket.number}` });
    expect(await ticketLink.getAttribute('href')).toBe(`#/tickets/${earlier.ticket.number}`);
    expect(await previous.textContent()).toContain('Accès au portail (Nouveau,');
    await panel.waitFor();
    await page.locator('.queue .empty').waitFor();
    await user.waitForBot(/Camille Martin a rejoint la conversation/);

    // The bot part is marked and the thumbs-down comment highlighted.
    const botPart = panel.getByRole('region', { name: 'Conversation avec l’assistant' });
    expect(await botPart.locator('.line-user').first().textContent()).toContain('J’ai oublié mon mot de passe');
    expect(await botPart.locator('.line-comment .msg-text').textContent()).toBe('Le lien de réinitialisation a expiré');
    // The bot's answer is there whole, with the article it gave.
    const answerLine = botPart.locator('.line-bot', { has: page.locator('.tag-article') }).first();
    expect(await answerLine.locator('.tag-article').textContent()).toMatch(/^Fiche : Mot de passe oublié/);
    expect((await answerLine.locator('.msg-text').textContent())!.length).toBeGreaterThan(600);
    expect(await botPart.locator('.comment-box').textContent()).toContain('Le lien de réinitialisation a expiré');
    expect(await panel.locator('.presence').textContent()).toBe('L’usager est en ligne.');

    // Reply reaches the user; the agent's typing is signalled to the user while they type.
    const composer = panel.getByLabel('Message à Marie Dupont');
    const typingBefore = user.activities.filter((a) => a.type === 'typing').length;
    await composer.pressSequentially('Bonjour Marie, je regarde votre compte.');
    await waitUntil(() => user.activities.filter((a) => a.type === 'typing').length > typingBefore);
    await composer.press('Enter');
    await waitUntil(() => agentLines(user).includes('Bonjour Marie, je regarde votre compte.'));
    await panel.locator('.msg-agent', { hasText: 'je regarde votre compte' }).waitFor();
    await waitUntil(async () => (await composer.inputValue()) === '');

    // The user's typing and message appear.
    await user.emit({ type: 'typing' });
    await panel.getByText('Marie Dupont écrit…').waitFor();
    await user.emit({ type: 'message', text: 'Merci, le lien ne marche plus.' });
    await panel.locator('.msg-user', { hasText: 'Merci, le lien ne marche plus.' }).waitFor();
    expect(await panel.locator('.typing').textContent()).toBe('');

    // Internal note: shown as such, never sent to the user.
    await panel.getByRole('button', { name: 'Note interne' }).click();
    await panel.getByLabel('Note interne — invisible pour l’usager').fill('Compte verrouillé côté annuaire');
    await panel.getByRole('button', { name: 'Ajouter la note' }).click();
    const note = panel.locator('.msg-note', { hasText: 'Compte verrouillé côté annuaire' });
    await note.waitFor();
    expect(await note.locator('.msg-author').textContent()).toBe('Note interne — invisible pour l’usager · Camille Martin');

    // Canned response: « / » opens the search, the placeholders are filled in, the agent sends it.
    await composer.focus();
    await composer.press('/');
    const search = panel.getByLabel('Rechercher une réponse type');
    await search.waitFor();
    expect(await page.evaluate(`document.activeElement?.getAttribute('type')`)).toBe('search');
    await search.fill('accueil');
    const option = panel.locator('.canned-item', { hasText: 'Accueil' });
    await option.waitFor();
    expect(await panel.locator('.canned-item').count()).toBe(1);
    await search.press('ArrowDown');
    await page.keyboard.press('Enter');
    const canned = await composer.inputValue();
    expect(canned).toMatch(/^Bonjour Marie, je suis Camille Martin, de l’assistance/);
    expect(canned).not.toContain('{{');
    await composer.press('Enter');
    await waitUntil(() => agentLines(user).some((t) => t.startsWith('Bonjour Marie, je suis Camille Martin')));
    expect(JSON.stringify(user.activities)).not.toContain('Compte verrouillé');

    await screenshot(page, 'console-chat');
    // The page itself does not scroll: the top bar, the composer and the toolbar stay on screen,
    // the messages scroll in their box.
    const fits = await page.evaluate<{ scroll: number; height: number }>('({ scroll: document.documentElement.scrollHeight, height: innerHeight })');
    expect(fits.scroll).toBeLessThanOrEqual(fits.height);
    for (const el of [page.locator('.top-bar'), panel.getByLabel('Message à Marie Dupont'), panel.getByRole('button', { name: 'Clore' })]) {
      const box = (await el.boundingBox())!;
      expect(box.y).toBeGreaterThanOrEqual(0);
      expect(box.y + box.height).toBeLessThanOrEqual(fits.height);
    }
    expect(await panel.locator('.chat-body').evaluate((b) => b.scrollHeight > b.clientHeight && b.ownerDocument.defaultView!.getComputedStyle(b).overflowY === 'auto')).toBe(true);
    expect(formatViolations(await runAxe(page))).toBe('');

    // Phone appointment: the server suggests slots inside opening hours; the user picks one.
    await panel.getByRole('button', { name: 'Rendez-vous' }).click();
    const firstSlot = panel.locator('.slot-choices input[type=checkbox]').first();
    await firstSlot.waitFor();
    await firstSlot.check();
    await panel.locator('.slot-choices input[type=checkbox]').nth(1).check();
    await panel.getByRole('button', { name: 'Proposer ces créneaux' }).click();
    const offer = await user.waitForBot(/rendez-vous téléphonique/);
    const proposal = offer.channelData?.relais.appointment as { id: string; slots: string[] };
    expect(proposal.slots).toHaveLength(2);
    await panel.locator('.appointment-line', { hasText: /Rendez-vous proposé \(2 créneaux\) : en attente du choix de l’usager\./ }).waitFor();
    const picked = await user.emit({
      type: 'message',
      text: 'Créneau choisi',
      value: { relaisAppointment: { appointmentId: proposal.id, slot: proposal.slots[0], phone: '06 12 34 56 78' } },
    });
    expect(picked.ok).toBe(true);
    await panel.locator('.appointment-line[data-status="booked"]').waitFor();
    expect(await panel.locator('.appointment-line').textContent()).toMatch(/^Rendez-vous confirmé : mardi 1er décembre 2026 à 1\dh\d* \(15 min\) — tél\. 06 12 34 56 78, marie\.dupont@mairie\.fr\.$/);
    await hx.smtp.waitFor(1);

    // Nobody else signed in: the transfer cannot be sent, and the form says why.
    await panel.getByRole('button', { name: 'Transférer', exact: true }).click();
    await panel.getByText('Aucun autre conseiller n’est connecté et disponible.').waitFor();
    expect(await panel.getByRole('button', { name: 'Transférer la conversation' }).isDisabled()).toBe(true);
    await panel.getByRole('button', { name: 'Transférer', exact: true }).click();

    // Transfer to a second agent in another browser context.
    const dominique = await hx.agentPage('Dominique Petit');
    await panel.getByRole('button', { name: 'Transférer', exact: true }).click();
    const select = panel.getByLabel('Transférer à', { exact: true });
    await panel.locator('select option', { hasText: 'Dominique Petit' }).waitFor({ state: 'attached' });
    await select.selectOption({ label: (await panel.locator('select option', { hasText: 'Dominique Petit' }).textContent())! });
    await panel.getByRole('button', { name: 'Transférer la conversation' }).click();
    await panel.locator('.ended-banner', { hasText: 'transférée à un autre conseiller' }).waitFor();
    expect(await tab.textContent()).toContain('(terminée)');

    const dPage = dominique.page;
    const dPanel = dPage.getByRole('tabpanel', { name: 'Marie Dupont' });
    await dPanel.waitFor();
    await waitForTitle(dPage, '(1) Nouveau chat — Relais');
    expect(await dPanel.locator('.line-comment .msg-text').textContent()).toBe('Le lien de réinitialisation a expiré');
    expect(await dPanel.locator('.msg-note', { hasText: 'Compte verrouillé' }).count()).toBe(1);
    expect(await dPanel.locator('.appointment-line[data-status="booked"]').count()).toBe(1);

    // Close, with a ticket.
    await dPanel.getByRole('button', { name: 'Clore' }).click();
    await dPanel.getByLabel('Créer un ticket pour l’usager avec la conversation').check();
    expect(await dPanel.getByLabel('Objet du ticket').inputValue()).toBe('J’ai oublié mon mot de passe');
    await dPanel.getByRole('button', { name: 'Clore la conversation' }).click();
    const banner = dPanel.locator('.ended-banner');
    await banner.waitFor();
    expect(await banner.textContent()).toMatch(/^Conversation terminée \(close par un conseiller\)\. Ticket RL-2026-\d+ créé\.Fermer l’onglet$/);
    await user.waitForBot(/La conversation avec le conseiller est terminée/);
    expect(await dPanel.getByLabel('Message à Marie Dupont').isDisabled()).toBe(true);
    await dPanel.getByRole('button', { name: 'Fermer l’onglet' }).click();
    await dPage.locator('.conversations > .empty').waitFor();

    expect(camille.errors).toEqual([]);
    expect(dominique.errors).toEqual([]);
  }, 120_000);
});
