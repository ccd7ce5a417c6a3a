/**
 * Numbers in the CLI's tables: each metric in a unit column (`min`, `%`, ...) and plain figures
 * with enough significant digits that small waits do not print as 0.0, and with the same decimals
 * across a row so a mean, its sd and its interval line up.
 */
import { metricInfo, unitLabel, type MetricUnit } from '../../analysis/metric-info.js';
import type { Quantity } from '../../analysis/tables/table-spec.js';
import { MISSING } from '../../analysis/format.js';

const MINUS = '−';
const SIGNIFICANT = 4;
const MAX_DECIMALS = 6;

/** Fractions print as percentages; everything else as it is. */
export function scaleFor(unit: MetricUnit): number {
  return unit === 'fraction' ? 100 : 1;
}

/** Decimals that show `magnitude` (already scaled) with about four significant digits. */
export function decimalsFor(magnitude: number): number {
  const m = Math.abs(magnitude);
  if (!Number.isFinite(m) || m === 0) return 0;
  const integerDigits = Math.floor(Math.log10(m)) + 1;
  return Math.min(MAX_DECIMALS, Math.max(0, SIGNIFICANT - integerDigits));
}

const formats = new Map<number, Intl.NumberFormat>();
function numberFormat(decimals: number): Intl.NumberFormat {
  let f = formats.get(decimals);
  if (f === undefined) {
    f = new Intl.NumberFormat('en-US', { minimumFractionDigits: decimals, maximumFractionDigits: decimals, useGrouping: true });
    formats.set(decimals, f);
  }
  return f;
}

/** A figure with fixed decimals and thousands separators; `sign` adds "+" to positives. */
export function figure(value: number | null | undefined, decimals: number, sign = false): string {
  if (value === null || value === undefined || !Number.isFinite(value)) return MISSING;
  const text = numberFormat(decimals).format(Math.abs(value));
  if (/^[0.,]+$/.test(text)) return text;
  if (value < 0) return MINUS + text;
  return sign ? `+${text}` : text;
}

/** How one metric's values are printed: its unit, scale and decimals chosen from a typical value. */
export interface MetricStyle {
  readonly unit: string;
  readonly scale: number;
  readonly decimals: number;
}

/**
 * The style of a metric whose typical (largest relevant) magnitude is `typical`, unscaled; its unit
 * text names the currency and, for totals shown in a period, the period (`EUR/day`).
 */
export function metricStyle(key: string, typical: number | null, shown: Parameters<typeof unitLabel>[1] = {}): MetricStyle {
  const unit = metricInfo(key).unit;
  const scale = scaleFor(unit);
  const decimals = unit === 'count' && typical !== null && Math.abs(typical) >= 1000 ? 0 : decimalsFor((typical ?? 0) * scale);
  return { unit: unitLabel(key, shown), scale, decimals };
}

/**
 * The style of a quantity in a table cell: a metric's style when the cell names its metric, whole
 * numbers for counts of things, one decimal for rates per hour, else by unit.
 */
export function quantityStyle(unit: Quantity, key: string | undefined, typical: number | null): MetricStyle {
  if (key !== undefined) return metricStyle(key, typical);
  if (unit === 'integer') return { unit: '', scale: 1, decimals: 0 };
  if (unit === 'perHour') return { unit: '/h', scale: 1, decimals: 1 };
  const scale = scaleFor(unit);
  return { unit: '', scale, decimals: decimalsFor((typical ?? 0) * scale) };
}

/** A value in a metric's style. */
export function styled(style: MetricStyle, value: number | null | undefined, sign = false): string {
  return figure(value == null ? value : value * style.scale, style.decimals, sign);
}

/** `lo – hi` in a metric's style. */
export function styledInterval(style: MetricStyle, ci: readonly [number, number] | null, sign = false): string {
  if (ci === null) return MISSING;
  return `${styled(style, ci[0], sign)} – ${styled(style, ci[1], sign)}`;
}
