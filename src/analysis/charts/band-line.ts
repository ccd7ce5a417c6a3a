/**
 * The shape several charts share: one mean line per series with its 95% confidence band, over the
 * day, over days or over swept values. Series are coloured by an ordinal scale given by the caller.
 */
import * as Plot from '@observablehq/plot';
import type { Band, RunSummary } from '../run-summary.js';
import { clockScale } from './clock-axis.js';
import { basePlot, type ChartOptions, renderPlot } from './options.js';
import { INK } from './palette.js';

/** One point of a mean line with its band. */
export interface BandRow {
  readonly x: number;
  readonly series: string;
  readonly mean: number | null;
  readonly lo: number | null;
  readonly hi: number | null;
}

/** Rows of a `Band` at positions `xs`, tagged with a series name. */
export function bandRows(band: Band, xs: readonly number[], series: string): BandRow[] {
  return xs.map((x, i) => ({ x, series, mean: band.mean[i] ?? null, lo: band.lo[i] ?? null, hi: band.hi[i] ?? null }));
}

/**
 * Rows of the through-the-day series `<prefix><name>` for each name that the summary has, at
 * bucket midpoints (a bucket's value is its average, best drawn at its centre).
 */
export function daySeriesRows(summary: RunSummary, prefix: string, names: readonly string[]): BandRow[] {
  const { bucketStarts, bucketMinutes, bands } = summary.series;
  const mids = bucketStarts.map((s) => s + bucketMinutes / 2);
  return names.flatMap((name) => {
    const band = bands[prefix + name];
    return band === undefined ? [] : bandRows(band, mids, name);
  });
}

/** The clock-time domain of the summary's day series: first bucket start to last bucket end. */
export function dayDomain(summary: RunSummary): [number, number] {
  const { bucketStarts, bucketMinutes } = summary.series;
  if (bucketStarts.length === 0) return [summary.calendar.open, summary.calendar.close];
  return [bucketStarts[0]!, bucketStarts[bucketStarts.length - 1]! + bucketMinutes];
}

export const MARGIN = { left: 52, right: 20, top: 24, bottom: 40 } as const;

/** A clock-time x scale for the summary's day series at the given chart width. */
export function dayScale(summary: RunSummary, width: number): Plot.ScaleOptions {
  const [start, end] = dayDomain(summary);
  return clockScale(start, end, width - MARGIN.left - MARGIN.right);
}

export interface BandLineSpec {
  readonly rows: readonly BandRow[];
  /** Series names in legend order and their colours. */
  readonly color: { readonly domain: readonly string[]; readonly range: readonly string[] };
  readonly x: Plot.ScaleOptions;
  /** y axis label, with its unit. */
  readonly yLabel: string;
  /** y tick format: a function, or a d3-format string. Default Plot's. */
  readonly yTickFormat?: string | ((v: number) => string);
  /** y values are fractions shown as percentages (Plot's `percent`). */
  readonly yPercent?: boolean;
  /** Draw a dot at every mean (few points: days, sweep values). */
  readonly dots?: boolean;
  /** Marks drawn under the lines (targets, reference rules). */
  readonly underlay?: readonly Plot.Markish[];
  readonly defaultHeight?: number;
  /**
   * The quantity cannot be negative (people, minutes, tasks): cut the band at zero, where a
   * t-interval from few replications would otherwise dip below. Default true.
   */
  readonly nonNegative?: boolean;
  /** Start the y axis at zero. Default true. */
  readonly includeZero?: boolean;
}

/**
 * A chart of mean lines with 95% bands. Shows a legend when there is more than one series; the
 * y axis starts at zero (counts, minutes and people are never negative here).
 */
export function bandLineChart(spec: BandLineSpec, options: ChartOptions): SVGSVGElement | HTMLElement {
  const floor = (spec.nonNegative ?? true) ? 0 : -Infinity;
  const rows = spec.rows.map((r) => (r.lo !== null && r.lo < floor ? { ...r, lo: floor } : r));
  const many = spec.color.domain.length > 1;
  // Overlapping bands of several series get fainter, so lines stay readable.
  const bandOpacity = many ? INK.band * 0.75 : INK.band;
  return renderPlot({
    ...basePlot(options, spec.defaultHeight ?? 300),
    marginLeft: MARGIN.left,
    marginRight: MARGIN.right,
    marginTop: MARGIN.top,
    marginBottom: MARGIN.bottom,
    x: spec.x,
    y: {
      label: spec.yLabel,
      grid: true,
      zero: spec.includeZero ?? true,
      nice: true,
      percent: spec.yPercent ?? false,
      ...(spec.yTickFormat !== undefined ? { tickFormat: spec.yTickFormat } : {}),
    },
    color: { domain: [...spec.color.domain], range: [...spec.color.range], legend: many },
    marks: [
      ...(spec.underlay ?? []),
      Plot.ruleY([0], { stroke: INK.rule, strokeOpacity: 0.5 }),
      Plot.areaY(rows, { x: 'x', y1: 'lo', y2: 'hi', z: 'series', fill: 'series', fillOpacity: bandOpacity, curve: 'linear' }),
      Plot.lineY(rows, { x: 'x', y: 'mean', z: 'series', stroke: 'series', strokeWidth: 2, curve: 'linear' }),
      ...(spec.dots ? [Plot.dot(rows, { x: 'x', y: 'mean', fill: 'series', r: 3 })] : []),
    ],
  });
}
