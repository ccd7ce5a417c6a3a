/**
 * Sweep curves: a metric's mean (95% band) against one swept value, one line per combination of
 * the other swept values (a 2-D sweep gives a family of curves). Non-numeric values (policy names)
 * are spaced evenly in grid order.
 */
import type { SweepSummary, SweepValue } from '../run-summary.js';
import { axisUnit, metricInfo, shownBounds } from '../metric-info.js';
import { periodSuffix } from '../period.js';
import { bandLineChart, type BandRow } from './band-line.js';
import type { ChartOptions } from './options.js';
import { CLASS_PALETTE, ordinalColors } from './palette.js';

export interface SweepChartOptions extends ChartOptions {
  /** The metric key on the y axis, e.g. `profit`. */
  readonly metric: string;
  /** The swept path on the x axis. Default: the first varied path. */
  readonly x?: string;
}

function seriesName(values: Readonly<Record<string, SweepValue>>, others: readonly string[]): string {
  return others.map((p) => `${p} = ${String(values[p])}`).join(', ');
}

/** Mean/CI rows per point and the x positions' labels (null when x values are numbers). */
export function sweepRows(summary: SweepSummary, metric: string, xPath: string): { rows: BandRow[]; series: string[]; categories: string[] | null } {
  const others = summary.paths.filter((p) => p !== xPath);
  const xs = summary.points.map((p) => p.values[xPath]!);
  const numeric = xs.every((v) => typeof v === 'number');
  const categories = numeric ? null : [...new Set(xs.map(String))];
  const series: string[] = [];
  const rows: BandRow[] = [];
  for (const point of summary.points) {
    const name = others.length === 0 ? metricInfo(metric).label : seriesName(point.values, others);
    if (!series.includes(name)) series.push(name);
    const s = point.metrics[metric];
    const v = point.values[xPath]!;
    rows.push({
      x: categories === null ? (v as number) : categories.indexOf(String(v)),
      series: name,
      mean: s?.mean ?? null,
      ...shownBounds(metric, s?.ci95),
    });
  }
  // Lines join points in data order: sort each series along x.
  rows.sort((a, b) => series.indexOf(a.series) - series.indexOf(b.series) || a.x - b.x);
  return { rows, series, categories };
}

export function sweepChart(summary: SweepSummary, options: SweepChartOptions): SVGSVGElement | HTMLElement {
  const xPath = options.x ?? summary.paths[0];
  if (xPath === undefined || !summary.paths.includes(xPath)) throw new Error(`invalid x: ${String(options.x)}`);
  if (!summary.metricKeys.includes(options.metric)) throw new Error(`invalid metric: ${options.metric}`);
  const { rows, series, categories } = sweepRows(summary, options.metric, xPath);
  const info = metricInfo(options.metric);
  const xValues = [...new Set(rows.map((r) => r.x))].sort((a, b) => a - b);
  const period = periodSuffix(options.metric, summary.period);
  return bandLineChart(
    {
      rows,
      color: ordinalColors(series, CLASS_PALETTE),
      x: {
        type: 'linear',
        label: xPath,
        labelAnchor: 'right',
        labelArrow: 'none',
        ...(categories !== null
          ? { domain: [-0.3, categories.length - 0.7], ticks: xValues, tickFormat: (i: number) => categories[i] ?? '' }
          : xValues.length <= 12
            ? { ticks: xValues, tickFormat: ',~f' }
            : {}),
      },
      yLabel: `${info.label}${period ? `, ${period}` : ''} (${axisUnit(info.unit, { currency: summary.currency })})`,
      ...(info.unit === 'fraction' ? { yPercent: true } : { yTickFormat: ',~f' }),
      dots: true,
      // A sweep is read for its trend: fit the axis to the data rather than stretch it to zero.
      includeZero: false,
      // Only what can be negative (profit) may go below zero.
      nonNegative: info.range[0] >= 0,
    },
    options,
  );
}
