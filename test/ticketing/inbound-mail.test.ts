import nodemailer from 'nodemailer';
import { getJson, postJson, startApp, type RunningApp } from '../helpers/app';
import { createAgent } from '../helpers/agent-client';
import { startSmtpServer, type TestSmtpServer } from '../helpers/smtp';
import { createReplyAddresses } from '../../ticketing/reply-address';
import { replyText } from '../../ticketing/inbound-mail';
import { loadConfig } from '../../platform/config';

const SECRET = 'inbound-secret-0123456789-abcdefghijklmnopq';

describe('reply addresses', () => {
  const addresses = createReplyAddresses(SECRET, 'reponses.relais.test');
  it('route back to their ticket only when signed with the secret, at the domain, whatever the case', () => {
    const address = addresses.addressOf('RL-2026-000123');
    expect(address).toMatch(/^ticket\+rl-2026-000123\.[0-9a-f]{20}@reponses\.relais\.test$/);
    expect(addresses.ticketOf(address)).toBe('RL-2026-000123');
    expect(addresses.ticketOf(address.toUpperCase())).toBe('RL-2026-000123');
    expect(addresses.ticketOf(address.replace('000123', '000124'))).toBeNull(); // another ticket, same signature
    expect(addresses.ticketOf(address.replace('@reponses.relais.test', '@ailleurs.test'))).toBeNull();
    expect(addresses.ticketOf(createReplyAddresses('another-secret-0123456789-abcdefghijklmn', 'reponses.relais.test').addressOf('RL-2026-000123'))).toBeNull();
    expect(addresses.ticketOf('support@reponses.relais.test')).toBeNull();
  });
});

describe('the reply of an e-mail', () => {
  it('keeps what the person wrote above the quoted message, in French and English clients', () => {
    expect(replyText('Merci, c’est réglé.\n\nLe mar. 1 déc. 2026 à 10:00, Support <support@relais.test> a écrit :\n> Bonjour,\n> voici la réponse')).toBe('Merci, c’est réglé.');
    expect(replyText('Thanks!\r\nOn Tue, Dec 1, 2026 at 10:00 AM Support <s@r.test> wrote:\r\n> hello')).toBe('Thanks!');
    expect(replyText('Bonjour,\nça marche.\n\n-----Message d’origine-----\nDe : Support\nObjet : …')).toBe('Bonjour,\nça marche.');
    expect(replyText('Oui\n> cité\nSuite de ma réponse\n-- \nMarie Dupont\nMairie')).toBe('Oui\nSuite de ma réponse');
    expect(replyText('> tout est cité')).toBe('');
  });
});

