import fs from 'node:fs';
import path from 'node:path';
import MiniSearch from 'minisearch';
import { createKnowledge, type Article } from '../knowledge';
import { loadArticles } from '../knowledge/article';
import { parseEvalFile, trainingFiles } from '../knowledge/evaluate';
import { medianTime, ms, ratio, timeEach } from './stats';

/**
 * Retrieval benchmark: per-question latency of `knowledge.ask` on the real base and on a
 * generated base of 10,000 articles (build time, heap, latency), each against plain MiniSearch
 * (default options) over the same documents, measured in the same process.
 * Run with `npm run bench:retrieval` (node --expose-gc, so heap figures are after a full GC).
 */
const root = path.join(__dirname, '..');
const real = loadArticles(path.join(root, 'knowledge', 'articles'));
/** Every labelled question the project learns from: short ones and the realistic and blind sets' long, SMS and English ones. */
const realQuestions = trainingFiles().flatMap((file) => parseEvalFile(fs.readFileSync(file, 'utf8')).map((i) => i.q));
/**
 * The calibration and dev questions (the set earlier benchmarks used) for the 10,000-article
 * base: plain MiniSearch takes up to half a second on a long message there, so the full list
 * would make the baseline's side of this benchmark run for half an hour.
 */
const shortQuestions = [
  path.join(root, 'knowledge', 'calibration', 'questions.jsonl'),
  path.join(root, 'knowledge', 'eval', 'dev-questions.jsonl'),
].flatMap((file) => parseEvalFile(fs.readFileSync(file, 'utf8')).map((i) => i.q));

const gc = (globalThis as { gc?: () => void }).gc;
const heap = (): number => {
  gc?.();
  return process.memoryUsage().heapUsed;
};
const mb = (b: number) => `${(b / 1024 / 1024).toFixed(1)} MB`;

