/**
 * What the live chat needs from the rest of Relais, as narrow ports. The widget channel, the bot,
 * ticketing and the mail outbox implement them; the composition root (app/create-app.ts) wires them.
 */
import type { Queryable } from '../platform/db';
import type { MailMessage, OutboxMeta } from '../platform/mail';
import type { NewTicket, Requester, TranscriptLine } from '../ticketing';
import type { HandoffStatusValue } from './handoff-types';
import type { LiveRelay } from '../channels';
import type { EndReason } from '../protocol/agent-events';

export type { Requester, TranscriptLine };

/**
 * The user's side is the widget channel's own surface (activities, stored history, `UserChannel`),
 * used as is rather than described a second time here.
 */
export type { ChatActivity as UserActivity, StoredActivity as StoredUserActivity, UserChannel } from '../channels';

/** The bot's `handoff.status` value, as the live chat always fills it when a chat ends. */
export type HandBackValue = HandoffStatusValue & {
  state: 'completed' | 'failed';
  reason: EndReason;
  /** The live part, so the bot's transcript (and a later ticket) is complete. */
  transcript: TranscriptLine[];
};

/** Runs an event through the bot inside the turn in progress (the relay is called in turn order). */
export type RunBotEvent = Parameters<LiveRelay['onUserActivity']>[2];

export interface TicketPort {
  create(input: NewTicket): Promise<{ ticket: { number: string }; followUpUrl: string | null }>;
  /** The latest tickets of a requester (exact e-mail), newest first: the adviser's context. */
  ofRequester?(email: string, limit: number): Promise<Array<{ number: string; subject: string; status: string; createdAt: Date | string }>>;
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
