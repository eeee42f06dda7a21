/** Small timing helpers shared by the benchmarks: medians and percentiles of measured samples. */
export function percentile(sorted: readonly number[], p: number): number {
  if (sorted.length === 0) return NaN;
  const i = Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1));
  return sorted[i]!;
}

export interface LatencySummary {
  n: number;
  p50: number;
  p99: number;
  max: number;
  /** p99 over inputs of each input's median time across rounds: what a question costs, without GC pauses and timer noise. */
  p99OfMedians: number;
}

/** Times `fn` once per input, `rounds` times over, after a warm-up pass; milliseconds. */
export function timeEach<T>(inputs: readonly T[], fn: (x: T) => unknown, rounds = 5): LatencySummary {
  for (const x of inputs) fn(x);
  const perInput: number[][] = inputs.map(() => []);
  for (let r = 0; r < rounds; r++) {
    inputs.forEach((x, i) => {
      const t0 = process.hrtime.bigint();
      fn(x);
      perInput[i]!.push(Number(process.hrtime.bigint() - t0) / 1e6);
    });
  }
  return summarise(perInput);
}

/** Latency figures of timings grouped by input (each input's times over the rounds). */
export function summarise(perInput: readonly (readonly number[])[]): LatencySummary {
  const samples = perInput.flat().sort((a, b) => a - b);
  const medians = perInput.map((ts) => percentile([...ts].sort((a, b) => a - b), 50)).sort((a, b) => a - b);
  return { n: samples.length, p50: percentile(samples, 50), p99: percentile(samples, 99), max: samples[samples.length - 1]!, p99OfMedians: percentile(medians, 99) };
}

/** Median wall time of `fn` over `runs` runs, `before` running untimed ahead of each; milliseconds. */
export function medianTime(fn: () => unknown, runs: number, before?: () => void): number {
  const samples: number[] = [];
  for (let i = 0; i < runs; i++) {
    before?.();
    const t0 = process.hrtime.bigint();
    fn();
    samples.push(Number(process.hrtime.bigint() - t0) / 1e6);
  }
  samples.sort((a, b) => a - b);
  return percentile(samples, 50);
}

export const ms = (x: number): string => `${x < 1 ? x.toFixed(3) : x.toFixed(1)} ms`;
export const ratio = (a: number, b: number): string => `${(a / b).toFixed(2)}×`;
