import { roomOf, type ChatNamespace } from './adapter';
import { runBotEvent } from './bot-event';
import type { ChannelDeps } from './deps';
import { CHANNEL_ID, userIdOf } from './inbound-activity';
import type { ChatConversation } from './conversation-store';
import { AppError } from '../../platform/errors';
import { checkUpload, type CheckedFile } from '../../platform/file-kind';
import type { ChatFileRef } from '../../protocol/chat-file';
import type { ChatActivity } from '../../protocol/widget-events';

/** How the widget proves a conversation is its own over HTTP: the same tokens as its socket's handshake. */
export interface ConversationAccess {
  visitorToken: string;
  identityToken?: string;
}

/** The user's files in a live chat (the widget uploads and downloads them over HTTP). */
export interface UserFiles {
  /** Sends a file to the adviser of the conversation's open live chat: stored, shown in every tab, relayed to the console. */
  send(access: ConversationAccess, upload: { filename: string; bytes: Buffer }): Promise<{ activityId: string; file: ChatFileRef }>;
  /** A file of the conversation (the user's or the adviser's). */
  read(access: ConversationAccess, fileId: string): Promise<CheckedFile>;
}

const NOT_FOUND = 'Conversation ou fichier introuvable.';
export const FILES_NEED_AN_ADVISER = 'Les fichiers s’envoient à un conseiller\u00a0: demandez d’abord à parler à un conseiller.';

/**
 * The rules of the socket's handshake, for HTTP: the visitor token designates the conversation,
 * and one tied to a portal user needs that user's identity. Any failure reads as «not found».
 */
async function conversationOf(deps: ChannelDeps, access: ConversationAccess): Promise<ChatConversation> {
  const found = access.visitorToken ? await deps.store.findByVisitorToken(access.visitorToken) : null;
  if (!found) throw new AppError('NOT_FOUND', NOT_FOUND);
  if (found.portalUserId) {
    const requester = access.identityToken ? await deps.identity.verify(access.identityToken).catch(() => null) : null;
    if (requester?.portalUserId !== found.portalUserId) throw new AppError('NOT_FOUND', NOT_FOUND);
  }
  return found;
}

export function createUserFiles(deps: ChannelDeps, nsp: ChatNamespace, maxBytes: number): UserFiles {
  return {
    async send(access, upload) {
      const conversation = await conversationOf(deps, access);
      const checked = checkUpload(upload, maxBytes);
      if (!checked.ok) throw new AppError(checked.code, checked.message);
      const id = conversation.id;
      // In the conversation's turn order, like a typed message: the adviser sees both in order.
      return deps.turns.run(id, async () => {
        const relay = deps.relay;
        if (!relay || !(await relay.isOpen(id))) throw new AppError('CONFLICT', FILES_NEED_AN_ADVISER);
        const file = await deps.store.addFile(id, checked.file);
        const activity: ChatActivity & { id: string } = {
          type: 'message',
          id: deps.store.newActivityId(),
          timestamp: deps.clock.now().toISOString(),
          channelId: CHANNEL_ID,
          conversation: { id },
          from: { id: userIdOf(id), role: 'user' },
          recipient: { ...deps.botAccount },
          text: '',
          channelData: { relais: { file } },
        };
        await deps.store.append(id, activity);
        await deps.store.touch(id);
        // Every tab of the conversation shows it, the one that sent it included.
        nsp.to(roomOf(id)).emit('activity', activity);
        await relay.onUserActivity(id, activity, runBotEvent(deps, id));
        return { activityId: activity.id, file };
      });
    },
    async read(access, fileId) {
      const conversation = await conversationOf(deps, access);
      const file = await deps.store.file(conversation.id, fileId);
      if (!file) throw new AppError('NOT_FOUND', NOT_FOUND);
      return file;
    },
  };
}
