/**
 * The CSV tables of an output directory, written by the one CSV writer (src/analysis/csv.ts) that
 * the web app's downloads use too, so a cell is escaped and guarded against spreadsheet formulas
 * the same way everywhere:
 * - replications.csv: one row per replication of every unit (file, variant or point), one column
 *   per metric (src/analysis/tables/replications-table.ts);
 * - summary.csv: the summaries, long (one row per metric: the metrics table's CSV columns, and per
 *   variant for compare) or, for a sweep, wide (one row per point, each metric's mean and 95% CI in
 *   columns) for plotting against the swept values.
 * - learning.csv (run, only when a skill has a learning curve): one row per scenario, person, skill
 *   and day, the proficiency at the end of the day over replications.
 * Values are whole-run totals in full precision, as in the JSON output; an undefined metric is an
 * empty cell.
 */
import type { CompareJson } from '../analysis/compare.js';
import { csvText, type CsvCell } from '../analysis/csv.js';
import { metricInfo } from '../analysis/metric-info.js';
import type { RunSummary } from '../analysis/run-summary.js';
import type { SweepJson } from '../analysis/sweep.js';
import { metricRows, metricTable } from '../analysis/tables/metric-table.js';
import { tableCsv } from '../analysis/tables/table-csv.js';

export { replicationsCsv, type ReplicationRows } from '../analysis/tables/replications-table.js';

/** summary.csv of `run`: the metrics table's CSV columns (scenario, metric, label, unit, mean, sd, ci95_low, ci95_high, n). */
export function runSummaryCsv(runs: readonly RunSummary[]): string {
  return tableCsv(
    metricTable(),
    runs.flatMap((run) => metricRows(run.scenario, run.metricKeys, run.metrics)),
  );
}

/**
 * summary.csv of `compare`: one row per metric and variant; the difference columns hold the paired
 * difference from the first variant (empty on the first variant's rows).
 */
export function compareSummaryCsv(compare: CompareJson): string {
  const header = ['metric', 'unit', 'variant', 'mean', 'sd', 'ci95_low', 'ci95_high', 'n', 'diff_mean', 'diff_ci95_low', 'diff_ci95_high', 'significant'];
  const rows: CsvCell[][] = [];
  for (const [key, m] of Object.entries(compare.metrics)) {
    compare.variants.forEach((variant, i) => {
      const s = m.variants[i] ?? null;
      const d = i === 0 ? null : (m.differences[i - 1] ?? null);
      rows.push([
        key,
        metricInfo(key).unit,
        variant,
        s?.mean,
        s?.sd,
        s?.ci95?.[0],
        s?.ci95?.[1],
        s?.n,
        d?.mean,
        d?.ci95?.[0],
        d?.ci95?.[1],
        d === null ? null : d.significant,
      ]);
    });
  }
  return csvText(header, rows);
}

/** summary.csv of `sweep`: one row per point, the swept values, then `<metric>.mean`, `.ci95_low`, `.ci95_high`. */
export function sweepSummaryCsv(sweep: SweepJson): string {
  const keys = [...new Set(sweep.points.flatMap((p) => Object.keys(p.metrics)))];
  const header = [...sweep.paths, ...keys.flatMap((k) => [`${k}.mean`, `${k}.ci95_low`, `${k}.ci95_high`])];
  const rows = sweep.points.map((p) => [
    ...sweep.paths.map((path) => p.values[path]),
    ...keys.flatMap((k) => [p.metrics[k]?.mean, p.metrics[k]?.ci95?.[0], p.metrics[k]?.ci95?.[1]]),
  ]);
  return csvText(header, rows);
}

/** learning.csv of `run`: the proficiency at the end of each day, per person and skill with a learning curve; null when there is none. */
export function learningCsv(runs: readonly RunSummary[]): string | null {
  if (runs.every((run) => run.learning === undefined)) return null;
  const header = ['scenario', 'person', 'skill', 'start', 'target', 'day', 'proficiency_mean', 'sd', 'ci95_low', 'ci95_high', 'n'];
  const rows = runs.flatMap((run) =>
    (run.learning ?? []).flatMap((pair) =>
      pair.byDay.map((s, d): CsvCell[] => [run.scenario, pair.person, pair.skill, pair.start, pair.target, d + 1, s.mean, s.sd, s.ci95?.[0], s.ci95?.[1], s.n]),
    ),
  );
  return csvText(header, rows);
}
