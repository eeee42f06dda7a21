import fs from 'node:fs';
import YAML from 'yaml';
import { z } from 'zod';
import type { Analyzer } from './analyzer';
import { isConcept } from './synonym-matcher';
import { INTENTS, type Intent } from './types';

const IntentFile = z.strictObject(
  Object.fromEntries(INTENTS.map((i) => [i, z.array(z.string().min(1)).min(3)])) as Record<
    Intent,
    z.ZodArray<z.ZodString>
  >,
);

export interface IntentMatch {
  intent: Intent;
  score: number;
}

export interface IntentClassifier {
  /** `asks`: the message asks something (a question or a request): its unknown words may be its topic. */
  classify(text: string, options?: { asks?: boolean }): IntentMatch | null;
}

/** Share of the message's words an intent's vocabulary must hold: «merci» yes, «qui est ClaudIA, elle aide à quoi ?» no. */
const MIN_COVERAGE = 0.6;

const SOCIAL: ReadonlySet<Intent> = new Set(['greeting', 'thanks', 'goodbye']);

/**
 * Nearest-example intent recognition: the question's terms (greetings and politeness kept)
 * are compared with every example's terms by the Dice coefficient; the best example wins,
 * provided most of the message's words belong to that intent's vocabulary (all its examples'
 * words), so that one shared word («aide», «prochaine», «opérateur») does not make a question
 * a thank-you, a goodbye or a request. Examples live in `intents.yaml`.
 */
export function createIntentClassifier(
  file: string,
  analyzer: Analyzer,
  options: { neutral?: (term: string, asks: boolean) => boolean } = {},
): IntentClassifier {
  const neutral = options.neutral ?? (() => false);
  const parsed = IntentFile.parse(YAML.parse(fs.readFileSync(file, 'utf8')));
  const examples: { intent: Intent; terms: Set<string> }[] = [];
  const vocabulary = new Map<Intent, Set<string>>(INTENTS.map((i) => [i, new Set<string>()]));
  for (const intent of INTENTS) {
    for (const text of parsed[intent]) {
      const terms = new Set(analyzer.analyze(text));
      if (terms.size === 0) throw new Error(`knowledge: intent example "${text}" (${intent}) has no meaningful word`);
      examples.push({ intent, terms });
      for (const t of terms) vocabulary.get(intent)!.add(t);
    }
  }

  const inVocabulary = new Set([...vocabulary.values()].flatMap((v) => [...v]));
  const socialVocabulary = new Set([...SOCIAL].flatMap((i) => [...vocabulary.get(i)!]));
  /** When a message strings social formulas of different kinds, the one that ends a conversation wins. */
  const LAST_WORD: readonly Intent[] = ['goodbye', 'thanks', 'greeting'];
  const byTerm = new Map<string, number[]>();
  examples.forEach((ex, i) => {
    for (const t of ex.terms) {
      const list = byTerm.get(t);
      if (list) list.push(i);
      else byTerm.set(t, [i]);
    }
  });

  return {
    classify(text: string, { asks = false }: { asks?: boolean } = {}): IntentMatch | null {
      const q = new Set(analyzer.analyze(text));
      if (q.size === 0) return null;
      // What a greeting, thanks or goodbye is weighed on: the words of some intent and those that
      // could carry a topic. A letter's formulas and story words say nothing against it, nor, in
      // a message that asks nothing, words the base has never seen («je vous remercie vivement
      // pour la clarté de vos explications»); in one that asks, those may be what it asks about.
      const carrying = [...q].filter((t) => inVocabulary.has(t) || !neutral(t, asks));
      const social = carrying.length > 0 ? new Set(carrying) : q;
      // Only the examples that share a term with the message are compared.
      const common = new Map<number, number>();
      for (const t of q) for (const i of byTerm.get(t) ?? []) common.set(i, (common.get(i) ?? 0) + 1);
      // Share of the message's words in each intent's vocabulary, counted once per intent.
      const shares = new Map<Intent, number>();
      const within = (intent: Intent) => {
        let share = shares.get(intent);
        if (share === undefined) {
          const v = vocabulary.get(intent)!;
          // A concept token (synonyms.ts) repeats a word already there: «ticket restaurant» is
          // one word of the ticket intent in two, not two in three.
          const words = [...(SOCIAL.has(intent) ? social : q)].filter((t) => !isConcept(t));
          let inside = 0;
          for (const t of words) if (v.has(t)) inside++;
          shares.set(intent, (share = words.length ? inside / words.length : 0));
        }
        return share;
      };
      const coverage = new Map<Intent, boolean>();
      const covers = (intent: Intent) => {
        let ok = coverage.get(intent);
        if (ok === undefined) {
          // A social intent also needs one of its examples whole in the message: «tu fais quoi ce
          // soir» shares «soir» with «bonne soirée» and is no goodbye.
          ok = within(intent) >= MIN_COVERAGE && (!SOCIAL.has(intent) || examples.some((e, i) => e.intent === intent && common.get(i) === e.terms.size));
          coverage.set(intent, ok);
        }
        return ok;
      };
      // «ok bye, thanks pour tout»: only social words, half a goodbye and half a thanks, with one
      // example whole: the message is social; the formula that ends the conversation wins.
      const whole = new Set([...common].filter(([i, shared]) => shared === examples[i]!.terms.size).map(([i]) => examples[i]!.intent));
      const said = LAST_WORD.filter((i) => whole.has(i));
      if (said.length > 0 && [...social].every((t) => socialVocabulary.has(t))) {
        // Two formulas whole («thanks a lot, bye!»): the last word is the goodbye.
        if (said.length > 1) return { intent: said[0]!, score: 1 };
        const top = Math.max(...said.map(within));
        if (top < MIN_COVERAGE) return { intent: said.find((i) => within(i) === top)!, score: 1 };
      }
      let best: IntentMatch | null = null;
      for (const [i, shared] of [...common].sort((a, b) => a[0] - b[0])) {
        const ex = examples[i]!;
        // A greeting, thanks or goodbye made only of its intent's words is that intent however
        // many of them it strings together («thanks beaucoup, c'est super clair»): its score is
        // the share of its words in the intent's vocabulary when that beats the nearest example.
        const score = Math.max((2 * shared) / (q.size + ex.terms.size), SOCIAL.has(ex.intent) ? within(ex.intent) : 0);
        if ((!best || score > best.score) && covers(ex.intent)) best = { intent: ex.intent, score };
      }
      return best;
    },
  };
}
