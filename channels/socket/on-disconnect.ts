import type { HandlerArgs } from './deps';

/**
 * `disconnect`: records when the visitor was last seen. Queued with the conversation's turns, so
 * `close()` waits for it before the database goes away.
 */
export function onDisconnect({ deps, socket }: HandlerArgs) {
  return async (reason: string): Promise<void> => {
    const { conversationId } = socket.data;
    try {
      await deps.turns.run(conversationId, () => deps.store.touch(conversationId));
      await deps.relay?.onUserPresence(conversationId, false);
      deps.logger.debug({ conversationId, reason }, 'channels: chat socket disconnected');
    } catch (err) {
      deps.logger.warn({ err, conversationId }, 'channels: last-seen update failed');
    }
  };
}
