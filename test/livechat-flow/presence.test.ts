import { connectAgent } from '../helpers/agent-client';
import { connected, WidgetClient } from '../helpers/widget-client';
import { identityToken } from '../helpers/app';
import { liveHarness, MONDAY_10H, liveStatuses, waitUntil, type LiveHarness } from './harness';

/**
 * Agents and users coming and going. The test clock is moved by hand and the sweeper is run
 * explicitly (`livechat.sweep()`), as every process's timer would.
 */
describe('live chat presence', () => {
  let h: LiveHarness | undefined;
  afterEach(async () => {
    await h?.close();
    h = undefined;
  });

  it('keeps a disconnected agent’s chats during the grace period, then re-queues them at the front', async () => {
    h = await liveHarness({ LIVECHAT_ROUTING: 'pick', LIVECHAT_GRACE_SECONDS: '60' });
    const camille = await h.agent('Camille');
    const hugo = await h.agent('Hugo');
    await hugo.call('status:set', { status: 'busy' }); // on duty, takes nothing for now
    const u1 = await h.user();
    await u1.say('Discuter avec un conseiller', /position 1/);
    const first = (await h.r.app.livechat.store.chats.queue())[0]!;
    await camille.call('chat:accept', { chatId: first.id });
    h.advance(1000);
    const u2 = await h.user();
    await u2.say('Discuter avec un conseiller', /position 1/);

    camille.close();
    await waitUntil(async () => !(await h!.r.app.livechat.store.agents.get(camille.agent.id))!.connected);
    h.advance(30_000);
    await h.r.app.livechat.sweep();
    expect((await h.r.app.livechat.store.chats.get(first.id))!.state).toBe('agent'); // still within grace

    h.advance(31_000);
    await h.r.app.livechat.sweep();
    const queue = await h.r.app.livechat.store.chats.queue();
    expect(queue.map((c) => c.id)[0]).toBe(first.id); // served before u2, who came later
    expect(queue[0]!.priority).toBe(1);
    await u1.waitForBot(/Vous repassez en tête de la file d’attente/);
    await waitUntil(() => liveStatuses(u1).some((s) => s.state === 'queued' && s.position === 1));
    const update = await hugo.waitFor('queue:update', (q) => q.items.length === 2 && q.items[0].chatId === first.id);
    expect(update.items[0]).toMatchObject({ returned: true, position: 1 });

    // Hugo takes it: the transcript and everything said with Camille is there.
    await hugo.call('status:set', { status: 'available' });
    const details = await hugo.call('chat:accept', { chatId: first.id });
    expect(details.messages.some((m: any) => m.text === 'Camille a rejoint la conversation.')).toBe(true);
  });

  it('gives an agent who reconnects within the grace period their chats back', async () => {
    h = await liveHarness({ LIVECHAT_ROUTING: 'pick' });
    const account = await h.agent('Camille');
    const user = await h.user();
    await user.say('Discuter avec un conseiller', /position 1/);
    const chat = (await h.r.app.livechat.store.chats.queue())[0]!;
    await account.call('chat:accept', { chatId: chat.id });
    account.close();
    await waitUntil(async () => !(await h!.r.app.livechat.store.agents.get(account.agent.id))!.connected);
    h.advance(20_000);
    const back = await connectAgent(h.r.base, { agent: account.agent, cookie: account.cookie });
    h.advance(60_000);
    await h.r.app.livechat.sweep();
    const mine = await back.call('chats:mine');
    expect(mine.map((c: any) => c.chatId)).toEqual([chat.id]);
    back.close();
  });

  it('tells waiting users when the last agent leaves, and offers a ticket with their transcript', async () => {
    h = await liveHarness({ LIVECHAT_ROUTING: 'pick', LIVECHAT_GRACE_SECONDS: '60' });
    const camille = await h.agent('Camille');
    const user = await h.user();
    await user.say('Discuter avec un conseiller', /position 1/);
    await camille.call('status:set', { status: 'away' });
    await h.r.app.livechat.sweep();
    const told = await user.waitForBot(/Plus aucun conseiller n’est disponible/);
    expect(told.suggestedActions?.actions.map((a) => a.title)).toEqual(['Créer un ticket']);
    expect(await h.r.app.livechat.store.chats.queue()).toEqual([]);
    // The bot answers again.
    await user.say('mot de passe oublié', /Source/);
  });

  it('tells waiting users when support closes, with the next opening', async () => {
    h = await liveHarness({ LIVECHAT_ROUTING: 'pick' }, Date.parse('2026-11-30T18:29:00+01:00'));
    await h.agent('Camille');
    const user = await h.user();
    await user.say('Discuter avec un conseiller', /position 1/);
    h.advance(2 * 60_000);
    await h.r.app.livechat.sweep();
    const told = await user.waitForBot(/Le support vient de fermer/);
    expect(told.text).toMatch(/Prochaine ouverture : demain à 8h30/);
    expect(told.suggestedActions?.actions.map((a) => a.title)).toEqual(['Créer un ticket']);
  });

  it('tells the agent when the user leaves and comes back; the user resumes where they were', async () => {
    h = await liveHarness({ LIVECHAT_ROUTING: 'pick' });
    const camille = await h.agent('Camille');
    const user = await h.user();
    await user.say('Discuter avec un conseiller', /position 1/);
    const chat = (await h.r.app.livechat.store.chats.queue())[0]!;
    await camille.call('chat:accept', { chatId: chat.id });
    // A second tab closing while the first stays open is not the user leaving.
    const tab = new WidgetClient(h.r.base, { visitorToken: user.session!.visitorToken });
    await connected(tab);
    await camille.waitFor('chat:userPresence', (p) => p.chatId === chat.id && p.online === true);
    tab.close();
    await new Promise((r) => setTimeout(r, 300));
    expect(camille.events('chat:userPresence').filter((p) => p.online === false)).toEqual([]);
    user.close();
    await camille.waitFor('chat:userPresence', (p) => p.chatId === chat.id && p.online === false);
    await camille.call('chat:message', { chatId: chat.id, text: 'Êtes-vous toujours là ?' });

    const mark = camille.received.length;
    const back = new WidgetClient(h.r.base, { visitorToken: user.session!.visitorToken });
    await connected(back);
    await camille.waitFor('chat:userPresence', (p) => p.chatId === chat.id && p.online === true, 5000, mark);
    await waitUntil(() => back.history !== null && liveStatuses(back).some((s) => s.state === 'agent' && s.agentName === 'Camille'));
    expect(back.history!.map((a) => a.text)).toContain('Êtes-vous toujours là ?');
    await back.emit({ type: 'message', text: 'Oui, je suis là' });
    await camille.waitFor('chat:message', (m) => m.text === 'Oui, je suis là' && m.kind === 'user');
    back.close();
  });

  it('transfers a chat, hands a user back to the bot, and closes with a ticket carrying the transcript', async () => {
    h = await liveHarness({ LIVECHAT_ROUTING: 'pick' });
    const camille = await h.agent('Camille');
    const hugo = await h.agent('Hugo');
    const user = await h.user();
    await user.say('frais de justice', /./);
    await user.say('Discuter avec un conseiller', /position 1/);
    const chatId = (await h.r.app.livechat.store.chats.queue())[0]!.id;
    await camille.call('chat:accept', { chatId });

    expect(await camille.emit('chat:transfer', { chatId, toAgentId: camille.agent.id })).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT' } });
    await camille.call('chat:transfer', { chatId, toAgentId: hugo.agent.id });
    await camille.waitFor('chat:ended', (e) => e.chatId === chatId && e.reason === 'transferred');
    const assigned = await hugo.waitFor('chat:assigned', (c) => c.chatId === chatId);
    expect(assigned.messages.some((m: any) => m.kind === 'note' && /transférée par Camille/.test(m.text))).toBe(true);
    await user.waitForBot(/transférée à Hugo/);
    expect(await camille.emit('chat:message', { chatId, text: 'encore moi' })).toMatchObject({ ok: false, error: { code: 'NOT_YOUR_CHAT' } });

    await hugo.call('chat:handBack', { chatId });
    await user.waitForBot(/La conversation avec le conseiller est terminée/);
    await user.say('frais de justice', /./);

    // A second hand-off, closed with a ticket: the ticket has the bot part and the live part.
    await user.say('Discuter avec un conseiller', /position 1/);
    const second = (await h.r.app.livechat.store.chats.queue())[0]!.id;
    await hugo.call('chat:accept', { chatId: second });
    await user.emit({ type: 'message', text: 'Mon adresse est lea@example.fr' });
    expect(await hugo.emit('chat:close', { chatId: second, ticket: { category: 'metier', subject: 'Frais de justice' } })).toMatchObject({
      ok: false,
      error: { code: 'CONFLICT' }, // anonymous user: no e-mail known for the ticket
    });

    // A logged-in user: the ticket is theirs, with the bot part and the live part.
    const marie = await h.user({ identityToken: await identityToken({}, { expiresIn: Math.floor(MONDAY_10H / 1000) + 3600 }) });
    await marie.say('frais de justice', /./);
    await marie.say('Discuter avec un conseiller', /position/);
    const third = (await h.r.app.livechat.store.chats.queue()).find((c) => c.requester?.name === 'Marie Dupont')!.id;
    await camille.call('chat:accept', { chatId: third });
    await marie.emit({ type: 'message', text: 'Il me faut un justificatif' });
    await camille.waitFor('chat:message', (m) => m.text === 'Il me faut un justificatif');
    const closing = { chatId: third, ticket: { category: 'metier', subject: 'Justificatif de frais de justice' } };
    const [a, b] = await Promise.all([camille.emit('chat:close', closing), camille.emit('chat:close', closing)]);
    const winner = [a, b].find((x) => x.ok)!;
    expect([a, b].filter((x) => !x.ok).map((x) => x.error!.code)).toEqual(['CONFLICT']);
    const number = winner.data.ticketNumber as string;
    expect(number).toMatch(/^RL-\d{4}-\d{6}$/);
    await marie.waitForBot(new RegExp(`créé le ticket n° ${number}`));
    const { ticket } = await h.r.app.ticketing.service.forAgent(number);
    expect(ticket).toMatchObject({ channel: 'agent', requester: { email: 'marie.dupont@mairie.fr' } });
    const lines = JSON.stringify(ticket.transcript);
    expect(lines).toContain('frais de justice');
    expect(lines).toContain('Il me faut un justificatif');
    expect((await h.r.app.ticketing.service.list({})).items.filter((t) => t.subject === closing.ticket.subject)).toHaveLength(1);
  });
});
