import { createAgent } from '../helpers/agent-client';
import { getJson, identityToken, startApp, type RunningApp } from '../helpers/app';
import { connected, WidgetClient } from '../helpers/widget-client';

/**
 * Issue 15 with the built-in demo portal (no PORTAL_API_URL outside production): a logged-in
 * user follows an invoice in the widget; an adviser reads a verified user's recent invoices.
 */
describe('the portal in the conversation and in the console', () => {
  let r: RunningApp;
  beforeAll(async () => {
    r = await startApp();
  });
  afterAll(async () => {
    await r.close();
  });

  it('tells a logged-in demo user where a rejected invoice stands, and an anonymous one nothing', async () => {
    const token = await identityToken({ sub: 'demo-lea@fournisseur.fr', email: 'lea@fournisseur.fr', name: 'Léa Fournier', profile: 'fournisseur' });
    const user = new WidgetClient(r.base, { identityToken: token });
    await connected(user);
    await user.waitForBot(/ClaudIA/);
    // The demo user has two rejected invoices: the bot asks which, then F-2026-00123 (any spelling).
    expect((await user.say('pourquoi ma facture a été rejetée ?', /rejetées/)).text).toMatch(/Laquelle voulez-vous voir/);
    const rejected = await user.say('et la f 2026 00123 ?', /F-2026-00123/);
    expect(rejected.text).toMatch(/\*\*rejetée\*\* par le destinataire le .+ Motif : « .+ »/);
    user.close();

    const anonymous = new WidgetClient(r.base);
    await connected(anonymous);
    await anonymous.waitForBot(/ClaudIA/);
    const number = /\*\*(F-\d{4}-\d+)\*\*/.exec(rejected.text ?? '')![1]!;
    const told = await anonymous.say(`où en est ma facture ${number} ?`, /connectez-vous/);
    expect(anonymous.botMessages().map((m) => m.text).join('\n')).not.toMatch(/Motif/);
    expect(told.text).toContain('connectez-vous au portail');
    anonymous.close();
  });

  it('shows an adviser the recent invoices of a verified user’s chat only', async () => {
    const requester = (verified: boolean) => JSON.stringify({ email: 'lea@fournisseur.fr', name: 'Léa Fournier', portalUserId: 'demo-lea@fournisseur.fr', organisation: null, verified });
    for (const [id, verified] of [['chat-v', true], ['chat-u', false]] as const) {
      await r.app.db.execute(
        `INSERT INTO livechat_chats (id, conversation_id, state, reason, requester_json, transcript_json, start_seq, queued_at) VALUES ($1, $2, 'queued', 'user-request', $3, '[]', 0, $4)`,
        [id, `conv-${id}`, requester(verified), Date.now()],
      );
    }
    const adviser = await createAgent(r.app, r.base, 'Alain Agent');
    const shown = await getJson(`${r.base}/api/agent/chats/chat-v/invoices`, { cookie: adviser.cookie });
    expect(shown.status).toBe(200);
    expect(shown.body.invoices.length).toBeGreaterThan(3);
    expect(new Set(shown.body.invoices.map((i: { status: string }) => i.status)).size).toBeGreaterThan(3);
    expect((await getJson(`${r.base}/api/agent/chats/chat-u/invoices`, { cookie: adviser.cookie })).status).toBe(404);
    expect((await getJson(`${r.base}/api/agent/chats/nope/invoices`, { cookie: adviser.cookie })).status).toBe(404);
    expect((await getJson(`${r.base}/api/agent/chats/chat-v/invoices`)).status).toBe(401);
  });
});
