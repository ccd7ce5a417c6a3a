/**
 * KPI comparison of variants run on common random numbers: for each metric, the variants' means
 * with 95% CI whiskers (left) and each variant's paired difference from the first, with its 95% CI
 * (right). Differences whose CI excludes zero are drawn solid and coloured green (better) or red
 * (worse); the others are hollow and grey: they cannot be told apart from chance.
 */
import * as Plot from '@observablehq/plot';
import type { CompareSummary } from '../run-summary.js';
import { axisUnit, formatMetric, formatMetricDifference, KPI_KEYS, metricInfo, shownBounds, type MetricUnit } from '../metric-info.js';
import { periodSuffix } from '../period.js';
import { basePlot, chartDocument, type ChartOptions, DEFAULT_WIDTH, marginForLabels, renderPlot } from './options.js';
import { DIFFERENCE_COLORS, INK, ordinalColors, VARIANT_PALETTE } from './palette.js';
import { whiskersX } from './whiskers.js';

export interface KpiComparisonOptions extends ChartOptions {
  /** Metric keys to show, in order. Default: the KPI keys (`KPI_KEYS`) the comparison reports. */
  readonly metrics?: readonly string[];
}

/** Class names of the parts, for styling and tests. */
export const KPI_COMPARISON_CLASS = 'office-kpi-comparison';

interface ValueRow {
  readonly label: string;
  readonly mean: number;
  readonly lo: number | null;
  readonly hi: number | null;
  /** The mean as printed beside its mark. */
  readonly text: string;
}

interface DifferenceRow extends ValueRow {
  readonly verdict: keyof typeof DIFFERENCE_COLORS;
}

/** Grouped thousands, no trailing zeros (d3-format). */
const NUMBER_TICKS = ',~f';

function axisLabel(unit: MetricUnit, difference: boolean, currency: string | null): string {
  const name = axisUnit(unit, { currency, difference });
  return difference ? `Difference vs first (${name})` : `Mean with 95% CI (${name})`;
}

/** Smallest span of an axis whose values are all zero, in plotted units (fractions in %). */
const MIN_SPAN: Record<MetricUnit, number> = { money: 1, minutes: 0.1, fraction: 1, count: 1, number: 0.1 };

/** Fractions are plotted in percent (differences in percentage points), everything else as is. */
function plotted<T extends ValueRow>(rows: readonly T[], unit: MetricUnit): T[] {
  if (unit !== 'fraction') return [...rows];
  return rows.map((r) => ({ ...r, mean: r.mean * 100, lo: r.lo === null ? null : r.lo * 100, hi: r.hi === null ? null : r.hi * 100 }));
}

/**
 * An x domain holding zero and every row's mean and CI, never degenerate: when every value is zero
 * (a metric the variants share exactly, or one that never happens) the axis still spans
 * `MIN_SPAN` (around zero for differences, from zero for values).
 */
export function comparisonDomain(rows: readonly ValueRow[], unit: MetricUnit, symmetric: boolean): [number, number] {
  let lo = 0;
  let hi = 0;
  for (const r of rows) {
    lo = Math.min(lo, r.mean, r.lo ?? r.mean);
    hi = Math.max(hi, r.mean, r.hi ?? r.mean);
  }
  if (hi - lo === 0) return symmetric ? [-MIN_SPAN[unit], MIN_SPAN[unit]] : [0, MIN_SPAN[unit]];
  return [lo, hi];
}

/** Variant rows and difference rows of one metric. */
export function kpiComparisonRows(summary: CompareSummary, key: string): { values: ValueRow[]; differences: DifferenceRow[] } {
  const m = summary.metrics[key];
  if (m === undefined) return { values: [], differences: [] };
  const better = metricInfo(key).better;
  const values = m.variants.flatMap((s, i) =>
    s === null || s.mean === null ? [] : [{ label: summary.variants[i]!, mean: s.mean, ...shownBounds(key, s.ci95), text: formatMetric(key, s.mean, { currency: summary.runs[0]?.currency ?? null }) }],
  );
  const differences = m.differences.flatMap((d) => {
    if (d === null || d.mean === null) return [];
    const verdict: DifferenceRow['verdict'] = !d.significant
      ? 'insignificant'
      : better === null
        ? 'neutral'
        : (d.mean > 0) === (better === 'higher')
          ? 'better'
          : 'worse';
    const text = formatMetricDifference(key, d.mean, { currency: summary.runs[0]?.currency ?? null }) + (d.significant ? ' *' : '');
    return [{ label: d.variant, mean: d.mean, lo: d.ci95?.[0] ?? null, hi: d.ci95?.[1] ?? null, verdict, text }];
  });
  return { values, differences };
}

