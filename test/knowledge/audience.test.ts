import path from 'node:path';
import { createKnowledge } from '../../knowledge';
import { preferAudience } from '../../knowledge/audience';
import type { AskResult } from '../../knowledge';

const knowledge = createKnowledge({ articlesDir: path.join(__dirname, '..', '..', 'knowledge', 'articles') });

describe('answers suited to the user’s profile (issue 15, part 4)', () => {
  it('offers a court-fee provider the frais de justice article where the question alone falls back', () => {
    expect(knowledge.ask('où déposer mes frais ?').kind).toBe('fallback');
    const provider = knowledge.ask('où déposer mes frais ?', { profile: 'prestataire-justice' });
    expect(provider).toMatchObject({ kind: 'clarify', candidates: [expect.objectContaining({ articleId: 'frais-de-justice-frais-divers' })] });
    // Another profile changes nothing; a topic the base does not answer stays unanswered.
    expect(knowledge.ask('où déposer mes frais ?', { profile: 'fournisseur' }).kind).toBe('fallback');
    expect(knowledge.ask('quel taux de TVA sur mes frais ?', { profile: 'prestataire-justice' }).kind).toBe('fallback');
  });

  it('puts the profile’s article first among the choices and breaks a near tie, never beyond', () => {
    const audience = (id: string) => (id === 'b' ? ['maitrise-oeuvre'] : undefined);
    const result = (kind: AskResult['kind'], scores: [string, number][]): AskResult => ({
      kind,
      language: 'fr',
      articleId: kind === 'answer' ? scores[0]![0] : null,
      intent: null,
      score: 0.8,
      candidates: scores.map(([articleId, score]) => ({ articleId, score })),
    });
    expect(preferAudience(result('clarify', [['a', 0.9], ['b', 0.8]]), 'maitrise-oeuvre', audience).candidates.map((c) => c.articleId)).toEqual(['b', 'a']);
    expect(preferAudience(result('answer', [['a', 0.9], ['b', 0.85]]), 'maitrise-oeuvre', audience).articleId).toBe('b');
    expect(preferAudience(result('answer', [['a', 0.9], ['b', 0.5]]), 'maitrise-oeuvre', audience).articleId).toBe('a');
    expect(preferAudience(result('answer', [['a', 0.9], ['b', 0.85]]), null, audience).articleId).toBe('a');
  });
});
