import path from 'node:path';
import { createKnowledge } from '../../../knowledge';
import { askInConversation, labelOf } from '../../../knowledge/evaluate';
import type { AskResult } from '../../../knowledge/types';

/**
 * The behaviours of issue 10 on the real base (the figures are in knowledge/eval/README.md), split
 * by iteration over the files of this folder; each file loads the base once through this module.
 */
export const knowledge = createKnowledge({ articlesDir: path.join(__dirname, '..', '..', '..', 'knowledge', 'articles') });
/** The article a result answers with, or the articles its « Vouliez-vous dire » offers. */
const articlesOf = (r: AskResult) => (r.kind === 'answer' ? [r.articleId] : r.kind === 'clarify' ? r.candidates.map((c) => c.articleId) : []);
/** The article answered, or the articles a « Vouliez-vous dire » offers. */
export const offered = (q: string, context?: { lastQuestion?: string; lastArticle?: string }) => articlesOf(knowledge.ask(q, context));
/** What a conversation's last message gets: its earlier messages are asked first (evaluate.ts). */
export const askedIn = (...messages: string[]) => askInConversation(knowledge.ask, { q: messages.at(-1)!, context: messages.slice(0, -1) });
/** The label (article, intent or fallback) of what a conversation's last message gets. */
export const conversation = (...messages: string[]) => labelOf(askedIn(...messages));
/** The article a conversation's last message is answered with, or the articles a « Vouliez-vous dire » offers. */
export const offeredIn = (...messages: string[]) => articlesOf(askedIn(...messages));
/** The article answered, `intent:NAME`, or the kind of result (clarify, fallback). */
export const answered = (q: string, context?: { lastQuestion?: string; lastArticle?: string; lastOffer?: 'agent' | 'ticket' }) => {
  const r = knowledge.ask(q, context);
  return r.kind === 'answer' ? r.articleId : r.kind === 'intent' ? `intent:${r.intent}` : r.kind;
};
