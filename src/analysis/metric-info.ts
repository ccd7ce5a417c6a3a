/**
 * What each metric key of the CLI output contract means to a reader: a label, its unit (which picks
 * the formatter) and which direction is better. Shared by the report, the CLI tables and the web
 * app's KPI cards so a metric is named and printed the same way everywhere.
 */
import {
  formatMinutes,
  formatMoney,
  formatNumber,
  formatPercent,
  formatPercentPoints,
  MISSING,
} from './format.js';

export const METRIC_UNITS = ['money', 'minutes', 'fraction', 'count', 'number'] as const;
/**
 * `money`: the scenario's currency; `minutes`: durations; `fraction`: a share in [0, 1] printed as a
 * percentage; `count`: whole items over the run; `number`: any other quantity (e.g. a time-average
 * number of people waiting).
 */
export type MetricUnit = (typeof METRIC_UNITS)[number];

export interface MetricInfo {
  readonly key: string;
  /** Short human label: "Mean wait at the counter". */
  readonly label: string;
  readonly unit: MetricUnit;
  /** Which direction is an improvement; null when neither (arrivals, utilization). */
  readonly better: 'higher' | 'lower' | null;
}

type Fixed = readonly [label: string, unit: MetricUnit, better: MetricInfo['better']];

const FIXED: Readonly<Record<string, Fixed>> = {
  'front.arrivals': ['Counter arrivals', 'count', null],
  'front.served': ['Customers served', 'count', 'higher'],
  'front.abandoned': ['Customers who gave up', 'count', 'lower'],
  'front.balked': ['Customers who did not queue', 'count', 'lower'],
  'front.turnedAway': ['Customers turned away at close', 'count', 'lower'],
  'front.queueEnd': ['Left waiting at the end', 'count', 'lower'],
  'front.inServiceEnd': ['In service at the end', 'count', null],
  'front.abandonRate': ['Abandonment', 'fraction', 'lower'],
  'front.lostRate': ['Customers lost', 'fraction', 'lower'],
  'front.probWait': ['Share of customers who waited', 'fraction', 'lower'],
  'front.waitMean': ['Mean wait at the counter', 'minutes', 'lower'],
  'front.waitP90': ['90th percentile wait', 'minutes', 'lower'],
  'front.serviceLevel': ['Service level', 'fraction', 'higher'],
  'front.queueMean': ['Mean queue length', 'number', 'lower'],
  'front.unstaffedMinutes': ['Counter unstaffed', 'minutes', 'lower'],
  'back.arrivals': ['Back-office tasks arrived', 'count', null],
  'back.completed': ['Back-office tasks completed', 'count', 'higher'],
  'back.waitMean': ['Mean task wait before work starts', 'minutes', 'lower'],
  'back.timeInSystemMean': ['Mean task time in system', 'minutes', 'lower'],
  'back.backlogEnd': ['Backlog at the end', 'count', 'lower'],
  'back.late': ['Tasks completed late (count)', 'count', 'lower'],
  'back.lateRate': ['Tasks completed late', 'fraction', 'lower'],
  revenue: ['Revenue', 'money', 'higher'],
  revenueLost: ['Lost revenue', 'money', 'lower'],
  'cost.wages': ['Wages (incl. overtime)', 'money', 'lower'],
  'cost.overtime': ['Overtime pay', 'money', 'lower'],
  'cost.training': ['Training cost', 'money', 'lower'],
  'cost.penalties': ['Late penalties', 'money', 'lower'],
  'cost.total': ['Total cost', 'money', 'lower'],
  profit: ['Profit', 'money', 'higher'],
  'utilization.front': ['Utilization, counter staff', 'fraction', null],
  'utilization.back': ['Utilization, back-office staff', 'fraction', null],
  'coverage.gapMinutes': ['Coverage gaps', 'minutes', 'lower'],
  'coverage.coverMinutes': ['Time spent covering', 'minutes', null],
  overtimeMinutes: ['Overtime worked', 'minutes', 'lower'],
};

