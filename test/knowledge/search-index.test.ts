import { createAnalyzer } from '../../knowledge/analyzer';
import type { Article } from '../../knowledge/article';
import path from 'node:path';
import MiniSearch from 'minisearch';
import { loadArticles } from '../../knowledge/article';
import { createKnowledgeIndex, DEFAULT_BOOSTS, oneSlipApart } from '../../knowledge/search-index';
import { correctSurface, createSurfaceCorrector } from '../../knowledge/spelling';

const article = (i: number, words: string): Article => ({
  id: `a-${i}`,
  title: words,
  questions: [words],
  tags: [],
  links: [],
  related: [],
  body: '',
  file: `a-${i}.md`,
});

/**
 * 1,000 articles: «facture» in every one (common), «brouillon» in every 40th (rare), and
 * «paiement» in the even ones (common too): a large base's two-phase search.
 */
const articles = Array.from({ length: 1000 }, (_, i) =>
  article(i, ['facture', `sujet${i}`, i % 40 === 0 ? 'brouillon' : '', i % 2 === 0 ? 'paiement' : ''].join(' ')),
);
const analyzer = createAnalyzer();
const index = createKnowledgeIndex(articles, analyzer);
const term = (w: string) => analyzer.processTerm(w)!;

describe('knowledge index on a large base', () => {
  it('tells common terms from rare ones by their share of the articles', () => {
    expect(index.stats(term('facture')).common).toBe(true);
    expect(index.stats(term('paiement')).common).toBe(true);
    expect(index.stats(term('brouillon')).common).toBe(false);
  });

  it('finds candidates with the rare terms and marks the common terms each of them holds', () => {
    const hits = index.search([term('facture'), term('brouillon'), term('paiement')], 100);
    expect(hits.map((h) => h.articleId).sort()).toEqual(articles.filter((_, i) => i % 40 === 0).map((a) => a.id).sort());
    for (const h of hits) {
      expect(h.exact.has(term('brouillon'))).toBe(true);
      expect(h.exact.has(term('facture'))).toBe(true);
      // Every 40th article is even: all of them hold «paiement».
      expect(h.exact.has(term('paiement'))).toBe(true);
    }
  });

  it('does not credit a candidate with a common term it lacks', () => {
    const without = createKnowledgeIndex(
      articles.map((a, i) => (i === 40 ? article(40, 'facture sujet40 brouillon') : a)),
      analyzer,
    );
    const hits = without.search([term('brouillon'), term('paiement')], 100);
    expect(hits.find((h) => h.articleId === 'a-40')!.exact.has(term('paiement'))).toBe(false);
    expect(hits.find((h) => h.articleId === 'a-80')!.exact.has(term('paiement'))).toBe(true);
  });

  it('answers a message of common words from the least common one’s best articles, ranked by BM25, without sharing state between searches', () => {
    // «paiement» (500 articles) is less common than «facture» (1,000): it finds the candidates.
    const hits = index.search([term('facture'), term('paiement')], 10);
    expect(hits).toHaveLength(10);
    for (const h of hits) {
      expect(Number(h.articleId.slice(2)) % 2).toBe(0);
      expect(h.exact.has(term('paiement'))).toBe(true);
      expect(h.exact.has(term('facture'))).toBe(true);
    }
    for (let i = 1; i < hits.length; i++) expect(hits[i]!.bm25).toBeLessThanOrEqual(hits[i - 1]!.bm25);
    // A later search of «paiement» alone does not see the «facture» marked on the hits above.
    const alone = index.search([term('paiement')], 10);
    expect(alone.map((h) => h.articleId)).toEqual(hits.map((h) => h.articleId));
    for (const h of alone) expect(h.exact.has(term('facture'))).toBe(false);
  });
});

describe('knowledge index of long articles', () => {
  it('indexes every word of an article, however long its fields (a message is cut, a document never)', () => {
    const filler = Array.from({ length: 60 }, (_, i) => `comment envoyer une facture numero ${i}`);
    const long: Article = { ...article(1, 'Envoyer une facture'), questions: [...filler, 'délai de traitement'], body: `${'Texte. '.repeat(300)}Rubrique brouillonne.` };
    expect(long.questions.join('\n').length).toBeGreaterThan(1000);
    const small = createKnowledgeIndex([long, article(2, 'autre chose')], analyzer);
    expect(small.stats(term('traitement')).known).toBe(true);
    expect(small.stats(term('brouillonne')).known).toBe(true);
    // The message itself is still cut at MAX_QUESTION_CHARS.
    expect(analyzer.tokenize(`${'a '.repeat(600)}traitement`)).not.toContain('traitement');
  });
});

