import crypto from 'node:crypto';
import type { Storage, StoreItem, StoreItems } from 'botbuilder';
import type { Clock } from '../../platform/clock';
import type { Db, Queryable } from '../../platform/db';
import { StorageError } from './errors';
import { storedKey } from './stored-key';

/** Bot state is read and written on every turn: keep it small (transcripts live elsewhere). */
export const MAX_ITEM_BYTES = 256 * 1024;

export interface DbStorageDeps {
  db: Db;
  clock: Clock;
}

interface PreparedItem {
  key: string;
  column: string;
  data: string;
  /** null: last writer wins ('*' or no eTag, as in MemoryStorage). */
  eTag: string | null;
}

// '*' / no eTag. An update bumps the counter, so the eTag changes on every write.
const UPSERT = `
  INSERT INTO bot_state (key, data, etag, updated_at) VALUES ($1, $2, $3, $4)
  ON CONFLICT (key) DO UPDATE SET data = excluded.data, etag = bot_state.etag + 1, updated_at = excluded.updated_at`;
// Optimistic concurrency in one statement: of two writers holding the same eTag, one matches.
const UPDATE_IF_MATCH = 'UPDATE bot_state SET data = $3, etag = etag + 1, updated_at = $4 WHERE key = $1 AND etag = $2';
const INSERT_NEW = 'INSERT INTO bot_state (key, data, etag, updated_at) VALUES ($1, $2, $3, $4) ON CONFLICT (key) DO NOTHING';

// A new key starts its counter at a random value, so a key deleted and created again does not
// hand out the eTags a stale reader may still hold. 2^47 leaves room to count up in a safe integer.
const firstETag = () => crypto.randomInt(1, 2 ** 47);
const parseETag = (eTag: string): number | null => (/^\d{1,15}$/.test(eTag) ? Number(eTag) : null);
const placeholders = (n: number) => Array.from({ length: n }, (_, i) => `$${i + 1}`).join(', ');

function prepare(key: string, item: StoreItem | undefined): PreparedItem {
  if (item === null || typeof item !== 'object' || Array.isArray(item)) {
    throw new StorageError('INVALID_INPUT', `Storage: item "${key}" must be an object.`);
  }
  const { eTag, ...rest } = item;
  let data: string;
  try {
    data = JSON.stringify(rest);
  } catch (err) {
    throw new StorageError('INVALID_INPUT', `Storage: item "${key}" is not serialisable as JSON (${(err as Error).message}).`);
  }
  const bytes = Buffer.byteLength(data, 'utf8');
  if (bytes > MAX_ITEM_BYTES) {
    throw new StorageError('TOO_LARGE', `Storage: item "${key}" is ${bytes} bytes of JSON, over the ${MAX_ITEM_BYTES}-byte limit.`);
  }
  const expected = typeof eTag === 'string' && eTag !== '*' && eTag !== '' ? eTag : null;
  return { key, column: storedKey(key), data, eTag: expected };
}

async function writeOne(q: Queryable, item: PreparedItem, now: number): Promise<void> {
  if (item.eTag === null) {
    await q.execute(UPSERT, [item.column, item.data, firstETag(), now]);
    return;
  }
  const expected = parseETag(item.eTag);
  if (expected !== null && (await q.execute(UPDATE_IF_MATCH, [item.column, expected, item.data, now])) === 1) return;
  // No row holds that eTag. Like MemoryStorage, a key that does not exist yet is simply created;
  // if one does (changed since it was read, or created concurrently), the write conflicts.
  if ((await q.execute(INSERT_NEW, [item.column, item.data, firstETag(), now])) === 1) return;
  throw new StorageError('CONFLICT', `Storage: error writing "${item.key}" due to eTag conflict.`);
}

/**
 * botbuilder `Storage` in the `bot_state` table, so conversation and user state survive restarts
 * and every server process sees the same state. eTags behave as in botbuilder's MemoryStorage.
 */
export function createDbStorage({ db, clock }: DbStorageDeps): Storage {
  return {
    async read(keys: string[]): Promise<StoreItems> {
      if (!Array.isArray(keys)) throw new ReferenceError('Keys are required when reading.');
      const unique = [...new Set(keys)];
      if (unique.length === 0) return {};
      const rows = await db.query<{ key: string; data: string; etag: number }>(
        `SELECT key, data, etag FROM bot_state WHERE key IN (${placeholders(unique.length)})`,
        unique.map(storedKey),
      );
      const byColumn = new Map(rows.map((r) => [r.key, r]));
      const items: StoreItems = {};
      for (const key of unique) {
        const row = byColumn.get(storedKey(key));
        if (row) items[key] = { ...JSON.parse(row.data), eTag: String(row.etag) };
      }
      return items;
    },

    async write(changes: StoreItems): Promise<void> {
      if (!changes || typeof changes !== 'object') throw new ReferenceError('Changes are required when writing.');
      // Every item is checked before anything is written.
      const items = Object.entries(changes).map(([key, item]) => prepare(key, item));
      if (items.length === 0) return;
      const now = clock.now().getTime();
      if (items.length === 1) return writeOne(db, items[0]!, now);
      // Several keys: all or nothing, taken in one order so two writers cannot deadlock.
      items.sort((a, b) => (a.column < b.column ? -1 : a.column > b.column ? 1 : 0));
      await db.transaction(async (tx) => {
        for (const item of items) await writeOne(tx, item, now);
      });
    },

    async delete(keys: string[]): Promise<void> {
      if (!Array.isArray(keys)) throw new ReferenceError('Keys are required when deleting.');
      const unique = [...new Set(keys)];
      if (unique.length === 0) return;
      await db.execute(`DELETE FROM bot_state WHERE key IN (${placeholders(unique.length)})`, unique.map(storedKey));
    },
  };
}