function valuesPlot(summary: CompareSummary, key: string, values: ValueRow[], width: number, options: ChartOptions) {
  const unit = metricInfo(key).unit;
  const rows = plotted(values, unit);
  const right = (r: ValueRow) => Math.max(r.mean, r.hi ?? r.mean, 0);
  return renderPlot({
    ...basePlot({ ...options, width, title: undefined }, 46 + 26 * summary.variants.length),
    marginLeft: marginForLabels(summary.variants),
    marginRight: 64,
    marginBottom: 34,
    x: { label: axisLabel(unit, false, summary.runs[0]?.currency ?? null), domain: comparisonDomain(rows, unit, false), grid: true, nice: true, tickFormat: NUMBER_TICKS, labelAnchor: 'center', labelArrow: 'none' },
    y: { label: null, domain: [...summary.variants] },
    color: ordinalColors(summary.variants, VARIANT_PALETTE),
    marks: [
      Plot.barX(rows, { y: 'label', x: 'mean', fill: 'label', insetTop: 3, insetBottom: 3 }),
      Plot.ruleX([0], { stroke: INK.rule }),
      ...whiskersX(rows),
      Plot.text(rows, { y: 'label', x: right, text: 'text', textAnchor: 'start', dx: 5, fill: '#222' }),
    ],
  });
}

function differencesPlot(summary: CompareSummary, key: string, differences: DifferenceRow[], width: number, options: ChartOptions) {
  const unit = metricInfo(key).unit;
  const rows = plotted(differences, unit);
  const others = summary.variants.slice(1);
  const colors = Object.entries(DIFFERENCE_COLORS);
  return renderPlot({
    ...basePlot({ ...options, width, title: undefined }, 46 + 26 * summary.variants.length),
    marginLeft: marginForLabels(others),
    marginRight: 24,
    marginBottom: 34,
    x: { label: axisLabel(unit, true, summary.runs[0]?.currency ?? null), domain: comparisonDomain(rows, unit, true), grid: true, nice: true, tickFormat: NUMBER_TICKS, labelAnchor: 'center', labelArrow: 'none' },
    // Same row height as the values panel, so the two panels line up; the first variant's row stays empty.
    y: { label: null, domain: [...summary.variants], tickSize: 0, tickFormat: (v: string) => (v === summary.variants[0] ? '' : v) },
    color: { domain: colors.map(([k]) => k), range: colors.map(([, c]) => c) },
    marks: [
      Plot.ruleX([0], { stroke: INK.rule, strokeDasharray: '3,3' }),
      ...whiskersX(rows, { stroke: 'verdict' } as Plot.MarkOptions),
      Plot.dot(
        rows.filter((r) => r.verdict !== 'insignificant'),
        { y: 'label', x: 'mean', fill: 'verdict', stroke: 'verdict', r: 5 },
      ),
      Plot.dot(
        rows.filter((r) => r.verdict === 'insignificant'),
        { y: 'label', x: 'mean', fill: 'white', stroke: 'verdict', strokeWidth: 1.5, r: 5 },
      ),
      Plot.text(rows, { y: 'label', x: 'mean', text: 'text', dy: -11, fill: '#222' }),
    ],
  });
}

/** Returns a `<div>` holding, per metric, a heading and the two panels side by side. */
export function kpiComparisonChart(summary: CompareSummary, options: KpiComparisonOptions = {}): HTMLElement {
  const doc = chartDocument(options);
  const keys = (options.metrics ?? KPI_KEYS).filter((k) => summary.metrics[k] !== undefined);
  const width = options.width ?? DEFAULT_WIDTH;
  const panel = Math.floor((width - 16) / 2);
  const root = doc.createElement('div');
  root.setAttribute('class', KPI_COMPARISON_CLASS);
  root.setAttribute('style', `display:grid;grid-template-columns:${panel}px ${panel}px;column-gap:16px;row-gap:4px;max-width:${width}px`);
  if (options.title !== undefined) {
    const h = doc.createElement('h2');
    h.setAttribute('style', 'grid-column:1 / -1;margin:0 0 8px');
    h.textContent = options.title;
    root.append(h);
  }
  for (const key of keys) {
    const { values, differences } = kpiComparisonRows(summary, key);
    const heading = doc.createElement('div');
    heading.setAttribute('class', `${KPI_COMPARISON_CLASS}-metric`);
    heading.setAttribute('style', 'grid-column:1 / -1;font-weight:600;font-size:13px;margin-top:10px;border-bottom:1px solid #e3e5e8;padding-bottom:2px');
    const period = periodSuffix(key, summary.period);
    heading.textContent = period === '' ? metricInfo(key).label : `${metricInfo(key).label}, ${period}`;
    root.append(heading, valuesPlot(summary, key, values, panel, options), differencesPlot(summary, key, differences, panel, options));
  }
  return root;
}
