import crypto from 'node:crypto';
import { addDays, dayOf, instantAt } from '../hours';
import type { Clock } from '../platform/clock';
import type { Db, Queryable } from '../platform/db';
import { DbError } from '../platform/db';
import { AppError } from '../platform/errors';
import { createIdSource } from '../platform/ids';
import type { Logger } from '../platform/logger';
import type { Mail, MailMessage } from '../platform/mail';
import { SUPPORT_TIME_ZONE } from '../protocol/french-dates';
import type { PortalProfile } from '../protocol/profile';
import type { TrainingRegistration, TrainingSession, TrainingSessionInput } from '../protocol/training';
import { confirmAddressMail, confirmedMail, reminderMail, sessionCancelledMail } from './mails';
import { REGISTRATION_COLUMNS, SESSION_COLUMNS, toRegistration, toSession, type RegistrationRow, type SessionRow } from './rows';

/** The reminder goes at this time (Paris) the day before the session. */
const REMINDER_MINUTES = 9 * 60;
/** A registration by e-mail not confirmed within this time gives its seat back. */
export const PENDING_HOURS = 48;

export interface TrainingDeps {
  db: Db;
  mail: Pick<Mail, 'enqueue' | 'nudge'>;
  clock: Clock;
  logger: Logger;
  /** Where the links in the e-mails lead (`/formations/inscription?jeton=…`). */
  publicUrl: string;
  supportEmail: string;
  portalName: string;
}

export type RegisterOutcome =
  | { status: 'confirmed' | 'pending'; session: TrainingSession; registration: TrainingRegistration }
  | { status: 'full' | 'closed' | 'already'; session: TrainingSession | null };

/** The registration's columns read through the alias `r` of a join with its session. */
const JOINED_REGISTRATION_COLUMNS = REGISTRATION_COLUMNS.split(', ').map((c) => `r.${c}`).join(', ');

const hash = (token: string) => crypto.createHash('sha256').update(token).digest('hex');

/** The session's instant from the supervisor's Paris date and time, and its reminder's. */
export function sessionInstants(day: string, time: string): { startsAt: number; reminderAt: number } {
  const [h, m] = time.split(':').map(Number) as [number, number];
  const start = instantAt(day, h * 60 + m, SUPPORT_TIME_ZONE);
  const reminder = instantAt(addDays(dayOf(start, SUPPORT_TIME_ZONE), -1), REMINDER_MINUTES, SUPPORT_TIME_ZONE);
  return { startsAt: start.getTime(), reminderAt: reminder.getTime() };
}

/**
 * The catalogue of accompaniment sessions and their registrations (issue 15, part 3): capacity
 * held atomically, confirmation (at once for a verified identity, by an e-mailed link otherwise)
 * with an invitation, cancellation by the user or the supervisor, and the reminder the day before,
 * every e-mail through the outbox in the same transaction as the change it tells.
 */
