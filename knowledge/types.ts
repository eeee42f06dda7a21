import type { PortalProfile } from '../protocol/profile';
import type { Article } from './article';

export type { Article };

export const INTENTS = ['agent', 'ticket', 'greeting', 'thanks', 'goodbye'] as const;
export type Intent = (typeof INTENTS)[number];

export type AskKind = 'answer' | 'clarify' | 'fallback' | 'intent';

/** What a question asks about a topic besides how it works (facets.ts): its price, an address, when it is paid… */
export type Facet = 'price' | 'address' | 'delay' | 'tax' | 'abroad' | 'elsewhere' | 'account' | 'device' | 'software' | 'delete' | 'amend' | 'login' | 'owed' | 'received' | 'recommend' | 'language' | 'self' | 'fraud';

export interface Candidate {
  articleId: string;
  /** Normalised confidence in [0, 1]; comparable across queries of any length. */
  score: number;
}

/** The `ask` contract (README.md, "ask"): printed as is by `npm run ask`. */
export interface AskResult {
  kind: AskKind;
  /** The language the user wrote in; answers stay French, an English message is told so in English. */
  language: 'fr' | 'en';
  /** Understood with the previous question's topic («et pour les travaux ?»). */
  followUp?: boolean;
  /** The message says that what was tried does not work («ça ne marche toujours pas», «still not working»). */
  failure?: boolean;
  /**
   * For a follow-up (answered or clarified), the conversation's topic in the user's words: the
   * earlier topic and this message together. The next message's `lastQuestion` («et si le bouton est grisé ?» after «une
   * fenêtre s'ouvre, je fais quoi ?»), so that a chain of follow-ups keeps the first one's topic.
   * A fallback after earlier messages carries it too: the subject outlives a message not understood.
   */
  topic?: string;
  /** A fallback because the articles on the topic do not say what is asked (the price, an address…): the question was understood. */
  unsaid?: Facet;
  articleId: string | null;
  intent: Intent | null;
  score: number;
  /** Best first; for `clarify`, the choices to offer (up to 3). */
  candidates: Candidate[];
}

/** What a conversation tells `ask` about itself, so that follow-ups can be understood. */
export interface AskContext {
  /** The user's previous question in this conversation: follow-ups («et pour les travaux ?») borrow its topic. */
  lastQuestion?: string | null;
  /** The article the bot answered last (none after a clarification or a fallback): the topic a follow-up continues. */
  lastArticle?: string | null;
  /** The conversation's first question (its topic) and the article that answered it: «revenons à ma première question» (first-topic.ts). */
  firstQuestion?: string | null;
  firstArticle?: string | null;
  /** What the bot's last message offered to do (a person, a ticket): a bare «oui» or «vas-y» takes it. */
  lastOffer?: 'agent' | 'ticket' | null;
  /** Who the verified user is (the identity token's `profile`): their articles come first (audience.ts). */
  profile?: PortalProfile | null;
}

/** Intent thresholds (the article decision is the calibrated model of decision.ts). */
export interface Thresholds {
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
