import type { Storage, TurnContext } from 'botbuilder';
import { emptyConversation, emptyUser, type ConversationData, type UserData } from './state';

/** The property both states are kept under (the shape botbuilder's state accessors wrote). */
const PROPERTY = 'relais';

/** One turn's conversation and user state, with what was read, to write only what changed. */
export interface LoadedState {
  data: ConversationData;
  user: UserData;
  /** Storage keys and the JSON each item had when read ('' when it did not exist). */
  keys: { conversation: string; user: string };
  read: { conversation: string; user: string };
}

export interface TurnStateStore {
  load(ctx: TurnContext): Promise<LoadedState>;
  /** Writes the items whose JSON changed during the turn, in one storage write. */
  save(state: LoadedState): Promise<void>;
}

/**
 * Conversation and user state on any botbuilder `Storage`, under the keys botbuilder's
 * `ConversationState` and `UserState` use (`channel/conversations/id/`, `channel/users/id/`),
 * so stored conversations carry on. Unlike those classes it reads both items in one call and
 * tells a change by comparing the JSON it writes with the JSON it read, instead of hashing the
 * whole state when it is loaded and again when it is saved: one read, at most one write, one
 * serialisation per turn.
 */
export function createTurnStateStore(storage: Storage): TurnStateStore {
  return {
    async load(ctx) {
      const { channelId, conversation, from } = ctx.activity;
      if (!channelId) throw new Error('bot: activity without channelId');
      if (!conversation?.id) throw new Error('bot: activity without conversation id');
      if (!from?.id) throw new Error('bot: activity without from.id');
      const keys = { conversation: `${channelId}/conversations/${conversation.id}/`, user: `${channelId}/users/${from.id}/` };
      const items = await storage.read([keys.conversation, keys.user]);
      const stored = (key: string) => (items[key]?.[PROPERTY] ?? null) as Record<string, unknown> | null;
      const conversationItem = stored(keys.conversation);
      const userItem = stored(keys.user);
      // State written by an older version may lack newer fields: defaults fill them in.
      return {
        data: { ...emptyConversation(), ...conversationItem } as ConversationData,
        user: { ...emptyUser(), ...userItem } as UserData,
        keys,
        read: { conversation: conversationItem ? JSON.stringify(conversationItem) : '', user: userItem ? JSON.stringify(userItem) : '' },
      };
    },
    async save(state) {
      const changes: Record<string, { [PROPERTY]: unknown; eTag: string }> = {};
      const conversation = JSON.stringify(state.data);
      if (conversation !== state.read.conversation) changes[state.keys.conversation] = { [PROPERTY]: state.data, eTag: '*' };
      const user = JSON.stringify(state.user);
      if (user !== state.read.user) changes[state.keys.user] = { [PROPERTY]: state.user, eTag: '*' };
      if (Object.keys(changes).length === 0) return;
      await storage.write(changes);
      state.read = { conversation, user };
    },
  };
}
