/**
 * The sections of a sweep report: a curve per key figure against the swept values, and a table of
 * every point.
 */
import type { SweepSummary } from '../run-summary.js';
import { KPI_KEYS, metricInfo } from '../metric-info.js';
import { periodSuffix } from '../period.js';
import { sweepChart } from '../charts/index.js';
import { esc, figure, metricInterval, metricValue, table } from './html.js';
import { HALF_WIDTH } from './run-sections.js';

/** The metrics a sweep report plots by default: the KPI keys the sweep has. */
export function sweepMetrics(sweep: SweepSummary, metrics?: readonly string[]): string[] {
  return (metrics ?? KPI_KEYS).filter((k) => sweep.metricKeys.includes(k));
}

/** A metric's label with the period of its totals. */
function label(sweep: SweepSummary, key: string): string {
  const period = periodSuffix(key, sweep.period);
  return period === '' ? metricInfo(key).label : `${metricInfo(key).label}, ${period}`;
}

export function sweepCurvesSection(sweep: SweepSummary, metrics: readonly string[], doc: Document): string {
  const x = sweep.paths[0]!;
  const others = sweep.paths.slice(1);
  const lines = others.length === 0 ? '' : ` One line per value of ${others.join(', ')}.`;
  const figures = metrics.map((metric) =>
    figure(label(sweep, metric), sweepChart(sweep, { document: doc, width: HALF_WIDTH, metric, x }), `Mean over ${sweep.replications} replications at each value of ${x}, with its 95% band.${lines}`, false),
  );
  const rows: string[] = [];
  for (let i = 0; i < figures.length; i += 2) rows.push(`<div class="grid2">${figures[i]}${figures[i + 1] ?? ''}</div>`);
  return `<section><h2>Sweep curves</h2>${rows.join('\n')}</section>`;
}

export function sweepTableSection(sweep: SweepSummary, metrics: readonly string[]): string {
  return `<section><h2>Every point</h2>
<p class="lead">Mean and 95% confidence interval of each key figure at every point of the grid.</p>
${table(
  [
    ...sweep.paths.map((p) => ({ header: p, cell: (pt: SweepSummary['points'][number]) => esc(String(pt.values[p])), numeric: true })),
    ...metrics.map((k) => ({
      header: label(sweep, k),
      cell: (pt: SweepSummary['points'][number]) => `${metricValue(k, pt.metrics[k]?.mean, { currency: sweep.currency })}<div class="sub">${metricInterval(k, pt.metrics[k], { currency: sweep.currency })}</div>`,
      numeric: true,
    })),
  ],
  sweep.points,
)}
</section>`;
}
