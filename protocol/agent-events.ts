import type { PortalProfile } from './profile';
import type { ChatFileRef } from './chat-file';
import type { PageContext } from './page-context';
import type { ArticleRef } from './ticket';
/**
 * The agent protocol on the socket.io namespace `/agent`, shared with the agent console: plain
 * JSON types only (no Node, no botbuilder), so browser code can import this file as is.
 * Every client event carries an ack `{ ok: true, data } | { ok: false, error: { code, message } }`.
 */

import type { ErrorCode, FailedAck } from './errors';

export type AgentStatus = 'available' | 'busy' | 'away' | 'offline';
export type ChatState = 'queued' | 'agent' | 'closed';
/** Why a chat left an agent or the queue. */
export type EndReason =
  | 'closed' // the agent closed it
  | 'handed-back' // the agent gave the user back to the bot
  | 'user-left' // the user left the queue or the chat (for a ticket)
  | 'user-ended' // the user ended the chat with the adviser («Terminer la conversation»)
  | 'support-closed' // opening hours ended while the user waited
  | 'no-agent' // no agent on duty any more while the user waited
  | 'transferred' // given to another agent (sent to the previous agent only)
  | 'requeued'; // its agent was gone longer than the grace period

/** The codes the agent events refuse an action with (an unexpected failure is INTERNAL). */
export type AgentErrorCode = Extract<
  ErrorCode,
  'INVALID_INPUT' | 'TOO_LARGE' | 'NOT_FOUND' | 'NOT_YOUR_CHAT' | 'ALREADY_TAKEN' | 'CAPACITY_FULL' | 'FORBIDDEN' | 'CONFLICT' | 'RATE_LIMITED' | 'UNKNOWN_EVENT' | 'INTERNAL'
>;

/** `data.code` of a refused `/agent` connection (`connect_error`); the message is French. */
export type AgentConnectErrorCode = Extract<ErrorCode, 'AUTH_REQUIRED' | 'FORBIDDEN' | 'INTERNAL'>;

export type AgentAck<T> = { ok: true; data: T } | FailedAck;

/** One line of the bot part of a conversation (before the hand-off). */
export interface TranscriptLineView {
  from: 'user' | 'bot' | 'agent' | 'system';
  text: string;
  at: string;
  /** A bot answer: the article it gave (its text is the whole answer). */
  article?: ArticleRef;
}

export interface RequesterView {
  name: string;
  email: string;
  organisation: string | null;
  /** True when the identity comes from a verified portal token. */
  verified: boolean;
  /** Who the user is for the portal, when the verified token says it. */
  profile?: PortalProfile | null;
  /** A verified portal account: the adviser may read the user's recent invoices. */
  portalAccount?: boolean;
}

export interface QueueItem {
  chatId: string;
  position: number;
  requesterName: string | null;
  /** `dislike`, `user-request`, `fallback`… */
  reason: string;
  /** The thumbs-down comment, when the hand-off follows one. */
  comment: string | null;
  queuedAt: string;
  waitingSeconds: number;
  /** True when the chat came back to the queue after its agent left (it is served first). */
  returned: boolean;
  /** The last lines of the bot transcript. */
  preview: TranscriptLineView[];
  /** The user's first message to the bot (what they came for), when the transcript has one. */
  question?: string | null;
}

export interface QueueSnapshot {
  items: QueueItem[];
  at: string;
}

/** A message of the live part (after the hand-off); `note` is internal, never shown to the user. */
export interface LiveMessage {
  id: string;
  chatId: string;
  kind: 'user' | 'bot' | 'agent' | 'system' | 'note';
  authorName: string | null;
  text: string;
  at: string;
  /** Set on the appointment proposal and confirmation messages. */
  appointmentId?: string;
  /** A bot answer: the article it gave. */
  article?: ArticleRef;
  /** A file shared in the chat (by the user or the adviser). */
  file?: ChatFileRef;
}

export interface AppointmentView {
  id: string;
  chatId: string;
  status: 'proposed' | 'booked' | 'cancelled';
  /** ISO instants, 1 to 3. */
  slots: string[];
  durationMinutes: number;
  chosenSlot: string | null;
  phone: string | null;
  email: string | null;
  proposedAt: string;
  bookedAt: string | null;
}

export interface ChatDetails {
  chatId: string;
  state: ChatState;
  reason: string;
  comment: string | null;
  requester: RequesterView | null;
  queuedAt: string;
  assignedAt: string | null;
  closedAt: string | null;
  endReason: EndReason | null;
  agentId: number | null;
  agentName: string | null;
  ticketNumber: string | null;
  /** The bot part, as the bot recorded it up to the hand-off. */
  transcript: TranscriptLineView[];
  /** The live part, oldest first (internal notes included). */
  messages: LiveMessage[];
  userOnline: boolean;
  appointments: AppointmentView[];
  /** The portal page the user wrote from before the hand-off (origin and path). */
  page: PageContext | null;
  /** The user's earlier chats and tickets (by verified identity's or given e-mail, and this conversation). */
  previous: { chats: PreviousChat[]; tickets: PreviousTicket[] };
}

export interface PreviousChat {
  chatId: string;
  queuedAt: string;
  closedAt: string | null;
  endReason: EndReason | null;
  agentName: string | null;
}

export interface PreviousTicket {
  number: string;
  subject: string;
  status: string;
  createdAt: string;
}

export interface AgentView {
  id: number;
  name: string;
  role: 'agent' | 'supervisor';
  team: string;
  status: AgentStatus;
  capacity: number;
  /** Chats the agent has now. */
  load: number;
  /** Connected (or within the reconnection grace period). */
  online: boolean;
}

