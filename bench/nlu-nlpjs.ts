import fs from 'node:fs';
import YAML from 'yaml';
import type { Article } from '../knowledge/article';

/**
 * NLP.js baseline for bench/nlu.ts: one intent per article (its title and questions) and one
 * per conversational intent (the examples of intents.yaml), French only, default settings
 * otherwise. Its answer is a label of the eval scheme: an article id, `intent:NAME` or `fallback`.
 */
export interface NlpjsBaseline {
  /** The eval label for a question. */
  label(q: string): Promise<string>;
  /** The raw NLP.js call, for timing. */
  process(q: string): Promise<unknown>;
  trainMs: number;
  threshold: number;
  utterances: number;
  /** Warnings NLP.js logged while training (silenced, counted). */
  warnings: number;
}

/** Loads a module while dropping the one deprecation warning pino 7 (under @nlpjs/logger) emits on load. */
function requireQuietly<T>(id: string): T {
  const emitWarning = process.emitWarning;
  process.emitWarning = ((warning: string | Error, ...rest: unknown[]) => {
    if (rest.includes('PINODEP008')) return;
    (emitWarning as (...args: unknown[]) => void).call(process, warning, ...rest);
  }) as typeof process.emitWarning;
  try {
    return require(id) as T;
  } finally {
    process.emitWarning = emitWarning;
  }
}

/**
 * `labelled`: questions with their eval label, learned besides the articles (the same labelled
 * sets Relais learns from); a `fallback` line becomes an utterance of NLP.js's own «None».
 */
export async function trainNlpjs(
  articles: readonly Article[],
  intentsFile: string,
  labelled: readonly { q: string; label: string }[] = [],
): Promise<NlpjsBaseline> {
  const { containerBootstrap, Nlp } = requireQuietly<typeof import('@nlpjs/basic')>('@nlpjs/basic');
  const { LangFr } = requireQuietly<typeof import('@nlpjs/lang-fr')>('@nlpjs/lang-fr');

  const container = containerBootstrap({ loadEnv: false });
  container.use(LangFr);
  let warnings = 0;
  const quiet = () => {};
  container.register('logger', { debug: quiet, info: quiet, log: quiet, trace: quiet, warn: () => warnings++, error: () => warnings++, fatal: () => warnings++ });
  // Sentiment is off: it costs time per question and has no bearing on the intent.
  const nlp = new Nlp({ languages: ['fr'], autoSave: false, autoLoad: false, forceNER: false, calculateSentiment: false, nlu: { log: false } }, container);

  let utterances = 0;
  const add = (text: string, intent: string) => {
    nlp.addDocument('fr', text, intent);
    utterances++;
  };
  for (const a of articles) for (const text of [a.title, ...a.questions]) add(text, a.id);
  const examples = YAML.parse(fs.readFileSync(intentsFile, 'utf8')) as Record<string, string[]>;
  for (const [intent, texts] of Object.entries(examples)) for (const text of texts) add(text, `intent:${intent}`);
  for (const { q, label } of labelled) add(q, label === 'fallback' ? 'None' : label);

  const t0 = process.hrtime.bigint();
  await nlp.train();
  const trainMs = Number(process.hrtime.bigint() - t0) / 1e6;

  const threshold = nlp.settings.threshold;
  return {
    trainMs,
    threshold,
    utterances,
    warnings,
    process: (q) => nlp.process('fr', q),
    async label(q) {
      // process() already turns a top score under the threshold into None; checked again here.
      const r = await nlp.process('fr', q);
      return r.intent !== 'None' && r.score >= threshold ? r.intent : 'fallback';
    },
  };
}
