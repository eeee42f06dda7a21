import type { Socket } from 'socket.io';
import type { Logger } from 'pino';
import type { Clock } from '../../platform/clock';
import type { IdentityVerifier } from '../ports';
import type { TurnRunner } from '../turn-error';
import type { SocketChannelAdapter } from './adapter';
import type { ConversationStore } from './conversation-store';
import type { Ack, ChatErrorCode, ClientToServerEvents, InterServerEvents, ServerToClientEvents, SocketData } from '../../protocol/widget-events';
import type { RateLimitOptions } from '../../platform/http/socket-rate-limit';
import type { LiveRelay } from './live-relay';
import type { BotAccount } from './inbound-activity';
import type { Branding } from '../../protocol/branding';
import type { TurnQueue } from '../../platform/keyed-queue';

export type ChatSocket = Socket<ClientToServerEvents, ServerToClientEvents, InterServerEvents, SocketData>;

/** What the socket event handlers share; built once by `createSocketChannel`. */
export interface ChannelDeps {
  adapter: SocketChannelAdapter;
  store: ConversationStore;
  turns: TurnQueue;
  bot: TurnRunner;
  identity: IdentityVerifier;
  clock: Clock;
  logger: Logger;
  serviceUrl: string;
  maxHistory: number;
  rateLimit: RateLimitOptions;
  /** Reverse proxies in front (platform/http/client-ip.ts). */
  trustProxy: number;
  /** The assistant's and the portal's names, sent to the widget with its session. */
  branding: Readonly<Branding>;
  /** The bot's account (the assistant's name) on this channel's activities. */
  botAccount: BotAccount;
  /** The live chat, when there is one: takes messages while the user is queued or with an agent. */
  relay?: LiveRelay;
}

export interface HandlerArgs {
  deps: ChannelDeps;
  socket: ChatSocket;
}

export const ok = <T>(data: T): Ack<T> => ({ ok: true, data });
export const fail = (code: ChatErrorCode, message: string): Ack<never> => ({ ok: false, error: { code, message } });
