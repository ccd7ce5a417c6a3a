/**
 * Results as CSV for spreadsheets, exactly as the CLI writes summary.csv and replications.csv: the
 * same table specifications and the one CSV writer (src/analysis/csv.ts), which guards text cells
 * against formulas. Whole-run totals in full precision, as the CLI's JSON has them.
 */
import type { ReplicationResult } from '../../sim/result.js';
import type { RunSummary } from '../../analysis/run-summary.js';
import { metricRows, metricTable } from '../../analysis/tables/metric-table.js';
import { replicationsCsv as replicationsTable } from '../../analysis/tables/replications-table.js';
import { tableCsv } from '../../analysis/tables/table-csv.js';

/** summary.csv: `scenario,metric,label,unit,mean,sd,ci95_low,ci95_high,n`, one row per metric in the simulator's order. */
export function summaryCsv(summary: RunSummary): string {
  return tableCsv(metricTable(), metricRows(summary.scenario, summary.metricKeys, summary.metrics));
}

/** replications.csv: `scenario,replication,<metric>...`, one row per replication in index order. */
export function replicationsCsv(summary: RunSummary, results: readonly ReplicationResult[]): string {
  return replicationsTable(['scenario'], [{ describe: [summary.scenario], results }]);
}
