import type { ErrorCode } from '../../platform/errors';

export type StorageErrorCode = Extract<ErrorCode, 'CONFLICT' | 'TOO_LARGE' | 'INVALID_INPUT'>;

/**
 * A refused write, with a code of the one vocabulary. Not an AppError: its message is for the logs
 * (a failed turn gets the bot's apology), and the eTag conflict keeps botbuilder's MemoryStorage
 * message (`Storage: error writing "key" due to eTag conflict.`) so code matching on it keeps working.
 */
export class StorageError extends Error {
  constructor(
    readonly code: StorageErrorCode,
    message: string,
  ) {
    super(message);
    this.name = 'StorageError';
  }
}
