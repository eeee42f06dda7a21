import fs from 'node:fs';
import path from 'node:path';
import { createKnowledge, INTENTS, type AskResult } from '../knowledge';
import { loadArticles } from '../knowledge/article';
import { evaluate, heldOutFiles, parseEvalFile, trainingFiles, type EvalItem, type EvalReport } from '../knowledge/evaluate';
import { trainNlpjs } from './nlu-nlpjs';
import { summarise, timeEach, type LatencySummary } from './stats';

/**
 * `npm run bench:nlu [-- FILE.jsonl ...]`: Relais against NLP.js on the same labelled files, in
 * the same run. Accuracy figures come from `evaluate` for both; latency is per question, after
 * a warm-up pass over the file, over ROUNDS passes. Figures only: no misses are printed.
 */
const root = path.join(__dirname, '..');
const ROUNDS = 5;

/** The training files, then the held-out ones measured once on the shipped model. */
function defaultFiles(): string[] {
  return [...trainingFiles(), ...heldOutFiles()];
}

/** `timeEach` for an async function: one untimed pass, then `rounds` timed passes; milliseconds. */
async function timeEachAsync<T>(inputs: readonly T[], fn: (x: T) => Promise<unknown>, rounds: number): Promise<LatencySummary> {
  for (const x of inputs) await fn(x);
  const perInput: number[][] = inputs.map(() => []);
  for (let r = 0; r < rounds; r++) {
    for (const [i, x] of inputs.entries()) {
      const t0 = process.hrtime.bigint();
      await fn(x);
      perInput[i]!.push(Number(process.hrtime.bigint() - t0) / 1e6);
    }
  }
  return summarise(perInput);
}

/** An eval label as the AskResult `evaluate` scores (NLP.js never asks to clarify). */
function asResult(label: string): AskResult {
  const none = { articleId: null, intent: null, score: 0, candidates: [], language: 'fr' as const };
  if (label === 'fallback') return { kind: 'fallback', ...none };
  const intent = INTENTS.find((i) => `intent:${i}` === label);
  if (intent) return { ...none, kind: 'intent', intent };
  return { ...none, kind: 'answer', articleId: label };
}

const pct = (x: number) => `${(x * 100).toFixed(1)} %`;
const row = (cells: string[]) => cells.map((c, i) => (i === 0 ? c.padEnd(8) : c.padStart(12))).join('  ');

async function main(): Promise<void> {
  const args = process.argv.slice(2).filter((a) => a !== '--');
  const files = args.length ? args.map((f) => path.resolve(f)) : defaultFiles();

  let t0 = process.hrtime.bigint();
  const knowledge = createKnowledge({ articlesDir: path.join(root, 'knowledge', 'articles') });
  const buildMs = Number(process.hrtime.bigint() - t0) / 1e6;
  const articles = loadArticles(path.join(root, 'knowledge', 'articles'));
  const intentsFile = path.join(root, 'knowledge', 'intents.yaml');
  const nlpjs = await trainNlpjs(articles, intentsFile);
  // A second NLP.js learns the labelled sets Relais learns from (calibrate's files), first label of each line.
  const training = trainingFiles().flatMap((f) => parseEvalFile(fs.readFileSync(f, 'utf8')));
  const learnt = await trainNlpjs(articles, intentsFile, training.map((i) => ({ q: i.q, label: i.expect[0]! })));
  const trainedOn = new Set(trainingFiles());

  console.log(`Relais build (read ${knowledge.articles.length} articles + intents, index): ${buildMs.toFixed(1)} ms, once`);
  console.log(
    `NLP.js training (${nlpjs.utterances} utterances, ${knowledge.articles.length} articles + ${INTENTS.length} intents): ` +
      `${nlpjs.trainMs.toFixed(1)} ms, once; ${nlpjs.warnings} warning(s) silenced`,
  );
  console.log(`NLP.js+L: the same, also trained on the ${training.length} labelled lines Relais learns from (${learnt.utterances} utterances; in-sample on those files, like Relais)`);
  console.log(`NLP.js: French only (@nlpjs/lang-fr, locale fixed to 'fr'), sentiment off; answers its top intent when not None and score >= ${nlpjs.threshold}, else fallback`);
  console.log(`latency: per question, 1 warm-up pass then ${ROUNDS} passes, p50/p99 over all samples\n`);

  for (const file of files) {
    const items: EvalItem[] = parseEvalFile(fs.readFileSync(file, 'utf8'));

    const relais: EvalReport = evaluate(knowledge.ask, items);
    const relaisLatency = timeEach(items, (item) => knowledge.ask(item.q), ROUNDS);

    // NLP.js sees `q` only; its answers are looked up by text, so `evaluate` scores them by the
    // same rules (context messages, which it never sees, get a fallback that nothing reads).
    const scored = async (baseline: typeof nlpjs): Promise<EvalReport> => {
      const answers = new Map<string, AskResult>();
      for (const item of items) answers.set(item.q, asResult(await baseline.label(item.q)));
      return evaluate((q) => answers.get(q) ?? asResult('fallback'), items);
    };
    const other = await scored(nlpjs);
    const otherLearnt = await scored(learnt);
    const otherLatency = await timeEachAsync(items, (item) => nlpjs.process(item.q), ROUNDS);

    const withContext = items.filter((i) => i.context?.length).length;
    console.log(`${path.relative(process.cwd(), file)}: ${relais.inScope} in scope, ${relais.outOfScope} out of scope`);
    if (withContext) console.log(`  ${withContext} line(s) with context: Relais asks the conversation, NLP.js gets q only`);
    console.log(row(['', 'in scope', 'out refused', 'balanced', 'p50 ms', 'p99 ms']));
    for (const [name, r, l] of [['Relais', relais, relaisLatency], ['NLP.js', other, otherLatency], ['NLP.js+L', otherLearnt, null]] as const) {
      console.log(row([name, pct(r.inScopeAccuracy), pct(r.outOfScopeRejection), pct(r.balancedAccuracy), l ? l.p50.toFixed(3) : '', l ? l.p99.toFixed(3) : '']));
    }
    if (trainedOn.has(file)) console.log('  a training file: Relais and NLP.js+L learned its lines (in-sample)');
    console.log(`  Relais in scope counts a clarification offering an expected article (strict top-1 ${pct(relais.strictTop1)}); NLP.js never clarifies`);
    for (const [name, r] of [['NLP.js', other], ['NLP.js+L', otherLearnt]] as const) {
      const diff = relais.balancedAccuracy - r.balancedAccuracy;
      const verdict = diff === 0 ? 'tie' : `${diff > 0 ? 'Relais' : name} (+${pct(Math.abs(diff)).replace(' %', ' points')})`;
      console.log(`higher balanced accuracy, Relais against ${name}: ${verdict}`);
    }
    console.log('');
  }
}

main().catch((err: unknown) => {
  console.error(err);
  process.exit(1);
});
