import { roomOf } from './adapter';
import { refuseUnknownEvents } from '../../platform/http/socket-acks';
import type { ChannelDeps, ChatSocket } from './deps';
import { CHANNEL_ID, userAccount } from './inbound-activity';
import { onActivity } from './on-activity';
import { onDisconnect } from './on-disconnect';

const KNOWN_EVENTS: ReadonlySet<string> = new Set(['activity']);

/**
 * A socket that passed the handshake: joins its conversation's room, gets its session, then
 * either the bot's welcome (new conversation) or the history (resume). Both go through the
 * conversation's turn queue, so they stay in order with the user's first messages.
 */
export function onConnection(deps: ChannelDeps) {
  return (socket: ChatSocket): void => {
    const { conversationId, visitorToken, isNew } = socket.data;
    // Synchronous join and listeners first: an event sent right after connecting is not lost.
    void socket.join(roomOf(conversationId));
    socket.on('activity', onActivity({ deps, socket }));
    socket.on('disconnect', onDisconnect({ deps, socket }));
    refuseUnknownEvents(socket, KNOWN_EVENTS, {
      clock: deps.clock,
      warn: (event) => deps.logger.warn({ conversationId, event }, 'channels: unknown chat event'),
      flood: () => deps.logger.warn({ conversationId }, 'channels: flood of unknown chat events, connection closed'),
    });
    socket.emit('session', { conversationId, visitorToken, branding: deps.branding });

    const greetOrReplay: () => Promise<unknown> = isNew
      ? () =>
          deps.adapter.processActivity(
            {
              type: 'conversationUpdate',
              id: deps.store.newActivityId(),
              timestamp: deps.clock.now().toISOString(),
              channelId: CHANNEL_ID,
              serviceUrl: deps.serviceUrl,
              conversation: { id: conversationId },
              from: userAccount(socket.data),
              recipient: { ...deps.botAccount },
              membersAdded: [userAccount(socket.data)],
              locale: 'fr-FR',
              channelData: { relais: socket.data.requester ? { requester: socket.data.requester } : {} },
            },
            (context) => deps.bot.run(context),
          )
      : async () => {
          socket.emit('history', { activities: await deps.store.history(conversationId, deps.maxHistory) });
          // Queued or with an agent: the widget gets its live status again, the agent is told.
          await deps.relay?.onUserPresence(conversationId, true);
        };
    deps.turns.run(conversationId, greetOrReplay).catch((err: unknown) => {
      deps.logger.error({ err, conversationId }, 'channels: chat connection setup failed');
    });
  };
}
