/**
 * Number formatting shared by the HTML report, the CLI's tables and the web app, so a value reads
 * the same everywhere. Formats are fixed to `en-US` grouping (not the viewer's locale): a report
 * generated on one machine must match the CLI's table on another, byte for byte.
 *
 * Every formatter accepts `null` / `undefined` / non-finite values (a metric with nothing to count)
 * and prints {@link MISSING}.
 */

/** What a value with nothing to count prints as. */
export const MISSING = '–';

/** A real minus sign: lines up with digits in tabular figures, unlike the hyphen. */
const MINUS = '−';

const groupedFormats = new Map<number, Intl.NumberFormat>();

function grouped(digits: number): Intl.NumberFormat {
  let format = groupedFormats.get(digits);
  if (format === undefined) {
    format = new Intl.NumberFormat('en-US', {
      minimumFractionDigits: digits,
      maximumFractionDigits: digits,
      useGrouping: true,
    });
    groupedFormats.set(digits, format);
  }
  return format;
}

function isNumber(value: number | null | undefined): value is number {
  return typeof value === 'number' && Number.isFinite(value);
}

function signed(text: string, value: number, plus: boolean): string {
  // Rounding can turn a tiny negative into "0": print it unsigned rather than "−0".
  if (/^[0.,]+$/.test(text)) return text;
  if (value < 0) return MINUS + text;
  return plus ? `+${text}` : text;
}

/** Options common to the numeric formatters. */
export interface FormatOptions {
  /** Digits after the decimal point; each formatter documents its default. */
  readonly digits?: number;
  /** Print a leading "+" on positive values (for differences). Default false. */
  readonly sign?: boolean;
}

/** A plain number with thousands separators: `12,345.6`. Default digits: 0 at 100 or more, else 1. */
export function formatNumber(value: number | null | undefined, options: FormatOptions = {}): string {
  if (!isNumber(value)) return MISSING;
  const digits = options.digits ?? (Math.abs(value) >= 100 ? 0 : 1);
  return signed(grouped(digits).format(Math.abs(value)), value, options.sign ?? false);
}

/** An integer count: `1,204`. */
export function formatCount(value: number | null | undefined, options: FormatOptions = {}): string {
  return formatNumber(value, { digits: 0, ...options });
}

/** Options of {@link formatMoney}. */
export interface MoneyOptions extends FormatOptions {
  /** The scenario's currency: an ISO code (`EUR`, printed after the amount) or a symbol (`€`, before it). */
  readonly currency?: string | null | undefined;
}

/** An ISO 4217-style code: three capital letters. */
function isCurrencyCode(currency: string): boolean {
  return /^[A-Z]{3}$/.test(currency);
}

/**
 * An amount with the scenario's currency: a code follows the amount (`1,200 EUR`), a symbol
 * precedes it after the sign (`€1,200`, `−€40`, `+€12`); no currency: the bare amount.
 */
export function withCurrency(amount: string, currency: string | null | undefined): string {
  if (currency == null || currency === '' || amount === MISSING) return amount;
  if (isCurrencyCode(currency) || currency.length > 1) return `${amount} ${currency}`;
  const sign = /^[−+]/.test(amount) ? amount[0]! : '';
  return `${sign}${currency}${amount.slice(sign.length)}`;
}

/**
 * Money: `12,340`, with the scenario's currency when it names one (`12,340 EUR`, `€12,340`).
 * Default digits: 0 at 10 or more in magnitude (totals read in whole units), else 2 (small amounts
 * and differences).
 */
export function formatMoney(value: number | null | undefined, options: MoneyOptions = {}): string {
  if (!isNumber(value)) return MISSING;
  // Nothing is nothing: "0", not "0.00".
  const digits = options.digits ?? (Math.abs(value) >= 10 || value === 0 ? 0 : 2);
  return withCurrency(formatNumber(value, { sign: options.sign, digits }), options.currency);
}

/** Minutes with their unit: `4.2 min`. Default digits: 0 at 100 or more, else 1. */
export function formatMinutes(value: number | null | undefined, options: FormatOptions = {}): string {
  if (!isNumber(value)) return MISSING;
  return `${formatNumber(value, options)} min`;
}

/**
 * A longer span of minutes in hours and minutes: `5 h 12 min`, `45 min`. Rounds to the whole minute;
 * for totals such as coverage-gap minutes over a week.
 */
export function formatDuration(minutes: number | null | undefined): string {
  if (!isNumber(minutes)) return MISSING;
  const total = Math.round(Math.abs(minutes));
  const hours = Math.floor(total / 60);
  const rest = total % 60;
  const text = hours === 0 ? `${rest} min` : rest === 0 ? `${grouped(0).format(hours)} h` : `${grouped(0).format(hours)} h ${rest} min`;
  return total === 0 ? text : signed(text, minutes, false);
}

/** A fraction as a percentage: 0.834 → `83.4%`. Default digits: 1. */
export function formatPercent(fraction: number | null | undefined, options: FormatOptions = {}): string {
  if (!isNumber(fraction)) return MISSING;
  const value = fraction * 100;
  const text = signed(grouped(options.digits ?? 1).format(Math.abs(value)), value, options.sign ?? false);
  return `${text}%`;
}

/**
 * A difference of two fractions in percentage points: 0.05 → `+5.0 pp`. Always signed.
 */
export function formatPercentPoints(fraction: number | null | undefined, options: FormatOptions = {}): string {
  if (!isNumber(fraction)) return MISSING;
  const value = fraction * 100;
  return `${signed(grouped(options.digits ?? 1).format(Math.abs(value)), value, options.sign ?? true)} pp`;
}

const MINUTES_PER_DAY = 1440;

/**
 * A clock time "HH:MM" from minutes after midnight. 1440 prints "24:00" (the end of a day on a
 * through-the-day axis); later times wrap to the next day's clock (a shift crossing midnight).
 * Rounds to the nearest minute.
 */
export function formatClock(minutes: number | null | undefined): string {
  if (!isNumber(minutes)) return MISSING;
  let m = Math.round(minutes);
  if (m !== MINUTES_PER_DAY) m = ((m % MINUTES_PER_DAY) + MINUTES_PER_DAY) % MINUTES_PER_DAY;
  const hh = Math.floor(m / 60);
  const mm = m % 60;
  return `${String(hh).padStart(2, '0')}:${String(mm).padStart(2, '0')}`;
}

/** A 95% confidence interval `[lo, hi]` printed with the given formatter: `[1,200 – 1,450]`. */
export function formatInterval(
  ci: readonly [number, number] | null | undefined,
  format: (value: number) => string,
): string {
  if (ci == null || !isNumber(ci[0]) || !isNumber(ci[1])) return MISSING;
  return `${format(ci[0])} – ${format(ci[1])}`;
}

/** "1 day", "3 days"; pass the plural when adding "s" is wrong ("customer classes"). */
export function plural(n: number, singular: string, pluralForm = `${singular}s`): string {
  return `${n} ${n === 1 ? singular : pluralForm}`;
}
