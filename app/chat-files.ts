import type express from 'express';
import type { Auth } from '../auth';
import { chatFilesRouter, type SocketChannel } from '../channels';
import type { LiveChat } from '../livechat';
import type { Config } from '../platform/config';
import type { RateLimiterFactory } from '../platform/http/rate-limit';

/** Files in a live chat: the widget's side (`/api/chat/files`, public, rate-limited) and the advisers' (`/api/agent/chats`). */
export function mountChatFiles(app: express.Express, d: { config: Config; chat: SocketChannel; live: LiveChat; auth: Auth; limit: RateLimiterFactory }): void {
  const { config, limit } = d;
  app.use(
    '/api/chat/files',
    chatFilesRouter({
      files: d.chat.files,
      maxBytes: config.maxAttachmentBytes,
      widgetOrigins: config.widgetOrigins,
      limits: {
        upload: limit({ name: 'chat-files-up', limit: 20, windowMs: 10 * 60_000, message: 'Trop de fichiers envoyés : veuillez patienter quelques minutes.' }),
        download: limit({ name: 'chat-files-down', limit: 120, windowMs: 10 * 60_000, message: 'Trop de téléchargements : veuillez patienter quelques minutes.' }),
      },
    }),
  );
  app.use('/api/agent/chats', d.live.filesRouter(d.auth, config.maxAttachmentBytes));
}
