import { pageContextOf } from '../../protocol/page-context';
import type { AgentStatus, ChatState, EndReason } from '../../protocol/agent-events';
import type { Requester, TranscriptLine } from '../ports';
import type { AgentPresence, Appointment, LiveChat } from '../types';

/** Rows as both databases return them (BIGINT may come back as string from pg without parsers). */
export interface ChatRow {
  id: string;
  conversation_id: string;
  state: ChatState;
  reason: string;
  comment: string | null;
  requester_json: string | null;
  page_json?: string | null;
  transcript_json: string;
  start_seq: number | string;
  priority: number;
  queued_at: number | string;
  agent_id: number | string | null;
  assigned_at: number | string | null;
  closed_at: number | string | null;
  end_reason: EndReason | null;
  ticket_number: string | null;
}

export interface AgentRow {
  agent_id: number | string;
  name: string;
  role: 'agent' | 'supervisor';
  team: string;
  status: AgentStatus;
  capacity: number;
  connected: number;
  last_seen_at: number | string | null;
  load: number | string;
}

export interface AppointmentRow {
  id: string;
  chat_id: string;
  agent_id: number | string;
  status: Appointment['status'];
  slots_json: string;
  duration_minutes: number;
  chosen_slot: number | string | null;
  phone: string | null;
  email: string | null;
  proposed_at: number | string;
  booked_at: number | string | null;
}

/** Re-queued chats first, then first come, first served (`seq` breaks same-millisecond ties). */
export const QUEUE_ORDER = 'ORDER BY priority DESC, queued_at, seq';

const date = (v: number | string | null): Date | null => (v === null ? null : new Date(Number(v)));
const num = (v: number | string | null): number | null => (v === null ? null : Number(v));

export const toChat = (r: ChatRow): LiveChat => ({
  id: r.id,
  conversationId: r.conversation_id,
  state: r.state,
  reason: r.reason,
  comment: r.comment,
  requester: r.requester_json ? (JSON.parse(r.requester_json) as Requester) : null,
  transcript: JSON.parse(r.transcript_json) as TranscriptLine[],
  startSeq: Number(r.start_seq),
  priority: Number(r.priority),
  queuedAt: new Date(Number(r.queued_at)),
  agentId: num(r.agent_id),
  assignedAt: date(r.assigned_at),
  closedAt: date(r.closed_at),
  endReason: r.end_reason,
  ticketNumber: r.ticket_number,
  page: r.page_json ? pageContextOf(JSON.parse(r.page_json)) : null,
});

export const toAgent = (r: AgentRow): AgentPresence => ({
  agentId: Number(r.agent_id),
  name: r.name,
  role: r.role,
  team: r.team,
  status: r.status,
  capacity: Number(r.capacity),
  load: Number(r.load),
  connected: Number(r.connected) > 0,
  lastSeenAt: date(r.last_seen_at),
});

export const toAppointment = (r: AppointmentRow): Appointment => ({
  id: r.id,
  chatId: r.chat_id,
  agentId: Number(r.agent_id),
  status: r.status,
  slots: (JSON.parse(r.slots_json) as number[]).map((ms) => new Date(ms)),
  durationMinutes: Number(r.duration_minutes),
  chosenSlot: date(r.chosen_slot),
  phone: r.phone,
  email: r.email,
  proposedAt: new Date(Number(r.proposed_at)),
  bookedAt: date(r.booked_at),
});
