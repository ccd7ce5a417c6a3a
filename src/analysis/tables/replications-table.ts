/**
 * The replications table, said once: one row per replication, the columns that describe its unit
 * (scenario, variant or swept values), its index, then every metric in the simulator's order. The
 * CLI's replications.csv and the web app's download are this table.
 */
import type { ReplicationResult } from '../../sim/result.js';
import { csvText, type CsvCell } from '../csv.js';

/** One unit's rows: its describing cells and its results in replication order. */
export interface ReplicationRows {
  readonly describe: readonly CsvCell[];
  readonly results: readonly ReplicationResult[];
}

/** The metric columns: the union of the units' keys, in order of first appearance. */
export function replicationKeys(units: readonly ReplicationRows[]): string[] {
  const keys = new Set<string>();
  for (const u of units) for (const r of u.results.slice(0, 1)) for (const k of Object.keys(r.metrics)) keys.add(k);
  return [...keys];
}

/** replications.csv: `describeHeaders`, `replication`, then every metric key; an undefined metric is empty. */
export function replicationsCsv(describeHeaders: readonly string[], units: readonly ReplicationRows[]): string {
  const keys = replicationKeys(units);
  const rows: CsvCell[][] = [];
  for (const u of units) {
    for (const r of u.results) rows.push([...describeHeaders.map((_, i) => u.describe[i] ?? null), r.replication, ...keys.map((k) => r.metrics[k] ?? null)]);
  }
  return csvText([...describeHeaders, 'replication', ...keys], rows);
}
