import fs from 'node:fs';
import YAML from 'yaml';
import { z } from 'zod';
import type { Analyzer } from './analyzer';
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
  classify(text: string): IntentMatch | null;
}

/** Share of the message's words an intent's vocabulary must hold: «merci» yes, «qui est ClaudIA, elle aide à quoi ?» no. */
const MIN_COVERAGE = 0.6;

/**
 * Nearest-example intent recognition: the question's terms (greetings and politeness kept)
 * are compared with every example's terms by the Dice coefficient; the best example wins,
 * provided most of the message's words belong to that intent's vocabulary (all its examples'
 * words), so that one shared word («aide», «prochaine», «opérateur») does not make a question
 * a thank-you, a goodbye or a request. Examples live in `intents.yaml`.
 */
export function createIntentClassifier(file: string, analyzer: Analyzer): IntentClassifier {
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

  return {
    classify(text: string): IntentMatch | null {
      const q = new Set(analyzer.analyze(text));
      if (q.size === 0) return null;
      let best: IntentMatch | null = null;
      const covers = (intent: Intent) => {
        const v = vocabulary.get(intent)!;
        let inside = 0;
        for (const t of q) if (v.has(t)) inside++;
        return inside / q.size >= MIN_COVERAGE;
      };
      for (const ex of examples) {
        let common = 0;
        for (const t of q) if (ex.terms.has(t)) common++;
        if (common === 0) continue;
        const score = (2 * common) / (q.size + ex.terms.size);
        if ((!best || score > best.score) && covers(ex.intent)) best = { intent: ex.intent, score };
      }
      return best;
    },
  };
}
