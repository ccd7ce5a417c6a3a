/**
 * Results as CSV for spreadsheets: the summary (one row per metric: mean, sd, 95% CI, n, as the
 * CLI's JSON has them) and the raw replications (one row per replication, one column per metric).
 * Numbers are written in full precision with a dot decimal, so nothing is lost in the round trip.
 */
import type { ReplicationResult } from '../../sim/result.js';
import type { RunSummary } from '../../analysis/run-summary.js';
import { metricInfo } from '../../analysis/metric-info.js';

/** One CSV field: quoted when it holds a comma, quote or line break (RFC 4180). */
export function csvField(value: string | number | null | undefined): string {
  if (value === null || value === undefined) return '';
  const text = typeof value === 'number' ? (Number.isFinite(value) ? String(value) : '') : value;
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

function row(fields: readonly (string | number | null | undefined)[]): string {
  return fields.map(csvField).join(',');
}

/** `metric,label,unit,mean,sd,ci95_low,ci95_high,n`, one row per metric in the simulator's order. */
export function summaryCsv(summary: RunSummary): string {
  const lines = [row(['metric', 'label', 'unit', 'mean', 'sd', 'ci95_low', 'ci95_high', 'n'])];
  for (const key of summary.metricKeys) {
    const s = summary.metrics[key];
    if (s === undefined) continue;
    const info = metricInfo(key);
    lines.push(row([key, info.label, info.unit, s.mean, s.sd, s.ci95?.[0], s.ci95?.[1], s.n]));
  }
  return `${lines.join('\r\n')}\r\n`;
}

/** `replication,<metric>...`, one row per replication in index order; empty where a metric is undefined. */
export function replicationsCsv(results: readonly ReplicationResult[], metricKeys: readonly string[]): string {
  const lines = [row(['replication', ...metricKeys])];
  for (const r of results) lines.push(row([r.replication, ...metricKeys.map((k) => r.metrics[k] ?? null)]));
  return `${lines.join('\r\n')}\r\n`;
}
