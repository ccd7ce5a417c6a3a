/**
 * The numbers on a lesson's summary slide: the replayed day's end-of-day values per office, and the
 * same measures over many simulated days (replications on common random numbers) with the mean per
 * office, the paired difference to the first office with its 95% confidence interval, and on how many
 * days each office did better, so the room sees whether the replayed day was typical or a fluke.
 * Statistics come from src/analysis (summarize, pairedDifference); values from the engine's metrics.
 */
import { formatCount, formatDuration, formatInterval, formatMoney, formatNumber } from '../../analysis/format.js';
import { pairedDifference, summarize, type Difference, type Summary } from '../../analysis/statistics.js';
import type { MetricValues, ReplicationResult } from '../../sim/result.js';
import { metricSpec } from '../../sim/metric-catalogue.js';
import { differenceVerdict } from '../../analysis/metric-info.js';

/**
 * A measure on the slide: one or more catalogue metrics (summed), read from one replication's
 * metrics. Label, unit and better direction come from the metric catalogue
 * (src/sim/metric-catalogue.ts), as everywhere else.
 */
export interface SummaryMeasure {
  readonly key: string;
  /** The catalogue keys summed into the measure. */
  readonly metrics: readonly string[];
  readonly label: string;
  readonly better: 'higher' | 'lower';
  readonly unit: 'count' | 'minutes' | 'money';
  /** Only shown for offices with a back office. */
  readonly backOffice?: boolean;
  readonly value: (m: MetricValues) => number | null;
}

function measure(key: string, metrics: readonly string[], options: { label?: string; backOffice?: boolean } = {}): SummaryMeasure {
  const spec = metricSpec(metrics[0]!);
  if (spec.better === null || (spec.unit !== 'count' && spec.unit !== 'minutes' && spec.unit !== 'money')) throw new Error(`invalid measure: ${key}`);
  return {
    key,
    metrics,
    label: options.label ?? spec.label,
    better: spec.better,
    unit: spec.unit,
    ...(options.backOffice ? { backOffice: true } : {}),
    value: (m) => (metrics.length === 1 ? (m[metrics[0]!] ?? null) : metrics.reduce((sum, k) => sum + (m[k] ?? 0), 0)),
  };
}

export const SUMMARY_MEASURES: readonly SummaryMeasure[] = [
  measure('served', ['front.served']),
  // The door on the stage counts everyone who left unserved: gave up, did not queue or was turned away.
  measure('gave-up', ['front.abandoned', 'front.balked', 'front.turnedAway']),
  measure('gap', ['coverage.gapMinutes']),
  measure('tasks-done', ['back.completed'], { backOffice: true }),
  measure('tasks-open', ['back.backlogEnd'], { backOffice: true }),
  measure('revenue', ['revenue']),
  measure('training', ['cost.training'], { label: 'Training cost per day' }),
  measure('profit', ['profit'], { label: 'Profit (revenue − all costs)' }),
];

/**
 * A value of a measure: counts whole, money whole from 10 up (cents below), minutes as a duration.
 * `sign` marks a difference: "+" on positive values, and counts keep a decimal below 100 (a mean
 * difference of 6.7 customers a day is not 7).
 */
export function formatMeasure(unit: SummaryMeasure['unit'], value: number | null, sign = false): string {
  if (unit === 'money') return formatMoney(value, { sign });
  if (unit === 'minutes') return sign && value !== null && value > 0 ? `+${formatDuration(value)}` : formatDuration(value);
  if (sign && value !== null && Math.abs(value) < 100 && !Number.isInteger(value)) return formatNumber(value, { digits: 1, sign });
  return formatCount(value, { sign });
}

/** The measures that apply to offices like these (back-office rows only when one has a back office). */
export function measuresFor(hasBackOffice: boolean): SummaryMeasure[] {
  return SUMMARY_MEASURES.filter((m) => hasBackOffice || m.backOffice !== true);
}

export type Verdict = 'better' | 'worse' | 'same';

export interface ManyDaysCell {
  readonly mean: Summary;
  /** Against the first office; null for the first office itself. */
  readonly difference: Difference | null;
  /** better / worse when the 95% interval of the difference excludes zero, else same. */
  readonly verdict: Verdict;
  /** Days on which this office did strictly better / worse than the first. */
  readonly daysBetter: number;
  readonly daysWorse: number;
}

export interface ManyDaysRow {
  readonly measure: SummaryMeasure;
  readonly cells: readonly ManyDaysCell[];
}

/**
 * Whether a measure says nothing in this lesson: zero for every office on the replayed day and, once
 * known, on every simulated day (coverage gaps in an office that always has cover, say).
 */
