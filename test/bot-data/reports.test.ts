import type { Db } from '../../platform/db';
import { createFeedbackStore, type FeedbackStore, type Rating } from '../../bot/feedback';
import { createReports, MAX_COMMENTS_PER_ARTICLE, MAX_UNANSWERED_GROUPS, type Reports } from '../../bot/reports';
import { testDatabases, type TestDatabase } from '../helpers/databases';
import { botDatabase, fixedClock } from './helpers';

const MARCH = { from: new Date('2025-03-01T00:00:00Z'), to: new Date('2025-03-31T23:59:59.999Z') };
let seq = 0;

describe.each(testDatabases())('reports on %s', (_name, make) => {
  let t: TestDatabase;
  let db: Db;
  let store: FeedbackStore;
  let reports: Reports;

  const rate = (articleId: string | null, reaction: Rating['reaction'], at: string, over: Partial<Rating> = {}) =>
    store.recordRating({
      conversationId: `c${++seq}`,
      messageId: `m${seq}`,
      reaction,
      question: `question ${seq}`,
      articleId,
      score: 0.7,
      comment: null,
      at: new Date(at),
      ...over,
    });
  const repeat = async (n: number, fn: (i: number) => Promise<void>) => {
    for (let i = 0; i < n; i++) await fn(i);
  };

  beforeEach(async () => {
    t = make();
    db = await botDatabase(t);
    store = createFeedbackStore(db, fixedClock('2025-03-20T12:00:00Z'));
    reports = createReports(db);
  });
  afterEach(() => t.cleanup());

  describe('feedback', () => {
    it('counts likes and dislikes per article, worst dislike rate first, then most dislikes', async () => {
      await repeat(1, () => rate('envoi-edi', 'like', '2025-03-05T10:00:00Z'));
      await repeat(3, () => rate('envoi-edi', 'dislike', '2025-03-05T10:00:00Z')); // 75 %
      await repeat(1, () => rate('facture-brouillon', 'dislike', '2025-03-06T10:00:00Z')); // 100 %, 1
      await repeat(2, () => rate('mot-de-passe-oublie', 'dislike', '2025-03-06T10:00:00Z')); // 100 %, 2
      await repeat(4, () => rate('suivre-une-facture', 'like', '2025-03-07T10:00:00Z')); // 0 %
      await rate(null, 'dislike', '2025-03-07T10:00:00Z'); // a fallback answer

      const rows = await reports.feedback(MARCH);
      expect(rows.map((r) => [r.articleId, r.likes, r.dislikes, r.total, r.dislikeRate])).toEqual([
        ['mot-de-passe-oublie', 0, 2, 2, 1],
        ['facture-brouillon', 0, 1, 1, 1],
        [null, 0, 1, 1, 1],
        ['envoi-edi', 1, 3, 4, 0.75],
        ['suivre-une-facture', 4, 0, 4, 0],
      ]);
    });

    it('counts a message once, with its latest reaction', async () => {
      const same = { conversationId: 'cx', messageId: 'mx' };
      await rate('envoi-edi', 'like', '2025-03-05T10:00:00Z', same);
      await rate('envoi-edi', 'dislike', '2025-03-05T10:01:00Z', same);
      await rate('envoi-edi', 'like', '2025-03-05T10:00:00Z', { conversationId: 'cy', messageId: 'mx' });
      expect(await reports.feedback(MARCH)).toMatchObject([{ articleId: 'envoi-edi', likes: 1, dislikes: 1, total: 2, dislikeRate: 0.5 }]);
    });

    it('lists comments latest first, at most 20 per article, with reaction and question', async () => {
      await repeat(MAX_COMMENTS_PER_ARTICLE + 5, (i) =>
        rate('envoi-edi', 'dislike', `2025-03-${String(2 + i).padStart(2, '0')}T10:00:00Z`, { comment: `commentaire ${i}` }),
      );
      await rate('envoi-edi', 'like', '2025-03-30T10:00:00Z', { comment: 'Très clair', question: 'EDI ?' });
      await rate('facture-brouillon', 'dislike', '2025-03-03T10:00:00Z');
      await store.addComment(`c${seq}`, `m${seq}`, 'Lien cassé');

      const [brouillon, edi] = await reports.feedback(MARCH); // 1/1 disliked, then 25/26
      expect(edi!.articleId).toBe('envoi-edi');
      expect(edi!.comments).toHaveLength(MAX_COMMENTS_PER_ARTICLE);
      expect(edi!.comments[0]).toEqual({ comment: 'Très clair', reaction: 'like', question: 'EDI ?', at: new Date('2025-03-30T10:00:00Z'), conversationId: `c${seq - 1}` });
      expect(edi!.comments.slice(1, 3).map((c) => c.comment)).toEqual(['commentaire 24', 'commentaire 23']);
      expect(brouillon).toMatchObject({ articleId: 'facture-brouillon', dislikes: 1, comments: [{ comment: 'Lien cassé', reaction: 'dislike' }] });
    });

    it('keeps only ratings inside the range, both ends included', async () => {
      await rate('envoi-edi', 'dislike', '2025-02-28T23:59:59.999Z');
      await rate('envoi-edi', 'like', '2025-03-01T00:00:00.000Z');
      await rate('envoi-edi', 'like', '2025-03-31T23:59:59.999Z');
      await rate('envoi-edi', 'dislike', '2025-04-01T00:00:00.000Z', { comment: 'hors période' });
      expect(await reports.feedback(MARCH)).toEqual([
        { articleId: 'envoi-edi', likes: 2, dislikes: 0, total: 2, dislikeRate: 0, comments: [] },
      ]);
      expect(await reports.feedback({ from: new Date('2025-05-01'), to: new Date('2025-05-31') })).toEqual([]);
    });
  });

  describe('unanswered', () => {
    const ask = (question: string, at: string) => store.recordUnanswered({ conversationId: `c${++seq}`, question, score: 0.1, at: new Date(at) });

    it('groups questions by normalized text, most frequent first, with the latest wording, time and conversations', async () => {
      const b = seq;
      const c = (n: number) => `c${b + n}`;
      await ask('Où trouver mon bon de commande ?', '2025-03-02T09:00:00Z');
      await ask('ou trouver mon BON DE COMMANDE', '2025-03-04T09:00:00Z');
      await ask('Où  trouver mon bon-de-commande ?!', '2025-03-03T09:00:00Z');
      await ask('Quel est le délai de paiement ?', '2025-03-10T09:00:00Z');
      await ask('quel est le delai de paiement', '2025-03-05T09:00:00Z');
      await ask('Qui est le président ?', '2025-03-20T09:00:00Z');
      await ask('Où trouver mon bon de commande ?', '2025-04-02T09:00:00Z'); // out of range

      expect(await reports.unanswered(MARCH)).toEqual([
        { normalizedQuestion: 'ou trouver mon bon de commande', example: 'ou trouver mon BON DE COMMANDE', count: 3, lastSeen: new Date('2025-03-04T09:00:00Z'), conversations: [c(2), c(3), c(1)] },
        { normalizedQuestion: 'quel est le delai de paiement', example: 'Quel est le délai de paiement ?', count: 2, lastSeen: new Date('2025-03-10T09:00:00Z'), conversations: [c(4), c(5)] },
        { normalizedQuestion: 'qui est le president', example: 'Qui est le président ?', count: 1, lastSeen: new Date('2025-03-20T09:00:00Z'), conversations: [c(6)] },
      ]);
    });

    it('breaks ties by the most recent group, and returns at most 200 groups', async () => {
      await repeat(MAX_UNANSWERED_GROUPS + 3, (i) => ask(`question numéro ${i}`, `2025-03-10T${String(i % 24).padStart(2, '0')}:00:00Z`));
      const rows = await reports.unanswered(MARCH);
      expect(rows).toHaveLength(MAX_UNANSWERED_GROUPS);
      expect(rows[0]!.lastSeen.toISOString()).toBe('2025-03-10T23:00:00.000Z');
      expect(rows.every((r) => r.count === 1)).toBe(true);
    });
  });

  it('refuses an invalid date', async () => {
    await expect(reports.feedback({ from: new Date('nope'), to: new Date() })).rejects.toThrow(/reports: invalid date/);
  });
});
