export type StorageErrorCode = 'ETAG_CONFLICT' | 'ITEM_TOO_LARGE' | 'ITEM_INVALID';

/**
 * A refused write. The eTag conflict keeps botbuilder's MemoryStorage message
 * (`Storage: error writing "key" due to eTag conflict.`) so code matching on it keeps working.
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
