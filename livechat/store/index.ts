import type { Db } from '../../platform/db';
import { createAgentPresenceStore, type AgentPresenceStore } from './agents';
import { createAppointmentStore, type AppointmentStore } from './appointments';
import { createChatStore, type ChatStore } from './chats';

export type { AgentPresenceStore, AppointmentStore, ChatStore };

export interface LiveChatStore {
  chats: ChatStore;
  agents: AgentPresenceStore;
  appointments: AppointmentStore;
}

/** One implementation over the `Db` port: the same SQL on SQLite and PostgreSQL. */
export function createLiveChatStore(db: Db): LiveChatStore {
  return { chats: createChatStore(db), agents: createAgentPresenceStore(db), appointments: createAppointmentStore(db) };
}
