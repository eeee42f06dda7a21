import type express from 'express';
import { agentFilesRouter, type AgentFileGuards } from './files-router';
import { conversationRouter } from './conversation-router';
import { DEFAULT_BRANDING } from '../protocol/branding';
// The live chat's public surface: the queue, agents and appointments (business hours are hours/).
import type { Server } from 'socket.io';
import type { Clock } from '../platform/clock';
import type { Db } from '../platform/db';
import { createTurnQueue } from '../platform/keyed-queue';
import type { Logger } from '../platform/logger';
import { attachAgentNamespace, type AgentSocketOptions } from './agent-socket/namespace';
import type { AgentNamespace, LiveChatContext } from './context';
import { createHandoff } from './handoff';
import { createConversationHistory } from './history';
import { livechatMigrations } from './migrations';
import { DEFAULT_LIVECHAT_OPTIONS, type LiveChatOptions } from './options';
import type { AgentDirectory, CannedPort, HoursPort, MailPort, TicketPort, UserChannel } from './ports';
import { presenceRules } from './presence';
import { createRelay } from './relay';
import { createRouter } from './routing';
import { createBroadcaster } from './snapshots';
import { createLiveChatStore, type LiveChatStore } from './store';
import { createSweeper } from './sweeper';
import { createSatisfaction, type Satisfaction } from './satisfaction';

export { DEFAULT_LIVECHAT_OPTIONS, type LiveChatOptions } from './options';
export { createCanned, valuesFromRequester, type Canned } from './canned';
export { agentTeams } from './agent-teams';
export { purgeClosedChats } from './retention';
export { eraseLiveChats, exportLiveChats } from './personal-data';
export { liveChatDaily, type LiveChatDay } from './daily';
export type * from '../protocol/agent-events';
export type { AgentDirectory, CannedPort, HandBackValue, HoursPort, UserChannel } from './ports';
export type { LiveChatStore } from './store';
export type { HandoffRequest, HandoffResult, HandoffStatusValue } from './handoff-types';
export type { SatisfactionOutcome, SatisfactionRow, TranscriptOutcome } from './satisfaction';

export interface LiveChatDeps {
  io: Server;
  db: Db;
  clock: Clock;
  logger: Logger;
  users: UserChannel;
  hours: HoursPort;
  tickets: TicketPort;
  mail: MailPort;
  directory: AgentDirectory;
  canned?: CannedPort;
  supportEmail: string;
  /** The portal's name (default Chorus Pro). */
  portalName?: string;
  agentSockets: AgentSocketOptions;
  options?: Partial<LiveChatOptions>;
  /** Metrics (none: nothing reported). */
  observe?: { queueWait(seconds: number): void };
}

export interface LiveChat {
  migrations: typeof livechatMigrations;
  store: LiveChatStore;
  /** The bot's ports. */
  handoff: ReturnType<typeof createHandoff>;
  /** The widget channel's hook. */
  relay: ReturnType<typeof createRelay> & { afterTurn(conversationId: string): void };
  /** Widget conversations' transcripts, from the channel's stored messages (the bot's `history` port). */
  history: ReturnType<typeof createConversationHistory>;
  /** The end of a chat: the user's rating and the transcript by e-mail (the bot's `satisfaction` port), and their report. */
  satisfaction: Satisfaction;
  /** Starts the heartbeat and the sweeper. */
  start(): void;
  /** One sweep now (tests, and after a clock jump). */
  sweep(): Promise<void>;
  /** Advisers' files in their chats (`/api/agent/chats`), behind the console's session and CSRF guards. */
  filesRouter(guards: AgentFileGuards, maxBytes: number): express.Router;
  /** A widget conversation, read-only, for advisers (`/api/agent/conversations`). */
  conversationRouter(guards: Pick<AgentFileGuards, 'requireAgent'>): express.Router;
  /** Stops the timers and disconnects the agents; waits for the work in flight. */
  close(): Promise<void>;
}

/** Queue, routing, agents' socket namespace `/agent`, appointments; state in the database. */
export function createLiveChat(deps: LiveChatDeps): LiveChat {
  const options = Object.freeze({ ...DEFAULT_LIVECHAT_OPTIONS, ...deps.options });
  const ctx: LiveChatContext = {
    db: deps.db,
    store: createLiveChatStore(deps.db),
    ...(deps.observe ? { observe: deps.observe } : {}),
    users: deps.users,
    nsp: deps.io.of('/agent') as unknown as AgentNamespace,
    clock: deps.clock,
    logger: deps.logger,
    hours: deps.hours,
    tickets: deps.tickets,
    mail: deps.mail,
    directory: deps.directory,
    ...(deps.canned ? { canned: deps.canned } : {}),
    options,
    presence: presenceRules(options),
    supportEmail: deps.supportEmail,
    portalName: deps.portalName ?? DEFAULT_BRANDING.portalName,
    posts: createTurnQueue(),
    changed: () => broadcaster.changed(),
    route: () => router.route(),
  };
  const broadcaster = createBroadcaster(ctx);
  const router = createRouter(ctx);
  const handoff = createHandoff(ctx);
  const agents = attachAgentNamespace(ctx, deps.agentSockets);
  const sweeper = createSweeper(ctx, agents.localAgents, agents.revalidate);
  const relay = { ...createRelay(ctx), afterTurn: handoff.afterTurn };
  const history = createConversationHistory(deps.users);
  const satisfaction = createSatisfaction({ db: deps.db, mail: deps.mail, clock: deps.clock, portalName: ctx.portalName, lines: (id) => history.lines(id) });
  return {
    migrations: livechatMigrations,
    store: ctx.store,
    handoff,
    relay,
    history,
    satisfaction,
    filesRouter: (guards, maxBytes) => agentFilesRouter(ctx, guards, maxBytes),
    conversationRouter: (guards) => conversationRouter(ctx, guards),
    start: () => sweeper.start(),
    sweep: () => sweeper.sweep(),
    async close() {
      await sweeper.stop();
      agents.close();
      await Promise.all([router.idle(), broadcaster.idle(), ctx.posts.idle()]);
    },
  };
}
