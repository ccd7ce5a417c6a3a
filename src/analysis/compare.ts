/**
 * The `office-sim compare --json` output (scenario-format.md, "Other JSON outputs"), built from a
 * comparison summary: each metric per variant, and the paired difference of every later variant
 * minus the first, taken replication by replication on common random numbers.
 */
import type { CompareSummary, VariantDifference } from './run-summary.js';
import { FORMAT_VERSION, metricJson, type MetricJson } from './run-output.js';

/** A paired difference: `variant` minus `vs` (the first variant); the summary's shape, as JSON. */
export type DifferenceJson = VariantDifference;

export interface CompareMetricJson {
  /** One per variant; null when that variant lacks the metric (a person only it has). */
  readonly variants: readonly (MetricJson | null)[];
  /** One per variant after the first, in variant order; null when either side lacks the metric. */
  readonly differences: readonly (DifferenceJson | null)[];
}

export interface CompareJson {
  readonly formatVersion: 1;
  /** Variant names (scenario names, made unique), the first being the reference. */
  readonly variants: readonly string[];
  readonly seed: number;
  readonly replications: number;
  readonly metrics: Readonly<Record<string, CompareMetricJson>>;
}

/** The comparison's JSON output; metrics in order of first appearance over the variants. */
export function compareJson(summary: CompareSummary): CompareJson {
  const metrics: Record<string, CompareMetricJson> = {};
  for (const key of summary.metricKeys) {
    const m = summary.metrics[key];
    if (m === undefined) continue;
    metrics[key] = {
      variants: m.variants.map((s) => (s === null ? null : metricJson(s))),
      differences: m.differences.map((d) =>
        d === null
          ? null
          : {
              variant: d.variant,
              vs: d.vs,
              mean: d.mean,
              sd: d.sd,
              ci95: d.ci95 === null ? null : [d.ci95[0], d.ci95[1]],
              n: d.n,
              significant: d.significant,
            },
      ),
    };
  }
  return {
    formatVersion: FORMAT_VERSION,
    variants: summary.variants,
    seed: summary.seed,
    replications: summary.replications,
    metrics,
  };
}
