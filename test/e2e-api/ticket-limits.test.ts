import { postJson, startApp, type RunningApp } from '../helpers/app';
import { connected, WidgetClient } from '../helpers/widget-client';

const form = (email: string) => ({
  category: 'technique',
  subject: 'Facture restée en brouillon',
  description: 'Ma facture ne part pas chez le client public.',
  email,
  name: 'Jeanne Martin',
});

/** Sends the widget's ticket form in one message and waits for the bot's answer to it. */
async function widgetTicket(user: WidgetClient, email: string, subject: string): Promise<string> {
  await user.say('Créer un ticket', /adresse e-mail/);
  const before = user.botMessages().length;
  const ack = await user.emit({ type: 'message', value: { relaisTicketForm: { email, category: 'technique', subject, description: 'Ma facture ne part pas.' } } });
  expect(ack.ok).toBe(true);
  return (await user.waitForBot(/ticket n°|demandes|connexion/, before)).text ?? '';
}

/**
 * The limits on new tickets belong to the ticket service: a ticket opened through the widget
 * counts exactly like one from the public form (issue 12, item 1). Before, seven widget tickets
 * to one address all went through, and the form still accepted one more.
 */
describe('ticket limits shared by every entry point', () => {
  let r: RunningApp;
  afterEach(async () => r?.close());

  it('per requester e-mail: the widget and the public form count against one limit', async () => {
    r = await startApp({ TICKET_RATE_PER_EMAIL: '2', TICKET_RATE_PER_IP: '100', TICKET_RATE_PER_CONVERSATION: '100' });
    const a = new WidgetClient(r.base);
    await connected(a);
    expect(await widgetTicket(a, 'victime@example.fr', 'Premier')).toMatch(/ticket n° RL-/);
    const b = new WidgetClient(r.base);
    await connected(b);
    expect(await widgetTicket(b, 'Victime@Example.fr', 'Deuxième')).toMatch(/ticket n° RL-/);
    const third = await widgetTicket(b, 'victime@example.fr', 'Troisième');
    expect(third).toMatch(/Vous avez déjà envoyé plusieurs demandes récemment/);
    expect(third).toMatch(/Vos informations sont conservées/);
    // The form, afterwards, for the same address: refused as well, with the same words.
    const viaForm = await postJson(`${r.base}/api/tickets`, form('victime@example.fr'));
    expect(viaForm.status).toBe(429);
    expect(viaForm.headers.get('retry-after')).toMatch(/^\d+$/);
    expect(viaForm.body.error.message).toMatch(/plusieurs demandes/);
    expect((await postJson(`${r.base}/api/tickets`, form('autre@example.fr'))).status).toBe(201);
    // An agent opening a ticket on the requester's behalf is not limited.
    await r.app.auth.agents.create({ email: 'agent@relais.test', name: 'Zoé Agent', role: 'agent', password: 'mot-de-passe-solide-1' });
    const login = await postJson(`${r.base}/api/auth/login`, { email: 'agent@relais.test', password: 'mot-de-passe-solide-1' });
    const cookie = login.headers.getSetCookie().find((c) => c.startsWith('relais_session='))!.split(';')[0]!;
    const byAgent = await postJson(`${r.base}/api/agent/tickets`, form('victime@example.fr'), { cookie, 'x-csrf-token': login.body.csrfToken });
    expect(byAgent.status).toBe(201);
    const count = await r.app.db.query<{ n: number }>("SELECT COUNT(*) AS n FROM tickets WHERE requester_email = 'victime@example.fr'");
    expect(Number(count[0]!.n)).toBe(3);
    a.close();
    b.close();
  });

  it('per conversation and per client address, carried from the socket handshake', async () => {
    r = await startApp({ TICKET_RATE_PER_EMAIL: '100', TICKET_RATE_PER_IP: '3', TICKET_RATE_PER_CONVERSATION: '1' });
    const user = new WidgetClient(r.base);
    await connected(user);
    expect(await widgetTicket(user, 'un@example.fr', 'Un')).toMatch(/ticket n° RL-/);
    expect(await widgetTicket(user, 'deux@example.fr', 'Deux')).toMatch(/depuis cette conversation/);
    // Another conversation from the same address: the address's budget (3) is shared with the form.
    const other = new WidgetClient(r.base);
    await connected(other);
    expect(await widgetTicket(other, 'trois@example.fr', 'Trois')).toMatch(/ticket n° RL-/);
    expect((await postJson(`${r.base}/api/tickets`, form('quatre@example.fr'))).status).toBe(201);
    const refused = await postJson(`${r.base}/api/tickets`, form('cinq@example.fr'));
    expect(refused.status).toBe(429);
    expect(refused.body.error.message).toMatch(/Trop de demandes envoyées depuis votre connexion/);
    user.close();
    other.close();
  });
});
