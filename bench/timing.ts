import { performance } from 'node:perf_hooks';

/** Latency figures of one measured call, in milliseconds; RSS in MiB. */
export interface Timing {
  readonly runs: number;
  readonly min: number;
  readonly median: number;
  readonly p95: number;
  readonly max: number;
  /** Largest resident set seen after a timed run. */
  readonly peakRssMiB: number;
}

/** The value at quantile `q` (nearest rank) of ascending `sorted`. */
export function quantile(sorted: readonly number[], q: number): number {
  const rank = Math.max(1, Math.ceil(q * sorted.length));
  return sorted[Math.min(sorted.length, rank) - 1] ?? Number.NaN;
}

/** Runs `call` `warmup` times untimed, then `runs` times one after another, timing each. */
export async function measure(call: () => Promise<unknown>, runs: number, warmup: number): Promise<Timing> {
  for (let i = 0; i < warmup; i += 1) {
    await call();
  }
  const times: number[] = [];
  let peakRss = process.memoryUsage.rss();
  for (let i = 0; i < runs; i += 1) {
    const start = performance.now();
    await call();
    times.push(performance.now() - start);
    peakRss = Math.max(peakRss, process.memoryUsage.rss());
  }
  times.sort((a, b) => a - b);
  return {
    runs,
    min: times[0] ?? Number.NaN,
    median: quantile(times, 0.5),
    p95: quantile(times, 0.95),
    max: times[times.length - 1] ?? Number.NaN,
    peakRssMiB: peakRss / 2 ** 20,
  };
}

/** `12.3` for milliseconds: one decimal below 100, whole numbers above. */
export const ms = (value: number) => (value < 100 ? value.toFixed(1) : value.toFixed(0));
