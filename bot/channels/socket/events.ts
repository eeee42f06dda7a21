/**
 * The widget protocol on the socket.io namespace `/chat`, shared with the browser widget: plain
 * JSON types only (no botbuilder, no Node), so the widget bundle can import this file as is.
 */
import type { Requester } from '../../../ticketing';

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

/** What the widget may send; every other field is chosen by the server. */
export type ClientActivity =
  | { type: 'message'; text?: string; value?: unknown; channelData?: Record<string, unknown>; replyToId?: string }
  | { type: 'invoke'; name: string; value: unknown; replyToId: string }
  /** The user is typing (relayed to the live agent, if any). */
  | { type: 'typing' };

/** Feedback in the Teams feedback-loop shape (`invoke` named `message/submitAction`). */
export interface FeedbackInvokeValue {
  actionName: 'feedback';
  actionValue: { reaction: 'like' | 'dislike'; feedback?: string };
}

export type ChatErrorCode = 'INVALID_ACTIVITY' | 'TOO_LARGE' | 'RATE_LIMITED' | 'CONFLICT' | 'UNKNOWN_EVENT' | 'INTERNAL';

export type Ack<T> = { ok: true; data: T } | { ok: false; error: { code: ChatErrorCode; message: string } };

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
export type ChatConnectErrorCode = 'BAD_HANDSHAKE' | 'IDENTITY_INVALID' | 'IDENTITY_MISMATCH' | 'UNAVAILABLE';

export interface ChatSession {
  conversationId: string;
  visitorToken: string;
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
  requester: Requester | null;
  visitorToken: string;
  /** True when the handshake created the conversation (the bot greets the user). */
  isNew: boolean;
}
