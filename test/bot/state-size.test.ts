import { MAX_ITEM_BYTES } from '../../bot/storage';
import { addLine, emptyConversation, rememberAnswer } from '../../bot/state';

describe('conversation state size', () => {
  it('stays under the storage item limit however long the conversation', () => {
    const data = emptyConversation();
    const at = new Date('2026-11-27T10:00:00Z');
    for (let i = 0; i < 1000; i++) {
      addLine(data, 'user', `é${'x'.repeat(5000)}`, at);
      addLine(data, 'bot', `« réponse » ${'y'.repeat(5000)}`, at);
      rememberAnswer(data, `m${i}`, { question: 'q'.repeat(2000), articleId: 'facture-brouillon', score: 0.9 });
    }
    expect(data.transcript).toHaveLength(100);
    expect(Buffer.byteLength(JSON.stringify(data), "utf8")).toBeLessThan(MAX_ITEM_BYTES / 1.5);
    expect(data.transcript.at(-1)!.text.length).toBeLessThanOrEqual(600);
    expect(data.transcript.at(-2)!.text.length).toBeLessThanOrEqual(2000);
  });
});
