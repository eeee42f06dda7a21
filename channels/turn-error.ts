import type { TurnContext } from 'botbuilder';
import type { Logger } from 'pino';
import { APOLOGY } from '../protocol/apology';

/** What a channel needs of the bot: an `ActivityHandler`, or anything that runs a turn. */
export interface TurnRunner {
  run(context: TurnContext): Promise<void>;
  /**
   * After `run`: the bot left the message to the live chat (its conversation state says a
   * hand-off holds it). The channel then relays it; a bot without a hand-off never says so.
   */
  liveChatHolds?(context: TurnContext): boolean;
}

export { APOLOGY };

/**
 * The one error handler for bot turns, on both channels: the failure is logged with its
 * conversation, the user gets an apology instead of silence, and an invoke gets a 500.
 */
export function turnErrorHandler(logger: Logger) {
  return async (context: TurnContext, error: Error): Promise<void> => {
    const { activity } = context;
    logger.error(
      { err: error, channelId: activity.channelId, conversationId: activity.conversation?.id, activityType: activity.type },
      'channels: bot turn failed',
    );
    try {
      if (activity.type === 'invoke') {
        await context.sendActivity({ type: 'invokeResponse', value: { status: 500 } });
      } else {
        await context.sendActivity({ type: 'message', text: APOLOGY });
      }
    } catch (err) {
      logger.error({ err, conversationId: activity.conversation?.id }, 'channels: apology could not be sent');
    }
  };
}