export function createTrainingService(d: TrainingDeps) {
  const ids = createIdSource();
  const now = () => d.clock.now().getTime();
  const link = (token: string, action: 'confirmer' | 'annuler') => `${d.publicUrl}/formations/inscription?jeton=${encodeURIComponent(token)}&action=${action}`;
  const context = () => ({ supportEmail: d.supportEmail, portalName: d.portalName, now: d.clock.now() });

  const sessionIn = async (q: Queryable, id: string): Promise<TrainingSession | null> => {
    const [row] = await q.query<SessionRow>(`SELECT ${SESSION_COLUMNS} FROM training_sessions WHERE id = $1`, [id]);
    return row ? toSession(row) : null;
  };
  const enqueue = (tx: Queryable, message: MailMessage, kind: string, ref: string) => d.mail.enqueue(tx, message, { kind, ref });

  return {
    /** Every session, the soonest upcoming first, then the past ones, latest first. */
    async list(): Promise<TrainingSession[]> {
      const rows = await d.db.query<SessionRow>(`SELECT ${SESSION_COLUMNS} FROM training_sessions ORDER BY starts_at`);
      const t = now();
      const sessions = rows.map(toSession);
      return [...sessions.filter((s) => Date.parse(s.startsAt) > t), ...sessions.filter((s) => Date.parse(s.startsAt) <= t).reverse()];
    },

    /** Sessions a user can still register for, for their profile (or for all publics), soonest first. */
    async upcoming(profile: PortalProfile | null, limit = 5): Promise<TrainingSession[]> {
      const rows = await d.db.query<SessionRow>(
        `SELECT ${SESSION_COLUMNS} FROM training_sessions WHERE cancelled_at IS NULL AND starts_at > $1 AND seats_taken < capacity ORDER BY starts_at`,
        [now()],
      );
      return rows
        .map(toSession)
        .filter((s) => s.audience.length === 0 || (profile !== null && s.audience.includes(profile)))
        .slice(0, limit);
    },

    get: (id: string) => sessionIn(d.db, id),

    async create(input: TrainingSessionInput): Promise<TrainingSession> {
      const { startsAt, reminderAt } = sessionInstants(input.day, input.time);
      const id = ids('ses', 9);
      await d.db.execute(
        `INSERT INTO training_sessions (id, kind, title, description, audience_json, starts_at, duration_minutes, capacity, link, reminder_at, created_at)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11)`,
        [id, input.kind, input.title, input.description, JSON.stringify(input.audience), startsAt, input.durationMinutes, input.capacity, input.link, reminderAt, now()],
      );
      return (await sessionIn(d.db, id))!;
    },

    async update(id: string, input: TrainingSessionInput): Promise<TrainingSession> {
      const { startsAt, reminderAt } = sessionInstants(input.day, input.time);
      const changed = await d.db.execute(
        `UPDATE training_sessions SET kind = $2, title = $3, description = $4, audience_json = $5, starts_at = $6, duration_minutes = $7, capacity = $8, link = $9, reminder_at = $10
         WHERE id = $1 AND seats_taken <= $8`,
        [id, input.kind, input.title, input.description, JSON.stringify(input.audience), startsAt, input.durationMinutes, input.capacity, input.link, reminderAt],
      );
      const session = await sessionIn(d.db, id);
      if (!session) throw new AppError('NOT_FOUND', 'Session introuvable.');
      if (changed === 0) {
        throw new AppError('INVALID_INPUT', 'Places : moins que les inscrits.', { capacity: `${session.seatsTaken} places sont déjà prises : la capacité ne peut pas descendre en dessous.` });
      }
      return session;
    },

    /** Cancels a session and tells everyone registered (in the same transaction). */
    async cancelSession(id: string): Promise<TrainingSession> {
      return d.db.transaction(async (tx) => {
        const changed = await tx.execute('UPDATE training_sessions SET cancelled_at = $2 WHERE id = $1 AND cancelled_at IS NULL', [id, now()]);
        const session = await sessionIn(tx, id);
        if (!session) throw new AppError('NOT_FOUND', 'Session introuvable.');
        if (changed === 0) return session;
        const people = await tx.query<RegistrationRow>(`SELECT ${REGISTRATION_COLUMNS} FROM training_registrations WHERE session_id = $1 AND status <> 'cancelled'`, [id]);
        for (const p of people) await enqueue(tx, sessionCancelledMail(session, p), 'training.session-cancelled', p.id);
        return session;
      }).finally(() => d.mail.nudge());
    },

    async registrations(sessionId: string): Promise<TrainingRegistration[]> {
      if (!(await sessionIn(d.db, sessionId))) throw new AppError('NOT_FOUND', 'Session introuvable.');
      const rows = await d.db.query<RegistrationRow>(`SELECT ${REGISTRATION_COLUMNS} FROM training_registrations WHERE session_id = $1 ORDER BY seq`, [sessionId]);
      return rows.map(toRegistration);
    },

    /**
     * Takes a seat: a conditional UPDATE holds it only while one is left (two requests for the
     * last seat: one wins), then the registration and its e-mail, all or nothing. A verified
     * identity is confirmed at once; an e-mail alone must be confirmed by the link sent to it.
     */
    async register(r: { sessionId: string; name: string; email: string; portalUserId: string | null; verified: boolean }): Promise<RegisterOutcome> {
      const email = r.email.trim().toLowerCase();
      const token = crypto.randomBytes(24).toString('base64url');
      const id = ids('ins', 9);
      const status = r.verified ? 'confirmed' : 'pending';
      try {
        return await d.db.transaction(async (tx): Promise<RegisterOutcome> => {
          const t = now();
          const taken = await tx.execute('UPDATE training_sessions SET seats_taken = seats_taken + 1 WHERE id = $1 AND cancelled_at IS NULL AND starts_at > $2 AND seats_taken < capacity', [r.sessionId, t]);
          const session = await sessionIn(tx, r.sessionId);
          if (taken === 0) return { status: session && !session.cancelledAt && Date.parse(session.startsAt) > t ? 'full' : 'closed', session };
          await tx.execute(
            `INSERT INTO training_registrations (id, session_id, name, email, portal_user_id, verified, status, token_hash, created_at, confirmed_at)
             VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10)`,
            [id, r.sessionId, r.name, email, r.portalUserId, r.verified ? 1 : 0, status, hash(token), t, r.verified ? t : null],
          );
          const to = { name: r.name, email };
          const message = r.verified ? confirmedMail(session!, to, link(token, 'annuler'), context()) : confirmAddressMail(session!, to, link(token, 'confirmer'));
          await enqueue(tx, message, r.verified ? 'training.confirmed' : 'training.confirm-address', id);
          const [row] = await tx.query<RegistrationRow>(`SELECT ${REGISTRATION_COLUMNS} FROM training_registrations WHERE id = $1`, [id]);
          return { status, session: session!, registration: toRegistration(row!) };
        });
      } catch (err) {
        // Already registered (the unique index on the session and the address): nothing was taken.
        if (err instanceof DbError && err.code === 'DB_UNIQUE') return { status: 'already', session: await sessionIn(d.db, r.sessionId) };
        throw err;
      } finally {
        d.mail.nudge();
      }
    },

    /** The e-mailed link: confirms a pending registration (and sends the invitation), or cancels one. */
    async byToken(token: string, action: 'confirmer' | 'annuler'): Promise<{ outcome: 'confirmed' | 'cancelled' | 'unchanged'; session: TrainingSession; registration: TrainingRegistration }> {
      const result = await d.db.transaction(async (tx) => {
        const [row] = await tx.query<RegistrationRow>(`SELECT ${REGISTRATION_COLUMNS} FROM training_registrations WHERE token_hash = $1`, [hash(token)]);
        if (!row) throw new AppError('NOT_FOUND', 'Ce lien n’est pas valable : il a peut-être été mal copié.');
        const session = (await sessionIn(tx, row.session_id))!;
        if (action === 'confirmer' && row.status === 'pending') {
          await tx.execute("UPDATE training_registrations SET status = 'confirmed', confirmed_at = $2 WHERE id = $1 AND status = 'pending'", [row.id, now()]);
          await enqueue(tx, confirmedMail(session, row, link(token, 'annuler'), context()), 'training.confirmed', row.id);
          return { outcome: 'confirmed' as const, session, registration: { ...toRegistration(row), status: 'confirmed' as const } };
        }
        if (action === 'annuler' && row.status !== 'cancelled') {
          await cancelRow(tx, row.id, row.session_id);
          return { outcome: 'cancelled' as const, session: (await sessionIn(tx, row.session_id))!, registration: { ...toRegistration(row), status: 'cancelled' as const } };
        }
        return { outcome: 'unchanged' as const, session, registration: toRegistration(row) };
      });
      d.mail.nudge();
      return result;
    },

    /** A verified user's upcoming registrations (the conversation's «mes inscriptions»). */
    async registrationsOf(portalUserId: string): Promise<{ session: TrainingSession; registration: TrainingRegistration }[]> {
      const rows = await d.db.query<RegistrationRow>(
        `SELECT ${JOINED_REGISTRATION_COLUMNS} FROM training_registrations r JOIN training_sessions s ON s.id = r.session_id
         WHERE r.portal_user_id = $1 AND r.verified = 1 AND r.status <> 'cancelled' AND s.starts_at > $2 AND s.cancelled_at IS NULL ORDER BY s.starts_at`,
        [portalUserId, now()],
      );
      const out = [];
      for (const r of rows) out.push({ session: (await sessionIn(d.db, r.session_id))!, registration: toRegistration(r) });
      return out;
    },

    /** A verified user cancels their registration from the conversation. */
    async cancelFor(portalUserId: string, registrationId: string): Promise<boolean> {
      return d.db.transaction(async (tx) => {
        const [row] = await tx.query<RegistrationRow>(
          `SELECT ${REGISTRATION_COLUMNS} FROM training_registrations WHERE id = $1 AND portal_user_id = $2 AND verified = 1 AND status <> 'cancelled'`,
          [registrationId, portalUserId],
        );
        if (!row) return false;
        return cancelRow(tx, row.id, row.session_id);
      });
    },

    /** Registrations by e-mail never confirmed: cancelled after PENDING_HOURS, their seat given back. Returns how many. */
    async expirePending(): Promise<number> {
      const stale = await d.db.query<{ id: string; session_id: string }>(
        "SELECT id, session_id FROM training_registrations WHERE status = 'pending' AND created_at < $1",
        [now() - PENDING_HOURS * 3_600_000],
      );
      let expired = 0;
      for (const r of stale) {
        const done = await d.db.transaction((tx) => cancelRow(tx, r.id, r.session_id, 'pending'));
        if (done) expired++;
      }
      return expired;
    },

    /**
     * The reminders due now (the day before, 9h Paris): each registration is claimed by a
     * conditional UPDATE in the transaction that queues its e-mail, so processes running this at
     * the same time send it once. Returns how many were queued.
     */
    async sendDueReminders(): Promise<number> {
      const t = now();
      const due = await d.db.query<RegistrationRow & { starts_at: number }>(
        `SELECT ${JOINED_REGISTRATION_COLUMNS} FROM training_registrations r JOIN training_sessions s ON s.id = r.session_id
         WHERE s.reminder_at <= $1 AND s.starts_at > $1 AND s.cancelled_at IS NULL AND r.status = 'confirmed' AND r.reminded_at IS NULL`,
        [t],
      );
      let sent = 0;
      for (const r of due) {
        const queued = await d.db.transaction(async (tx) => {
          if ((await tx.execute('UPDATE training_registrations SET reminded_at = $2 WHERE id = $1 AND reminded_at IS NULL', [r.id, t])) === 0) return false;
          await enqueue(tx, reminderMail((await sessionIn(tx, r.session_id))!, r), 'training.reminder', r.id);
          return true;
        });
        if (queued) sent++;
      }
      if (sent) {
        d.logger.info({ reminders: sent }, 'training: reminders queued');
        d.mail.nudge();
      }
      return sent;
    },
  };

  /**
   * Cancels a registration still held (or still in `only` status) and gives its seat back — once:
   * two processes cancelling the same registration at the same time free one seat. False when
   * there was nothing to cancel.
   */
  async function cancelRow(tx: Queryable, registrationId: string, sessionId: string, only?: 'pending'): Promise<boolean> {
    const held = only ? 'status = $3' : "status <> 'cancelled'";
    const params = only ? [registrationId, now(), only] : [registrationId, now()];
    if ((await tx.execute(`UPDATE training_registrations SET status = 'cancelled', cancelled_at = $2 WHERE id = $1 AND ${held}`, params)) === 0) return false;
    await tx.execute('UPDATE training_sessions SET seats_taken = seats_taken - 1 WHERE id = $1 AND seats_taken > 0', [sessionId]);
    return true;
  }
}

export type TrainingService = ReturnType<typeof createTrainingService>;
