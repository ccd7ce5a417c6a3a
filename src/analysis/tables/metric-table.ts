/**
 * The run summary table, said once: every metric with its mean, standard deviation, 95% confidence
 * interval and the replications that define it, grouped by the catalogue's families. The report's
 * "All metrics", the web app's "All numbers", `office-sim run`'s table and summary.csv render
 * these columns. Shown in a period, the label says it ("Profit, per day"); CSV stays whole-run
 * data like the JSON output.
 */
import { FAMILY_TITLES, metricSpec } from '../../sim/metric-catalogue.js';
import type { PeriodView } from '../period.js';
import { isPerPeriod } from '../period.js';
import { unitLabel } from '../metric-info.js';
import type { Summary } from '../statistics.js';
import { interval, text, value, type TableSpec } from './table-spec.js';

export interface MetricTableRow {
  /** The scenario (or variant) the row belongs to. */
  readonly scenario: string;
  readonly key: string;
  readonly summary: Summary;
}

/** The rows of a summary's metrics, in the simulator's order (which is the families' order). */
export function metricRows(scenario: string, keys: readonly string[], metrics: Readonly<Record<string, Summary>>): MetricTableRow[] {
  return keys.flatMap((key) => (metrics[key] === undefined ? [] : [{ scenario, key, summary: metrics[key]! }]));
}

/** "Coverage gaps, per day" for totals shown in a period; the plain label otherwise. */
export function periodLabel(key: string, period: PeriodView | undefined): string {
  const label = metricSpec(key).label;
  return period !== undefined && isPerPeriod(key) ? `${label}, ${period.words}` : label;
}

/** The family heading of a row (the table's groups). */
export function metricGroup(key: string): string {
  return FAMILY_TITLES[metricSpec(key).family];
}

/**
 * The table; `period` names the period of the totals (absent: whole-run totals), `currency` the
 * money's (the text unit column says both: `EUR/day`).
 */
export function metricTable(period?: PeriodView, currency: string | null = null): TableSpec<MetricTableRow> {
  return {
    name: 'metrics',
    columns: [
      { id: 'scenario', header: 'Scenario', align: 'left', media: ['csv'], cell: (r) => text(r.scenario) },
      { id: 'metric', header: 'metric', align: 'left', media: ['text', 'csv'], cell: (r) => text(r.key) },
      { id: 'label', header: 'Metric', align: 'left', media: ['html', 'csv'], cell: (r) => text(periodLabel(r.key, period)) },
      { id: 'unit', header: 'unit', align: 'left', media: ['csv'], cell: (r) => text(metricSpec(r.key).unit) },
      { id: 'unit_shown', header: 'unit', align: 'left', media: ['text'], cell: (r) => text(unitLabel(r.key, { currency, period: period?.period })) },
      { id: 'mean', header: 'Mean', short: 'mean', align: 'right', cell: (r) => value(r.summary.mean, metricSpec(r.key).unit, r.key) },
      { id: 'sd', header: 'sd', title: 'Standard deviation over replications', align: 'right', cell: (r) => value(r.summary.sd, metricSpec(r.key).unit, r.key) },
      {
        id: 'ci95',
        header: '95% CI',
        title: 'Student-t 95% confidence interval of the mean, shown within the range the metric can take',
        align: 'right',
        media: ['text', 'html'],
        cell: (r) => interval(r.summary.ci95, metricSpec(r.key).unit, r.key),
      },
      { id: 'ci95_low', header: 'ci95_low', align: 'right', media: ['csv'], cell: (r) => value(r.summary.ci95?.[0] ?? null, metricSpec(r.key).unit) },
      { id: 'ci95_high', header: 'ci95_high', align: 'right', media: ['csv'], cell: (r) => value(r.summary.ci95?.[1] ?? null, metricSpec(r.key).unit) },
      { id: 'n', header: 'n', title: 'Replications in which the metric is defined', align: 'right', cell: (r) => value(r.summary.n, 'integer') },
    ],
  };
}
