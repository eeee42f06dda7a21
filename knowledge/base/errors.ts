import { AppError } from '../../platform/errors';

/** A refusal of the knowledge base's editor: a code of the one vocabulary and a French message. */
export class KnowledgeBaseError extends AppError<'INVALID_INPUT' | 'NOT_FOUND' | 'CONFLICT' | 'FORBIDDEN'> {}
