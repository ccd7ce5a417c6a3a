/**
 * Summaries over replications: mean, standard deviation (n - 1) and Student-t 95% confidence
 * interval, as the CLI output contract defines them. Every loop runs over the input in index order,
 * so the same replications give the same bytes whatever thread or shard produced them.
 */
import { tQuantile } from './student-t.js';

export { tQuantile, tUpperTail } from './student-t.js';

export interface Summary {
  /** Mean of the defined values; null when there are none. */
  mean: number | null;
  /** Sample standard deviation (divisor n - 1); null below 2 values. */
  sd: number | null;
  /** Student-t 95% confidence interval for the mean; null below 2 values. */
  ci95: [number, number] | null;
  /** Number of defined (non-null) values the summary uses. */
  n: number;
}

export interface Difference extends Summary {
  /** The 95% confidence interval excludes 0. */
  significant: boolean;
}

/** t_{0.975, df} by df, filled on demand: summaries of long series ask for the same few values. */
const T975: number[] = [];
const T975_CACHED_DF = 10_000;

function t975(df: number): number {
  if (df > T975_CACHED_DF) return tQuantile(0.975, df);
  return (T975[df] ??= tQuantile(0.975, df));
}

/**
 * Summarizes per-replication values, skipping nulls (and undefined, for sparse input).
 * Two passes: the mean, then squared deviations from it with the compensating term of the
 * corrected two-pass algorithm (Chan, Golub & LeVeque), which also refines the mean.
 */
export function summarize(values: readonly (number | null)[]): Summary {
  let n = 0;
  let sum = 0;
  for (let i = 0; i < values.length; i++) {
    const value = values[i];
    if (value == null) continue;
    if (!Number.isFinite(value)) throw new RangeError(`invalid values[${i}]: ${value}`);
    n++;
    sum += value;
  }
  if (n === 0) return { mean: null, sd: null, ci95: null, n: 0 };
  const rough = sum / n;
  let squares = 0;
  let deviations = 0;
  for (const value of values) {
    if (value == null) continue;
    const d = value - rough;
    squares += d * d;
    deviations += d;
  }
  const mean = rough + deviations / n;
  if (n < 2) return { mean, sd: null, ci95: null, n };
  const variance = Math.max(0, (squares - (deviations * deviations) / n) / (n - 1));
  const sd = Math.sqrt(variance);
  const halfWidth = (t975(n - 1) * sd) / Math.sqrt(n);
  return { mean, sd, ci95: [mean - halfWidth, mean + halfWidth], n };
}

/**
 * Paired difference `b - a` per replication, over the replications where both are defined
 * (the contract's "variant minus the first", on common random numbers). Significant when the
 * 95% interval excludes 0; a difference that is the same non-zero number in every replication
 * has a zero-width interval and counts as significant.
 */
export function pairedDifference(a: readonly (number | null)[], b: readonly (number | null)[]): Difference {
  if (a.length !== b.length) throw new RangeError(`invalid b: length ${b.length} (a has ${a.length})`);
  const differences: (number | null)[] = new Array<number | null>(a.length);
  for (let i = 0; i < a.length; i++) {
    const x = a[i];
    const y = b[i];
    differences[i] = x == null || y == null ? null : y - x;
  }
  const summary = summarize(differences);
  const significant = summary.ci95 !== null && (summary.ci95[0] > 0 || summary.ci95[1] < 0);
  return { ...summary, significant };
}

/**
 * Summary per metric key, in the order of `keys`. `rows` are replications in index order; a key a
 * row lacks counts as null (own properties only, so a key such as "constructor" is never inherited).
 */
export function summarizeMetrics(
  rows: readonly Record<string, number | null>[],
  keys: readonly string[],
): Record<string, Summary> {
  const entries: [string, Summary][] = [];
  const column: (number | null)[] = new Array<number | null>(rows.length);
  for (const key of keys) {
    for (let i = 0; i < rows.length; i++) {
      const row = rows[i]!;
      column[i] = Object.hasOwn(row, key) ? (row[key] ?? null) : null;
    }
    entries.push([key, summarize(column)]);
  }
  return Object.fromEntries(entries);
}

/**
 * Element-wise summary of per-replication time series (bands for charts): at each index, the mean
 * and 95% interval over the replications that have a value there. Series may differ in length; a
 * missing element counts as null. `lo`/`hi` are null where fewer than 2 replications have a value.
 */
export function summarizeSeries(perReplication: readonly (readonly (number | null)[])[]): {
  mean: (number | null)[];
  lo: (number | null)[];
  hi: (number | null)[];
} {
  let length = 0;
  for (const series of perReplication) length = Math.max(length, series.length);
  const mean: (number | null)[] = [];
  const lo: (number | null)[] = [];
  const hi: (number | null)[] = [];
  const column: (number | null)[] = new Array<number | null>(perReplication.length);
  for (let j = 0; j < length; j++) {
    for (let i = 0; i < perReplication.length; i++) column[i] = perReplication[i]![j] ?? null;
    const summary = summarize(column);
    mean.push(summary.mean);
    lo.push(summary.ci95 ? summary.ci95[0] : null);
    hi.push(summary.ci95 ? summary.ci95[1] : null);
  }
  return { mean, lo, hi };
}
