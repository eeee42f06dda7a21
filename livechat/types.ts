import type { PageContext } from '../protocol/page-context';
import type { AgentStatus, ChatState, EndReason } from '../protocol/agent-events';
import type { Requester, TranscriptLine } from './ports';

export type { AgentStatus, ChatState, EndReason };

/** One hand-off episode of a widget conversation. */
export interface LiveChat {
  id: string;
  conversationId: string;
  state: ChatState;
  reason: string;
  comment: string | null;
  requester: Requester | null;
  /** The bot part, as the bot recorded it at the hand-off. */
  transcript: TranscriptLine[];
  /** History position at the hand-off: the live part is what comes after it. */
  startSeq: number;
  /** 1 when re-queued after its agent left: served before the others. */
  priority: number;
  queuedAt: Date;
  agentId: number | null;
  assignedAt: Date | null;
  closedAt: Date | null;
  endReason: EndReason | null;
  ticketNumber: string | null;
  /** The portal page the user wrote from before the hand-off. */
  page: PageContext | null;
}

export interface NewLiveChat {
  conversationId: string;
  reason: string;
  comment: string | null;
  requester: Requester | null;
  transcript: TranscriptLine[];
  startSeq: number;
  page?: PageContext | null;
}

export interface AgentPresence {
  agentId: number;
  name: string;
  role: 'agent' | 'supervisor';
  team: string;
  status: AgentStatus;
  capacity: number;
  load: number;
  connected: boolean;
  lastSeenAt: Date | null;
}

export interface Appointment {
  id: string;
  chatId: string;
  agentId: number;
  status: 'proposed' | 'booked' | 'cancelled';
  slots: Date[];
  durationMinutes: number;
  chosenSlot: Date | null;
  phone: string | null;
  email: string | null;
  proposedAt: Date;
  bookedAt: Date | null;
}

export type TakeResult = { ok: true; chat: LiveChat } | { ok: false; why: 'gone' | 'full' | 'unknown-agent' };
