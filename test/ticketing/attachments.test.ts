import { postJson, startApp, type RunningApp } from '../helpers/app';
import { testDatabases, type TestDatabase } from '../helpers/databases';
import { startSmtpServer, type TestSmtpServer } from '../helpers/smtp';
import { fileKind, safeFilename } from '../../platform/file-kind';
import { eraseTickets, purgeClosedTickets } from '../../ticketing';

/** The smallest real files of each kind (headers and a little body). */
const PNG = Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13]), Buffer.from('IHDR fake png body')]);
const PDF = Buffer.from('%PDF-1.7\n1 0 obj << >> endobj\n%%EOF\n');

describe('file kinds', () => {
  it('are read from the content: a PDF, a PNG, a JPEG, a GIF, a WebP; never HTML, SVG or a script, whatever the name', () => {
    expect(fileKind(PDF)?.mime).toBe('application/pdf');
    expect(fileKind(PNG)?.mime).toBe('image/png');
    expect(fileKind(Buffer.from([0xff, 0xd8, 0xff, 0xe0, 0, 0x10, 0x4a, 0x46, 0x49, 0x46, 0, 1]))?.mime).toBe('image/jpeg');
    expect(fileKind(Buffer.from('GIF89a\x01\x00\x01\x00\x00\x00\x00', 'latin1'))?.mime).toBe('image/gif');
    expect(fileKind(Buffer.from('RIFF\x24\x00\x00\x00WEBPVP8 ', 'latin1'))?.mime).toBe('image/webp');
    for (const bad of ['<!doctype html><script>alert(1)</script>', '<svg xmlns="http://www.w3.org/2000/svg" onload="alert(1)"/>', '#!/bin/sh\nrm -rf /', 'PK\x03\x04 a zip archive..']) {
      expect(fileKind(Buffer.from(bad, 'latin1'))).toBeNull();
    }
  });

  it('give a name safe to show and to put in a header, with the real kind’s extension', () => {
    expect(safeFilename('C:\\Users\\marie\\capture écran.png', 'png')).toBe('capture écran.png');
    expect(safeFilename('../../etc/passwd', 'pdf')).toBe('passwd.pdf');
    expect(safeFilename('facture"; filename=evil.html', 'pdf')).toBe('facture filename=evil.pdf');
    expect(safeFilename('page.html', 'png')).toBe('page.png');
    expect(safeFilename('', 'pdf')).toBe('fichier.pdf');
  });
});

