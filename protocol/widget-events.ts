import type { Branding } from './branding';
/**
 * The widget protocol on the socket.io namespace `/chat`, shared with the browser widget: plain
 * JSON types only (no botbuilder, no Node), so the widget bundle can import this file as is.
 */

import type { ErrorCode, FailedAck } from './errors';

/**
 * A verified portal identity, structurally the same as ticketing's `Requester` (declared here so
 * the browser build does not pull server files through a type import).
 */
export interface ChatRequester {
  email: string;
  name: string;
  portalUserId: string | null;
  organisation: string | null;
  verified: boolean;
}

/** A Bot Framework channel account as it travels over the wire. */
export interface ChatAccount {
  id: string;
  name?: string;
  role?: 'user' | 'bot';
}

/** Bot Framework Activity JSON (what the server emits; extra Activity fields may be present). */
export interface ChatActivity {
  type: string;
  id?: string;
  timestamp?: string;
  channelId?: string;
  conversation?: { id: string };
  from?: ChatAccount;
  recipient?: ChatAccount;
  text?: string;
  value?: unknown;
  name?: string;
  replyToId?: string;
  locale?: string;
  channelData?: Record<string, unknown>;
  [field: string]: unknown;
}

/**
 * What the widget may send; every other field is chosen by the server. A message may carry
 * `channelData.clientActivityId` (8–64 characters of `A-Za-z0-9_-`, e.g. a random UUID): a resend
 * of an id the conversation already has is acknowledged with the original activity id, and the
 * bot does not see it twice (messages typed offline are resent after a reconnect).
 */
export type ClientActivity =
  | { type: 'message'; text?: string; value?: unknown; channelData?: Record<string, unknown> & { clientActivityId?: string }; replyToId?: string }
  /** `replyToId` is required for `message/submitAction` (the rated message), optional otherwise. */
  | { type: 'invoke'; name: string; value: unknown; replyToId?: string }
  /** The user is typing (relayed to the live agent, if any). */
  | { type: 'typing' };

/** Feedback in the Teams feedback-loop shape (`invoke` named `message/submitAction`). */
export interface FeedbackInvokeValue {
  actionName: 'feedback';
  actionValue: { reaction: 'like' | 'dislike'; feedback?: string };
}

/**
 * Answer (invoke response body) to the `invoke` named `relais/supportStatus`: whether advisers
 * are on duty now and, when not, when they are next (`nextOpeningText` is French, e.g.
 * « lundi à 8h30 »). `recheckInSeconds`: when the widget should ask again.
 */
export interface SupportStatus {
  open: boolean;
  nextOpening: string | null;
  nextOpeningText: string | null;
  hours: string;
  recheckInSeconds: number;
}

export const SUPPORT_STATUS_INVOKE = 'relais/supportStatus';

export type TicketCategoryValue = 'technique' | 'metier';

/**
 * `channelData.relais.ticketForm` of the bot message that opens a ticket: a channel with a UI
 * shows a real form (the text still asks the conversational questions, for channels without one).
 */
export interface TicketFormDescriptor {
  id: string;
  /** The sentence to show above the form instead of the step-by-step question. */
  intro: string;
  /** False for a verified portal user: the requester comes from the identity. */
  needsEmail: boolean;
  /** Logged in: the identity's e-mail and name (shown, not editable). */
  email: string | null;
  name: string | null;
  /** Pre-filled from the thumbs-down comment or the last question. */
  description: string;
  categories: { value: TicketCategoryValue; label: string }[];
  maxSubject: number;
  maxDescription: number;
}

/** `value` of a widget message that submits the ticket form. */
export interface TicketFormValue {
  relaisTicketForm: { email?: string; category: string; subject: string; description: string };
}

export type TicketFormField = 'email' | 'category' | 'subject' | 'description';

/** `channelData.relais.ticketFormErrors` of the bot's answer to an invalid form (French messages). */
export interface TicketFormErrors {
  formId: string | null;
  errors: Partial<Record<TicketFormField, string>>;
}

/** `channelData.relais.ticketDone` of the bot message that ends a ticket form: created (number) or cancelled (null). */
export interface TicketDone {
  number: string | null;
  followUpUrl?: string | null;
}

/** The codes `/chat` refuses an activity with (an unexpected failure is INTERNAL). */
export type ChatErrorCode = Extract<ErrorCode, 'INVALID_INPUT' | 'TOO_LARGE' | 'RATE_LIMITED' | 'CONFLICT' | 'UNKNOWN_EVENT' | 'INTERNAL'>;

export type Ack<T> = { ok: true; data: T } | FailedAck;

export interface InvokeResult {
  status: number;
  body?: unknown;
}

export interface ActivityAckData {
  /** Server-assigned id of the user's activity (the `replyToId` of the bot's answers). */
  id: string;
  /** Only for `invoke` activities: the bot's invoke response. */
  invokeResponse?: InvokeResult;
}

/** `auth` of the socket.io handshake. */
export interface ChatHandshakeAuth {
  /** Portal identity token (HS256 JWT) of a logged-in user. */
  identityToken?: string;
  /** Secret returned by the `session` event; keep it to resume the conversation. */
  visitorToken?: string;
}

/** `data.code` of a refused connection (`connect_error`); the message is French. */
export type ChatConnectErrorCode = Extract<ErrorCode, 'INVALID_INPUT' | 'IDENTITY_INVALID' | 'IDENTITY_MISMATCH' | 'UNAVAILABLE' | 'RATE_LIMITED'>;

export interface ChatSession {
  conversationId: string;
  visitorToken: string;
  /** The assistant's and the portal's names (settings), for the widget's header and messages. */
  branding: Branding;
}

export interface ServerToClientEvents {
  session(session: ChatSession): void;
  /** On resume only: the last user and bot messages, oldest first. */
  history(history: { activities: ChatActivity[] }): void;
  activity(activity: ChatActivity): void;
  activityUpdate(activity: ChatActivity): void;
  activityDelete(deleted: { conversationId: string; activityId: string }): void;
}

export interface ClientToServerEvents {
  activity(activity: ClientActivity, ack: (response: Ack<ActivityAckData>) => void): void;
}

export interface InterServerEvents {}

/** Server-side state of one connection, set by the handshake. */
export interface SocketData {
  conversationId: string;
  userId: string;
  requester: ChatRequester | null;
  visitorToken: string;
  /** True when the handshake created the conversation (the bot greets the user). */
  isNew: boolean;
  /** The client's address (the proxies' rule): server-side only, for the limits on new tickets. */
  clientIp: string;
}
