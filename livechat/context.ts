import type { Namespace, Socket } from 'socket.io';
import type { Clock } from '../platform/clock';
import type { Db } from '../platform/db';
import type { TurnQueue } from '../platform/keyed-queue';
import type { Logger } from '../platform/logger';
import type { AgentClientToServerEvents, AgentServerToClientEvents } from '../protocol/agent-events';
import type { LiveChatOptions } from './options';
import type { PresenceRules } from './presence';
import type { AgentDirectory, CannedPort, HoursPort, MailPort, TicketPort, UserChannel } from './ports';
import type { LiveChatStore } from './store';

export interface AgentSocketData {
  agent: { id: number; name: string; email: string; role: 'agent' | 'supervisor' };
  /** The chat this tab has in front of the agent (`chat:view`), if any. */
  viewing?: string | null;
}

export type AgentNamespace = Namespace<AgentClientToServerEvents, AgentServerToClientEvents, Record<string, never>, AgentSocketData>;
export type AgentSocket = Socket<AgentClientToServerEvents, AgentServerToClientEvents, Record<string, never>, AgentSocketData>;

export const agentRoom = (agentId: number) => `agent:${agentId}`;
export const AGENTS_ROOM = 'agents';
/** The consoles that have a chat in front of them (every process, with the Redis adapter). */
export const chatViewRoom = (chatId: string) => `chat-view:${chatId}`;
export const SUPERVISORS_ROOM = 'supervisors';

/** Everything the live chat's parts share; built once by `createLiveChat`. */
export interface LiveChatContext {
  db: Db;
  store: LiveChatStore;
  users: UserChannel;
  nsp: AgentNamespace;
  clock: Clock;
  logger: Logger;
  hours: HoursPort;
  tickets: TicketPort;
  mail: MailPort;
  directory: AgentDirectory;
  canned?: CannedPort;
  options: LiveChatOptions;
  /** Who is present, online, on duty, has room (from the options' heartbeat and grace period). */
  presence: PresenceRules;
  supportEmail: string;
  /** The portal's name (a setting), in the mails the live chat sends. */
  portalName: string;
  /** Metrics: how long a user waited before an agent took the chat (none: nothing reported). */
  observe?: { queueWait(seconds: number): void };
  /**
   * What agents post to a chat (messages, notes, proposals) goes out in the order they sent it:
   * each post waits for the previous one of the same chat (two quick messages must not swap).
   */
  posts: TurnQueue;
  /** The queue or the agents changed: agents, supervisors and waiting users are updated (coalesced). */
  changed(): void;
  /** Auto-assignment pass (no-op in `pick` mode). */
  route(): Promise<void>;
}