describe.each(testDatabases())('ticket attachments over HTTP on %s', (_name, make) => {
  let smtp: TestSmtpServer;
  let t: TestDatabase;
  let r: RunningApp;
  let api: string;
  let agent: { cookie: string; csrf: string };

  beforeAll(async () => {
    smtp = await startSmtpServer();
    t = make();
    r = await startApp({ SMTP_URL: smtp.url, ATTACHMENT_MAX_MB: '1', TICKET_RATE_PER_IP: '1000', TICKET_RATE_PER_EMAIL: '1000' }, { db: await t.create() });
    api = `${r.base}/api`;
    await r.app.auth.agents.create({ email: 'agent@relais.test', name: 'Zoé Agent', role: 'agent', password: 'mot-de-passe-solide-1' });
    const login = await fetch(`${api}/auth/login`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ email: 'agent@relais.test', password: 'mot-de-passe-solide-1' }),
    });
    agent = { cookie: login.headers.getSetCookie().find((c) => c.startsWith('relais_session='))!.split(';')[0]!, csrf: ((await login.json()) as { csrfToken: string }).csrfToken };
  });
  afterAll(async () => {
    await r.close();
    await t.cleanup();
    await smtp.close();
  });

  const upload = (number: string, bytes: Buffer, name: string, headers: Record<string, string>, path = `${api}/tickets/${number}/attachments`) =>
    fetch(path, { method: 'POST', headers: { 'content-type': 'application/octet-stream', 'x-filename': encodeURIComponent(name), ...headers }, body: bytes });
  const newTicket = async () => {
    const res = await postJson(`${api}/tickets`, { email: 'lea@asso.fr', name: 'Léa', category: 'technique', subject: 'Capture du problème', description: 'Voici ce que je vois à l’écran.' });
    return res.body as { ticket: { number: string }; accessToken: string };
  };

  it('takes a file from the follow-up page, checked by content and size, and gives it back as a download to who may see it', async () => {
    const { ticket, accessToken } = await newTicket();
    const token = { 'x-ticket-token': accessToken };
    const res = await upload(ticket.number, PNG, 'capture écran.png', token);
    expect(res.status).toBe(201);
    const { event } = (await res.json()) as { event: { type: string; data: { attachmentId: number; filename: string; mime: string; size: number } } };
    expect(event).toMatchObject({ type: 'attachment', data: { filename: 'capture écran.png', mime: 'image/png', size: PNG.length } });

    // An HTML page named .png, a wrong token, a file over the limit: refused, with the reason.
    const html = await upload(ticket.number, Buffer.from('<html><script>alert(1)</script></html>'), 'photo.png', token);
    expect(html.status).toBe(400);
    expect(((await html.json()) as { error: { message: string } }).error.message).toMatch(/Type de fichier non accepté : PDF, PNG, JPEG, GIF ou WebP/);
    expect((await upload(ticket.number, PNG, 'x.png', { 'x-ticket-token': 'faux' })).status).toBe(404);
    expect((await upload(ticket.number, Buffer.concat([PDF, Buffer.alloc(1024 * 1024 + 1)]), 'gros.pdf', token)).status).toBe(413);

    // The download: an attachment, its checked type, no sniffing, not cached; the same bytes.
    const url = `${api}/tickets/${ticket.number}/attachments/${event.data.attachmentId}`;
    const got = await fetch(url, { headers: token });
    expect(got.status).toBe(200);
    expect(got.headers.get('content-type')).toBe('image/png');
    expect(got.headers.get('content-disposition')).toBe(`attachment; filename="capture _cran.png"; filename*=UTF-8''capture%20%C3%A9cran.png`);
    expect(got.headers.get('x-content-type-options')).toBe('nosniff');
    expect(got.headers.get('cache-control')).toBe('private, no-store');
    expect(Buffer.from(await got.arrayBuffer()).equals(PNG)).toBe(true);
    expect((await fetch(url)).status).toBe(404);
    expect((await fetch(url, { headers: { 'x-ticket-token': 'faux' } })).status).toBe(404);

    // The requester's file in the ticket's public history.
    const view = (await (await fetch(`${api}/tickets/${ticket.number}`, { headers: token })).json()) as { ticket: { events: { type: string; data: unknown }[] } };
    expect(view.ticket.events.find((e) => e.type === 'attachment')?.data).toMatchObject({ filename: 'capture écran.png' });
  });

  it('lets an adviser join a file for the requester (told by e-mail) or for advisers only (never served to the requester)', async () => {
    const { ticket, accessToken } = await newTicket();
    const agentHeaders = { cookie: agent.cookie, 'x-csrf-token': agent.csrf };
    const agentPath = (q: string) => `${api}/agent/tickets/${ticket.number}/attachments${q}`;
    expect((await upload(ticket.number, PDF, 'guide.pdf', { cookie: agent.cookie }, agentPath(''))).status).toBe(403); // no CSRF token
    const pub = (await (await upload(ticket.number, PDF, 'guide.pdf', agentHeaders, agentPath('?visibility=public'))).json()) as { event: { data: { attachmentId: number } } };
    const internal = (await (await upload(ticket.number, PNG, 'note.png', agentHeaders, agentPath('?visibility=internal'))).json()) as { event: { data: { attachmentId: number } } };
    const asRequester = (id: number) => fetch(`${api}/tickets/${ticket.number}/attachments/${id}`, { headers: { 'x-ticket-token': accessToken } });
    expect((await asRequester(pub.event.data.attachmentId)).status).toBe(200);
    expect((await asRequester(internal.event.data.attachmentId)).status).toBe(404);
    expect((await fetch(agentPath(`/${internal.event.data.attachmentId}`), { headers: { cookie: agent.cookie } })).status).toBe(200);
    expect((await fetch(agentPath(`/${internal.event.data.attachmentId}`))).status).toBe(401);
    // Another ticket's number does not reach this ticket's file.
    const other = await newTicket();
    expect((await fetch(`${api}/agent/tickets/${other.ticket.number}/attachments/${pub.event.data.attachmentId}`, { headers: { cookie: agent.cookie } })).status).toBe(404);

    const deadline = Date.now() + 10_000;
    while (!smtp.received.some((m) => m.rcptTo[0] === 'lea@asso.fr' && /Pièce jointe : guide\.pdf/.test(m.mail.text ?? ''))) {
      if (Date.now() > deadline) throw new Error('no mail about the file');
      await new Promise((res) => setTimeout(res, 20));
    }
    expect(smtp.received.some((m) => /note\.png/.test(m.mail.text ?? ''))).toBe(false); // the internal file is not announced
  });

  it('goes with its ticket: erased with the person, purged with the closed ticket', async () => {
    const { ticket, accessToken } = await newTicket();
    await upload(ticket.number, PNG, 'a.png', { 'x-ticket-token': accessToken });
    const count = async () => Number((await r.app.db.query<{ n: number }>('SELECT COUNT(*) AS n FROM ticket_attachments WHERE ticket_id = (SELECT id FROM tickets WHERE number = $1)', [ticket.number]))[0]!.n);
    expect(await count()).toBe(1);
    await eraseTickets(r.app.db, { email: 'lea@asso.fr', portalUserId: null });
    expect(await count()).toBe(0);

    const second = await newTicket();
    await upload(second.ticket.number, PDF, 'b.pdf', { 'x-ticket-token': second.accessToken });
    await r.app.db.execute("UPDATE tickets SET status = 'clos', updated_at = 0 WHERE number = $1", [second.ticket.number]);
    await purgeClosedTickets(r.app.db, Date.now());
    expect(Number((await r.app.db.query<{ n: number }>('SELECT COUNT(*) AS n FROM ticket_attachments'))[0]!.n)).toBe(0);
  });
});
