/** The knowledge base's editor API (`/api/agent/knowledge`), as the console reads it. */

/** An article's fields (front matter and Markdown body). */
export interface KbArticle {
  id: string;
  title: string;
  summary?: string;
  /** The help centre's section. */
  topic?: string;
  questions: string[];
  tags: string[];
  links: { label: string; url: string }[];
  related: string[];
  /** The article users usually need once they have done what this one says. */
  next?: string;
  /** English title and gist, shown to users who write in English. */
  en?: { title: string; summary: string };
  /** The portal profiles it is written for (protocol/profile.ts): their users get it first. */
  audience?: string[];
  /** Markdown answer. */
  body: string;
}

export interface KbSummary {
  id: string;
  title: string;
  version: number;
  updatedAt: string;
  updatedBy: string;
  questions: number;
}

export interface KbVersion {
  version: number;
  author: string;
  reason: string | null;
  createdAt: number;
}

export interface KbAnswerPreview {
  kind: 'answer' | 'clarify' | 'fallback' | 'intent';
  articleId: string | null;
  title: string | null;
  intent: string | null;
  score: number;
  choices: { articleId: string; title: string }[];
}

export interface KbSetScore {
  inScope: number;
  inScopeRight: number;
  outOfScope: number;
  outOfScopeRefused: number;
}

export interface KbGuardReport {
  sets: { name: string; before: KbSetScore; after: KbSetScore }[];
  total: { before: KbSetScore; after: KbSetScore };
  changed: { set: string; q: string; expect: string[]; before: string; after: string; change: 'lost' | 'won' | 'moved' }[];
  changedCount: number;
  drops: boolean;
}

export interface KbDiffPart {
  change: 'added' | 'removed' | 'same';
  text: string;
}

export interface KbQuestionGroup {
  examples: { text: string; count: number; conversations?: string[] }[];
  count: number;
  suggestion: string | null;
  /** The conversations its wordings were asked in (at most 10), when the request gave them. */
  conversations: string[];
}

/** The public help centre (`/api/aide`). */
export interface HelpEntry {
  id: string;
  title: string;
  summary: string | null;
}

export interface HelpTopic {
  topic: string;
  articles: HelpEntry[];
}

export interface HelpArticle extends HelpEntry {
  topic: string | null;
  body: string;
  links: { label: string; url: string }[];
  related: HelpEntry[];
}
