/** The human-readable summary of one run: the metrics table (src/analysis/tables/metric-table.ts) as text. */
import { plural } from '../../analysis/format.js';
import { CUT_NOTE } from '../../analysis/metric-info.js';
import type { RunSummary } from '../../analysis/run-summary.js';
import { metricGroup, metricRows, metricTable } from '../../analysis/tables/metric-table.js';
import { columnsFor, type TableSpec } from '../../analysis/tables/table-spec.js';
import type { MetricTableRow } from '../../analysis/tables/metric-table.js';
import { renderSpec } from './text-table.js';

/** Heading lines: name, file, seed, replications, days, hash, and the period of the totals. */
export function runHeading(run: RunSummary, source: string, scenarioHash: string): string {
  const period = run.period === undefined ? '' : `\ncounts, money and minutes ${run.period.words}${run.currency ? `; money in ${run.currency}` : ''}`;
  return `${run.scenario}  (${source})\nseed ${run.seed} · ${plural(run.replications, 'replication')} of ${plural(run.days, 'day')} · scenario ${scenarioHash.slice(0, 12)}${period}\n`;
}

/** The table; `run` in the period to show (src/analysis/period.ts). */
export function runTable(run: RunSummary): string {
  const spec = metricTable(run.period, run.currency);
  const rows = metricRows(run.scenario, run.metricKeys, run.metrics);
  // n only when some metric is undefined in some replication.
  const partial = rows.some((r) => r.summary.n < run.replications);
  const shown: TableSpec<MetricTableRow> = partial ? spec : { ...spec, columns: columnsFor(spec, 'text').filter((c) => c.id !== 'n') };
  const { text, cut } = renderSpec(shown, rows, { groupOf: (r) => metricGroup(r.key) });
  return `${text}${partial ? 'n: replications where the metric is defined\n' : ''}${cut ? `${CUT_NOTE}\n` : ''}`;
}
