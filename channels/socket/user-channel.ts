import { roomOf } from './adapter';
import { runBotEvent } from './bot-event';
import type { Audience, StoredActivity } from './conversation-store';
import type { ChannelDeps } from './deps';
import type { ChatActivity } from '../../protocol/widget-events';
import type { ChatNamespace } from './adapter';
import { CHANNEL_ID } from './inbound-activity';
import type { CheckedFile } from '../../platform/file-kind';
import type { ChatFileRef } from '../../protocol/chat-file';

/** The user's side of a conversation, for the live chat (its `UserChannel` port). */
export interface UserChannel {
  post(conversationId: string, activity: ChatActivity, audience?: Audience): Promise<ChatActivity & { id: string }>;
  signal(conversationId: string, activity: ChatActivity): void;
  lastSeq(conversationId: string): Promise<number>;
  since(conversationId: string, afterSeq: number, limit: number): Promise<StoredActivity[]>;
  /** The last `limit` activities the user may see, oldest first. */
  history(conversationId: string, limit: number): Promise<ChatActivity[]>;
  isOnline(conversationId: string): Promise<boolean>;
  /** Of these conversations, those with a tab connected on any process: one cluster-wide request. */
  onlineAmong(conversationIds: readonly string[]): Promise<Set<string>>;
  handBack(conversationId: string, value: unknown): Promise<void>;
  /** Conversations with a message whose text holds `text` (any case), newest first (the console's search). */
  mentioning(text: string, limit: number): Promise<string[]>;
  /** Keeps a checked file in the conversation (an adviser's); the message that shows it refers to the returned id. */
  addFile(conversationId: string, file: CheckedFile): Promise<ChatFileRef>;
  /** A file of the conversation, or null. */
  file(conversationId: string, fileId: string): Promise<CheckedFile | null>;
}

/**
 * Agents' messages, notices and status reach the widget through the conversation's room, so the
 * user's tabs get them on whichever process they are connected (Redis adapter).
 */
export function createUserChannel(deps: ChannelDeps, nsp: ChatNamespace): UserChannel {
  const complete = (conversationId: string, activity: ChatActivity): ChatActivity & { id: string } =>
    JSON.parse(
      JSON.stringify({
        ...activity,
        id: activity.id ?? deps.store.newActivityId(),
        timestamp: deps.clock.now().toISOString(),
        channelId: CHANNEL_ID,
        conversation: { id: conversationId },
      }),
    ) as ChatActivity & { id: string };
  return {
    async post(conversationId, activity, audience = 'all') {
      const json = complete(conversationId, activity);
      // Stored before it is emitted: a tab that reconnects right after sees it in its history.
      await deps.store.append(conversationId, json, audience);
      if (audience === 'all') nsp.to(roomOf(conversationId)).emit('activity', json);
      return json;
    },
    signal(conversationId, activity) {
      nsp.to(roomOf(conversationId)).emit('activity', complete(conversationId, activity));
    },
    lastSeq: (conversationId) => deps.store.lastSeq(conversationId),
    since: (conversationId, afterSeq, limit) => deps.store.since(conversationId, afterSeq, limit),
    history: (conversationId, limit) => deps.store.history(conversationId, limit),
    async isOnline(conversationId) {
      return (await nsp.in(roomOf(conversationId)).fetchSockets()).length > 0;
    },
    async onlineAmong(conversationIds) {
      if (conversationIds.length === 0) return new Set();
      const sockets = await nsp.in(conversationIds.map(roomOf)).fetchSockets();
      return new Set(sockets.map((s) => s.data.conversationId));
    },
    mentioning: async (text, limit) => (await deps.store.mentioning(text, limit)).map((m) => m.conversationId),
    addFile: (conversationId, file) => deps.store.addFile(conversationId, file),
    file: (conversationId, fileId) => deps.store.file(conversationId, fileId),
    handBack(conversationId, value) {
      return deps.turns.run(conversationId, () => runBotEvent(deps, conversationId)({ name: 'handoff.status', value }));
    },
  };
}
