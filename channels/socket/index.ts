import type { Server } from 'socket.io';
import type { Logger } from 'pino';
import type { Clock } from '../../platform/clock';
import type { Db, Migration } from '../../platform/db';
import type { IdentityVerifier } from '../ports';
import { turnErrorHandler, type TurnRunner } from '../turn-error';
import { SocketChannelAdapter, type ChatNamespace } from './adapter';
import { createConversationStore } from './conversation-store';
import type { ChannelDeps } from './deps';
import { handshake, refusal } from './handshake';
import { chatMigrations } from './migrations';
import { onConnection } from './on-connection';
import { botAccount } from './inbound-activity';
import { DEFAULT_BRANDING, type Branding } from '../../protocol/branding';
import type { RateLimitOptions } from '../../platform/http/socket-rate-limit';
import { createTurnQueue } from '../../platform/keyed-queue';
import { createUserChannel, type UserChannel } from './user-channel';
import type { LiveRelay } from './live-relay';
import { createUserFiles, type UserFiles } from './user-files';

export { SocketChannelAdapter, roomOf } from './adapter';
export { CHANNEL_ID as WIDGET_CHANNEL_ID } from './inbound-activity';
export { chatMigrations } from './migrations';
export { createConversationStore, type ChatConversation, type ConversationStore } from './conversation-store';
export type * from '../../protocol/widget-events';
export { RelayRefusal, type LiveRelay } from './live-relay';
export type { UserChannel } from './user-channel';
export { FILES_NEED_AN_ADVISER, type UserFiles, type ConversationAccess } from './user-files';
export type { Audience, StoredActivity } from './conversation-store';

export interface SocketChannelOptions {
  /** The socket.io server; the channel uses its `/chat` namespace. */
  io: Server;
  db: Db;
  clock: Clock;
  logger: Logger;
  identity: IdentityVerifier;
  /** Activities replayed on resume (default 200). */
  maxHistory?: number;
  /** Per connection (default 20 activities per 10 s). */
  rateLimit?: Partial<RateLimitOptions>;
  /** `serviceUrl` of the widget's activities (an identifier here: replies go over the socket). */
  serviceUrl?: string;
  /** Reverse proxies in front: the client's address is that many entries from the right of X-Forwarded-For. */
  trustProxy?: number;
  /** The assistant's and the portal's names (default: ClaudIA, Chorus Pro). */
  branding?: Readonly<Branding>;
  /** The largest file shared in a live chat (default 10 MB). */
  maxFileBytes?: number;
}

/** Who answers the widget: the bot, and the live chat's hook (messages while queued or with an agent, presence). */
export interface ChannelConsumers {
  bot: TurnRunner;
  relay?: LiveRelay;
}

export interface SocketChannel {
  adapter: SocketChannelAdapter;
  migrations: Migration[];
  /** The user's side of the widget conversations, for the live chat. */
  users: UserChannel;
  /** The user's files in a live chat (served over HTTP by `chatFilesRouter`). */
  files: UserFiles;
  /**
   * Gives the channel its bot and the live chat's relay, once both exist (the live chat is built
   * with `users`, the bot with the live chat's hand-off); widgets are admitted from then on.
   */
  attach(consumers: ChannelConsumers): void;
  /** Waits for the turns in flight, at most `timeoutMs` (graceful shutdown, before the connections are handed off). */
  drain(timeoutMs: number): Promise<void>;
  /** Disconnects the widgets and waits for the turns in flight (call before closing the db). */
  close(): Promise<void>;
}

const NOT_READY = 'Le service de discussion démarre. Veuillez réessayer dans un instant.';

/** Before `attach`, no widget is admitted, so no turn can run: reaching this is a wiring error. */
const NOT_ATTACHED: TurnRunner = {
  run: async () => {
    throw new Error('socket channel: attach() the bot before use');
  },
};

const DEFAULTS = Object.freeze({ maxHistory: 200, rateLimit: Object.freeze({ max: 20, windowMs: 10_000 }), serviceUrl: 'urn:relais:widget', maxFileBytes: 10 * 1024 * 1024 });

/** The widget channel: socket.io `/chat` as a Bot Framework channel for `bot`. */
export function createSocketChannel(options: SocketChannelOptions): SocketChannel {
  // The namespace is typed here once; the event maps are the contract with the widget.
  const nsp = options.io.of('/chat') as unknown as ChatNamespace;
  const store = createConversationStore({ db: options.db, clock: options.clock });
  const serviceUrl = options.serviceUrl ?? DEFAULTS.serviceUrl;
  const branding = options.branding ?? DEFAULT_BRANDING;
  const bot = botAccount(branding.assistantName);
  const adapter = new SocketChannelAdapter({ nsp, store, clock: options.clock, serviceUrl, bot });
  adapter.onTurnError = turnErrorHandler(options.logger);
  const turns = createTurnQueue();
  const deps: ChannelDeps = {
    adapter,
    store,
    turns,
    bot: NOT_ATTACHED,
    identity: options.identity,
    clock: options.clock,
    logger: options.logger,
    serviceUrl,
    branding,
    botAccount: bot,
    maxHistory: options.maxHistory ?? DEFAULTS.maxHistory,
    rateLimit: { ...DEFAULTS.rateLimit, ...options.rateLimit },
    trustProxy: options.trustProxy ?? 0,
  };
  const connection = onConnection(deps);
  const admit = handshake(deps);
  let attached = false;
  // Until the bot is attached a widget is refused like during an outage, and retries.
  nsp.use((socket, next) => (attached ? void admit(socket, next) : next(refusal('UNAVAILABLE', NOT_READY))));
  nsp.on('connection', connection);
  return {
    adapter,
    migrations: chatMigrations,
    users: createUserChannel(deps, nsp),
    files: createUserFiles(deps, nsp, options.maxFileBytes ?? DEFAULTS.maxFileBytes),
    attach({ bot, relay }) {
      if (attached) throw new Error('socket channel: already attached');
      attached = true;
      deps.bot = bot;
      if (relay) deps.relay = relay;
    },
    async drain(timeoutMs) {
      nsp.off('connection', connection);
      let timer: NodeJS.Timeout | undefined;
      await Promise.race([turns.idle(), new Promise<void>((resolve) => (timer = setTimeout(resolve, timeoutMs)))]);
      clearTimeout(timer);
    },
    async close() {
      nsp.off('connection', connection);
      nsp.disconnectSockets(true);
      await turns.idle();
    },
  };
}
