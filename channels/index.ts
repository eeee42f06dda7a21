/** The two channels through which the same bot is reached: the widget (socket.io) and /api/messages. */
export { createSocketChannel, SocketChannelAdapter, chatMigrations, roomOf, RelayRefusal, WIDGET_CHANNEL_ID } from './socket';
export type * from './socket';
export { chatFilesRouter, type ChatFilesRouterOptions } from './chat-files-router';
export { createApiMessagesRoute, type ApiMessagesOptions } from './api-messages';
export { purgeIdleConversations } from './socket/retention';
export { conversationsOf, eraseConversations, exportConversations } from './socket/personal-data';
export { APOLOGY, turnErrorHandler, type TurnRunner } from './turn-error';
export { conversationsDaily } from './daily';
