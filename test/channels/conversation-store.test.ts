import { chatMigrations, createConversationStore } from '../../channels/socket';
import { systemClock } from '../../platform/clock';
import { migrate, type Db } from '../../platform/db';
import { eraseConversations, purgeIdleConversations } from '../../channels';
import { testDatabases, type TestDatabase } from '../helpers/databases';

const requester = (sub: string) => ({ email: `${sub}@x.fr`, name: sub, portalUserId: sub, organisation: null, verified: true });

describe.each(testDatabases())('chat conversation store (%s)', (_name, make) => {
  let databases: TestDatabase;
  let store: ReturnType<typeof createConversationStore>;
  let db: Db;
  beforeEach(async () => {
    databases = make();
    db = await databases.create();
    await migrate(db, chatMigrations);
    store = createConversationStore({ db, clock: systemClock });
  });
  afterEach(() => databases.cleanup());

  it('finds a conversation by its visitor token only', async () => {
    const { conversation, visitorToken } = await store.create(null);
    expect(await store.findByVisitorToken(visitorToken)).toEqual({ id: conversation.id, portalUserId: null, requester: null });
    expect(await store.findByVisitorToken(visitorToken.slice(1) + 'x')).toBeNull();
    expect(await store.findByVisitorToken("' OR 1=1 --")).toBeNull();
  });

  it('ties a conversation to one portal user, atomically', async () => {
    const { conversation } = await store.create(null);
    expect(await store.resume(conversation.id, requester('a'))).toBe(true);
    expect(await store.resume(conversation.id, requester('a'))).toBe(true);
    expect(await store.resume(conversation.id, requester('b'))).toBe(false);
    expect(await store.resume(conversation.id, null)).toBe(true);
  });

  it('finds the conversations whose messages’ text holds a search, any case, newest first; never a JSON key or a pattern character', async () => {
    const a = (await store.create(null)).conversation.id;
    const b = (await store.create(null)).conversation.id;
    await store.append(a, { type: 'message', id: 'a1', text: 'Ma facture FAC-1 reste Bloquée' });
    await store.append(b, { type: 'message', id: 'b1', text: 'facture fac-1 encore', channelData: { note: 'rien' } });
    await store.append(b, { type: 'message', id: 'b2', text: '100% sûr_e' });
    expect((await store.mentioning('FAC-1', 10)).map((m) => m.conversationId)).toEqual([b, a]);
    expect((await store.mentioning('bloquée', 10)).map((m) => m.conversationId)).toEqual([a]);
    expect(await store.mentioning('channelData', 10)).toEqual([]);
    expect((await store.mentioning('0% s', 10)).map((m) => m.conversationId)).toEqual([b]);
    expect(await store.mentioning('%', 10)).toHaveLength(1); // a literal percent sign, not «anything»
    expect(await store.mentioning('r_e', 10)).toHaveLength(1);
    expect(await store.mentioning('fac', 1)).toHaveLength(1);
  });

  it('keeps the history in order and returns the latest ones', async () => {
    const { conversation } = await store.create(requester('a'));
    for (let i = 0; i < 5; i++) await store.append(conversation.id, { type: 'message', id: `m${i}`, text: `t${i}` });
    await store.replace(conversation.id, { type: 'message', id: 'm4', text: 'modifié' });
    await store.remove(conversation.id, 'm3');
    expect((await store.history(conversation.id, 3)).map((a) => a.text)).toEqual(['t1', 't2', 'modifié']);
  });

  it('keeps one message per widget id and conversation, and finds it again', async () => {
    const a = (await store.create(null)).conversation;
    const b = (await store.create(null)).conversation;
    await store.append(a.id, { type: 'message', id: 'm1', text: 'une fois' }, 'all', 'cid-00000001');
    expect(await store.findByClientActivityId(a.id, 'cid-00000001')).toBe('m1');
    expect(await store.findByClientActivityId(b.id, 'cid-00000001')).toBeNull();
    await expect(store.append(a.id, { type: 'message', id: 'm2', text: 'deux fois' }, 'all', 'cid-00000001')).rejects.toMatchObject({ code: 'DB_UNIQUE' });
    // Another conversation may use the same id; messages without one never collide.
    await store.append(b.id, { type: 'message', id: 'm3', text: 'ailleurs' }, 'all', 'cid-00000001');
    await store.append(a.id, { type: 'message', id: 'm4', text: 'bot' });
    await store.append(a.id, { type: 'message', id: 'm5', text: 'bot' });
    expect((await store.history(a.id, 10)).map((m) => m.id)).toEqual(['m1', 'm4', 'm5']);
  });

  it('keeps a conversation’s files byte for byte, gives them only with their conversation, and lets them go with it', async () => {
    const a = (await store.create(null)).conversation.id;
    const b = (await store.create(null)).conversation.id;
    const bytes = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 255, 1, 2, 0, 0, 13, 10]);
    const ref = await store.addFile(a, { filename: 'capture écran.png', mime: 'image/png', bytes });
    expect(ref).toEqual({ id: expect.stringMatching(/^f_/), name: 'capture écran.png', mime: 'image/png', size: bytes.length });
    expect(await store.file(a, ref.id)).toEqual({ filename: 'capture écran.png', mime: 'image/png', bytes });
    expect(await store.file(b, ref.id)).toBeNull();
    const other = await store.addFile(b, { filename: 'b.pdf', mime: 'application/pdf', bytes: Buffer.from('%PDF-1.7 ...') });
    await eraseConversations(db, [a]);
    expect(await store.file(a, ref.id)).toBeNull();
    expect(await store.file(b, other.id)).not.toBeNull();
    // Retention: an idle conversation's files go first, then its messages and itself.
    await purgeIdleConversations(db, Date.now() + 1000);
    expect(await store.file(b, other.id)).toBeNull();
  });
});
