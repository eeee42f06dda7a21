import crypto from 'node:crypto';

/** Keys up to this many UTF-16 units are stored as they are. */
export const MAX_PLAIN_KEY = 255;
const PREFIX = 200;

/**
 * The `bot_state.key` value of a storage key. Channel conversation ids can be very long, and a
 * PostgreSQL B-tree entry must stay under ~2.7 KB, so a long key is stored as a readable prefix
 * plus its SHA-256 (as botbuilder's CosmosDbKeyEscape does). The result is always longer than
 * MAX_PLAIN_KEY, so it can never collide with a short key stored as it is.
 */
export function storedKey(key: string): string {
  if (key.length <= MAX_PLAIN_KEY) return key;
  const hash = crypto.createHash('sha256').update(key, 'utf8').digest('hex');
  // A prefix cut inside a surrogate pair would not be valid UTF-8 text.
  const prefix = key.slice(0, PREFIX).replace(/[\uD800-\uDBFF]$/, '_');
  return `${prefix}#${hash}`;
}
