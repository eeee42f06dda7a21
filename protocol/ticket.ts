import type { PortalProfile } from './profile';
export const TICKET_STATUSES = ['nouveau', 'en_cours', 'en_attente_utilisateur', 'resolu', 'clos'] as const;
export type TicketStatus = (typeof TICKET_STATUSES)[number];

export const TICKET_CATEGORIES = ['technique', 'metier'] as const;
export type TicketCategory = (typeof TICKET_CATEGORIES)[number];

export const TICKET_CHANNELS = ['formulaire', 'widget', 'agent'] as const;
export type TicketChannel = (typeof TICKET_CHANNELS)[number];

export interface Requester {
  email: string;
  name: string;
  /** Portal user id (`sub` of the identity token) when known. */
  portalUserId: string | null;
  organisation: string | null;
  /** True only when the identity came from a verified portal token. */
  verified: boolean;
  /** Who the user is for the portal (the token's `profile` claim), when it says. */
  profile?: PortalProfile | null;
}

/** One line of a bot or live-chat conversation attached to a ticket. */
export interface TranscriptLine {
  from: 'user' | 'bot' | 'agent' | 'system';
  text: string;
  at: string;
  /** A bot answer: the article it gave. */
  article?: ArticleRef;
}

/** The article a bot answer gave, as the agent's console and the tickets name it. */
export interface ArticleRef {
  id: string;
  title: string;
}

export interface Ticket {
  id: number;
  number: string;
  status: TicketStatus;
  category: TicketCategory;
  subject: string;
  description: string;
  requester: Requester;
  channel: TicketChannel;
  transcript: TranscriptLine[] | null;
  assigneeId: number | null;
  createdAt: string;
  updatedAt: string;
}

export type TicketEventType = 'created' | 'reply' | 'note' | 'status' | 'assigned' | 'attachment';

/** A file joined to a ticket (an `attachment` event's `data`); its bytes are served by the ticket's routes. */
export interface TicketAttachment {
  attachmentId: number;
  filename: string;
  /** Checked from the content, not the name: application/pdf, image/png, image/jpeg, image/gif, image/webp. */
  mime: string;
  size: number;
}

export interface TicketEvent {
  id: number;
  type: TicketEventType;
  /** `internal` events (notes, assignments) are shown to agents only. */
  visibility: 'public' | 'internal';
  author: { kind: 'requester' | 'agent' | 'system'; agentId: number | null; name: string };
  body: string | null;
  data: Record<string, unknown> | null;
  createdAt: string;
}

export interface NewTicket {
  category: TicketCategory;
  subject: string;
  description: string;
  requester: Requester;
  channel: TicketChannel;
  transcript?: TranscriptLine[] | null;
  idempotencyKey?: string | null;
  /** Agent creating the ticket on a user's behalf (channel `agent`). */
  createdByAgent?: { id: number; name: string } | null;
}

export interface TicketFilter {
  status?: TicketStatus;
  category?: TicketCategory;
  /** Words searched in number, subject, description and requester. */
  text?: string;
  assignee?: number | 'none';
  limit?: number;
  offset?: number;
}
