import { migrate, createPostgresDb, createSqliteDb, type Db } from '../../platform/db';
import type { MailMessage } from '../../platform/mail';
import { createTraining, eraseRegistrations, exportRegistrations } from '../../training';
import { testDatabases, type TestDatabase } from '../helpers/databases';
import { component, parseIcs, prop } from '../helpers/ics';

const silent = { info: () => undefined, warn: () => undefined, error: () => undefined, debug: () => undefined } as never;
const SESSION = { kind: 'webinaire' as const, title: 'Bien démarrer sur Chorus Pro', description: 'Les premiers pas du fournisseur.', audience: ['fournisseur' as const], durationMinutes: 60, link: 'https://webinaires.example/chorus' };

/** Registrations, capacity, confirmation and reminders (issue 15, part 3), on SQLite and PostgreSQL. */
describe.each(testDatabases())('accompaniment sessions on %s', (_name, make) => {
  let t: TestDatabase;
  let db: Db;
  let at = new Date('2026-03-20T10:00:00Z');
  const mails: { message: MailMessage; kind: string }[] = [];
  const training = (base: Db = db) =>
    createTraining({
      db: base,
      mail: { enqueue: async (_tx, message, meta) => (mails.push({ message, kind: meta?.kind ?? '' }), mails.length), nudge: () => undefined },
      clock: { now: () => at },
      logger: silent,
      publicUrl: 'https://relais.example',
      supportEmail: 'support@relais.example',
      portalName: 'Chorus Pro',
    });
  beforeAll(async () => {
    t = make();
    db = await t.create();
    await migrate(db, training().migrations);
  });
  afterAll(async () => {
    await t.cleanup();
  });
  beforeEach(() => {
    mails.length = 0;
    at = new Date('2026-03-20T10:00:00Z');
  });

  it('gives the last seat to one of two people asking for it at the same time, from two processes', async () => {
    const one = training().service;
    const url = t.url();
    const second = url.startsWith('postgres') ? createPostgresDb({ connectionString: url, max: 3 }) : createSqliteDb({ file: url });
    const other = training(second).service;
    try {
      const session = await one.create({ ...SESSION, day: '2026-04-02', time: '10:00', capacity: 1 });
      const outcomes = await Promise.all([
        one.register({ sessionId: session.id, name: 'Léa', email: 'lea@a.fr', portalUserId: 'u-1', verified: true }),
        other.register({ sessionId: session.id, name: 'Paul', email: 'paul@b.fr', portalUserId: 'u-2', verified: true }),
      ]);
      expect(outcomes.map((o) => o.status).sort()).toEqual(['confirmed', 'full']);
      expect((await one.get(session.id))!.seatsTaken).toBe(1);
      expect(await one.upcoming('fournisseur')).toEqual([]);
      expect(mails.map((m) => m.kind)).toEqual(['training.confirmed']);
    } finally {
      await second.close();
    }
  });

  it('confirms a verified identity at once with an invitation, an e-mail alone by its link; a second registration holds nothing', async () => {
    const { service } = training();
    const session = await service.create({ ...SESSION, day: '2026-04-02', time: '14:30', capacity: 10 });
    const verified = await service.register({ sessionId: session.id, name: 'Léa Fournier', email: 'Lea@Fournisseur.fr', portalUserId: 'u-10', verified: true });
    expect(verified.status).toBe('confirmed');
    const invitation = mails[0]!.message;
    expect(invitation.subject).toBe('Inscription confirmée : Bien démarrer sur Chorus Pro');
    expect(invitation.text).toContain('jeudi 2 avril 2026 à 14h30 (heure de Paris)');
    const ics = parseIcs(invitation.attachments![0]!.content);
    const event = component(ics, 'VEVENT');
    expect(prop(event, 'DTSTART').value).toBe('20260402T123000Z');
    expect(prop(event, 'URL').value).toBe('https://webinaires.example/chorus');
    expect((await service.register({ sessionId: session.id, name: 'Léa', email: 'lea@fournisseur.fr', portalUserId: 'u-10', verified: true })).status).toBe('already');
    expect((await service.get(session.id))!.seatsTaken).toBe(1);

    const anonymous = await service.register({ sessionId: session.id, name: 'Paul', email: 'paul@b.fr', portalUserId: null, verified: false });
    expect(anonymous.status).toBe('pending');
    const confirmLink = /https:\/\/relais\.example\/formations\/inscription\?jeton=([\w-]+)&action=confirmer/.exec(mails.at(-1)!.message.text)!;
    expect((await service.get(session.id))!.seatsTaken).toBe(2);
    const confirmed = await service.byToken(confirmLink[1]!, 'confirmer');
    expect(confirmed.outcome).toBe('confirmed');
    expect(mails.at(-1)!.kind).toBe('training.confirmed');
    expect((await service.byToken(confirmLink[1]!, 'confirmer')).outcome).toBe('unchanged');
    // Cancelling with the link frees the seat; a wrong token is refused.
    expect((await service.byToken(confirmLink[1]!, 'annuler')).outcome).toBe('cancelled');
    expect((await service.get(session.id))!.seatsTaken).toBe(1);
    await expect(service.byToken('x'.repeat(32), 'annuler')).rejects.toMatchObject({ code: 'NOT_FOUND' });
    // A verified user sees and cancels their own registrations only.
    const mine = await service.registrationsOf('u-10');
    expect(mine.map((m) => m.session.id)).toEqual([session.id]);
    expect(await service.cancelFor('u-20', mine[0]!.registration.id)).toBe(false);
    expect(await service.cancelFor('u-10', mine[0]!.registration.id)).toBe(true);
    expect((await service.get(session.id))!.seatsTaken).toBe(0);
  });

  it('sends the reminder the day before at 9h in Paris, once, across both DST changes', async () => {
    const { service } = training();
    // Monday 30 March 2026, the day after the spring change: the reminder is Sunday 9h CEST = 7h UTC.
    const spring = await service.create({ ...SESSION, day: '2026-03-30', time: '10:00', capacity: 5 });
    await service.register({ sessionId: spring.id, name: 'Léa', email: 'lea@a.fr', portalUserId: 'u-1', verified: true });
    // Monday 26 October 2026, the day after the autumn change: Sunday 9h CET = 8h UTC.
    const autumn = await service.create({ ...SESSION, day: '2026-10-26', time: '10:00', capacity: 5 });
    await service.register({ sessionId: autumn.id, name: 'Paul', email: 'paul@b.fr', portalUserId: 'u-2', verified: true });
    mails.length = 0;
    at = new Date('2026-03-29T06:59:00Z');
    expect(await service.sendDueReminders()).toBe(0);
    at = new Date('2026-03-29T07:00:00Z');
    expect(await service.sendDueReminders()).toBe(1);
    expect(await service.sendDueReminders()).toBe(0);
    expect(mails.map((m) => [m.kind, m.message.subject])).toEqual([['training.reminder', 'Rappel : Bien démarrer sur Chorus Pro, lundi 30 mars 2026 à 10h']]);
    at = new Date('2026-10-25T07:59:00Z');
    expect(await service.sendDueReminders()).toBe(0);
    at = new Date('2026-10-25T08:00:00Z');
    expect(await service.sendDueReminders()).toBe(1);
    // After the session: nothing more.
    at = new Date('2026-10-27T08:00:00Z');
    expect(await service.sendDueReminders()).toBe(0);
  });

  it('tells the registrants when a supervisor cancels the session, and refuses a capacity under the seats taken', async () => {
    const { service } = training();
    const session = await service.create({ ...SESSION, audience: [], day: '2026-04-10', time: '09:00', capacity: 3 });
    expect((await service.upcoming(null)).map((s) => s.id)).toContain(session.id);
    await service.register({ sessionId: session.id, name: 'Léa', email: 'lea@a.fr', portalUserId: 'u-1', verified: true });
    await service.register({ sessionId: session.id, name: 'Zoé', email: 'zoe@c.fr', portalUserId: null, verified: false });
    await expect(service.update(session.id, { ...SESSION, day: '2026-04-10', time: '09:00', capacity: 1 })).rejects.toMatchObject({ code: 'INVALID_INPUT', fields: { capacity: expect.stringContaining('2 places') } });
    mails.length = 0;
    const cancelled = await service.cancelSession(session.id);
    expect(cancelled.cancelledAt).not.toBeNull();
    expect(mails.map((m) => m.kind)).toEqual(['training.session-cancelled', 'training.session-cancelled']);
    expect((await service.register({ sessionId: session.id, name: 'Max', email: 'max@d.fr', portalUserId: null, verified: false })).status).toBe('closed');
    expect((await service.upcoming(null)).map((s) => s.id)).not.toContain(session.id);
  });

  it('exports and erases a person’s registrations, giving their seat back', async () => {
    const { service } = training();
    const session = await service.create({ ...SESSION, day: '2026-05-05', time: '10:00', capacity: 2 });
    await service.register({ sessionId: session.id, name: 'Ines', email: 'ines@e.fr', portalUserId: null, verified: false });
    const exported = await exportRegistrations(db, { email: 'ines@e.fr', portalUserId: null });
    expect(exported).toEqual([expect.objectContaining({ session: SESSION.title, email: 'ines@e.fr', status: 'pending' })]);
    expect(await eraseRegistrations(db, { email: 'ines@e.fr', portalUserId: null })).toBe(1);
    expect(await exportRegistrations(db, { email: 'ines@e.fr', portalUserId: null })).toEqual([]);
    expect((await service.get(session.id))!.seatsTaken).toBe(0);
  });

  it('gives back the seat of a registration by e-mail not confirmed within 48 hours', async () => {
    const { service } = training();
    const session = await service.create({ ...SESSION, day: '2026-05-20', time: '10:00', capacity: 1 });
    await service.register({ sessionId: session.id, name: 'Noé', email: 'noe@f.fr', portalUserId: null, verified: false });
    at = new Date(at.getTime() + 47 * 3_600_000);
    expect(await service.expirePending()).toBe(0);
    at = new Date(at.getTime() + 2 * 3_600_000);
    // Noé's (and any other left pending by the tests before, in the same database).
    expect(await service.expirePending()).toBeGreaterThanOrEqual(1);
    expect((await service.registrations(session.id)).map((r) => r.status)).toEqual(['cancelled']);
    expect((await service.get(session.id))!.seatsTaken).toBe(0);
    expect((await service.register({ sessionId: session.id, name: 'Eva', email: 'eva@g.fr', portalUserId: 'u-7', verified: true })).status).toBe('confirmed');
  });
});
