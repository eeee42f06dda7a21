import { AGENT_PASSWORD, createAgent } from '../helpers/agent-client';
import { getJson, postJson, startApp, type RunningApp } from '../helpers/app';
import { testDatabases, type TestDatabase } from '../helpers/databases';
import { connected, WidgetClient } from '../helpers/widget-client';

/**
 * Issue 14, item 1: a disliked answer's comment and an unanswered question each lead to the
 * conversation they came from, which an adviser reads as the user saw it.
 */
describe.each(testDatabases())('the quality reports’ conversations on %s', (_name, make) => {
  let t: TestDatabase;
  let r: RunningApp;
  beforeAll(async () => {
    t = make();
    r = await startApp({}, { db: await t.create() });
  });
  afterAll(async () => {
    await r.close();
    await t.cleanup();
  });

  it('links comments and unanswered questions to their conversation, readable by advisers only', async () => {
    const user = new WidgetClient(r.base);
    await connected(user);
    await user.waitForBot(/ClaudIA/);
    const answer = await user.say('mot de passe oublié', /mot de passe/i);
    await user.emit({ type: 'invoke', name: 'message/submitAction', value: { actionName: 'feedback', actionValue: { reaction: 'dislike', feedback: 'Le lien ne marche pas' } }, replyToId: answer.id });
    await user.say('combien coûte un timbre vert ?', /compris|reformuler|pas sûre|pas de réponse|ne précisent pas/i);
    user.close();
    const conversationId = (await r.app.db.query<{ conversation_id: string }>('SELECT conversation_id FROM bot_ratings'))[0]!.conversation_id;

    const adviser = await createAgent(r.app, r.base, 'Alain Agent');
    const feedback = await getJson(`${r.base}/api/reports/feedback`, { cookie: adviser.cookie });
    expect(feedback.body.rows[0].comments).toEqual([expect.objectContaining({ comment: 'Le lien ne marche pas', conversationId })]);
    const unanswered = await getJson(`${r.base}/api/reports/unanswered`, { cookie: adviser.cookie });
    expect(unanswered.body.rows).toEqual([expect.objectContaining({ example: 'combien coûte un timbre vert ?', conversations: [conversationId] })]);
    // The groups keep them.
    const login = await postJson(`${r.base}/api/auth/login`, { email: adviser.agent.email, password: AGENT_PASSWORD });
    const session = { cookie: login.headers.getSetCookie().find((c) => c.startsWith('relais_session='))!.split(';')[0]!, 'x-csrf-token': login.body.csrfToken as string };
    const grouped = await postJson(`${r.base}/api/agent/knowledge/groups`, { questions: [{ text: 'combien coûte un timbre vert ?', count: 1, conversations: [conversationId] }] }, session);
    expect(grouped.body.groups[0].conversations).toEqual([conversationId]);

    const read = await getJson(`${r.base}/api/agent/conversations/${conversationId}`, { cookie: adviser.cookie });
    expect(read.status).toBe(200);
    const texts = read.body.messages.map((m: { kind: string; text: string }) => `${m.kind}: ${m.text.slice(0, 30)}`);
    expect(texts).toEqual(expect.arrayContaining(['user: mot de passe oublié', 'user: combien coûte un timbre vert ?']));
    expect(read.body.messages.some((m: { kind: string; article?: { id: string } }) => m.kind === 'bot' && m.article?.id === 'mot-de-passe-oublie')).toBe(true);
    expect((await getJson(`${r.base}/api/agent/conversations/${conversationId}`)).status).toBe(401);
    expect((await getJson(`${r.base}/api/agent/conversations/inconnue`, { cookie: adviser.cookie })).status).toBe(404);
    expect((await getJson(`${r.base}/api/agent/conversations/${encodeURIComponent('../../etc')}`, { cookie: adviser.cookie })).status).toBe(404);
  });
});
