import { getJson, postJson, startApp, type RunningApp } from '../helpers/app';
import { connected, WidgetClient } from '../helpers/widget-client';

/** The public help centre over HTTP: sections, search with the bot's reading, an article page, «was it useful». */
describe('help centre', () => {
  let r: RunningApp;
  beforeAll(async () => {
    r = await startApp();
  });
  afterAll(async () => {
    await r?.close();
  });

  it('lists every published article under its section', async () => {
    const { status, body } = await getJson(`${r.base}/api/aide`);
    expect(status).toBe(200);
    const topics = body.topics.map((t: any) => t.topic);
    expect(topics).toContain('Déposer et suivre ses factures');
    const all = body.topics.flatMap((t: any) => t.articles.map((a: any) => a.id));
    expect(all).toHaveLength(r.app.knowledge.articles.length);
    expect(body.topics.find((t: any) => t.topic === 'Compte et assistance').articles.map((a: any) => a.id)).toEqual(expect.arrayContaining(['mot-de-passe-oublie', 'ticket-support']));
  });

  it('searches as the assistant reads (typos, SMS), best first; refuses an empty search', async () => {
    const { body } = await getJson(`${r.base}/api/aide/recherche?q=${encodeURIComponent('jai perdu mon mdp')}`);
    expect(body.results[0]).toMatchObject({ id: 'mot-de-passe-oublie' });
    expect(body.results.length).toBeLessThanOrEqual(5);
    expect((await getJson(`${r.base}/api/aide/recherche?q=a`)).status).toBe(400);
  });

  it('serves an article page with its own title and description, and a 404 page for an unknown one', async () => {
    const page = await fetch(`${r.base}/aide/facture-brouillon`);
    expect(page.status).toBe(200);
    const html = await page.text();
    expect(html).toMatch(/<title>Envoyer une facture restée en mode brouillon – Centre d’aide/);
    expect(html).toMatch(/<meta name="description" content="Ouvrez la facture depuis « Factures émises » &gt; « Synthèse »/);
    const missing = await fetch(`${r.base}/aide/%3Cscript%3Ealert(1)%3C%2Fscript%3E`);
    expect(missing.status).toBe(404);
    expect(await missing.text()).not.toContain('<script>alert');
    const { body } = await getJson(`${r.base}/api/aide/facture-brouillon`);
    expect(body.article).toMatchObject({ id: 'facture-brouillon', topic: 'Déposer et suivre ses factures', body: expect.stringContaining('Valider et envoyer') });
    expect((await getJson(`${r.base}/api/aide/nope`)).status).toBe(404);
  });

  it('counts «Cette page vous a-t-elle aidé ?» in the same report as the bot’s ratings', async () => {
    expect((await postJson(`${r.base}/api/aide/facture-brouillon/avis`, { utile: false, commentaire: 'Il manque une capture de l’écran Synthèse' })).status).toBe(201);
    expect((await postJson(`${r.base}/api/aide/facture-brouillon/avis`, { utile: true })).status).toBe(201);
    expect((await postJson(`${r.base}/api/aide/facture-brouillon/avis`, { utile: 'peut-être' })).status).toBe(400);
    await r.app.auth.agents.create({ email: 'lea@relais.test', name: 'Léa', role: 'agent', password: 'mot-de-passe-solide-1' });
    const login = await fetch(`${r.base}/api/auth/login`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ email: 'lea@relais.test', password: 'mot-de-passe-solide-1' }) });
    const cookie = login.headers.getSetCookie().find((c) => c.startsWith('relais_session='))!.split(';')[0]!;
    const { body } = await getJson(`${r.base}/api/reports/feedback`, { cookie });
    const row = body.rows.find((x: any) => x.articleId === 'facture-brouillon');
    expect(row).toMatchObject({ likes: 1, dislikes: 1 });
    expect(row.comments.map((c: any) => c.comment)).toContain('Il manque une capture de l’écran Synthèse');
  });

  it('links each bot answer to its help centre page («Lire la fiche complète»)', async () => {
    const user = new WidgetClient(r.base);
    try {
      await connected(user);
      await user.waitForBot(/ClaudIA/);
      const answer = await user.say('ma facture est restée en brouillon', /Source/);
      expect(answer.text).toContain('[Lire la fiche complète](http://relais.test/aide/facture-brouillon)');
    } finally {
      user.close();
    }
  });
});
