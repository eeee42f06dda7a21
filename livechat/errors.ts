import type { AgentErrorCode } from '../protocol/agent-events';

/** A refused agent action: the code goes back in the ack, the message is French (the console shows it). */
export class LiveChatError extends Error {
  constructor(
    readonly code: AgentErrorCode,
    message: string,
  ) {
    super(message);
    this.name = 'LiveChatError';
  }
}

export const notFound = () => new LiveChatError('NOT_FOUND', 'Conversation introuvable.');
export const notYours = () => new LiveChatError('NOT_YOUR_CHAT', 'Cette conversation n’est pas la vôtre.');
