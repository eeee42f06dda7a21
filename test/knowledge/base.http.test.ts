import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { loadArticles } from '../../knowledge/article';
import { getJson, postJson, startApp, type RunningApp } from '../helpers/app';
import { postgresTestDatabase, type TestDatabase } from '../helpers/databases';

const QUESTION = 'comment imprimer l’accusé de dépôt de ma facture';

type Session = { cookie: string; csrf: string };
async function signIn(r: RunningApp, email: string, role: 'agent' | 'supervisor'): Promise<Session> {
  await r.app.auth.agents.create({ email, name: role === 'supervisor' ? 'Sophie Leroy' : 'Marc Petit', role, password: 'mot-de-passe-solide-1' });
  const login = await fetch(`${r.base}/api/auth/login`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ email, password: 'mot-de-passe-solide-1' }) });
  return { cookie: login.headers.getSetCookie().find((c) => c.startsWith('relais_session='))!.split(';')[0]!, csrf: ((await login.json()) as { csrfToken: string }).csrfToken };
}
const as = (s: Session) => ({ cookie: s.cookie, 'x-csrf-token': s.csrf });

/**
 * The knowledge base in the database, over HTTP: seeded from the files, read by advisers, edited
 * by supervisors with the regression guard, versions and rollback, exported back to Markdown.
 */
describe('knowledge base editing', () => {
  let r: RunningApp;
  let chef: Session;
  let agent: Session;
  const api = () => `${r.base}/api/agent/knowledge`;
  beforeAll(async () => {
    r = await startApp();
    chef = await signIn(r, 'chef@relais.test', 'supervisor');
    agent = await signIn(r, 'agent@relais.test', 'agent');
  });
  afterAll(async () => {
    await r?.close();
  });

  it('seeds the base from the repository’s articles and lets advisers read it', async () => {
    const list = await getJson(api(), { cookie: agent.cookie });
    expect(list.status).toBe(200);
    expect(list.body.articles).toHaveLength(loadArticles(r.config.knowledgeDir).length);
    expect(list.body.articles.find((a: any) => a.id === 'suivre-une-facture')).toMatchObject({ version: 1, updatedBy: 'dépôt' });
    expect((await getJson(api())).status).toBe(401);
  });

  it('groups unanswered wordings by what the engine reads in them, most asked first, with the nearest article', async () => {
    const res = await postJson(
      `${api()}/groups`,
      {
        questions: [
          { text: 'comment imprimer l’accusé de dépôt', count: 1 },
          { text: 'imprimer accusé dépôt facture', count: 3 },
          { text: 'le taux de TVA des repas de cantine', count: 2 },
        ],
      },
      as(agent),
    );
    expect(res.status).toBe(200);
    expect(res.body.groups.map((g: any) => [g.count, g.examples.map((e: any) => e.text)])).toEqual([
      [4, ['imprimer accusé dépôt facture', 'comment imprimer l’accusé de dépôt']],
      [2, ['le taux de TVA des repas de cantine']],
    ]);
    expect((await postJson(`${api()}/groups`, { questions: 'x' }, as(agent))).status).toBe(400);
  });

  it('teaches a question to an article: preview, guard, publish, versions with their diff, conflict, rollback', async () => {
    const before = await postJson(`${api()}/preview`, { question: QUESTION }, as(agent));
    expect(before.body.now.kind).toBe('fallback');
    const { body: current } = await getJson(`${api()}/suivre-une-facture`, { cookie: agent.cookie });
    const draft = { ...current.article, questions: [...current.article.questions, QUESTION] };

    // What the bot would answer with the draft, before anything is published.
    const withDraft = await postJson(`${api()}/preview`, { question: QUESTION, article: draft }, as(agent));
    expect(withDraft.body.draft).toMatchObject({ kind: 'answer', articleId: 'suivre-une-facture', title: current.article.title });

    // Advisers read; only supervisors check and publish.
    expect((await postJson(`${api()}/suivre-une-facture/check`, { article: draft }, as(agent))).status).toBe(403);
    const check = await postJson(`${api()}/suivre-une-facture/check`, { article: draft, taught: [QUESTION] }, as(chef));
    expect(check.status).toBe(200);
    const { report } = check.body;
    expect(report.sets.map((s: any) => s.name)).toEqual(expect.arrayContaining(['dev-questions', 'realistic-questions', 'questions rattachées']));
    // The most recent blind sets, within the guard's budget (guard-sets.test.ts).
    expect(report.sets.filter((s: any) => s.name.startsWith('blind/final-')).length).toBeGreaterThan(10);
    const taughtSet = report.sets.find((s: any) => s.name === 'questions rattachées');
    expect(taughtSet.before).toMatchObject({ inScope: 1, inScopeRight: 0 });
    expect(taughtSet.after).toMatchObject({ inScope: 1, inScopeRight: 1 });
    expect(report.changed).toContainEqual(expect.objectContaining({ q: QUESTION, before: 'fallback', after: 'suivre-une-facture', change: 'won' }));
    expect(report.drops).toBe(false);

    const published = await postJson(`${api()}/suivre-une-facture/publish`, { article: draft, expectedVersion: 1, taught: [QUESTION] }, as(chef));
    expect(published.status).toBe(201);
    expect(published.body).toMatchObject({ version: 2 });
    // The next question already gets the new answer (the bot's engine is the base's).
    expect(r.app.knowledge.ask(QUESTION)).toMatchObject({ kind: 'answer', articleId: 'suivre-une-facture' });

    // Someone else's stale draft is refused; the history shows who, when, and what changed.
    expect((await postJson(`${api()}/suivre-une-facture/publish`, { article: draft, expectedVersion: 1 }, as(chef))).status).toBe(409);
    const { body: after } = await getJson(`${api()}/suivre-une-facture`, { cookie: agent.cookie });
    expect(after.versions.map((v: any) => [v.version, v.author])).toEqual([
      [2, 'Sophie Leroy'],
      [1, 'dépôt'],
    ]);
    const v2 = await getJson(`${api()}/suivre-une-facture/versions/2`, { cookie: agent.cookie });
    expect(v2.body.diff.filter((d: any) => d.change === 'added').map((d: any) => d.text).join('')).toContain(QUESTION);
    expect(v2.body.diff.filter((d: any) => d.change === 'removed')).toEqual([]);

    // Back to version 1, as a new version with its reason: the question is not answered any more.
    expect((await postJson(`${api()}/suivre-une-facture/rollback`, { version: 1, reason: '' }, as(chef))).status).toBe(400);
    const back = await postJson(`${api()}/suivre-une-facture/rollback`, { version: 1, reason: 'essai' }, as(chef));
    expect(back.body).toMatchObject({ version: 3 });
    expect(r.app.knowledge.ask(QUESTION).kind).toBe('fallback');
  }, 120_000);

  it('refuses an invalid article field by field, and a change that loses answers without a reason', async () => {
    const { body: current } = await getJson(`${api()}/mot-de-passe-oublie`, { cookie: agent.cookie });
    const invalid = await postJson(`${api()}/mot-de-passe-oublie/check`, { article: { ...current.article, questions: ['trop peu'], body: 'court' } }, as(chef));
    expect(invalid.status).toBe(400);
    expect(Object.keys(invalid.body.error.fields)).toEqual(expect.arrayContaining(['questions', 'body']));

    // Its phrasings cut to the minimum: some questions lose their answer.
    const poorer = { ...current.article, questions: current.article.questions.slice(0, 6), tags: ['divers'] };
    const refused = await postJson(`${api()}/mot-de-passe-oublie/publish`, { article: poorer, expectedVersion: current.summary.version }, as(chef));
    expect(refused.status).toBe(409);
    expect(refused.body.error.message).toMatch(/donnez la raison/);
    const check = await postJson(`${api()}/mot-de-passe-oublie/check`, { article: poorer }, as(chef));
    expect(check.body.report.drops).toBe(true);
    expect(check.body.report.changed[0].change).toBe('lost');
    const forced = await postJson(`${api()}/mot-de-passe-oublie/publish`, { article: poorer, expectedVersion: current.summary.version, reason: 'fiche simplifiée' }, as(chef));
    expect(forced.status).toBe(201);
    const versions = (await getJson(`${api()}/mot-de-passe-oublie`, { cookie: agent.cookie })).body.versions;
    expect(versions[0]).toMatchObject({ author: 'Sophie Leroy', reason: 'fiche simplifiée' });
  }, 120_000);

  it('exports the base back to Markdown files the engine reads as the repository’s', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'relais-kb-'));
    try {
      const ids = await r.app.knowledgeBase.exportTo(dir);
      const read = loadArticles(dir);
      expect(read.map((a) => a.id)).toEqual(ids);
      const exported = read.find((a) => a.id === 'mot-de-passe-oublie')!;
      expect(exported.questions).toHaveLength(6);
      expect(exported.tags).toEqual(['divers']);
      const original = loadArticles(r.config.knowledgeDir).find((a) => a.id === 'facture-brouillon')!;
      expect(read.find((a) => a.id === 'facture-brouillon')).toEqual({ ...original, file: expect.any(String) });
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });
});

