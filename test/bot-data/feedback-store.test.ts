import type { Db } from '../../platform/db';
import { createFeedbackStore, MAX_TEXT_LENGTH, normalizeQuestion, type FeedbackStore, type Rating } from '../../bot/feedback';
import { testDatabases, type TestDatabase } from '../helpers/databases';
import { botDatabase, fixedClock } from './helpers';

const rating = (over: Partial<Rating> = {}): Rating => ({
  conversationId: 'c1',
  messageId: 'm1',
  reaction: 'dislike',
  question: 'Comment déposer une facture ?',
  articleId: 'facture-brouillon',
  score: 0.82,
  comment: null,
  at: new Date('2025-03-10T10:00:00Z'),
  ...over,
});

describe('normalizeQuestion', () => {
  it('lower-cases, folds accents and ligatures, drops punctuation and extra spaces', () => {
    expect(normalizeQuestion('  Où   DÉPOSER ma facture ?!  ')).toBe('ou deposer ma facture');
    expect(normalizeQuestion('L’œuvre… mot-de-passe, s.v.p.')).toBe('l oeuvre mot de passe s v p');
    expect(normalizeQuestion("l'attestation")).toBe(normalizeQuestion('L’ATTESTATION'));
    expect(normalizeQuestion('Ça coûte 10 € ?')).toBe('ca coute 10');
  });

  it('cuts to 300 characters', () => {
    const out = normalizeQuestion('Facturé '.repeat(100));
    expect(out).toHaveLength(300);
    expect(out).toBe('facture '.repeat(100).slice(0, 300));
    expect(normalizeQuestion('x'.repeat(299) + ' y')).toBe('x'.repeat(299)); // no trailing space left
  });
});

describe.each(testDatabases())('feedback store on %s', (_name, make) => {
  let t: TestDatabase;
  let db: Db;
  let store: FeedbackStore;
  const clock = fixedClock('2025-03-10T12:00:00Z');

  const ratingsOf = (messageId: string) =>
    db.query<{ reaction: string; question: string | null; article_id: string | null; score: number | null; comment: string | null; created_at: number }>(
      'SELECT reaction, question, article_id, score, comment, created_at FROM bot_ratings WHERE message_id = $1 ORDER BY id',
      [messageId],
    );

  beforeAll(async () => {
    t = make();
    db = await botDatabase(t);
    store = createFeedbackStore(db, clock);
  });
  afterAll(() => t.cleanup());

  it('records a rating with all its fields', async () => {
    await store.recordRating(rating({ messageId: 'r1', reaction: 'like', comment: 'Parfait' }));
    expect(await ratingsOf('r1')).toEqual([
      { reaction: 'like', question: 'Comment déposer une facture ?', article_id: 'facture-brouillon', score: 0.82, comment: 'Parfait', created_at: Date.parse('2025-03-10T10:00:00Z') },
    ]);
  });

  it('attaches a comment to the latest dislike of that message in that conversation only', async () => {
    await store.recordRating(rating({ messageId: 'r2', at: new Date('2025-03-10T10:00:00Z') }));
    await store.recordRating(rating({ messageId: 'r2', at: new Date('2025-03-10T10:05:00Z') }));
    await store.recordRating(rating({ messageId: 'r2', conversationId: 'other' }));
    await store.addComment('c1', 'r2', '  Le lien ne fonctionne pas.  ');
    const rows = await ratingsOf('r2');
    expect(rows.map((r) => r.comment)).toEqual([null, 'Le lien ne fonctionne pas.', null]);
  });

  it('without a dislike, keeps the comment as a new dislike with what is known of the message', async () => {
    await store.recordRating(rating({ messageId: 'r3', reaction: 'like' }));
    await store.addComment('c1', 'r3', 'En fait non, ce n’est pas ça.');
    await store.addComment('c1', 'unknown-message', 'Rien compris');
    const r3 = await ratingsOf('r3');
    expect(r3[1]).toEqual({
      reaction: 'dislike',
      question: 'Comment déposer une facture ?',
      article_id: 'facture-brouillon',
      score: 0.82,
      comment: 'En fait non, ce n’est pas ça.',
      created_at: clock.now().getTime(),
    });
    expect(await ratingsOf('unknown-message')).toEqual([
      { reaction: 'dislike', question: null, article_id: null, score: null, comment: 'Rien compris', created_at: clock.now().getTime() },
    ]);
  });

  it('ignores an empty comment and cuts an overly long one', async () => {
    await store.recordRating(rating({ messageId: 'r4' }));
    await store.addComment('c1', 'r4', '   ');
    expect((await ratingsOf('r4'))[0]!.comment).toBeNull();
    await store.addComment('c1', 'r4', 'é'.repeat(MAX_TEXT_LENGTH + 50));
    expect((await ratingsOf('r4'))[0]!.comment).toBe('é'.repeat(MAX_TEXT_LENGTH));
  });

  it('records unanswered questions with their normalized form', async () => {
    await store.recordUnanswered({ conversationId: 'c9', question: '  Où est passé mon  BON de commande ? ', score: 0.12, at: new Date('2025-03-11T08:00:00Z') });
    const rows = await db.query('SELECT conversation_id, question, normalized_question, score, created_at FROM bot_unanswered WHERE conversation_id = $1', ['c9']);
    expect(rows).toEqual([
      {
        conversation_id: 'c9',
        question: 'Où est passé mon  BON de commande ?',
        normalized_question: 'ou est passe mon bon de commande',
        score: 0.12,
        created_at: Date.parse('2025-03-11T08:00:00Z'),
      },
    ]);
  });
});
