import { ConversationState, MemoryStorage, TestAdapter, TurnContext, UserState, type Storage, type StoreItems } from 'botbuilder';
import { createTurnStateStore } from '../../bot/turn-state';

/** A MemoryStorage that counts calls. */
function countingStorage() {
  const inner = new MemoryStorage();
  const calls = { read: 0, write: 0, written: [] as string[][] };
  const storage: Storage = {
    read: (keys: string[]) => (calls.read++, inner.read(keys)),
    write: (changes: StoreItems) => (calls.write++, calls.written.push(Object.keys(changes)), inner.write(changes)),
    delete: (keys: string[]) => inner.delete(keys),
  };
  return { storage, calls };
}

const contextFor = (adapter: TestAdapter, text = 'bonjour') =>
  new TurnContext(adapter, {
    type: 'message',
    text,
    channelId: 'test',
    conversation: { id: 'conv-1', isGroup: false, conversationType: 'personal', name: '' },
    from: { id: 'user-1', name: 'u' },
    recipient: { id: 'bot', name: 'bot' },
  });

describe('turn state', () => {
  it('reads both states in one call and writes only what changed, in one call', async () => {
    const { storage, calls } = countingStorage();
    const store = createTurnStateStore(storage);
    const adapter = new TestAdapter(async () => undefined);

    const first = await store.load(contextFor(adapter));
    expect(calls.read).toBe(1);
    expect(first.data.transcript).toEqual([]);
    first.data.lastQuestion = 'facture brouillon';
    first.user.firstSeenAt = '2026-12-01T10:00:00.000Z';
    await store.save(first);
    expect(calls.write).toBe(1);
    expect(calls.written[0]!.sort()).toEqual(['test/conversations/conv-1/', 'test/users/user-1/']);

    // Nothing changed: nothing is written.
    const second = await store.load(contextFor(adapter));
    expect(second.data.lastQuestion).toBe('facture brouillon');
    await store.save(second);
    expect(calls.write).toBe(1);

    // Only the conversation changed: only it is written.
    second.data.fallbacks = 1;
    await store.save(second);
    expect(calls.written[1]).toEqual(['test/conversations/conv-1/']);
  });

  it('reads what botbuilder’s ConversationState and UserState wrote (stored conversations carry on)', async () => {
    const storage = new MemoryStorage();
    const adapter = new TestAdapter(async () => undefined);
    const ctx = contextFor(adapter);
    const conversation = new ConversationState(storage);
    const user = new UserState(storage);
    await conversation.createProperty('relais').set(ctx, { lastQuestion: 'mot de passe oublié', fallbacks: 2 });
    await user.createProperty('relais').set(ctx, { firstSeenAt: '2026-11-30T08:00:00.000Z' });
    await conversation.saveChanges(ctx);
    await user.saveChanges(ctx);

    const loaded = await createTurnStateStore(storage).load(contextFor(adapter));
    expect(loaded.data.lastQuestion).toBe('mot de passe oublié');
    expect(loaded.data.fallbacks).toBe(2);
    // Fields an older state lacks get their defaults.
    expect(loaded.data.answers).toEqual({});
    expect(loaded.user.firstSeenAt).toBe('2026-11-30T08:00:00.000Z');
  });
});
