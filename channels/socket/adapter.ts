import {
  BotAdapter,
  INVOKE_RESPONSE_KEY,
  TurnContext,
  type Activity,
  type ConversationReference,
  type ResourceResponse,
} from 'botbuilder';
import type { Namespace } from 'socket.io';
import type { Clock } from '../../platform/clock';
import type { ConversationStore } from './conversation-store';
import type { ChatActivity, ClientToServerEvents, InterServerEvents, InvokeResult, ServerToClientEvents, SocketData } from '../../protocol/widget-events';
import { CHANNEL_ID, userIdOf, type BotAccount } from './inbound-activity';

export type ChatNamespace = Namespace<ClientToServerEvents, ServerToClientEvents, InterServerEvents, SocketData>;
type Logic = (context: TurnContext) => Promise<void>;

export interface SocketAdapterDeps {
  nsp: ChatNamespace;
  store: ConversationStore;
  clock: Clock;
  serviceUrl: string;
  /** The bot's account, under the assistant's name. */
  bot: BotAccount;
}

export const roomOf = (conversationId: string) => `conversation:${conversationId}`;
/** Longest `delay` activity honoured: a bot must not hold a conversation's turn queue for long. */
const MAX_DELAY_MS = 5000;
/** Dates to ISO strings, undefined fields dropped: what goes over the wire and into the history. */
const toJson = <T>(value: T): T => JSON.parse(JSON.stringify(value)) as T;

/**
 * Makes the widget a Bot Framework channel: what the bot sends is emitted to the conversation's
 * socket.io room (every tab of it, on every process with the Redis adapter) and kept as history.
 */
export class SocketChannelAdapter extends BotAdapter {
  constructor(private readonly deps: SocketAdapterDeps) {
    super();
  }

  /** Runs one inbound activity through the middleware and the bot; returns an invoke's response. */
  async processActivity(activity: ChatActivity | Partial<Activity>, logic: Logic): Promise<InvokeResult | undefined> {
    // Plain Activity JSON (ISO timestamp) is what the channel speaks; the bot reads it as is.
    const context = new TurnContext(this, activity as Partial<Activity>);
    await this.runMiddleware(context, logic);
    if (activity.type !== 'invoke') return undefined;
    const response = (context.turnState.get(INVOKE_RESPONSE_KEY) as Partial<Activity> | undefined)?.value as InvokeResult | undefined;
    // Same answer as the Bot Framework's CloudAdapter when the bot does not handle an invoke.
    return response ? { status: response.status, body: response.body } : { status: 501 };
  }

  override async sendActivities(context: TurnContext, activities: Partial<Activity>[]): Promise<ResourceResponse[]> {
    const responses: ResourceResponse[] = [];
    for (const activity of activities) {
      if (activity.type === 'invokeResponse') {
        // Returned in the invoke's ack, never emitted to the widget.
        context.turnState.set(INVOKE_RESPONSE_KEY, activity);
      } else if (activity.type === 'delay') {
        await new Promise((r) => setTimeout(r, Math.min(Number(activity.value) || 1000, MAX_DELAY_MS)));
      } else if (activity.type !== 'trace') {
        responses.push({ id: await this.emitActivity(activity) });
        continue;
      }
      responses.push({ id: '' });
    }
    return responses;
  }

  override async updateActivity(_context: TurnContext, activity: Partial<Activity>): Promise<ResourceResponse | void> {
    const conversationId = this.conversationOf(activity.conversation);
    if (!activity.id) throw new Error('channels: updateActivity needs the activity id');
    const json = toJson({ ...activity, id: activity.id, channelId: CHANNEL_ID, from: { ...this.deps.bot }, conversation: { id: conversationId } }) as ChatActivity & { id: string };
    await this.deps.store.replace(conversationId, json);
    this.deps.nsp.to(roomOf(conversationId)).emit('activityUpdate', json);
    return { id: activity.id };
  }

  override async deleteActivity(_context: TurnContext, reference: Partial<ConversationReference>): Promise<void> {
    const conversationId = this.conversationOf(reference.conversation);
    if (!reference.activityId) throw new Error('channels: deleteActivity needs the activity id');
    await this.deps.store.remove(conversationId, reference.activityId);
    this.deps.nsp.to(roomOf(conversationId)).emit('activityDelete', { conversationId, activityId: reference.activityId });
  }

  /** Proactive messages (the live chat's agent replies): runs `logic` with a continuation turn. */
  override async continueConversation(reference: Partial<ConversationReference>, logic: Logic): Promise<void> {
    this.conversationOf(reference.conversation);
    const activity = TurnContext.applyConversationReference({ type: 'event', name: 'ContinueConversation' }, reference, true);
    await this.runMiddleware(new TurnContext(this, activity), logic);
  }

  /** The modern overloads (app id or claims, optional audience) mean the same on this channel. */
  override async continueConversationAsync(
    _botAppIdOrClaims: unknown,
    reference: Partial<ConversationReference>,
    logicOrAudience: Logic | string,
    maybeLogic?: Logic,
  ): Promise<void> {
    const logic = typeof logicOrAudience === 'function' ? logicOrAudience : maybeLogic;
    if (!logic) throw new TypeError('channels: continueConversationAsync needs a logic function');
    await this.continueConversation(reference, logic);
  }

  /** A reference to a widget conversation, for `continueConversation` from outside a turn. */
  referenceFor(conversationId: string): Partial<ConversationReference> {
    return {
      channelId: CHANNEL_ID,
      serviceUrl: this.deps.serviceUrl,
      conversation: { id: conversationId, isGroup: false, conversationType: 'personal', name: '' },
      bot: { ...this.deps.bot },
      user: { id: userIdOf(conversationId), role: 'user', name: '' },
      locale: 'fr-FR',
    };
  }

  private async emitActivity(activity: Partial<Activity>): Promise<string> {
    const conversationId = this.conversationOf(activity.conversation);
    const json = toJson({
      ...activity,
      id: this.deps.store.newActivityId(),
      timestamp: this.deps.clock.now().toISOString(),
      channelId: CHANNEL_ID,
      from: { ...this.deps.bot },
      conversation: { id: conversationId },
    }) as ChatActivity & { id: string };
    // Stored before it is emitted: a tab that reconnects right after sees it in its history.
    if (json.type === 'message') await this.deps.store.append(conversationId, json);
    this.deps.nsp.to(roomOf(conversationId)).emit('activity', json);
    return json.id;
  }

  private conversationOf(conversation: { id?: string } | undefined): string {
    if (!conversation?.id) throw new Error('channels: activity without conversation id');
    return conversation.id;
  }
}
