/**
 * The sections of a single run's report: KPI cards, the counter through the day, staffing and
 * cover, money, the back office, and the full metrics table.
 */
import type { RunSummary } from '../run-summary.js';
import { formatClock, formatNumber } from '../format.js';
import { CUT_NOTE, KPI_KEYS } from '../metric-info.js';
import { metricRows, metricTable } from '../tables/metric-table.js';
import { tableHtml } from '../tables/table-html.js';
import {
  activityChart,
  backlogChart,
  coverageGapChart,
  moneyChart,
  peoplePresentChart,
  proficiencyChart,
  queueLengthChart,
  utilizationChart,
  waitByArrivalChart,
  waitHistogramChart,
} from '../charts/index.js';
import { anyCut, esc, figure, kpiCard, metricGroup } from './html.js';
import { WEEKDAYS } from '../../sim/scenario.js';
import { weekdayLabel, weekdayName } from '../../sim/week.js';

/** Content width of the report page in pixels (main's max-width minus padding). */
export const PAGE_WIDTH = 896;
export const HALF_WIDTH = 439;

/**
 * "09:00–17:00" or "around the clock"; with the week, the weekdays that differ and day 1's weekday
 * ("09:00–17:00, Sat 09:00–13:00, Sun closed; day 1 a Monday"); holidays by day number.
 */
export function openingHours(run: RunSummary): string {
  const { calendar } = run;
  const hours = (open: number, close: number) => (open === 0 && close === 1440 ? 'around the clock' : `${formatClock(open)}–${formatClock(close)}`);
  let text = hours(calendar.open, calendar.close);
  if (calendar.weekdays !== undefined && calendar.firstWeekday !== undefined) {
    const differ = WEEKDAYS.flatMap((day, i) => {
      const h = calendar.weekdays![i]!;
      if (h === null) return [`${weekdayLabel(day)} closed`];
      return h.open === calendar.open && h.close === calendar.close ? [] : [`${weekdayLabel(day)} ${hours(h.open, h.close)}`];
    });
    text += `${differ.length > 0 ? `, ${differ.join(', ')}` : ''}; day 1 a ${weekdayName(calendar.firstWeekday)}`;
  }
  if (calendar.holidays !== undefined) text += `; closed on day ${calendar.holidays.join(', ')}`;
  return text;
}

export function kpiCards(run: RunSummary): string {
  const totals = run.period === undefined ? `totals over ${daysText(run)} of a replication` : `${run.period.words} (whole-run totals divided by the days measured)`;
  const scope = `Money, counts and minutes are ${totals}${run.currency ? `, money in ${run.currency}` : ''}; every figure is the mean of ${run.replications} replications, with its 95% confidence interval.`;
  const cut = anyCut(KPI_KEYS.map((k) => [k, run.metrics[k]] as const)) ? ` ${CUT_NOTE}` : '';
  const shown = { currency: run.currency, period: run.period };
  return `<section class="kpis" aria-label="Key figures">${KPI_KEYS.map((k) => kpiCard(k, run.metrics[k], shown)).join('')}</section>
<p class="scope">${esc(scope + cut)}</p>`;
}

function daysText(run: RunSummary): string {
  return run.days === 1 ? 'the day' : `the ${run.days} days`;
}

export function counterSection(run: RunSummary, doc: Document): string {
  const chart = { document: doc, width: PAGE_WIDTH };
  const minutes = run.serviceLevelTarget.withinMinutes;
  const target = `${formatNumber(minutes, { digits: Number.isInteger(minutes) ? 0 : 1 })} minutes`;
  return `<section><h2>The counter through the day</h2>
${figure('Queue length', queueLengthChart(run, chart), `Time-average number of customers waiting in each ${run.series.bucketMinutes}-minute slot, averaged over ${daysText(run)} and ${run.replications} replications. The line is the mean; the shaded band its 95% confidence interval. Peaks show when the counter falls behind.`)}
${figure('Mean wait by arrival time', waitByArrivalChart(run, chart), `Mean minutes in the queue for customers who arrived in each slot and were served. The dashed line is the service-level target (${target}); where the line rises above it, customers arriving then mostly wait too long. Gaps mean nobody of that class arrived in that slot.`)}
${figure('Wait-time distribution', waitHistogramChart(run, chart), `Share of served customers of each class by minutes waited, over all replications. A tall first bar means most were served at once; a long tail means some waited far longer than the mean suggests.`)}
</section>`;
}

