/**
 * Differences as text. `formatMetricDifference` rounds as the value's unit does (one decimal of a
 * minute, of a percentage point); a small but real difference, such as +0.03 min, would then read
 * "0.0 min". Here the digits grow until the difference shows two significant figures, and its
 * interval is printed with the same digits.
 */
import { formatMinutes, formatMoney, formatNumber, formatPercentPoints } from '../../analysis/format.js';
import { formatMetricDifference, metricInfo } from '../../analysis/metric-info.js';

const MOST_DIGITS = 4;

/** A formatter for the differences of `key` around `typical` (the mean difference). */
export function differenceFormatter(key: string, typical: number | null | undefined, currency: string | null = null): (value: number | null | undefined) => string {
  const unit = metricInfo(key).unit;
  const plain = (v: number | null | undefined) => formatMetricDifference(key, v, { currency });
  if (typical == null || !Number.isFinite(typical) || typical === 0 || /[1-9]/.test(plain(typical))) return plain;
  const magnitude = Math.abs(unit === 'fraction' ? typical * 100 : typical);
  const digits = Math.min(MOST_DIGITS, Math.max(1, Math.ceil(-Math.log10(magnitude)) + 1));
  return (v) => {
    switch (unit) {
      case 'fraction':
        return formatPercentPoints(v, { digits });
      case 'minutes':
        return formatMinutes(v, { digits, sign: true });
      case 'money':
        return formatMoney(v, { digits, sign: true, currency });
      default:
        return formatNumber(v, { digits, sign: true });
    }
  };
}

/** One difference as text, with enough digits to tell it from zero. */
export function differenceText(key: string, value: number | null | undefined, currency: string | null = null): string {
  return differenceFormatter(key, value, currency)(value);
}
