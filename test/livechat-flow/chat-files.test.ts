import { identityToken } from '../helpers/app';
import { liveHarness, waitUntil, type LiveHarness } from './harness';
import type { AgentClient } from '../helpers/agent-client';
import type { WidgetClient } from '../helpers/widget-client';

const PNG = Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13]), Buffer.from('IHDR capture d’écran')]);
const PDF = Buffer.from('%PDF-1.7\n1 0 obj << >> endobj\n%%EOF\n');
const fileOf = (a: { channelData?: any }) => a.channelData?.relais?.file;

/**
 * Files in a live chat, as the widget and the console send them: over HTTP, the widget with its
 * socket's tokens, the adviser with the console's session; shown on both sides in the chat's order.
 */
describe('files in a live chat', () => {
  let lh: LiveHarness;
  let camille: AgentClient;
  let csrf: string;
  const api = () => `${lh.r.base}/api`;
  beforeAll(async () => {
    lh = await liveHarness({ LIVECHAT_ROUTING: 'pick', ATTACHMENT_MAX_MB: '1', WIDGET_ORIGINS: 'https://portail.example.fr' });
    camille = await lh.agent('Camille Martin');
    const me = await fetch(`${api()}/auth/me`, { headers: { cookie: camille.cookie } });
    csrf = ((await me.json()) as { csrfToken: string }).csrfToken;
  });
  afterAll(async () => {
    await lh?.close();
  });

  const userUpload = (user: WidgetClient, bytes: Buffer, name: string, headers: Record<string, string> = {}) =>
    fetch(`${api()}/chat/files`, {
      method: 'POST',
      headers: { 'content-type': 'application/octet-stream', 'x-filename': encodeURIComponent(name), 'x-visitor-token': user.session!.visitorToken, ...headers },
      body: bytes,
    });
  const withAdviser = async (user: WidgetClient) => {
    await user.say('Discuter avec un conseiller', /position 1 dans la file/);
    const { items } = await camille.call('queue:get');
    const chat = await camille.call('chat:accept', { chatId: items[0].chatId });
    await user.waitForBot(/Camille Martin a rejoint la conversation/);
    return chat.chatId as string;
  };

  it('takes the user’s file only during a live chat, checked by content, and shows it to both sides', async () => {
    const user = await lh.user();
    // With the bot, a file has nobody to go to: refused, with what to do.
    const early = await userUpload(user, PNG, 'capture.png');
    expect(early.status).toBe(409);
    expect(((await early.json()) as any).error.message).toMatch(/demandez d’abord à parler à un conseiller/);

    const chatId = await withAdviser(user);
    const sent = await userUpload(user, PNG, 'C:\\Users\\marie\\capture écran.png');
    expect(sent.status).toBe(201);
    const { file, activityId } = (await sent.json()) as { file: { id: string; name: string; mime: string; size: number }; activityId: string };
    expect(file).toEqual({ id: expect.stringMatching(/^f_/), name: 'capture écran.png', mime: 'image/png', size: PNG.length });
    // The user's tabs and the adviser's console get the message carrying it.
    await waitUntil(() => user.activities.some((a) => a.id === activityId && fileOf(a)?.id === file.id));
    const seen = await camille.waitFor('chat:message', (m) => m.chatId === chatId && m.file?.id === file.id);
    expect(seen).toMatchObject({ kind: 'user', text: '', file });

    // The adviser downloads it: an attachment, its checked type, the same bytes.
    const got = await fetch(`${api()}/agent/chats/${chatId}/files/${file.id}`, { headers: { cookie: camille.cookie } });
    expect(got.status).toBe(200);
    expect(got.headers.get('content-type')).toBe('image/png');
    expect(got.headers.get('content-disposition')).toMatch(/^attachment;/);
    expect(got.headers.get('x-content-type-options')).toBe('nosniff');
    expect(Buffer.from(await got.arrayBuffer()).equals(PNG)).toBe(true);
    // Without a session: nothing.
    expect((await fetch(`${api()}/agent/chats/${chatId}/files/${file.id}`)).status).toBe(401);

    // HTML named .png, too large, a wrong token: refused with the reason; nothing posted.
    const html = await userUpload(user, Buffer.from('<html><script>alert(1)</script></html>'), 'photo.png');
    expect(html.status).toBe(400);
    expect(((await html.json()) as any).error.message).toMatch(/Type de fichier non accepté/);
    expect((await userUpload(user, Buffer.concat([PDF, Buffer.alloc(1024 * 1024)]), 'gros.pdf')).status).toBe(413);
    expect((await userUpload(user, PNG, 'x.png', { 'x-visitor-token': 'x'.repeat(43) })).status).toBe(404);

    // The adviser's file: CSRF required, then shown in the widget; the user reads it with their token only.
    const agentUpload = (headers: Record<string, string>) =>
      fetch(`${api()}/agent/chats/${chatId}/files`, {
        method: 'POST',
        headers: { cookie: camille.cookie, 'content-type': 'application/pdf', 'x-filename': encodeURIComponent('procédure.pdf'), ...headers },
        body: PDF,
      });
    expect((await agentUpload({})).status).toBe(403);
    const posted = await agentUpload({ 'x-csrf-token': csrf });
    expect(posted.status).toBe(201);
    const { message } = (await posted.json()) as { message: { kind: string; file: { id: string; name: string } } };
    expect(message).toMatchObject({ kind: 'agent', file: { name: 'procédure.pdf', mime: 'application/pdf' } });
    await waitUntil(() => user.activities.some((a) => fileOf(a)?.id === message.file.id && a.channelData?.relais?.sender === 'agent'));
    const read = await fetch(`${api()}/chat/files/${message.file.id}`, { headers: { 'x-visitor-token': user.session!.visitorToken } });
    expect(read.status).toBe(200);
    expect(Buffer.from(await read.arrayBuffer()).equals(PDF)).toBe(true);
    // Another visitor's token, or none: not found (nothing tells that the file exists).
    const stranger = await lh.user();
    expect((await fetch(`${api()}/chat/files/${message.file.id}`, { headers: { 'x-visitor-token': stranger.session!.visitorToken } })).status).toBe(404);
    expect((await fetch(`${api()}/chat/files/${message.file.id}`)).status).toBe(404);

    // A portal embedding the widget elsewhere may call the route (CORS, no credentials); others may not.
    const preflight = await fetch(`${api()}/chat/files`, {
      method: 'OPTIONS',
      headers: { origin: 'https://portail.example.fr', 'access-control-request-method': 'POST', 'access-control-request-headers': 'x-visitor-token,x-filename' },
    });
    expect(preflight.headers.get('access-control-allow-origin')).toBe('https://portail.example.fr');
    expect(preflight.headers.get('access-control-allow-headers')).toMatch(/X-Visitor-Token/i);
    const foreign = await fetch(`${api()}/chat/files`, { method: 'OPTIONS', headers: { origin: 'https://evil.example', 'access-control-request-method': 'POST' } });
    expect(foreign.headers.get('access-control-allow-origin')).toBeNull();
    await camille.call('chat:close', { chatId });
  });

  it('asks a logged-in user’s conversation for that user’s identity, as the socket does', async () => {
    const token = await identityToken({ sub: 'portal-files-1' });
    const user = await lh.user({ identityToken: token });
    await withAdviser(user);
    expect((await userUpload(user, PNG, 'a.png')).status).toBe(404);
    expect((await userUpload(user, PNG, 'a.png', { 'x-identity-token': await identityToken({ sub: 'someone-else' }) })).status).toBe(404);
    expect((await userUpload(user, PNG, 'a.png', { 'x-identity-token': token })).status).toBe(201);
  });
});
