import type { Storage } from 'botbuilder';
import type { Db } from '../../platform/db';
import { createDbStorage, MAX_ITEM_BYTES, StorageError } from '../../bot/storage';
import { testDatabases, type TestDatabase } from '../helpers/databases';
import { botDatabase, fixedClock, secondConnection } from './helpers';

describe.each(testDatabases())('bot state storage on %s', (_name, make) => {
  let t: TestDatabase;
  let db: Db;
  let storage: Storage;
  const clock = fixedClock('2025-03-10T09:00:00Z');

  beforeAll(async () => {
    t = make();
    db = await botDatabase(t);
    storage = createDbStorage({ db, clock });
  });
  afterAll(() => t.cleanup());

  it('reads nothing for unknown keys, then what was written, with an eTag', async () => {
    expect(await storage.read(['nope'])).toEqual({});
    expect(await storage.read([])).toEqual({});
    await storage.write({ 'webchat/conversations/a': { topic: 'facture' }, 'webchat/users/u': { name: 'Marie' } });
    const items = await storage.read(['webchat/conversations/a', 'webchat/users/u', 'missing']);
    expect(Object.keys(items).sort()).toEqual(['webchat/conversations/a', 'webchat/users/u']);
    expect(items['webchat/conversations/a']).toEqual({ topic: 'facture', eTag: expect.stringMatching(/^\d+$/) });
    expect(items['webchat/users/u']!.name).toBe('Marie');
  });

  it('round-trips nested JSON exactly (and does not store the eTag inside the data)', async () => {
    const state = {
      dialogState: { stack: [{ id: 'main', state: { step: 2, options: { retry: true, none: null } } }] },
      turns: [1, 2.5, -3],
      text: 'Accès à « Chorus Pro » — l’œuvre ✓ 😀',
      empty: {},
    };
    await storage.write({ nested: { ...state, eTag: '*' } });
    const { nested } = await storage.read(['nested']);
    const { eTag, ...data } = nested!;
    expect(data).toEqual(state);
    const raw = await db.query<{ data: string }>('SELECT data FROM bot_state WHERE key = $1', ['nested']);
    expect(JSON.parse(raw[0]!.data)).not.toHaveProperty('eTag');
  });

  it('changes the eTag on every write; a matching eTag writes, a stale one conflicts', async () => {
    await storage.write({ k: { n: 1 } });
    const first = (await storage.read(['k'])).k!;
    await storage.write({ k: { n: 2, eTag: first.eTag } });
    const second = (await storage.read(['k'])).k!;
    expect(second).toMatchObject({ n: 2 });
    expect(second.eTag).not.toBe(first.eTag);

    await expect(storage.write({ k: { n: 3, eTag: first.eTag } })).rejects.toThrow('Storage: error writing "k" due to eTag conflict.');
    await expect(storage.write({ k: { n: 3, eTag: 'not-a-number' } })).rejects.toMatchObject({ code: 'CONFLICT' });
    expect((await storage.read(['k'])).k).toEqual(second);
  });

  it("'*' and a missing eTag overwrite whatever is stored (botbuilder's BotState writes '*')", async () => {
    await storage.write({ w: { v: 1 } });
    const before = (await storage.read(['w'])).w!;
    await storage.write({ w: { v: 2, eTag: '*' } });
    await storage.write({ w: { v: 3 } });
    const after = (await storage.read(['w'])).w!;
    expect(after.v).toBe(3);
    expect(after.eTag).not.toBe(before.eTag);
  });

  it('creates a new key even with an eTag, as MemoryStorage does', async () => {
    await storage.write({ fresh: { v: 1, eTag: '12345' } });
    expect((await storage.read(['fresh'])).fresh).toMatchObject({ v: 1 });
  });

  it('deletes keys; deleting unknown keys is fine', async () => {
    await storage.write({ d1: { a: 1 }, d2: { a: 2 } });
    await storage.delete(['d1', 'unknown']);
    expect(Object.keys(await storage.read(['d1', 'd2']))).toEqual(['d2']);
    await storage.delete([]);
  });

  it('writes several keys all or nothing', async () => {
    await storage.write({ m1: { v: 1 } });
    const stale = (await storage.read(['m1'])).m1!.eTag;
    await storage.write({ m1: { v: 2 } });
    await expect(storage.write({ m0: { v: 'new' }, m1: { v: 3, eTag: stale } })).rejects.toThrow(/eTag conflict/);
    expect(await storage.read(['m0'])).toEqual({});
    expect((await storage.read(['m1'])).m1!.v).toBe(2);
  });

  it('stores very long keys (hashed past 255 characters) without mixing them up', async () => {
    const a = `msteams/conversations/${'a:'.repeat(2000)}x`;
    const b = `msteams/conversations/${'a:'.repeat(2000)}y`;
    const short = 'é'.repeat(255);
    await storage.write({ [a]: { who: 'a' }, [b]: { who: 'b' }, [short]: { who: 'short' } });
    const items = await storage.read([a, b, short]);
    expect([items[a]!.who, items[b]!.who, items[short]!.who]).toEqual(['a', 'b', 'short']);
    await storage.write({ [a]: { who: 'a2', eTag: items[a]!.eTag } });
    expect((await storage.read([a])).a2).toBeUndefined();
    expect((await storage.read([a]))[a]!.who).toBe('a2');
    await storage.delete([a]);
    expect(Object.keys(await storage.read([a, b]))).toEqual([b]);
  });

  it('refuses an item over 256 KB of JSON, or not an object, with a clear error and nothing written', async () => {
    const big = { blob: 'x'.repeat(MAX_ITEM_BYTES) };
    const err = await storage.write({ ok: { v: 1 }, big }).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(StorageError);
    expect(err).toMatchObject({ code: 'TOO_LARGE', message: expect.stringMatching(/"big" is \d+ bytes of JSON, over the 262144-byte limit/) });
    expect(await storage.read(['ok', 'big'])).toEqual({});
    await expect(storage.write({ bad: null as never })).rejects.toMatchObject({ code: 'INVALID_INPUT' });
  });

  it('keeps state across a restart and shares it with another process', async () => {
    await storage.write({ shared: { step: 'ask-comment' } });
    const other = secondConnection(t);
    try {
      const there = createDbStorage({ db: other, clock });
      const item = (await there.read(['shared'])).shared!;
      expect(item.step).toBe('ask-comment');
      await there.write({ shared: { step: 'offer-agent', eTag: item.eTag } });
      expect((await storage.read(['shared'])).shared!.step).toBe('offer-agent');
    } finally {
      await other.close();
    }
  });

  it.each([
    ['an existing key', true],
    ['a new key', false],
  ])('lets exactly one of concurrent writes with the same eTag win on %s', async (_label, exists) => {
    const key = `race-${exists ? 'existing' : 'new'}`;
    let eTag = '987654321';
    if (exists) {
      await storage.write({ [key]: { v: 0 } });
      eTag = (await storage.read([key]))[key]!.eTag!;
    }
    const other = secondConnection(t);
    try {
      const stores = [storage, createDbStorage({ db: other, clock })];
      const results = await Promise.allSettled(
        Array.from({ length: 12 }, (_, i) => stores[i % 2]!.write({ [key]: { v: i + 1, eTag } })),
      );
      const won = results.filter((r) => r.status === 'fulfilled');
      const lost = results.filter((r): r is PromiseRejectedResult => r.status === 'rejected');
      expect(won).toHaveLength(1);
      expect(lost).toHaveLength(11);
      for (const r of lost) expect(String(r.reason.message)).toMatch(/eTag conflict/);
      expect((await storage.read([key]))[key]!.v).toBeGreaterThan(0);
    } finally {
      await other.close();
    }
  });

  it('records when each key was last written', async () => {
    await storage.write({ stamped: { v: 1 } });
    const [row] = await db.query<{ updated_at: number }>('SELECT updated_at FROM bot_state WHERE key = $1', ['stamped']);
    expect(Number(row!.updated_at)).toBe(Date.parse('2025-03-10T09:00:00Z'));
  });
});
