import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { createSqliteDb, migrate, type Db } from '../../platform/db';
import { createTraining } from '../../training';
import { trainingRequestOf } from '../../bot/training-flow';
import { actions, createHarness, MARIE, text } from './harness';

const silent = { info: () => undefined, warn: () => undefined, error: () => undefined, debug: () => undefined } as never;

describe('registering for an accompaniment session in the conversation (issue 15, part 3)', () => {
  let dir: string;
  let db: Db;
  const mails: { to: string; kind: string }[] = [];
  let training: ReturnType<typeof createTraining>;
  beforeAll(async () => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'relais-training-'));
    db = createSqliteDb({ file: path.join(dir, 'relais.db') });
    training = createTraining({
      db,
      mail: { enqueue: async (_tx, m, meta) => (mails.push({ to: JSON.stringify(m.to), kind: meta?.kind ?? '' }), 1), nudge: () => undefined },
      // The harness's Friday 14 June 2024.
      clock: { now: () => new Date('2024-06-14T08:00:00Z') },
      logger: silent,
      publicUrl: 'https://relais.example',
      supportEmail: 'support@relais.example',
      portalName: 'Chorus Pro',
    });
    await migrate(db, training.migrations);
    const base = { description: 'Pour bien commencer.', durationMinutes: 60, link: 'https://webinaires.example/a' };
    await training.service.create({ ...base, kind: 'webinaire', title: 'Premiers pas des fournisseurs', audience: ['fournisseur'], day: '2024-06-20', time: '10:00', capacity: 30 });
    await training.service.create({ ...base, kind: 'formation', title: 'Frais de justice : le mémoire', audience: ['prestataire-justice'], day: '2024-06-21', time: '14:00', capacity: 10 });
    await training.service.create({ ...base, kind: 'webinaire', title: 'Nouveautés du portail', audience: [], day: '2024-06-25', time: '11:00', capacity: 1 });
  });
  afterAll(async () => {
    await db.close();
    fs.rmSync(dir, { recursive: true, force: true });
  });

  it.each([
    ['je veux m’inscrire à un webinaire', 'list'],
    ['formation pour les nouveaux fournisseurs', 'list'],
    ['quelles sont les prochaines sessions ?', 'list'],
    ['je voudrais annuler mon inscription au webinaire', 'mine'],
    ['mes inscriptions', 'mine'],
    ['comment se former à Chorus Pro ?', null],
    ['annuler ma facture', null],
  ])('reads %j as %s', (q, request) => {
    expect(trainingRequestOf(q)).toBe(request);
  });

  it('lists the sessions for a verified supplier, registers them at once, then lets them cancel', async () => {
    const h = createHarness({ deps: { training: training.service } });
    await h.join({ ...MARIE, profile: 'fournisseur' });
    const listed = await h.send('je veux m’inscrire à un webinaire');
    expect(text(listed)).toContain('**Premiers pas des fournisseurs** — webinaire le jeudi 20 juin 2024 à 10h, 60 min, pour Fournisseur (30 places restantes)');
    expect(text(listed)).not.toContain('Frais de justice');
    expect(actions(listed)).toEqual(['S’inscrire : Premiers pas des fournisseurs (jeudi 20 juin 2024 à 10h)', 'S’inscrire : Nouveautés du portail (mardi 25 juin 2024 à 11h)']);
    const done = await h.send(actions(listed)[0]!);
    expect(text(done)).toMatch(/^C’est noté : vous êtes inscrit\(e\) à « Premiers pas des fournisseurs »[\s\S]*marie\.dupont@example\.fr/);
    expect(mails.at(-1)).toEqual({ to: expect.stringContaining('marie.dupont@example.fr'), kind: 'training.confirmed' });
    const mine = await h.send('annuler mon inscription');
    expect(actions(mine)).toEqual(['Annuler : Premiers pas des fournisseurs (jeudi 20 juin 2024 à 10h)']);
    expect(text(await h.send(actions(mine)[0]!))).toContain('votre inscription est annulée');
  });

  it('asks an anonymous user for an e-mail and sends the confirmation link; the last seat goes once', async () => {
    const h = createHarness({ deps: { training: training.service } });
    await h.join();
    const listed = await h.send('quelles sont les prochaines sessions ?');
    expect(actions(listed)).toEqual(['S’inscrire : Nouveautés du portail (mardi 25 juin 2024 à 11h)']);
    expect(text(await h.send(actions(listed)[0]!))).toContain('À quelle adresse e-mail');
    expect(text(await h.send('zoe@exemple.fr'))).toContain('Un e-mail vient de partir à zoe@exemple.fr');
    expect(mails.at(-1)!.kind).toBe('training.confirm-address');
    // The only seat is held: another user is told it is full (no button offers it any more).
    const other = createHarness({ deps: { training: training.service } });
    await other.join();
    expect(text(await other.send('quelles sont les prochaines sessions ?'))).toContain('Aucune session d’accompagnement n’est ouverte');
  });
});
