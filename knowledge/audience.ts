import type { PortalProfile } from '../protocol/profile';
import type { AskResult } from './types';

/** A question the base does not answer with confidence still offers the user's own article when it ranks this well. */
const OFFER_SCORE = 0.5;
/** …and the decision gave the question at least this probability (not a topic the base does not answer: those get ~0). */
const OFFER_P = 0.1;
/** Candidates this close to the first are a tie the user's profile may break. */
const TIE = 0.1;

/**
 * The user's profile prefers the articles written for it (their `audience`): it orders the choices
 * offered, breaks a near tie between answers, and turns a fallback into a choice of the profile's
 * article when that article ranks first and well. It never answers what the base would not offer.
 */
export function preferAudience(result: AskResult, profile: PortalProfile | null | undefined, audienceOf: (id: string) => readonly string[] | undefined): AskResult {
  if (!profile) return result;
  const mine = (id: string) => audienceOf(id)?.includes(profile) ?? false;
  if (result.kind === 'clarify') {
    return { ...result, candidates: [...result.candidates].sort((a, b) => Number(mine(b.articleId)) - Number(mine(a.articleId))) };
  }
  if (result.kind === 'answer' && result.articleId && !mine(result.articleId)) {
    const top = result.candidates[0]?.score ?? 0;
    const rival = result.candidates.find((c) => mine(c.articleId) && c.score >= top - TIE);
    return rival ? { ...result, articleId: rival.articleId, candidates: [rival, ...result.candidates.filter((c) => c !== rival)] } : result;
  }
  if (result.kind === 'fallback') {
    const first = result.candidates[0];
    if (first && mine(first.articleId) && first.score >= OFFER_SCORE && result.score >= OFFER_P) return { ...result, kind: 'clarify', candidates: [first] };
  }
  return result;
}