export function staffingSection(run: RunSummary, doc: Document): string {
  const chart = { document: doc, width: PAGE_WIDTH };
  const perDay = run.days === 1 ? 'over the day' : `per day (average of ${run.days} days)`;
  return `<section><h2>Staffing, cover and coverage gaps</h2>
${figure('People present per skill', peoplePresentChart(run, chart), `Time-average number of people on duty and present (not on break, sick or interrupted) who hold each skill, wherever they are posted; grey: people posted outside their home area to cover. Dips at lunch or at shift changes are where gaps begin.`)}
${figure('Coverage gaps over the day', coverageGapChart(run, chart), `Minutes in each slot when a skill was needed (someone waiting for it, or the counter open for a counter skill) and nobody holding it was present, ${perDay}, stacked by skill. Cross-training closes these gaps.`)}
${figure('Utilization per person', utilizationChart(run, chart), `Share of each person's available time (on duty and present, plus overtime) spent serving, with 95% confidence whiskers; colour shows the home area. Very high values mean no slack for peaks; low values mean spare capacity to cross-train.`)}
${figure('How each person spends the day', activityChart(run, chart), `Hours per day, averaged over replications: work in the home area, cover work in the other area, switching between areas, breaks, absence (sick or interrupted) and idle time on duty.`)}
</section>`;
}

export function moneySection(run: RunSummary, doc: Document): string {
  return `<section><h2>Money</h2>
${figure('Revenue, cost and profit', moneyChart(run, { document: doc, width: PAGE_WIDTH }), `${run.period === undefined ? `Totals over ${daysText(run)}` : `Amounts ${run.period.words}`}${run.currency ? ` in ${run.currency}` : ''}, mean of ${run.replications} replications, with 95% confidence whiskers. Lost revenue is what customers who gave up, did not queue or were turned away would have paid; it is not a cash cost, but it is the price of understaffing. Wages include overtime, shown again on its own.`)}
</section>`;
}

export function backOfficeSection(run: RunSummary, doc: Document): string {
  if (run.tasks.length === 0) return '';
  return `<section><h2>Back office</h2>
${figure('Backlog over days', backlogChart(run, { document: doc, width: PAGE_WIDTH }), `Back-office tasks still unfinished at each day's close, mean over replications with its 95% ${run.days === 1 ? 'confidence interval' : 'band'}. A line that keeps rising means the back office cannot keep up and work piles up from day to day.${(run.closedDays ?? []).length > 0 ? ' Grey: days the office is closed (closed weekdays and holidays); the backlog shown for them is what waits over them until the next opening.' : ''}`)}
</section>`;
}

/** Skills that grow with practice and fade without it (issue 15): proficiency over days, and what it reached. */
export function learningSection(run: RunSummary, doc: Document): string {
  const pairs = run.learning ?? [];
  const chart = proficiencyChart(run, { document: doc, width: PAGE_WIDTH });
  if (pairs.length === 0 || chart === null) return '';
  const days90 = pairs.map((p) => {
    const key = `learning.${p.person}.${p.skill}.daysTo90`;
    const s = run.metrics[key];
    const reached = s === undefined || s.mean === null ? 'not reached in any replication' : s.n < run.replications ? `day ${formatNumber(s.mean, { digits: 1 })} on average, reached in ${s.n} of ${run.replications} replications` : `day ${formatNumber(s.mean, { digits: 1 })} on average`;
    const target = p.target === null ? 'fades only' : `${formatNumber(p.start, { digits: 2 })} → ${formatNumber(p.target, { digits: 2 })}; 90% of the target: ${reached}`;
    return `<li><strong>${esc(p.person)}</strong>, ${esc(p.skill)}: ${esc(target)}</li>`;
  });
  return `<section><h2>Skills that grow and fade</h2>
${figure('Proficiency over days', chart, `Proficiency at the end of each day for every person's skill with a learning curve (day 0: where it starts), mean of ${run.replications} replications with its 95% band; dashed: the target practice tends to. Work takes work content / proficiency: at 0.5 a customer takes twice an expert's time. It grows with hours spent serving that skill and fades in days without practice.`)}
<ul class="lead">${days90.join('')}</ul>
</section>`;
}

export function metricsSection(run: RunSummary): string {
  const totals = run.period === undefined ? `totals over ${daysText(run)}` : `shown ${run.period.words}`;
  return `<section><h2>All metrics</h2>
<p class="lead">Each metric is computed per replication, then summarized over the ${run.replications} replications: mean, standard deviation (sd) and the Student-t 95% confidence interval of the mean. Counts, money and minutes are ${totals}; n is the number of replications in which the metric was defined.</p>
${tableHtml(metricTable(run.period), metricRows(run.scenario, run.metricKeys, run.metrics), {
  currency: run.currency,
  groupOf: (r) => metricGroup(r.key),
  html: { label: (r, text) => `${esc(text)}<span class="key">${esc(r.key)}</span>` },
})}
</section>`;
}
