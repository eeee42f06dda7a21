import { AppError } from '../platform/errors';
import type { AgentErrorCode } from '../protocol/agent-events';

/** A refused agent action: the code goes back in the ack, the message is French (the console shows it). */
export class LiveChatError extends AppError<AgentErrorCode> {}

export const notFound = () => new LiveChatError('NOT_FOUND', 'Conversation introuvable.');
export const notYours = () => new LiveChatError('NOT_YOUR_CHAT', 'Cette conversation n’est pas la vôtre.');
