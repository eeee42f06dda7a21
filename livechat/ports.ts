/**
 * What the live chat needs from the rest of Relais, as narrow ports. The widget channel, the bot,
 * ticketing and the mail outbox implement them; the composition root (server/app.ts) wires them.
 */
import type { Queryable } from '../server/db';
import type { MailMessage, OutboxMeta } from '../server/mail';
import type { NewTicket, Requester, TranscriptLine } from '../ticketing';
import type { EndReason } from './events';

export type { Requester, TranscriptLine };

/** An activity as the widget channel stores and emits it (Bot Framework Activity JSON). */
export interface UserActivity {
  type: string;
  id?: string;
  timestamp?: string;
  text?: string;
  value?: unknown;
  name?: string;
  from?: { id: string; name?: string; role?: string };
  channelData?: Record<string, unknown>;
  [field: string]: unknown;
}

export interface StoredUserActivity {
  seq: number;
  audience: 'all' | 'agents';
  activity: UserActivity;
}

/** The user's side of a conversation (the widget channel implements it). */
export interface UserChannel {
  /** Stores the activity in the conversation's history, then emits it to the user's tabs
   * (`agents`: stored in order, never emitted nor replayed to the user). */
  post(conversationId: string, activity: UserActivity, audience?: 'all' | 'agents'): Promise<UserActivity & { id: string }>;
  /** Emits without storing (typing, queue status). */
  signal(conversationId: string, activity: UserActivity): void;
  lastSeq(conversationId: string): Promise<number>;
  since(conversationId: string, afterSeq: number, limit: number): Promise<StoredUserActivity[]>;
  /** Whether a tab of the conversation is connected, on any process. */
  isOnline(conversationId: string): Promise<boolean>;
  /** Gives the conversation back to the bot (a `handoff.status` event, in the conversation's turn order). */
  handBack(conversationId: string, value: HandBackValue): Promise<void>;
}

/** `value` of the `handoff.status` event the bot receives when the live chat ends. */
export interface HandBackValue {
  state: 'completed' | 'failed';
  reason: EndReason;
  /** The live part, so the bot's transcript (and a later ticket) is complete. */
  transcript: TranscriptLine[];
  ticketNumber?: string | null;
}

/** Runs an event through the bot inside the turn in progress (the relay is called in turn order). */
export type RunBotEvent = (event: { name: string; value: unknown }) => Promise<void>;

export interface TicketPort {
  create(input: NewTicket): Promise<{ ticket: { number: string }; followUpUrl: string | null }>;
}

export interface MailPort {
  enqueue(tx: Queryable, message: MailMessage, meta?: OutboxMeta): Promise<number>;
  nudge(): void;
}

export interface AgentDirectory {
  findById(id: number): Promise<{ id: number; name: string; email: string; role: 'agent' | 'supervisor' } | null>;
}

export interface HoursPort {
  isOpen(now: Date): boolean;
}

/** Canned responses, rendered for a chat (the canned-responses module implements it). */
export interface CannedPort {
  /** The response's text with the chat's placeholders filled; null when unknown or of another team. */
  text(cannedId: string, agent: { id: number; name: string }, requester: Requester | null): Promise<string | null>;
}