/** Per class, skill and person keys: `<prefix>.<name>.<suffix>`. */
const PATTERNS: readonly (readonly [prefix: string, suffix: string, label: (name: string) => string, unit: MetricUnit, better: MetricInfo['better']])[] = [
  ['customer', 'arrivals', (n) => `Arrivals, ${n}`, 'count', null],
  ['customer', 'served', (n) => `Served, ${n}`, 'count', 'higher'],
  ['customer', 'waitMean', (n) => `Mean wait, ${n}`, 'minutes', 'lower'],
  ['customer', 'abandonRate', (n) => `Abandonment, ${n}`, 'fraction', 'lower'],
  ['customer', 'serviceLevel', (n) => `Service level, ${n}`, 'fraction', 'higher'],
  ['task', 'arrivals', (n) => `Tasks arrived, ${n}`, 'count', null],
  ['task', 'completed', (n) => `Tasks completed, ${n}`, 'count', 'higher'],
  ['task', 'waitMean', (n) => `Mean task wait, ${n}`, 'minutes', 'lower'],
  ['task', 'lateRate', (n) => `Completed late, ${n}`, 'fraction', 'lower'],
  ['task', 'backlogEnd', (n) => `Backlog at the end, ${n}`, 'count', 'lower'],
  ['skill', 'utilization', (n) => `Utilization of skill ${n}`, 'fraction', null],
  ['skill', 'gapMinutes', (n) => `Coverage gaps, ${n}`, 'minutes', 'lower'],
  ['staff', 'utilization', (n) => `Utilization, ${n}`, 'fraction', null],
  ['staff', 'coverMinutes', (n) => `Time covering, ${n}`, 'minutes', null],
];

/**
 * The eight headline numbers a manager looks at first, in display order: the KPI cards of the
 * report and the web app.
 */
export const KPI_KEYS = [
  'profit',
  'revenue',
  'revenueLost',
  'cost.total',
  'front.waitMean',
  'front.serviceLevel',
  'front.abandonRate',
  'coverage.gapMinutes',
] as const;

/** Splits `staff.ana#1.utilization` into its parts; null for keys not of that shape. */
export function parsePerEntityKey(key: string): { prefix: string; name: string; suffix: string } | null {
  const first = key.indexOf('.');
  const last = key.lastIndexOf('.');
  if (first <= 0 || last <= first + 1 || last === key.length - 1) return null;
  return { prefix: key.slice(0, first), name: key.slice(first + 1, last), suffix: key.slice(last + 1) };
}

/** Label, unit and better direction of a metric key; unknown keys get a unit guessed from their name. */
export function metricInfo(key: string): MetricInfo {
  const fixed = FIXED[key];
  if (fixed !== undefined) return { key, label: fixed[0], unit: fixed[1], better: fixed[2] };
  const parts = parsePerEntityKey(key);
  if (parts !== null) {
    for (const [prefix, suffix, label, unit, better] of PATTERNS) {
      if (parts.prefix === prefix && parts.suffix === suffix) return { key, label: label(parts.name), unit, better };
    }
  }
  return { key, label: key, unit: guessUnit(key), better: null };
}

function guessUnit(key: string): MetricUnit {
  if (/(Rate|utilization|serviceLevel|probWait)$/.test(key)) return 'fraction';
  if (/(Minutes|wait\w*|Mean|P\d+)$/i.test(key)) return 'minutes';
  if (/^(cost\.|revenue|profit)/.test(key)) return 'money';
  if (/(arrivals|served|completed|abandoned|balked|backlogEnd|late)$/.test(key)) return 'count';
  return 'number';
}

/** A metric value in its unit: money, `4.2 min`, `83.4%`, a count. */
export function formatMetric(key: string, value: number | null | undefined): string {
  return formatByUnit(metricInfo(key).unit, value);
}

/** A value in the given unit (see {@link MetricUnit}). */
export function formatByUnit(unit: MetricUnit, value: number | null | undefined, options: { sign?: boolean } = {}): string {
  switch (unit) {
    case 'money':
      return formatMoney(value, options);
    case 'minutes':
      return formatMinutes(value, options);
    case 'fraction':
      return formatPercent(value, options);
    case 'count':
      // Means over replications of counts are rarely whole: one decimal below 100.
      return formatNumber(value, options);
    case 'number':
      return formatNumber(value, { digits: value != null && Math.abs(value) >= 100 ? 0 : 2, ...options });
  }
}

/**
 * A difference between two values of a metric: signed, fractions in percentage points
 * (`+2.5 pp`), others in their unit (`−1.3 min`, `+1,200`).
 */
export function formatMetricDifference(key: string, value: number | null | undefined): string {
  const unit = metricInfo(key).unit;
  if (value == null || !Number.isFinite(value)) return MISSING;
  if (unit === 'fraction') return formatPercentPoints(value);
  return formatByUnit(unit, value, { sign: true });
}