/** Deterministic PRNG (mulberry32), so every run builds the same generated base. */
function prng(seed: number): () => number {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/**
 * A generated base shaped like a real help centre: each article belongs to one of 500 topics,
 * whose 30 specific (pseudo-)words make about a third of its text; the rest is drawn from the
 * real base's running text (so common words such as "facture" appear almost everywhere, as they
 * would). Returns the articles and one held-back question per 20 articles, written like a user's.
 */
function generate(n: number): { articles: Article[]; questions: string[] } {
  const rnd = prng(42);
  const common = real.flatMap((a) => `${a.questions.join(' ')} ${a.body}`.split(/\s+/)).filter((w) => /\p{L}/u.test(w));
  const syllables = ['ba', 'cor', 'di', 'fen', 'ga', 'lor', 'mi', 'nau', 'pel', 'qua', 'ri', 'sol', 'tem', 'vi', 'zo', 'ar', 'es', 'on'];
  const pseudo = () => Array.from({ length: 2 + Math.floor(rnd() * 3) }, () => syllables[Math.floor(rnd() * syllables.length)]).join('');
  const topics = Array.from({ length: 500 }, () => Array.from({ length: 30 }, pseudo));
  const pick = <T>(xs: readonly T[]) => xs[Math.floor(rnd() * xs.length)]!;
  const text = (topic: string[], len: number, share: number) =>
    Array.from({ length: len }, () => (rnd() < share ? pick(topic) : pick(common))).join(' ');
  const articles: Article[] = [];
  const questions: string[] = [];
  for (let i = 0; i < n; i++) {
    const topic = topics[i % topics.length]!;
    articles.push({
      id: `gen-${i}`,
      title: text(topic, 7, 0.5),
      summary: text(topic, 20, 0.3),
      questions: Array.from({ length: 8 }, () => text(topic, 5 + Math.floor(rnd() * 10), 0.35)),
      tags: Array.from({ length: 5 }, () => pick(topic)),
      links: [],
      related: [],
      body: Array.from({ length: 6 }, () => text(topic, 25, 0.3)).join('.\n'),
      file: `gen-${i}.md`,
    });
    if (i % 20 === 0) questions.push(text(topic, 4 + Math.floor(rnd() * 12), 0.35));
  }
  return { articles, questions };
}

function plainIndex(articles: readonly Article[]): MiniSearch {
  const mini = new MiniSearch({ fields: ['title', 'questions', 'tags', 'body'] });
  mini.addAll(articles.map((a) => ({ id: a.id, title: a.title, questions: a.questions.join('\n'), tags: a.tags.join('\n'), body: a.body })));
  return mini;
}

/** Median build time, each run starting from a collected heap and its index dropped after. */
function buildTime(build: () => unknown, runs: number): number {
  return medianTime(() => build(), runs, () => gc?.());
}

function measure(label: string, articles: readonly Article[], questions: readonly string[], rounds: number, buildRuns: number): void {
  const oursBuild = buildTime(() => createKnowledge({ articlesDir: '', articles }), buildRuns);
  const plainBuild = buildTime(() => plainIndex(articles), buildRuns);

  const h0 = heap();
  const ours = createKnowledge({ articlesDir: '', articles });
  const oursHeap = heap() - h0;
  const h1 = heap();
  const plain = plainIndex(articles);
  const plainHeap = heap() - h1;

  const o = timeEach(questions, (q) => ours.ask(q), rounds);
  const p = timeEach(questions, (q) => plain.search(q), rounds);

  const out = process.stdout;
  out.write(`\n${label}: ${articles.length} articles, ${questions.length} questions × ${rounds} rounds\n`);
  out.write(`  build (median of ${buildRuns})  ours ${ms(oursBuild)}   plain ${ms(plainBuild)}   ours/plain ${ratio(oursBuild, plainBuild)}\n`);
  out.write(`  heap after build         ours ${mb(oursHeap)}   plain ${mb(plainHeap)}   ours/plain ${ratio(oursHeap, plainHeap)}\n`);
  out.write(`  query p50                ours ${ms(o.p50)}   plain ${ms(p.p50)}   ours/plain ${ratio(o.p50, p.p50)}\n`);
  out.write(`  query p99                ours ${ms(o.p99)}   plain ${ms(p.p99)}   ours/plain ${ratio(o.p99, p.p99)}\n`);
  out.write(`  query max                ours ${ms(o.max)}   plain ${ms(p.max)}\n`);
  out.write(`  p99 of per-question medians  ours ${ms(o.p99OfMedians)}   plain ${ms(p.p99OfMedians)}   ours/plain ${ratio(o.p99OfMedians, p.p99OfMedians)}\n`);
}

if (!gc) process.stdout.write('note: run with node --expose-gc for heap figures after a full GC\n');
process.stdout.write(`node ${process.version}, ${new Date().toISOString()}\n`);
/**
 * Rounds over the real base's questions: the labelled sets grow with every blind set (70,000
 * questions by 2026-12-05), so the rounds shrink to keep about 600,000 asks a side (a quarter of
 * an hour in all on the 2-core machine), never below 5 (a per-question median needs a few).
 */
const realRounds = Math.max(5, Math.min(20, Math.round(600_000 / realQuestions.length)));
if (!process.argv.includes('--generated-only')) measure('real knowledge base', real, realQuestions, realRounds, 20);
const generated = generate(10_000);
measure('generated base, real users\' questions', generated.articles, shortQuestions, 3, 3);
measure('generated base, questions on its own topics', generated.articles, generated.questions, 3, 1);

const bad = ['', '   ', '?!?', '😀'.repeat(50), 'x'.repeat(100_000), 'zorglub '.repeat(12_500), '\u0000\u0007'];
const k = createKnowledge({ articlesDir: '', articles: real });
const b = timeEach(bad, (q) => k.ask(q), 200);
process.stdout.write(`\nbad input (empty, punctuation, emoji, 100k chars, control chars): p50 ${ms(b.p50)}  p99 ${ms(b.p99)}\n`);
