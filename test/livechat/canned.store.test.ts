import pino from 'pino';
import { migrate, type Db } from '../../platform/db';
import { CannedError, createCanned, DEFAULT_CANNED, findUnknownPlaceholders, type Canned } from '../../livechat/canned';
import { fakeClock } from '../auth/auth-app';
import { testDatabases, type TestDatabase } from '../helpers/databases';

const noGuard = (_req: unknown, _res: unknown, next: () => void) => next();
const guards = { requireAgent: noGuard, requireCsrf: noGuard, requireRole: () => noGuard };

/** The CannedError a promise rejects with. */
const failure = async (p: Promise<unknown>): Promise<CannedError> => {
  const err = await p.then(
    () => null,
    (e: unknown) => e,
  );
  expect(err).toBeInstanceOf(CannedError);
  return err as CannedError;
};

describe.each(testDatabases())('CannedStore on %s', (_name, make) => {
  let t: TestDatabase;
  let db: Db;
  let canned: Canned;
  const time = fakeClock(Date.UTC(2026, 2, 2, 9));

  beforeAll(async () => {
    t = make();
    db = await t.create();
    canned = createCanned({ db, clock: time.clock, logger: pino({ level: 'silent' }), guards, teamOf: async () => 'x' });
    expect(await migrate(db, canned.migrations)).toEqual(['livechat-010-canned']);
    expect(await migrate(db, canned.migrations)).toEqual([]);
  });
  afterAll(() => t.cleanup());

  it('creates, reads and lists a team’s responses by title, accents and case ignored', async () => {
    const { store } = canned;
    const made = await store.create({ team: 'tri', title: '  Facture   rejetée ', body: ' Bonjour {{prenom}},\r\nvoici… ', by: 7 });
    expect(made).toEqual({
      id: expect.stringMatching(/^cr_[A-Za-z0-9_-]{16}$/),
      team: 'tri',
      title: 'Facture rejetée',
      body: 'Bonjour {{prenom}},\nvoici…',
      createdAt: '2026-03-02T09:00:00.000Z',
      updatedAt: '2026-03-02T09:00:00.000Z',
      updatedBy: 7,
    });
    expect(await store.get(made.id)).toEqual(made);
    expect(await store.get('cr_nope')).toBeNull();
    for (const title of ['étape 2', 'Accueil', 'étape 10', 'Zèbre', 'Dossier']) {
      await store.create({ team: 'tri', title, body: 'Texte', by: null });
    }
    await store.create({ team: 'autre', title: 'Accueil', body: 'Autre équipe', by: null });
    expect((await store.list('tri')).map((c) => c.title)).toEqual(['Accueil', 'Dossier', 'étape 2', 'étape 10', 'Facture rejetée', 'Zèbre']);
    expect((await store.list('autre')).map((c) => c.body)).toEqual(['Autre équipe']);
    expect(await store.list('personne')).toEqual([]);
  });

  it('searches title and body, every word, ignoring accents and case', async () => {
    const { store } = canned;
    await store.create({ team: 'cherche', title: 'Rendez-vous téléphonique', body: 'Je vous propose un créneau.', by: 1 });
    await store.create({ team: 'cherche', title: 'Numéro de facture', body: 'Pourriez-vous m’indiquer le SIRET ?', by: 1 });
    const titles = async (q: string) => (await store.list('cherche', q)).map((c) => c.title);
    expect(await titles('TELEPHONIQUE')).toEqual(['Rendez-vous téléphonique']);
    expect(await titles('creneau propose')).toEqual(['Rendez-vous téléphonique']);
    expect(await titles('m\'indiquer siret')).toEqual(['Numéro de facture']);
    expect(await titles('vous')).toEqual(['Numéro de facture', 'Rendez-vous téléphonique']);
    expect(await titles('créneau siret')).toEqual([]);
    expect(await titles('   ')).toHaveLength(2);
  });

  it('refuses a duplicate title in the same team, whatever its case, with a 409 error', async () => {
    const { store } = canned;
    await store.create({ team: 'dup', title: 'Étape suivante', body: 'a', by: 1 });
    const err = await failure(store.create({ team: 'dup', title: 'ÉTAPE  SUIVANTE', body: 'b', by: 1 }));
    expect(err).toMatchObject({ code: 'CANNED_DUPLICATE', status: 409 });
    expect(err.message).toBe('Une réponse type intitulée «\u00a0ÉTAPE SUIVANTE\u00a0» existe déjà pour cette équipe.');
    await expect(store.create({ team: 'dup-2', title: 'Étape suivante', body: 'b', by: 1 })).resolves.toBeDefined();
    const other = await store.create({ team: 'dup', title: 'Autre', body: 'c', by: 1 });
    expect(await failure(store.update(other.id, { title: 'étape suivante', by: 2 }))).toMatchObject({ code: 'CANNED_DUPLICATE' });
    expect((await store.get(other.id))?.title).toBe('Autre');
  });

  it('validates title, body and placeholders with French messages', async () => {
    const { store } = canned;
    const invalid = (title: string, body: string) => failure(store.create({ team: 'val', title, body, by: 1 }));
    expect((await invalid('  ', 'ok')).fields).toEqual({ title: 'Titre\u00a0: champ obligatoire.' });
    expect((await invalid('x'.repeat(81), 'ok')).fields).toEqual({ title: 'Titre\u00a0: 80 caractères au maximum.' });
    expect((await invalid('Deux\nlignes', 'ok')).fields).toEqual({ title: 'Titre\u00a0: caractères non autorisés.' });
    expect((await invalid('ok', '')).fields).toEqual({ body: 'Texte\u00a0: champ obligatoire.' });
    expect((await invalid('ok', 'x'.repeat(2001))).fields).toEqual({ body: 'Texte\u00a0: 2\u202f000 caractères au maximum.' });
    const unknown = await invalid('ok', 'Bonjour {{prénom}}, facture {{numero}} du {{date}} {{numero}}');
    expect(unknown).toMatchObject({ code: 'INVALID_INPUT', status: 400 });
    expect(unknown.message).toBe(
      'Texte\u00a0: variables inconnues\u00a0: {{numero}}, {{date}}. Variables disponibles\u00a0: {{prenom}}, {{nom}}, {{nom_complet}}, {{organisation}}, {{conseiller}}, {{ticket}}.',
    );
    await expect(store.create({ team: 'val', title: 'x'.repeat(80), body: 'x'.repeat(2000), by: 1 })).resolves.toBeDefined();
    expect(await store.list('val')).toHaveLength(1);
  });

  it('updates title and/or body with the time and author; unknown ids fail', async () => {
    const { store } = canned;
    const made = await store.create({ team: 'maj', title: 'Avant', body: 'Corps', by: 1 });
    time.advance(60_000);
    const renamed = await store.update(made.id, { title: 'Après', by: 2 });
    expect(renamed).toEqual({ ...made, title: 'Après', updatedAt: '2026-03-02T09:01:00.000Z', updatedBy: 2 });
    const edited = await store.update(made.id, { body: 'Nouveau {{ticket}}', by: 3 });
    expect(edited).toMatchObject({ title: 'Après', body: 'Nouveau {{ticket}}', updatedBy: 3 });
    expect(await failure(store.update(made.id, { by: 3 }))).toMatchObject({ code: 'INVALID_INPUT' });
    expect(await failure(store.update(made.id, { body: '{{x}}', by: 3 }))).toMatchObject({ code: 'INVALID_INPUT' });
    expect(await failure(store.update('cr_inconnu', { title: 'Z', by: 3 }))).toMatchObject({ code: 'CANNED_NOT_FOUND', status: 404 });
    expect(await store.remove(made.id)).toBe(true);
    expect(await store.remove(made.id)).toBe(false);
    expect(await store.get(made.id)).toBeNull();
  });

  it('gives a team the default set once, even under concurrent calls, and never again', async () => {
    const inserted = await Promise.all(Array.from({ length: 5 }, () => canned.ensureDefaults('nouvelle')));
    expect(inserted.sort()).toEqual([0, 0, 0, 0, 6]);
    const items = await canned.store.list('nouvelle');
    expect(items.map((c) => c.title).sort()).toEqual(DEFAULT_CANNED.map((d) => d.title).sort());
    expect(items.every((c) => c.updatedBy === null)).toBe(true);
    for (const c of items) await canned.store.remove(c.id);
    expect(await canned.ensureDefaults('nouvelle')).toBe(0);
    expect(await canned.store.list('nouvelle')).toEqual([]);
  });

  it('does not add defaults to a team that already has responses', async () => {
    await canned.store.create({ team: 'équipée', title: 'À nous', body: 'Texte', by: 1 });
    expect(await canned.ensureDefaults('équipée')).toBe(0);
    expect(await canned.store.list('équipée')).toHaveLength(1);
  });

  it('ships defaults in French typography covering the support’s usual moments', () => {
    expect(DEFAULT_CANNED.length).toBeGreaterThanOrEqual(6);
    const all = DEFAULT_CANNED.map((d) => `${d.title}\n${d.body}`).join('\n');
    expect(all).not.toMatch(/'| [:;!?»]|« /);
    for (const d of DEFAULT_CANNED) expect(findUnknownPlaceholders(d.body)).toEqual([]);
    for (const needle of ['{{prenom}}', '{{ticket}}', '{{conseiller}}', 'numéro', 'rendez-vous téléphonique', '«\u00a0Factures de travaux\u00a0»']) {
      expect(all).toContain(needle);
    }
  });
});