describe('typo correction', () => {
  it('is one slip apart, first letter kept: a letter missing, one too many, one replaced, two swapped', () => {
    expect(oneSlipApart('factur', 'factru')).toBe(true);
    expect(oneSlipApart('factur', 'factu')).toBe(true);
    expect(oneSlipApart('factu', 'factur')).toBe(true);
    expect(oneSlipApart('factur', 'factor')).toBe(true);
    // Two edits that the symmetric-deletion index pairs, and a first letter changed.
    expect(oneSlipApart('parent', 'parven')).toBe(false);
    expect(oneSlipApart('laiss', 'baiss')).toBe(false);
  });

  it('corrects a slip in the word before stemming, from the terms the base knows', () => {
    const a = createAnalyzer();
    const known = new Map([[a.processTerm('deplacement')!, 3]]);
    expect(correctSurface('deplacemnt', a.processTerm, (t) => known.get(t) ?? 0)).toBe(a.processTerm('deplacement'));
    expect(correctSurface('zorglubation', a.processTerm, (t) => known.get(t) ?? 0)).toBeNull();
    expect(correctSurface('x'.repeat(1000), a.processTerm, () => 1)).toBeNull();
  });

  it('looks a word’s variants up once per base, then remembers the correction', () => {
    const a = createAnalyzer();
    const known = new Map([[a.processTerm('deplacement')!, 3]]);
    let lookups = 0;
    const correct = createSurfaceCorrector((w) => (lookups++, a.processTerm(w)), (t) => known.get(t) ?? 0);
    expect(correct('deplacemnt')).toBe(a.processTerm('deplacement'));
    const first = lookups;
    expect(first).toBeGreaterThan(10);
    expect(correct('deplacemnt')).toBe(a.processTerm('deplacement'));
    expect(lookups).toBe(first);
    expect(correct('zorglubation')).toBeNull();
    const second = lookups;
    expect(second).toBeGreaterThan(first);
    expect(correct('zorglubation')).toBeNull();
    expect(lookups).toBe(second);
  });
});

describe('knowledge index on the real base', () => {
  const real = loadArticles(path.join(__dirname, '..', '..', 'knowledge', 'articles'));
  const realIndex = createKnowledgeIndex(real, analyzer);
  /** The same documents in a plain MiniSearch, queried with every term at once (what the index did before it combined its terms' own results). */
  const plain = new MiniSearch({ fields: ['title', 'questions', 'tags', 'body'], tokenize: (t) => analyzer.tokenizeDocument(t), processTerm: (t) => analyzer.processTerm(t) });
  plain.addAll(real.map((a) => ({ id: a.id, title: a.title, questions: a.questions.join('\n'), tags: a.tags.join('\n'), body: a.body })));
  const known = (t: string) => realIndex.stats(t).known;

  it.each([
    'comment envoyer une facture restée en brouillon à la mairie',
    'frais de justice déplacement affranchissement mémoire expert',
    'mot de passe oublié connexion impossible compte bloqué',
    // «factu» and «webin» are unknown truncations: looked up as prefixes, with their lower weight.
    'suivre ma factu webin travaux maîtrise œuvre décompte',
  ])('ranks and scores a many-term message exactly as one MiniSearch OR query: %s', (message) => {
    const terms = [...new Set(analyzer.tokenize(message).map((w) => analyzer.processTerm(w)).filter((t): t is string => !!t))];
    const expected = plain.search(terms.join(' '), {
      tokenize: (q) => q.split(' '),
      processTerm: (t) => t,
      boost: { ...DEFAULT_BOOSTS },
      combineWith: 'OR',
      prefix: (t) => !known(t) && t.length >= 5,
      weights: { fuzzy: 0.5, prefix: 0.6 },
    });
    for (let round = 0; round < 2; round++) {
      // The second round reads the terms' kept results: the same answer.
      const hits = realIndex.search(terms, 100);
      expect(hits.map((h) => h.articleId)).toEqual(expected.map((r) => r.id));
      hits.forEach((h, i) => {
        expect(h.bm25).toBeCloseTo(expected[i]!.score, 9);
        expect([...h.exact].sort()).toEqual(expected[i]!.queryTerms.filter((q) => Object.hasOwn(expected[i]!.match, q)).sort());
      });
    }
  });
});
