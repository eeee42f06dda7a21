import type { ChannelDeps } from './deps';
import { CHANNEL_ID, userIdOf } from './inbound-activity';

/**
 * Runs an `event` activity (e.g. `handoff.status` from the live chat) through the bot, as if the
 * user's side had sent it. The caller decides the turn order (inside or through the turn queue).
 */
export function runBotEvent(deps: Pick<ChannelDeps, 'adapter' | 'bot' | 'clock' | 'serviceUrl' | 'store' | 'botAccount'>, conversationId: string) {
  return async (event: { name: string; value: unknown }): Promise<void> => {
    await deps.adapter.processActivity(
      {
        type: 'event',
        name: event.name,
        value: event.value,
        id: deps.store.newActivityId(),
        timestamp: deps.clock.now().toISOString(),
        channelId: CHANNEL_ID,
        serviceUrl: deps.serviceUrl,
        conversation: { id: conversationId },
        from: { id: userIdOf(conversationId), role: 'user' },
        recipient: { ...deps.botAccount },
        locale: 'fr-FR',
      },
      (context) => deps.bot.run(context),
    );
  };
}