export interface SupervisorSnapshot {
  queueLength: number;
  oldestWaitSeconds: number;
  averageWaitSeconds: number;
  waits: { chatId: string; waitingSeconds: number; returned: boolean }[];
  agents: AgentView[];
  at: string;
}

export interface ClosedChatSummary {
  chatId: string;
  requesterName: string | null;
  agentName: string | null;
  reason: string;
  endReason: EndReason | null;
  queuedAt: string;
  closedAt: string | null;
  ticketNumber: string | null;
}

/** A chat found by the console's search (open or closed). */
export interface ChatSearchHit extends ClosedChatSummary {
  state: ChatState;
  requesterEmail: string | null;
}

/** Who else has a chat in front of them in the console (the viewer's own tabs left out by the console). */
export interface ChatViewers {
  chatId: string;
  agents: { id: number; name: string }[];
}

type Ack<T> = (response: AgentAck<T>) => void;

export interface AgentClientToServerEvents {
  /** The queue now (also pushed as `queue:update` whenever it changes). */
  'queue:get'(payload: Record<string, never>, ack: Ack<QueueSnapshot>): void;
  /** The chats this agent has now, with their messages (after a reload or reconnect). */
  'chats:mine'(payload: Record<string, never>, ack: Ack<ChatDetails[]>): void;
  /** Any chat, open or closed, read-only (transcripts stay viewable after closing). */
  'chat:open'(payload: { chatId: string }, ack: Ack<ChatDetails>): void;
  /** Closed chats, newest first. */
  'chats:closed'(payload: { limit?: number; before?: string }, ack: Ack<ClosedChatSummary[]>): void;
  /** Chats, open or closed, whose requester, bot transcript, messages, id or ticket number hold `q`, newest first. */
  'chats:search'(payload: { q: string }, ack: Ack<ChatSearchHit[]>): void;
  /** The chat this tab has in front of the agent (null: none); the chat's other viewers are told. */
  'chat:view'(payload: { chatId: string | null }, ack: Ack<ChatViewers | null>): void;
  /** Takes a queued chat; exactly one agent wins a race. */
  'chat:accept'(payload: { chatId: string }, ack: Ack<ChatDetails>): void;
  /** `text`, or a canned response rendered with the chat's placeholders. */
  'chat:message'(payload: { chatId: string; text?: string; cannedId?: string }, ack: Ack<LiveMessage>): void;
  'chat:typing'(payload: { chatId: string; typing: boolean }, ack?: Ack<null>): void;
  'chat:transfer'(payload: { chatId: string; toAgentId: number }, ack: Ack<null>): void;
  'chat:note'(payload: { chatId: string; text: string }, ack: Ack<LiveMessage>): void;
  'chat:handBack'(payload: { chatId: string }, ack: Ack<null>): void;
  /** Closes the chat; with `ticket`, a ticket carrying the transcript is created for the user. */
  'chat:close'(
    payload: { chatId: string; ticket?: { category: 'technique' | 'metier'; subject: string } },
    ack: Ack<{ ticketNumber: string | null }>,
  ): void;
  'status:set'(payload: { status: AgentStatus }, ack: Ack<AgentView>): void;
  /** 1 to 3 future slots (ISO instants), within opening hours. */
  'appointment:propose'(
    payload: { chatId: string; slots: string[]; durationMinutes?: number },
    ack: Ack<AppointmentView>,
  ): void;
  /**
   * The next free-to-propose phone slots (inside opening hours for the whole duration, on the half
   * hour, at least 30 minutes ahead), so the console offers valid choices. `count` 1–12 (6).
   */
  'appointment:slots'(
    payload: { durationMinutes?: number; count?: number },
    ack: Ack<{ slots: string[]; durationMinutes: number }>,
  ): void;
  /** Supervisors only: joins the live view and returns its first snapshot. */
  'supervisor:watch'(payload: Record<string, never>, ack: Ack<SupervisorSnapshot>): void;
  /** The agents a chat can be transferred to. */
  'agents:list'(payload: Record<string, never>, ack: Ack<AgentView[]>): void;
}

export interface AgentServerToClientEvents {
  'queue:update'(snapshot: QueueSnapshot): void;
  /** A chat is now this agent's: accepted, auto-assigned or transferred in. */
  'chat:assigned'(chat: ChatDetails): void;
  'chat:message'(message: LiveMessage): void;
  'chat:typing'(typing: { chatId: string; typing: boolean }): void;
  'chat:userPresence'(presence: { chatId: string; online: boolean }): void;
  /** The chat is no longer this agent's. */
  'chat:ended'(ended: { chatId: string; reason: EndReason; ticketNumber: string | null }): void;
  'appointment:booked'(appointment: AppointmentView): void;
  /** This agent's own presence changed (another tab, or the server). */
  status(agent: AgentView): void;
  'supervisor:update'(snapshot: SupervisorSnapshot): void;
  /** Who has this chat in front of them now (sent to its viewers when one comes or goes). */
  'chat:viewers'(viewers: ChatViewers): void;
}

/**
 * What the widget receives about the live chat, as `event` activities named `livechat.status`
 * (not stored; sent again when the widget reconnects).
 */
export type LiveStatus =
  | { state: 'bot' }
  | { state: 'queued'; position: number; estimatedWaitMinutes: number }
  | { state: 'agent'; agentName: string };

/** `value` of a widget message that leaves the queue (or the agent) for a ticket. */
export interface LeaveValue {
  relaisAction: 'leave-queue';
}

/** `value` of a widget message that picks an appointment slot. */
export interface AppointmentChoiceValue {
  relaisAppointment: { appointmentId: string; slot: string; phone: string; email?: string };
}
