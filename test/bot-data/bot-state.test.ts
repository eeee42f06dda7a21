import { ConversationState, TestAdapter, UserState, type TurnContext } from 'botbuilder';
import { createDbStorage } from '../../bot/storage';
import { testDatabases, type TestDatabase } from '../helpers/databases';
import { botDatabase, fixedClock, secondConnection } from './helpers';

/**
 * botbuilder's own state classes over the database storage: a conversation started on one
 * server process carries on, with its state, on another one.
 */
describe.each(testDatabases())('botbuilder state over the database on %s', (_name, make) => {
  let t: TestDatabase;
  afterAll(() => t.cleanup());

  it('keeps conversation and user state from one process to the next', async () => {
    t = make();
    const clock = fixedClock('2025-03-10T09:00:00Z');
    const processes = [await botDatabase(t), secondConnection(t)];

    // The same bot on each "process": counts turns per conversation and remembers the user's name.
    const botOn = (i: number) => {
      const storage = createDbStorage({ db: processes[i]!, clock });
      const conversation = new ConversationState(storage);
      const user = new UserState(storage);
      const turns = conversation.createProperty<number>('turns');
      const name = user.createProperty<string>('name');
      return async (context: TurnContext) => {
        const n = (await turns.get(context, 0)) + 1;
        await turns.set(context, n);
        if (context.activity.text?.startsWith('je suis ')) await name.set(context, context.activity.text.slice(8));
        await context.sendActivity(`tour ${n}, ${await name.get(context, 'inconnu')}`);
        await conversation.saveChanges(context);
        await user.saveChanges(context);
      };
    };

    try {
      // TestAdapter keeps the same conversation and user ids for both adapters.
      await new TestAdapter(botOn(0)).send('bonjour').assertReply('tour 1, inconnu').send('je suis Marie').assertReply('tour 2, Marie');
      await new TestAdapter(botOn(1)).send('et ensuite ?').assertReply('tour 3, Marie');
    } finally {
      await processes[1]!.close();
    }
  });
});
