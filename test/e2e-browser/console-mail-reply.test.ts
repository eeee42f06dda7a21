import nodemailer from 'nodemailer';
import { describeBrowser } from '../helpers/browser';
import { createTicket, useConsoleHarness } from './console-harness';

/**
 * Replying by e-mail, end to end: the ticket's acknowledgement carries a Reply-To; the person
 * answers it with their mail client (nodemailer here), the inbound SMTP listener takes it, and
 * the adviser reads the reply in the ticket's history in the console.
 */
describeBrowser('agent console — a reply by e-mail', () => {
  const harness = useConsoleHarness({ INBOUND_SMTP_PORT: '0', INBOUND_MAIL_DOMAIN: 'reponses.relais.test', INBOUND_MAIL_SECRET: 'inbound-secret-0123456789-abcdefghijklmnopq' });

  it('shows the requester’s e-mail reply, without the quoted message, in the ticket', async () => {
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
      });

    const { page, errors } = await hx.agentPage('Inès Roux', 'agent', `#/tickets/${ticket.number}`);
    const event = page.locator('.event-reply', { hasText: 'a répondu par e-mail' });
    await event.waitFor();
    expect(await event.locator('.msg-text').textContent()).toBe('Le lien de réinitialisation a expiré avant que je clique.');
    expect(errors).toEqual([]);
  });
});
