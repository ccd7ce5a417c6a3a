/**
 * How a metric reads: its catalogue entry (src/sim/metric-catalogue.ts: label, unit, range, better
 * direction, per-day flag) and the formatters that print its values, intervals and differences in
 * its unit, with the scenario's currency on money. Shared by the report, the CLI tables, the web app
 * and the trainer, so a metric is named and printed the same way everywhere.
 */
import {
  formatMinutes,
  formatMoney,
  formatNumber,
  formatPercent,
  formatPercentPoints,
  MISSING,
} from './format.js';
import { metricSpec, type MetricSpec, type MetricUnit } from '../sim/metric-catalogue.js';

export { KPI_KEYS, parsePerEntityKey, type MetricSpec, type MetricUnit } from '../sim/metric-catalogue.js';

/** A metric's catalogue entry. */
export type MetricInfo = MetricSpec;

/** The catalogue entry of a metric key (throws `invalid metric` for a key the simulator does not report). */
export function metricInfo(key: string): MetricInfo {
  return metricSpec(key);
}

/** Options of the metric formatters. */
export interface MetricFormatOptions {
  /** Print "+" on positive values (differences). */
  readonly sign?: boolean;
  /** The scenario's currency (ISO code or symbol), printed with money; null or absent: none named. */
  readonly currency?: string | null;
}

/** A metric value in its unit: money, `4.2 min`, `83.4%`, a count. */
export function formatMetric(key: string, value: number | null | undefined, options: MetricFormatOptions = {}): string {
  return formatByUnit(metricInfo(key).unit, value, options);
}

/** A value in the given unit (see {@link MetricUnit}). */
export function formatByUnit(unit: MetricUnit, value: number | null | undefined, options: MetricFormatOptions = {}): string {
  switch (unit) {
    case 'money':
      return formatMoney(value, { sign: options.sign, currency: options.currency });
    case 'minutes':
      return formatMinutes(value, { sign: options.sign });
    case 'fraction':
      return formatPercent(value, { sign: options.sign });
    case 'count':
      // Means over replications of counts are rarely whole: one decimal below 100.
      return formatNumber(value, { sign: options.sign });
    case 'number':
      return formatNumber(value, { digits: value != null && Math.abs(value) >= 100 ? 0 : 2, sign: options.sign });
  }
}

/**
 * A difference between two values of a metric: signed, fractions in percentage points
 * (`+2.5 pp`), others in their unit (`−1.3 min`, `+1,200`).
 */
export function formatMetricDifference(key: string, value: number | null | undefined, options: MetricFormatOptions = {}): string {
  const unit = metricInfo(key).unit;
  if (value == null || !Number.isFinite(value)) return MISSING;
  if (unit === 'fraction') return formatPercentPoints(value);
  return formatByUnit(unit, value, { ...options, sign: true });
}

/** Marks an interval bound cut at the metric's range (see {@link shownInterval}). */
export const CUT_MARK = '†';

/** Explains {@link CUT_MARK} wherever a cut interval is shown. */
export const CUT_NOTE =
  '† The 95% interval is cut at the range the metric can take (a count, a wait or a cost is never negative; a rate lies between 0% and 100%): the Student-t interval reaches past it when values are few or skewed.';

/** A confidence interval as shown: clipped to the metric's range, saying which bound was cut. */
export interface ShownInterval {
  readonly lo: number;
  readonly hi: number;
  readonly cutLo: boolean;
  readonly cutHi: boolean;
}

/**
 * The 95% CI of a metric's mean as displayed: the Student-t interval (which the JSON output keeps
 * unchanged) clipped to the range the metric can take, so a wait never shows a negative bound and a
 * rate never one above 100%. Null when there is no interval.
 */
export function shownInterval(key: string, ci: readonly [number, number] | null | undefined): ShownInterval | null {
  if (ci == null) return null;
  const [min, max] = metricInfo(key).range;
  const cutLo = ci[0] < min;
  const cutHi = ci[1] > max;
  return { lo: cutLo ? min : ci[0], hi: cutHi ? max : ci[1], cutLo, cutHi };
}

/** Whether a metric's interval is cut when shown. */
export function isCut(key: string, ci: readonly [number, number] | null | undefined): boolean {
  const shown = shownInterval(key, ci);
  return shown !== null && (shown.cutLo || shown.cutHi);
}

/**
 * A metric's 95% CI as text, clipped to its range, a cut bound marked {@link CUT_MARK}:
 * `0.0 min† – 1.9 min`. `format` prints one bound (default: the metric's unit).
 */
export function formatMetricInterval(
  key: string,
  ci: readonly [number, number] | null | undefined,
  options: MetricFormatOptions & { readonly format?: (value: number) => string } = {},
): string {
  const shown = shownInterval(key, ci);
  if (shown === null || !Number.isFinite(shown.lo) || !Number.isFinite(shown.hi)) return MISSING;
  const format = options.format ?? ((v: number) => formatMetric(key, v, options));
  return `${format(shown.lo)}${shown.cutLo ? CUT_MARK : ''} – ${format(shown.hi)}${shown.cutHi ? CUT_MARK : ''}`;
}

/**
 * A unit as a table's unit column prints it: `min`, `%`, `count`, `money` (or the currency), and
 * for whole-run totals shown in a period, the period: `min/day`, `EUR/week`, `count/run`.
 */
export function unitLabel(key: string, options: { readonly currency?: string | null; readonly period?: 'day' | 'week' | 'run' } = {}): string {
  const spec = metricInfo(key);
  const base = { minutes: 'min', fraction: '%', money: options.currency || 'money', count: 'count', number: '' }[spec.unit];
  return spec.perDay && options.period !== undefined ? `${base}/${options.period}` : base;
}

/**
 * What a paired difference says: `better` or `worse` when its 95% interval excludes zero (by the
 * metric's better direction), `neutral` when it is real but the metric has no better direction,
 * `insignificant` when it could be chance. `better` is a metric key or its direction.
 */
export function differenceVerdict(
  better: string | MetricSpec['better'],
  d: { readonly mean: number | null; readonly significant: boolean },
): 'better' | 'worse' | 'insignificant' | 'neutral' {
  if (!d.significant || d.mean === null) return 'insignificant';
  const direction = better === 'higher' || better === 'lower' || better === null ? better : metricInfo(better).better;
  if (direction === null || d.mean === 0) return 'neutral';
  return (d.mean > 0) === (direction === 'higher') ? 'better' : 'worse';
}

/** A metric's interval bounds for a chart's whiskers or band: cut at its range, null without an interval. */
export function shownBounds(key: string, ci: readonly [number, number] | null | undefined): { lo: number | null; hi: number | null } {
  const shown = shownInterval(key, ci);
  return shown === null ? { lo: null, hi: null } : { lo: shown.lo, hi: shown.hi };
}

/**
 * A metric's unit as a chart axis names it: the currency (or "money"), "minutes", "%" ("percentage
 * points" for a difference), "count", or "mean" for other quantities.
 */
export function axisUnit(unit: MetricUnit, options: { readonly currency?: string | null; readonly difference?: boolean } = {}): string {
  return { money: options.currency || 'money', minutes: 'minutes', fraction: options.difference ? 'percentage points' : '%', count: 'count', number: 'mean' }[unit];
}
