import crypto from 'node:crypto';
import type { Db, Queryable } from '../../platform/db';
import type { Appointment } from '../types';
import { toAppointment, type AppointmentRow } from './rows';

export interface AppointmentStore {
  /** A new proposal; the chat's earlier unanswered proposals are cancelled. */
  propose(input: { chatId: string; agentId: number; slots: Date[]; durationMinutes: number; now: Date }): Promise<Appointment>;
  get(id: string): Promise<Appointment | null>;
  ofChat(chatId: string): Promise<Appointment[]>;
  /** Books a proposed appointment; null when it is no longer proposed (booked twice, cancelled). */
  book(id: string, choice: { slot: Date; phone: string; email: string; now: Date }, q?: Queryable): Promise<Appointment | null>;
}

export function createAppointmentStore(db: Db): AppointmentStore {
  const one = async (q: Queryable, sql: string, params: unknown[]) => {
    const rows = await q.query<AppointmentRow>(sql, params);
    return rows[0] ? toAppointment(rows[0]) : null;
  };
  return {
    propose: ({ chatId, agentId, slots, durationMinutes, now }) =>
      db.transaction(async (tx) => {
        await tx.execute("UPDATE livechat_appointments SET status = 'cancelled' WHERE chat_id = $1 AND status = 'proposed'", [chatId]);
        const created = await one(
          tx,
          `INSERT INTO livechat_appointments (id, chat_id, agent_id, status, slots_json, duration_minutes, proposed_at)
           VALUES ($1, $2, $3, 'proposed', $4, $5, $6) RETURNING *`,
          [
            `rdv_${crypto.randomBytes(12).toString('base64url')}`,
            chatId,
            agentId,
            JSON.stringify(slots.map((s) => s.getTime())),
            durationMinutes,
            now.getTime(),
          ],
        );
        return created!;
      }),
    get: (id) => one(db, 'SELECT * FROM livechat_appointments WHERE id = $1', [id]),
    async ofChat(chatId) {
      const rows = await db.query<AppointmentRow>('SELECT * FROM livechat_appointments WHERE chat_id = $1 ORDER BY proposed_at, id', [chatId]);
      return rows.map(toAppointment);
    },
    book: (id, choice, q = db) =>
      one(
        q,
        `UPDATE livechat_appointments SET status = 'booked', chosen_slot = $2, phone = $3, email = $4, booked_at = $5
         WHERE id = $1 AND status = 'proposed' RETURNING *`,
        [id, choice.slot.getTime(), choice.phone, choice.email, choice.now.getTime()],
      ),
  };
}
