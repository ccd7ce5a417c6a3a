/**
 * The CSV tables of an output directory, built column by column:
 * - replications.csv: one row per replication of every unit (file, variant or point), one column
 *   per metric, for anyone who wants to redo the statistics in R, Python or a spreadsheet;
 * - summary.csv: the summaries, long (one row per metric, and per variant for compare) or, for a
 *   sweep, wide (one row per point, each metric's mean and 95% CI in columns) for plotting against
 *   the swept values.
 * Values are full precision (JSON number text); an undefined metric is an empty cell.
 *
 * Written here rather than through danfojs-node: the tables only need joining, and danfojs-node
 * pulls in TensorFlow and a spreadsheet package that fetch files at install time, which would stop
 * `npm install -g office-sim` on a machine that reaches only the registry.
 */
import type { CompareJson } from '../analysis/compare.js';
import { metricInfo } from '../analysis/metric-info.js';
import type { RunJson } from '../analysis/run-output.js';
import type { SweepJson, SweepValue } from '../analysis/sweep.js';
import type { ReplicationResult } from '../sim/result.js';

type Cell = string | number | boolean | null;
type Columns = Record<string, Cell[]>;

/** RFC 4180 quoting for text cells and headers. */
function quote(text: string): string {
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

function csvCell(value: Cell): string {
  if (value === null) return '';
  return typeof value === 'string' ? quote(value) : String(value);
}

async function toCsv(columns: Columns): Promise<string> {
  const names = Object.keys(columns);
  const rows = columns[names[0]!]?.length ?? 0;
  const lines = [names.map(quote).join(',')];
  for (let i = 0; i < rows; i++) lines.push(names.map((n) => csvCell(columns[n]![i] ?? null)).join(','));
  return `${lines.join('\n')}\n`;
}

/** One unit's rows of replications.csv: its describing cells and its results. */
export interface ReplicationRows {
  readonly describe: readonly Cell[];
  readonly results: readonly ReplicationResult[];
}

function cell(value: SweepValue | string): Cell {
  return typeof value === 'number' || typeof value === 'boolean' ? value : String(value);
}

/**
 * replications.csv: `describeHeaders` (scenario | variant | the swept paths), `replication`, then
 * every metric key (the union over units, in order of first appearance).
 */
export async function replicationsCsv(describeHeaders: readonly string[], units: readonly ReplicationRows[]): Promise<string> {
  const keySet = new Set<string>();
  for (const u of units) for (const r of u.results.slice(0, 1)) for (const k of Object.keys(r.metrics)) keySet.add(k);
  const keys = [...keySet];
  const columns: Columns = {};
  for (const h of describeHeaders) columns[h] = [];
  columns['replication'] = [];
  for (const k of keys) columns[k] = [];
  for (const u of units) {
    for (const r of u.results) {
      describeHeaders.forEach((h, i) => columns[h]!.push(u.describe[i] ?? null));
      columns['replication']!.push(r.replication);
      for (const k of keys) columns[k]!.push(r.metrics[k] ?? null);
    }
  }
  return toCsv(columns);
}

/** summary.csv of `run`: scenario, metric, unit, mean, sd, ci95_low, ci95_high, n. */
export async function runSummaryCsv(runs: readonly RunJson[]): Promise<string> {
  const c: Columns = { scenario: [], metric: [], unit: [], mean: [], sd: [], ci95_low: [], ci95_high: [], n: [] };
  for (const run of runs) {
    for (const [key, m] of Object.entries(run.metrics)) {
      c['scenario']!.push(run.scenario);
      c['metric']!.push(key);
      c['unit']!.push(metricInfo(key).unit);
      c['mean']!.push(m.mean);
      c['sd']!.push(m.sd);
      c['ci95_low']!.push(m.ci95?.[0] ?? null);
      c['ci95_high']!.push(m.ci95?.[1] ?? null);
      c['n']!.push(m.n);
    }
  }
  return toCsv(c);
}

/**
 * summary.csv of `compare`: one row per metric and variant; the difference columns hold the paired
 * difference from the first variant (empty on the first variant's rows).
 */
export async function compareSummaryCsv(compare: CompareJson): Promise<string> {
  const names = ['metric', 'unit', 'variant', 'mean', 'sd', 'ci95_low', 'ci95_high', 'n', 'diff_mean', 'diff_ci95_low', 'diff_ci95_high', 'significant'];
  const c: Columns = Object.fromEntries(names.map((n) => [n, []]));
  for (const [key, m] of Object.entries(compare.metrics)) {
    compare.variants.forEach((variant, i) => {
      const s = m.variants[i] ?? null;
      const d = i === 0 ? null : (m.differences[i - 1] ?? null);
      const row: Cell[] = [
        key,
        metricInfo(key).unit,
        variant,
        s?.mean ?? null,
        s?.sd ?? null,
        s?.ci95?.[0] ?? null,
        s?.ci95?.[1] ?? null,
        s?.n ?? null,
        d?.mean ?? null,
        d?.ci95?.[0] ?? null,
        d?.ci95?.[1] ?? null,
        d === null ? null : d.significant,
      ];
      names.forEach((n, j) => c[n]!.push(row[j]!));
    });
  }
  return toCsv(c);
}

/** summary.csv of `sweep`: one row per point, the swept values, then `<metric>.mean`, `.ci95_low`, `.ci95_high`. */
export async function sweepSummaryCsv(sweep: SweepJson): Promise<string> {
  const keySet = new Set<string>();
  for (const p of sweep.points) for (const k of Object.keys(p.metrics)) keySet.add(k);
  const c: Columns = {};
  for (const path of sweep.paths) c[path] = sweep.points.map((p) => cell(p.values[path]!));
  for (const key of keySet) {
    c[`${key}.mean`] = sweep.points.map((p) => p.metrics[key]?.mean ?? null);
    c[`${key}.ci95_low`] = sweep.points.map((p) => p.metrics[key]?.ci95?.[0] ?? null);
    c[`${key}.ci95_high`] = sweep.points.map((p) => p.metrics[key]?.ci95?.[1] ?? null);
  }
  return toCsv(c);
}
