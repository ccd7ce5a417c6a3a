/**
 * The human-readable sweep: one column per grid point, one row per metric, each cell the mean and
 * the half-width of its 95% CI.
 */
import type { SweepSummary } from '../../analysis/run-summary.js';
import { metricStyle, styled } from './numbers.js';
import { renderTable, type TextColumn, type TextRow } from './text-table.js';

/** The table of `sweep` in the period to show (src/analysis/period.ts). */
export function sweepTable(sweep: SweepSummary): string {
  const period = sweep.period?.period;
  const columns: TextColumn[] = [
    { header: 'metric', align: 'left' },
    { header: 'unit', align: 'left' },
    ...sweep.points.map((p) => ({ header: sweep.paths.map((path) => String(p.values[path])).join(' / '), align: 'right' as const })),
  ];
  const keySet = new Set<string>();
  for (const p of sweep.points) for (const k of Object.keys(p.metrics)) keySet.add(k);
  const keys = [...keySet];
  const rows: TextRow[] = keys.map((key) => {
    const typical = Math.max(0, ...sweep.points.map((p) => Math.abs(p.metrics[key]?.mean ?? 0)));
    const style = metricStyle(key, typical, { currency: sweep.currency, period });
    return [
      key,
      style.unit,
      ...sweep.points.map((p) => {
        const m = p.metrics[key];
        if (m === undefined) return '';
        const half = m.ci95 === null ? null : (m.ci95[1] - m.ci95[0]) / 2;
        return half === null ? styled(style, m.mean) : `${styled(style, m.mean)} ± ${styled(style, half)}`;
      }),
    ];
  });
  const shown = sweep.period === undefined ? '' : ` · counts, money and minutes ${sweep.period.words}`;
  const heading = `${sweep.scenario}: sweep of ${sweep.paths.join(' / ')}\nseed ${sweep.seed} · ${sweep.replications} replications per point on common random numbers · ${sweep.points.length} points${shown}\n\n`;
  return `${heading}${renderTable(columns, rows)}cells: mean ± half-width of the 95% CI\n`;
}
