import type { Db } from '../platform/db';
import { jsonFieldPattern, type PersonalSubject } from '../protocol/personal-data';

interface ChatRow {
  id: string;
  conversation_id: string;
  state: string;
  comment: string | null;
  requester_json: string | null;
  transcript_json: string;
  queued_at: number;
  closed_at: number | null;
  satisfaction_score: number | null;
  satisfaction_comment: string | null;
  page_json?: string | null;
}

/** Live chats of these conversations or with this requester, and appointments of those chats or this e-mail. */
async function chatsOf(db: Db, s: PersonalSubject, conversationIds: readonly string[]): Promise<ChatRow[]> {
  const byRequester = s.email
    ? await db.query<ChatRow>("SELECT * FROM livechat_chats WHERE requester_json LIKE $1 ESCAPE '\\'", [jsonFieldPattern('email', s.email)])
    : [];
  const byConversation: ChatRow[] = [];
  for (const id of conversationIds) byConversation.push(...(await db.query<ChatRow>('SELECT * FROM livechat_chats WHERE conversation_id = $1', [id])));
  const seen = new Map<string, ChatRow>();
  for (const c of [...byRequester, ...byConversation]) seen.set(c.id, c);
  return [...seen.values()];
}

export async function exportLiveChats(db: Db, s: PersonalSubject, conversationIds: readonly string[]): Promise<unknown> {
  const chats = await chatsOf(db, s, conversationIds);
  const appointments = await appointmentsOf(db, s, chats.map((c) => c.id));
  return {
    chats: chats.map((c) => ({
      id: c.id,
      state: c.state,
      queuedAt: new Date(Number(c.queued_at)).toISOString(),
      closedAt: c.closed_at === null ? null : new Date(Number(c.closed_at)).toISOString(),
      comment: c.comment,
      identity: c.requester_json ? JSON.parse(c.requester_json) : null,
      transcript: JSON.parse(c.transcript_json),
      page: c.page_json ? JSON.parse(c.page_json) : null,
      // The user's rating at the end of the chat, and what they wrote with it.
      satisfaction: c.satisfaction_score === null || c.satisfaction_score === undefined ? null : { score: Number(c.satisfaction_score), comment: c.satisfaction_comment },
    })),
    appointments,
  };
}

async function appointmentsOf(db: Db, s: PersonalSubject, chatIds: readonly string[]) {
  const rows: { id: string; status: string; chosen_slot: number | null; phone: string | null; email: string | null }[] = [];
  for (const id of chatIds) rows.push(...(await db.query<(typeof rows)[number]>('SELECT id, status, chosen_slot, phone, email FROM livechat_appointments WHERE chat_id = $1', [id])));
  if (s.email) rows.push(...(await db.query<(typeof rows)[number]>('SELECT id, status, chosen_slot, phone, email FROM livechat_appointments WHERE email = $1', [s.email])));
  const seen = new Map(rows.map((r) => [r.id, r]));
  return [...seen.values()].map((r) => ({ id: r.id, status: r.status, slot: r.chosen_slot === null ? null : new Date(Number(r.chosen_slot)).toISOString(), phone: r.phone, email: r.email }));
}

/** Deletes the chats (open ones are closed first by nobody: an erasure ends them) and the appointments. */
export async function eraseLiveChats(db: Db, s: PersonalSubject, conversationIds: readonly string[]): Promise<number> {
  const chats = await chatsOf(db, s, conversationIds);
  let n = 0;
  for (const a of await appointmentsOf(db, s, chats.map((c) => c.id))) n += await db.execute('DELETE FROM livechat_appointments WHERE id = $1', [a.id]);
  for (const c of chats) n += await db.execute('DELETE FROM livechat_chats WHERE id = $1', [c.id]);
  return n;
}