export function isAlwaysZero(dayValues: readonly (number | null)[], row: ManyDaysRow | undefined): boolean {
  if (dayValues.some((v) => v !== 0 && v !== null)) return false;
  return row === undefined || row.cells.every((c) => c.mean.mean === 0 && (c.mean.sd === null || c.mean.sd === 0));
}

/** The measures over many days, one cell per office; `results[v]` are office v's replications in index order. */
export function manyDaysRows(results: readonly (readonly ReplicationResult[])[], measures: readonly SummaryMeasure[]): ManyDaysRow[] {
  if (results.length === 0) return [];
  const days = results[0]!.length;
  for (const [v, r] of results.entries()) {
    if (r.length !== days || r.some((x, i) => x.replication !== results[0]![i]!.replication)) {
      throw new Error(`invalid results: office ${v + 1} has not the same days as office 1`);
    }
  }
  return measures.map((measure) => {
    const columns = results.map((r) => r.map((x) => measure.value(x.metrics)));
    const base = columns[0]!;
    return {
      measure,
      cells: columns.map((column, v) => {
        if (v === 0) return { mean: summarize(column), difference: null, verdict: 'same', daysBetter: 0, daysWorse: 0 };
        const difference = pairedDifference(base, column);
        let daysBetter = 0;
        let daysWorse = 0;
        for (let i = 0; i < days; i++) {
          const d = (column[i] ?? NaN) - (base[i] ?? NaN);
          if (d === 0 || Number.isNaN(d)) continue;
          if ((d > 0) === (measure.better === 'higher')) daysBetter++;
          else daysWorse++;
        }
        const shown = differenceVerdict(measure.better, difference);
        const verdict: Verdict = shown === 'better' || shown === 'worse' ? shown : 'same';
        return { mean: summarize(column), difference, verdict, daysBetter, daysWorse };
      }),
    };
  });
}

/**
 * "+240 (+200 to +280)": a difference with its 95% confidence interval, in the measure's unit;
 * "+108 every day" when it is the same on every day.
 */
export function formatDifference(measure: SummaryMeasure, d: Difference | null): string {
  if (d === null || d.mean === null) return '–';
  if (d.sd === 0) return d.mean === 0 ? 'the same every day' : `${formatMeasure(measure.unit, d.mean, true)} every day`;
  const value = formatMeasure(measure.unit, d.mean, true);
  return d.ci95 === null ? value : `${value} (${formatInterval(d.ci95, (x) => formatMeasure(measure.unit, x, true)).replace(' – ', ' to ')})`;
}

/**
 * One sentence for the room about an office against the first: profit per day with its interval and
 * on how many days it came out ahead.
 */
export function headline(label: string, reference: string, row: ManyDaysRow | undefined, v: number): string | null {
  const cell = row?.cells[v];
  if (row === undefined || cell === undefined || cell.difference === null || cell.difference.mean === null) return null;
  const days = cell.difference.n;
  const d = cell.difference.mean;
  const amount = formatMeasure(row.measure.unit, Math.abs(d));
  const direction = d >= 0 ? 'more' : 'less';
  const certainty = cell.verdict === 'same' ? 'a difference that could be chance' : 'not a fluke';
  return `${label}: ${amount} ${direction} ${row.measure.key === 'profit' ? 'profit' : row.measure.label.toLowerCase()} per day than ${reference} on average over ${days} simulated days (${certainty}); ahead on ${cell.daysBetter} of ${days} days.`;
}

/**
 * For three or more offices: what a middle office buys of the last one's gain, e.g. "A chain of skills
 * gets 75% of the extra profit of Everyone does everything for 20% of its training cost." Null when
 * the last office gains nothing or trains nothing (no share to speak of).
 */
export function shareHeadline(labels: readonly string[], rows: readonly ManyDaysRow[], v: number): string | null {
  const last = labels.length - 1;
  if (v <= 0 || v >= last) return null;
  const profit = rows.find((r) => r.measure.key === 'profit');
  const training = rows.find((r) => r.measure.key === 'training');
  const gain = (row: ManyDaysRow | undefined, i: number): number | null => row?.cells[i]?.difference?.mean ?? null;
  const lastGain = gain(profit, last);
  const ownGain = gain(profit, v);
  const lastTraining = training?.cells[last]?.mean.mean ?? null;
  const ownTraining = training?.cells[v]?.mean.mean ?? null;
  if (lastGain === null || ownGain === null || lastTraining === null || ownTraining === null || !(lastGain > 0) || !(lastTraining > 0)) return null;
  const percent = (x: number): string => `${Math.round(x * 100)}%`;
  return `${labels[v]} gets ${percent(ownGain / lastGain)} of the extra profit of ${labels[last]} for ${percent(ownTraining / lastTraining)} of its training cost.`;
}
