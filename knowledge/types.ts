import type { Article } from './article';

export type { Article };

export const INTENTS = ['agent', 'ticket', 'greeting', 'thanks', 'goodbye'] as const;
export type Intent = (typeof INTENTS)[number];

export type AskKind = 'answer' | 'clarify' | 'fallback' | 'intent';

export interface Candidate {
  articleId: string;
  /** Normalised confidence in [0, 1]; comparable across queries of any length. */
  score: number;
}

/** The `ask` contract (DESIGN.md): printed as is by `npm run ask`. */
export interface AskResult {
  kind: AskKind;
  articleId: string | null;
  intent: Intent | null;
  score: number;
  /** Best first; for `clarify`, the choices to offer (up to 3). */
  candidates: Candidate[];
}

export interface Thresholds {
  /** Minimum normalised score for an article to be relevant at all. */
  answer: number;
  /** A runner-up scoring at least this fraction of the best makes the answer ambiguous. */
  clarifyRatio: number;
  /** Minimum example similarity for an intent when an article also matches. */
  intent: number;
  /** Minimum example similarity for an intent when no article is relevant. */
  intentAlone: number;
}

export interface ScoringOptions {
  /** Weight of a question word the base has never seen, as a fraction of the highest idf. */
  unknownWeight: number;
  /** Matched idf mass (as a multiple of the highest idf) at which evidence saturates to 1. */
  evidenceScale: number;
  /** Credit given to a term matched only through typo tolerance or prefix. */
  approximateCredit: number;
}
