import type { Knowledge } from '../index';
import type { KbQuestionGroup } from '../../protocol/knowledge-base';

export interface AskedQuestion {
  text: string;
  count: number;
  /** The conversations it was asked in (the reports give the latest few). */
  conversations?: string[];
}

export type QuestionGroup = KbQuestionGroup;

/** Two wordings share this much of their terms (Jaccard) to be one group. */
const SIMILAR = 0.4;
const MAX_EXAMPLES = 10;
const MAX_CONVERSATIONS = 10;

const jaccard = (a: ReadonlySet<string>, b: ReadonlySet<string>) => {
  let inter = 0;
  for (const t of a) if (b.has(t)) inter++;
  const union = a.size + b.size - inter;
  return union === 0 ? 0 : inter / union;
};

/**
 * Unanswered wordings grouped by what the engine reads in them (its terms after normalisation,
 * stemming, synonyms and spelling), most asked first: «mdp perdu ?» and «j'ai perdu mon mot de
 * passe» are one group. Greedy: each wording joins the first group whose main wording it resembles.
 */
export function groupBySimilarity(knowledge: Knowledge, questions: readonly AskedQuestion[]): QuestionGroup[] {
  const sorted = [...questions].sort((a, b) => b.count - a.count);
  const groups: { terms: Set<string>; group: QuestionGroup }[] = [];
  for (const q of sorted) {
    const analysis = knowledge.analyse(q.text);
    const terms = new Set(analysis.message.terms);
    const home = groups.find((g) => jaccard(g.terms, terms) >= SIMILAR);
    if (home) {
      home.group.count += q.count;
      if (home.group.examples.length < MAX_EXAMPLES) home.group.examples.push(q);
      for (const c of q.conversations ?? []) if (home.group.conversations.length < MAX_CONVERSATIONS && !home.group.conversations.includes(c)) home.group.conversations.push(c);
      continue;
    }
    const conversations = [...new Set(q.conversations ?? [])].slice(0, MAX_CONVERSATIONS);
    groups.push({ terms, group: { examples: [q], count: q.count, suggestion: analysis.ranked[0]?.articleId ?? null, conversations } });
  }
  return groups.map((g) => g.group).sort((a, b) => b.count - a.count);
}
