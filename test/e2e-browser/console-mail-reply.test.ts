import fs from 'node:fs';
import nodemailer from 'nodemailer';
import { describeBrowser, formatViolations, runAxe } from '../helpers/browser';
import type { Page } from 'playwright-core';
import { createTicket, useConsoleHarness } from './console-harness';

/**
 * Replying by e-mail, end to end: the ticket's acknowledgement carries a Reply-To; the person
 * answers it with their mail client (nodemailer here), the inbound SMTP listener takes it, and
 * the adviser reads the reply in the ticket's history in the console.
 */
const PNG = Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13]), Buffer.from('IHDR message d’erreur')]);

describeBrowser('agent console — a reply by e-mail', () => {
  const harness = useConsoleHarness({ INBOUND_SMTP_PORT: '0', INBOUND_MAIL_DOMAIN: 'reponses.relais.test', INBOUND_MAIL_SECRET: 'inbound-secret-0123456789-abcdefghijklmnopq' });

  it('shows the requester’s e-mail reply, without the quoted message, in the ticket, with its attached file', async () => {
    const hx = harness();
    const { ticket } = await createTicket(hx.r.base, { subject: 'Mot de passe refusé', email: 'lea.martin@asso-exemple.fr', name: 'Léa Martin' });
    const ack = (await hx.smtp.waitFor(2)).find((m) => m.rcptTo[0] === 'lea.martin@asso-exemple.fr')!;
    const replyTo = ack.mail.replyTo!.value[0]!.address!;
    await nodemailer
      .createTransport({ host: '127.0.0.1', port: hx.r.app.inboundMailPort()!, secure: false, ignoreTLS: true })
      .sendMail({
        from: 'Léa Martin <lea.martin@asso-exemple.fr>',
        to: replyTo,
        subject: `Re: ${ack.mail.subject}`,
        text: 'Le lien de réinitialisation a expiré avant que je clique.\n\nLe 1 déc. 2026 à 10:00, Relais a écrit :\n> Nous avons bien reçu votre demande',
        attachments: [{ filename: 'message-erreur.png', content: PNG }],
      });

    const { page, errors } = await hx.agentPage('Inès Roux', 'agent', `#/tickets/${ticket.number}`);
    const event = page.locator('.event-reply', { hasText: 'a répondu par e-mail' });
    await event.waitFor();
    expect(await event.locator('.msg-text').textContent()).toBe('Le lien de réinitialisation a expiré avant que je clique.');
    // The file came with the mail: listed in the history, downloaded as it was sent.
    const link = page.locator('.event-attachment').getByRole('link', { name: 'message-erreur.png' });
    const [download] = await Promise.all([page.waitForEvent('download'), link.click()]);
    expect(fs.readFileSync((await download.path())!).equals(PNG)).toBe(true);
    expect(errors).toEqual([]);
  });
});

const expectNoViolations = async (page: Page) => expect(formatViolations(await runAxe(page))).toBe('');

describeBrowser('agent console — files joined to a ticket', () => {
  const harness = useConsoleHarness();

  it('joins a file for advisers only from the ticket view, listed with a download link that gives the file back', async () => {
    const hx = harness();
    const { ticket } = await createTicket(hx.r.base, { subject: 'Capture à joindre', email: 'paul@btp.fr', name: 'Paul Girard' });
    const { page, errors } = await hx.agentPage('Lou Fabre', 'agent', `#/tickets/${ticket.number}`);
    const form = page.locator('#tv-file-form');
    await form.waitFor();
    const pdf = Buffer.from('%PDF-1.7\n1 0 obj << >> endobj\n%%EOF\n');
    await page.setInputFiles('#tv-file', { name: 'procédure.pdf', mimeType: 'application/pdf', buffer: pdf });
    await page.getByLabel('Pour qui').selectOption('internal');
    await form.getByRole('button', { name: 'Joindre le fichier' }).click();
    const internal = page.locator('.event-attachment.event-internal');
    await internal.waitFor();
    expect(await internal.textContent()).toContain('a joint un fichier (interne — invisible pour l’usager)');
    const link = internal.getByRole('link', { name: 'procédure.pdf' });
    const [download] = await Promise.all([page.waitForEvent('download'), link.click()]);
    expect(download.suggestedFilename()).toBe('procédure.pdf');
    await expectNoViolations(page);
    expect(errors).toEqual([]);
  });
});
