// Latency sampling and percentiles for the benchmark.

export interface Percentiles {
  p50: number;
  p95: number;
  p99: number;
  mean: number;
  n: number;
}

/** Nearest-rank percentile of sorted samples. */
function rank(sorted: readonly number[], p: number): number {
  if (sorted.length === 0) return Number.NaN;
  const i = Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1));
  return sorted[i] ?? Number.NaN;
}

export function percentiles(samples: readonly number[]): Percentiles {
  const sorted = [...samples].sort((a, b) => a - b);
  const mean = sorted.reduce((a, b) => a + b, 0) / Math.max(sorted.length, 1);
  return { p50: rank(sorted, 50), p95: rank(sorted, 95), p99: rank(sorted, 99), mean, n: sorted.length };
}

/** Milliseconds taken by `fn`. */
export async function timed(fn: () => Promise<unknown>): Promise<number> {
  const start = process.hrtime.bigint();
  await fn();
  return Number(process.hrtime.bigint() - start) / 1e6;
}

/**
 * Runs `warmup` unmeasured rounds, then `iterations` measured rounds of every case, interleaved (a, b, c, a, b, c…)
 * so that load from other work on the machine falls on all cases alike. Returns the samples (ms) per case.
 */
export async function measureInterleaved(
  cases: readonly { name: string; run: () => Promise<unknown> }[],
  warmup: number,
  iterations: number,
): Promise<Map<string, number[]>> {
  for (let i = 0; i < warmup; i++) for (const c of cases) await c.run();
  const samples = new Map<string, number[]>();
  const runs = cases.map((c) => {
    const list: number[] = [];
    samples.set(c.name, list);
    return { run: c.run, list };
  });
  for (let i = 0; i < iterations; i++) {
    for (const c of runs) c.list.push(await timed(c.run));
  }
  return samples;
}
