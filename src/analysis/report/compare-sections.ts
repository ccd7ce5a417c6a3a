/**
 * The sections of a comparison report: the headline differences, the KPI comparison chart, each
 * variant through the day, and every metric per variant with its paired difference.
 */
import type { CompareSummary, VariantDifference } from '../run-summary.js';
import { formatInterval } from '../format.js';
import { differenceVerdict, formatMetricDifference, KPI_KEYS, metricInfo } from '../metric-info.js';
import { periodSuffix } from '../period.js';
import { describePayback, type ChangePayback } from '../payback.js';
import { formatMoney } from '../format.js';
import { coverageGapChart, kpiComparisonChart, queueLengthChart } from '../charts/index.js';
import { esc, figure, metricGroup, metricInterval, metricValue, table, type Shown } from './html.js';
import { HALF_WIDTH, PAGE_WIDTH } from './run-sections.js';

/** "+1,200 *" over its 95% CI "+300 – +2,100", with a class telling better/worse when significant. */
export function differenceCell(key: string, d: VariantDifference | null, shown: Shown = {}): string {
  if (d === null || d.mean === null) return '<span class="muted">–</span>';
  const v = differenceVerdict(key, d);
  const tone = v === 'better' || v === 'worse' ? ` ${v}` : '';
  const options = { currency: shown.currency ?? null };
  const ci = d.ci95 ? `<div class="sub">${esc(formatInterval(d.ci95, (v) => formatMetricDifference(key, v, options)))}</div>` : '';
  return `<span class="${d.significant ? 'sig' : ''}${tone}">${esc(formatMetricDifference(key, d.mean, options))}${d.significant ? ' *' : ''}</span>${ci}`;
}

/** The label of a metric with the period of its totals: "Profit, per day". */
function label(compare: CompareSummary, key: string): string {
  const period = periodSuffix(key, compare.period);
  return period === '' ? metricInfo(key).label : `${metricInfo(key).label}, ${period}`;
}

function shownOf(compare: CompareSummary): Shown {
  return { currency: compare.runs[0]?.currency ?? null, period: compare.period };
}

export function headlineSection(compare: CompareSummary): string {
  const shown = shownOf(compare);
  const keys = KPI_KEYS.filter((k) => compare.metrics[k] !== undefined);
  const rows = keys.map((key) => ({ key, m: compare.metrics[key]! }));
  return `<section><h2>Headline differences</h2>
<p class="lead">Every variant ran the same ${compare.replications} replications on the same random streams (seed ${compare.seed}): the same customers, tasks and absences, so differences come from the design, not from luck. Differences are paired (variant minus ${esc(compare.variants[0]!)}, replication by replication) with 95% confidence intervals; <span class="sig">bold *</span> marks the significant ones (interval excludes zero), <span class="better sig">green</span> where better, <span class="worse sig">red</span> where worse.</p>
${table(
  [
    { header: 'Metric', cell: (r: (typeof rows)[number]) => esc(label(compare, r.key)) },
    ...compare.variants.map((name, i) => ({ header: name, cell: (r: (typeof rows)[number]) => metricValue(r.key, r.m.variants[i]?.mean, shown), numeric: true })),
    ...compare.variants.slice(1).map((name, i) => ({ header: `${name} − ${compare.variants[0]}`, cell: (r: (typeof rows)[number]) => differenceCell(r.key, r.m.differences[i] ?? null, shown), numeric: true })),
  ],
  rows,
)}
</section>`;
}

export function comparisonChartSection(compare: CompareSummary, doc: Document): string {
  return `<section><h2>Key figures side by side</h2>
${figure('Variants and paired differences', kpiComparisonChart(compare, { document: doc, width: PAGE_WIDTH }), `Left: each variant's mean with its 95% confidence whisker. Right: the paired difference from ${compare.variants[0]} with its 95% interval; solid green or red dots are significant improvements or deteriorations, hollow grey ones cannot be told apart from chance. Fractions differ in percentage points.`)}
</section>`;
}

export function variantsThroughTheDay(compare: CompareSummary, doc: Document): string {
  const parts = compare.runs.map((run, i) => {
    const chart = { document: doc, width: HALF_WIDTH };
    return `<div class="grid2">${figure(`${compare.variants[i]}: queue length`, queueLengthChart(run, chart), 'Customers waiting (mean and 95% band) through the day.', false)}${figure(`${compare.variants[i]}: coverage gaps`, coverageGapChart(run, chart), 'Minutes per slot a needed skill had nobody present, per day.', false)}</div>`;
  });
  return `<section><h2>Each variant through the day</h2>${parts.join('\n')}</section>`;
}

export function compareMetricsSection(compare: CompareSummary): string {
  const shown = shownOf(compare);
  const rows = compare.metricKeys.map((key) => ({ key, m: compare.metrics[key]! }));
  return `<section><h2>All metrics</h2>
<p class="lead">Mean of each variant with its 95% confidence interval, and the paired difference from ${esc(compare.variants[0]!)}.</p>
${table(
  [
    { header: 'Metric', cell: (r: (typeof rows)[number]) => `${esc(label(compare, r.key))}<span class="key">${esc(r.key)}</span>` },
    ...compare.variants.map((name, i) => ({
      header: name,
      cell: (r: (typeof rows)[number]) => `${metricValue(r.key, r.m.variants[i]?.mean, shown)}<div class="sub">${metricInterval(r.key, r.m.variants[i], shown)}</div>`,
      numeric: true,
    })),
    ...compare.variants.slice(1).map((name, i) => ({ header: `${name} − ${compare.variants[0]}`, cell: (r: (typeof rows)[number]) => differenceCell(r.key, r.m.differences[i] ?? null, shown), numeric: true })),
  ],
  rows,
  { groupOf: (r) => metricGroup(r.key) },
)}
</section>`;
}

/**
 * One-off costs and payback: for each variant that trains skills the first does not have, the
 * one-off amount (not only its per-day charge), the gain per day before that charge, and how many
 * working days of that gain repay it. `paybacks[i]` belongs to variant i + 1; null: no one-off cost.
 */
export function paybackSection(compare: CompareSummary, paybacks: readonly (ChangePayback | null)[]): string {
  const currency = compare.runs[0]?.currency ?? null;
  const money = (v: number) => formatMoney(v, { currency });
  const items = paybacks.flatMap((p, i) => {
    if (p === null) return [];
    const who = p.oneOff.newSkills.map((s) => `${s.person} learns ${s.skill}`).join(', ');
    const gain = p.gainPerDay.mean === null ? '–' : formatMoney(p.gainPerDay.mean, { currency, sign: true });
    const ci = p.gainPerDay.ci95 === null ? '' : ` (95% CI ${formatInterval(p.gainPerDay.ci95, (v) => formatMoney(v, { currency, sign: true }))})`;
    return [
      `<li><strong>${esc(compare.variants[i + 1]!)}</strong>: one-off training ${esc(money(p.oneOff.cost))} (${esc(who)}). Gain a day before the training charge: ${esc(gain + ci)}. ${esc(describePayback(p.payback, p.oneOff.cost, money))}</li>`,
    ];
  });
  if (items.length === 0) return '';
  return `<section><h2>One-off costs and payback</h2>
<p class="lead">Training is paid once; the simulation spreads it over the amortization days so that profit a day stays comparable. Here it is shown as the one-off amount, with the payback time: the one-off cost divided by the paired gain in profit a day before the training charge, its 95% interval from the gain's.</p>
<ul class="notes">${items.join('')}</ul>
</section>`;
}
