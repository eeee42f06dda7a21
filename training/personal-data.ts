import type { Db } from '../platform/db';
import type { PersonalSubject } from '../protocol/personal-data';

const where = 'email = $1 OR portal_user_id = $2';

/** The person's registrations to accompaniment sessions, with the session they were for. */
export async function exportRegistrations(db: Db, s: PersonalSubject): Promise<unknown[]> {
  const rows = await db.query<{ name: string; email: string; status: string; created_at: number; title: string; starts_at: number }>(
    `SELECT r.name, r.email, r.status, r.created_at, s.title, s.starts_at FROM training_registrations r JOIN training_sessions s ON s.id = r.session_id WHERE r.email = $1 OR r.portal_user_id = $2 ORDER BY r.seq`,
    [s.email, s.portalUserId],
  );
  return rows.map((r) => ({ session: r.title, sessionAt: new Date(Number(r.starts_at)).toISOString(), name: r.name, email: r.email, status: r.status, registeredAt: new Date(Number(r.created_at)).toISOString() }));
}

/** Erases them; a seat still held is given back to the session. */
export async function eraseRegistrations(db: Db, s: PersonalSubject): Promise<number> {
  return db.transaction(async (tx) => {
    const held = await tx.query<{ session_id: string }>(`SELECT session_id FROM training_registrations WHERE (${where}) AND status <> 'cancelled'`, [s.email, s.portalUserId]);
    for (const h of held) await tx.execute('UPDATE training_sessions SET seats_taken = seats_taken - 1 WHERE id = $1 AND seats_taken > 0', [h.session_id]);
    return tx.execute(`DELETE FROM training_registrations WHERE ${where}`, [s.email, s.portalUserId]);
  });
}

/** Registrations of sessions that ended before `before` (the feedback's retention). */
export async function purgeRegistrations(db: Db, before: number): Promise<number> {
  return db.execute('DELETE FROM training_registrations WHERE session_id IN (SELECT id FROM training_sessions WHERE starts_at < $1)', [before]);
}
