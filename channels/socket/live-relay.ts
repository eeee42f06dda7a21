import { AppError } from '../../platform/errors';
import type { ChatActivity, ChatErrorCode } from '../../protocol/widget-events';

/**
 * The live chat's hook into the widget channel (livechat/ implements it). It is called in the
 * conversation's turn order, so what the user sends to an agent stays in order with the bot's
 * turns, and it may run an event through the bot within that order (`runBot`).
 */
export interface LiveRelay {
  /** True: the live chat took the activity (the bot does not see it). */
  onUserActivity(
    conversationId: string,
    activity: ChatActivity & { id: string },
    runBot: (event: { name: string; value: unknown }) => Promise<void>,
  ): Promise<boolean>;
  /** Whether the conversation is queued or with an adviser (what the user sends then goes to the live chat). */
  isOpen(conversationId: string): Promise<boolean>;
  /** A tab of the conversation connected (`true`) or disconnected (`false`; other tabs may remain). */
  onUserPresence(conversationId: string, online: boolean): Promise<void>;
  /** After each bot turn (a hand-off started during the turn is routed once the bot has spoken). */
  afterTurn(conversationId: string): void;
}

/** Thrown by a relay to refuse an activity with a clear error ack (e.g. an invalid appointment choice). */
export class RelayRefusal extends AppError<ChatErrorCode> {}
