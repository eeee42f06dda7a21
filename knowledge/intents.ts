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

/**
 * Nearest-example intent recognition: the question's terms (greetings and politeness kept)
 * are compared with every example's terms by the Dice coefficient; the best example wins.
 * Examples live in `intents.yaml`; adding phrasings there is how the intents learn.
 */
export function createIntentClassifier(file: string, analyzer: Analyzer): IntentClassifier {
  const parsed = IntentFile.parse(YAML.parse(fs.readFileSync(file, 'utf8')));
  const examples: { intent: Intent; terms: Set<string> }[] = [];
  for (const intent of INTENTS) {
    for (const text of parsed[intent]) {
      const terms = new Set(analyzer.analyze(text));
      if (terms.size === 0) throw new Error(`knowledge: intent example "${text}" (${intent}) has no meaningful word`);
      examples.push({ intent, terms });
    }
  }

  return {
    classify(text: string): IntentMatch | null {
      const q = new Set(analyzer.analyze(text));
      if (q.size === 0) return null;
      let best: IntentMatch | null = null;
      for (const ex of examples) {
        let common = 0;
        for (const t of q) if (ex.terms.has(t)) common++;
        if (common === 0) continue;
        const score = (2 * common) / (q.size + ex.terms.size);
        if (!best || score > best.score) best = { intent: ex.intent, score };
      }
      return best;
    },
  };
}