/** Two server processes' worth of apps on one PostgreSQL database: a publication reaches the other one without restart. */
describe('a publication reaches every process', () => {
  let t: TestDatabase;
  const apps: RunningApp[] = [];
  beforeAll(() => {
    t = postgresTestDatabase();
  });
  afterAll(async () => {
    for (const a of apps) await a.close();
    await t?.cleanup();
  });

  it.each([
    ['by its signal (Redis), at once', { REDIS_URL: 'redis://127.0.0.1:6379', KNOWLEDGE_RELOAD_MS: '600000' }],
    ['by its version check, without a signal', { KNOWLEDGE_RELOAD_MS: '200' }],
  ])('%s', async (_how, env) => {
    await t.create();
    const prefix = { REDIS_PREFIX: `kb-${Math.random().toString(36).slice(2, 10)}` };
    const a = await startApp({ DATABASE_URL: t.url(), ...prefix, ...env });
    const b = await startApp({ DATABASE_URL: t.url(), ...prefix, ...env });
    apps.push(a, b);
    const chef = await signIn(a, `chef-${prefix.REDIS_PREFIX}@relais.test`, 'supervisor');
    const { body: current } = await getJson(`${a.base}/api/agent/knowledge/suivre-une-facture`, { cookie: chef.cookie });
    const question = QUESTION;
    const questions = [...current.article.questions, question];
    expect(b.app.knowledge.ask(question).kind).toBe('fallback');
    const published = await postJson(`${a.base}/api/agent/knowledge/suivre-une-facture/publish`, { article: { ...current.article, questions }, expectedVersion: current.summary.version, taught: [question] }, as(chef));
    expect(published.status).toBe(201);
    const deadline = Date.now() + 5000;
    while (b.app.knowledge.ask(question).kind !== 'answer' && Date.now() < deadline) await new Promise((res) => setTimeout(res, 20));
    expect(b.app.knowledge.ask(question)).toMatchObject({ kind: 'answer', articleId: 'suivre-une-facture' });
    expect(b.app.knowledgeBase.revision()).toBe(published.body.revision);
  }, 120_000);
});
