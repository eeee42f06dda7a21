export { createDbStorage, MAX_ITEM_BYTES, type DbStorageDeps } from './db-storage';
export { StorageError, type StorageErrorCode } from './errors';
export { botStateMigration } from './migration';
