/**
 * Run, comparison and sweep summaries put in a display period (per day, per week, whole run): the
 * period rules of `period.ts` applied to whole summaries.
 */
import { periodView, summaryInPeriod, type Period } from './period.js';
import type { CompareSummary, MetricComparison, RunSummary, SweepSummary, VariantDifference } from './run-summary.js';
import type { Summary } from './statistics.js';

/** A run's summary with its per-day totals in `period`; `period` records the view. */
export function runInPeriod(run: RunSummary, period: Period): RunSummary {
  const view = periodView(period, { days: run.days, ...run.calendar });
  const metrics: Record<string, Summary> = {};
  for (const [key, s] of Object.entries(run.metrics)) metrics[key] = summaryInPeriod(key, s, view);
  return { ...run, metrics, period: view };
}

/**
 * A comparison in `period`. Every variant runs the same calendar (the comparison refuses others),
 * so one divisor scales the variants and their paired differences alike.
 */
export function compareInPeriod(compare: CompareSummary, period: Period): CompareSummary {
  const runs = compare.runs.map((r) => runInPeriod(r, period));
  const view = runs[0]!.period!;
  const metrics: Record<string, MetricComparison> = {};
  for (const [key, m] of Object.entries(compare.metrics)) {
    metrics[key] = {
      variants: m.variants.map((s) => (s === null ? null : summaryInPeriod(key, s, view))),
      differences: m.differences.map((d): VariantDifference | null => (d === null ? null : summaryInPeriod(key, d, view))),
    };
  }
  return { ...compare, runs, metrics, period: view };
}

/** A sweep in `period`: each point divided by its own days measured (a sweep may vary the days). */
export function sweepInPeriod(sweep: SweepSummary, period: Period): SweepSummary {
  const points = sweep.points.map((p) => {
    const view = periodView(period, p.calendar);
    const metrics: Record<string, Summary> = {};
    for (const [key, s] of Object.entries(p.metrics)) metrics[key] = summaryInPeriod(key, s, view);
    return { ...p, metrics };
  });
  return { ...sweep, points, period: periodView(period, sweep.points[0]!.calendar) };
}