describe('replies by e-mail (inbound SMTP)', () => {
  let r: RunningApp;
  let outgoing: TestSmtpServer;
  const send = (to: string, text: string, from = 'marie.dupont@mairie-exemple.fr', attachments: { filename: string; content: Buffer; cid?: string }[] = []) =>
    nodemailer
      .createTransport({ host: '127.0.0.1', port: r.app.inboundMailPort()!, secure: false, ignoreTLS: true })
      .sendMail({ from, to, subject: 'Re: votre demande', text, ...(attachments.some((a) => a.cid) ? { html: `<p>${text}</p><img src="cid:logo">` } : {}), attachments });

  beforeAll(async () => {
    outgoing = await startSmtpServer();
    r = await startApp({ SMTP_URL: outgoing.url, INBOUND_SMTP_PORT: '0', INBOUND_MAIL_DOMAIN: 'reponses.relais.test', INBOUND_MAIL_SECRET: SECRET, INBOUND_MAIL_MAX_MB: '1' });
  });
  afterAll(async () => {
    await r.close();
    await outgoing.close();
  });

  it('is off unless configured, and needs a domain', () => {
    expect(() => loadConfig({ NODE_ENV: 'test', INBOUND_SMTP_PORT: '2525' })).toThrow(/INBOUND_MAIL_DOMAIN/);
    expect(() => loadConfig({ NODE_ENV: 'production', PORTAL_IDENTITY_SECRET: 'x'.repeat(32), INBOUND_SMTP_PORT: '2525', INBOUND_MAIL_DOMAIN: 'r.test' })).toThrow(/INBOUND_MAIL_SECRET/);
    expect(loadConfig({ NODE_ENV: 'test' }).inboundMail).toBeUndefined();
  });

  it('turns a reply to the ticket mail’s Reply-To into the requester’s message, quote stripped; refuses what is not a ticket’s reply', async () => {
    const res = await postJson(`${r.base}/api/tickets`, {
      email: 'marie.dupont@mairie-exemple.fr',
      name: 'Marie Dupont',
      category: 'technique',
      subject: 'Facture bloquée',
      description: 'Ma facture reste au statut brouillon depuis hier.',
    });
    expect(res.status).toBe(201);
    const { number } = res.body.ticket;
    const [ack] = (await outgoing.waitFor(2)).filter((m) => m.rcptTo[0] === 'marie.dupont@mairie-exemple.fr');
    const replyTo = ack!.mail.replyTo!.value[0]!.address!;
    expect(replyTo).toMatch(/^ticket\+rl-\d{4}-\d{6}\.[0-9a-f]{20}@reponses\.relais\.test$/);

    await send(replyTo, 'Bonjour, je joins la référence : FAC-2026-77.\n\nLe 1 déc. 2026, Support a écrit :\n> Nous avons bien reçu votre demande');
    const agent = await createAgent(r.app, r.base, 'Camille Martin');
    const { body } = await getJson(`${r.base}/api/agent/tickets/${number}`, { cookie: agent.cookie });
    const reply = body.events.find((e: any) => e.type === 'reply');
    expect(reply).toMatchObject({ body: 'Bonjour, je joins la référence : FAC-2026-77.', author: { kind: 'requester', name: 'Marie Dupont' }, visibility: 'public' });
    // The support is told, as for a reply from the follow-up page.
    await outgoing.waitFor(3);
    expect(outgoing.received.some((m) => m.rcptTo[0] === 'support@relais.test' && /FAC-2026-77/.test(m.mail.text ?? ''))).toBe(true);

    // A forged or unknown address is refused at RCPT TO; an empty reply and one too long are bounced with the reason.
    await expect(send(replyTo.replace(/\.[0-9a-f]{20}@/, '.0123456789abcdef0123@'), 'Intrusion')).rejects.toThrow(/550/);
    await expect(send('support@reponses.relais.test', 'Bonjour')).rejects.toThrow(/550/);
    await expect(send(replyTo, '> seulement la citation')).rejects.toThrow(/Message vide/);
    await expect(send(replyTo, 'x'.repeat(6000))).rejects.toThrow(/5000 caracteres au maximum/);
    await expect(send(replyTo, 'y'.repeat(2 * 1024 * 1024))).rejects.toThrow(/552|trop volumineux/);
    const after = await getJson(`${r.base}/api/agent/tickets/${number}`, { cookie: agent.cookie });
    expect(after.body.events.filter((e: any) => e.type === 'reply')).toHaveLength(1);
  });

  it('joins the files of a reply by e-mail to the ticket, checked as on the follow-up page; a refused file bounces the reply with its reason', async () => {
    const res = await postJson(`${r.base}/api/tickets`, {
      email: 'paul.martin@asso-exemple.fr',
      name: 'Paul Martin',
      category: 'technique',
      subject: 'Capture du rejet',
      description: 'Le portail rejette ma facture.',
    });
    const { number } = res.body.ticket;
    const ack = (await outgoing.waitFor(outgoing.received.length + 1)).find((m) => m.rcptTo[0] === 'paul.martin@asso-exemple.fr')!;
    const replyTo = ack.mail.replyTo!.value[0]!.address!;
    const PNG = Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13]), Buffer.from('IHDR capture du rejet')]);
    const PDF = Buffer.from('%PDF-1.7\n1 0 obj << >> endobj\n%%EOF\n');
    const agent = await createAgent(r.app, r.base, 'Inès Bernard');
    const events = async () => (await getJson(`${r.base}/api/agent/tickets/${number}`, { cookie: agent.cookie })).body.events as any[];

    // An HTML page named .pdf: the whole reply bounces, naming why; nothing is added.
    await expect(send(replyTo, 'Voici le document.', undefined, [{ filename: 'rejet.pdf', content: Buffer.from('<html><script>alert(1)</script></html>') }])).rejects.toThrow(/Piece jointe refusee .* Type de fichier non accepte/);
    expect((await events()).filter((e) => e.type === 'reply' || e.type === 'attachment')).toEqual([]);

    // A reply with a screenshot and a PDF, and the signature's embedded logo: the text and the two files.
    await send(replyTo, 'Voici la capture et le justificatif.', undefined, [
      { filename: 'capture.png', content: PNG },
      { filename: 'justificatif.pdf', content: PDF },
      { filename: 'logo.png', content: PNG, cid: 'logo' },
    ]);
    const after = await events();
    expect(after.find((e) => e.type === 'reply')).toMatchObject({ body: 'Voici la capture et le justificatif.', author: { kind: 'requester' } });
    const files = after.filter((e) => e.type === 'attachment');
    expect(files.map((e) => [e.data.filename, e.data.mime, e.visibility])).toEqual([
      ['capture.png', 'image/png', 'public'],
      ['justificatif.pdf', 'application/pdf', 'public'],
    ]);
    const download = await fetch(`${r.base}/api/agent/tickets/${number}/attachments/${files[1].data.attachmentId}`, { headers: { cookie: agent.cookie } });
    expect(Buffer.from(await download.arrayBuffer()).equals(PDF)).toBe(true);

    // A file alone (no text above the quote) is a reply too.
    await send(replyTo, '> Nous avons bien reçu votre demande', undefined, [{ filename: 'autre.png', content: PNG }]);
    expect((await events()).filter((e) => e.type === 'attachment')).toHaveLength(3);
  });
});
