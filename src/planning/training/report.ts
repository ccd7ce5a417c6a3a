/**
 * The planner's HTML report: one self-contained page (inline CSS and SVG, no script) with the
 * frontier chart (one-off cost against gain, with 95% CI whiskers), a table of every budget step
 * (trainings, cost, gain on the objective and on each headline metric, payback), the contribution
 * chart of the largest plan, and how the search found them (procedures, replications, screening).
 */
import { contributionChart, trainingFrontierChart } from '../../analysis/charts/training-frontier.js';
import { formatMoney, formatNumber } from '../../analysis/format.js';
import { KPI_KEYS, metricInfo } from '../../analysis/metric-info.js';
import { esc, figure, table } from '../../analysis/report/html.js';
import { REPORT_CSS } from '../../analysis/report/style.js';
import type { FrontierPointJson, TrainingPlanJson } from './result.js';
import { contributionAxis, contributionRows, differenceText, noPlanReason, frontierAxis, frontierChartPoints, frontierLabel, gainLabel, paybackText } from './view.js';

export interface TrainingReportOptions {
  readonly currency: string | null;
  /** Days measured per replication (days minus warm-up), to show totals per day. */
  readonly measuredDays: number;
  readonly notes?: readonly string[];
}

function meta(items: readonly (readonly [string, string])[]): string {
  return `<dl class="meta">${items.map(([k, v]) => `<div><dt>${esc(k)}</dt><dd>${esc(v)}</dd></div>`).join('')}</dl>`;
}

export function renderTrainingReport(plan: TrainingPlanJson, document: Document, options: TrainingReportOptions): string {
  const { currency, measuredDays } = options;
  const spec = metricInfo(plan.objective);
  const budget = [
    plan.budget.maxTrainings === null ? null : `${plan.budget.maxTrainings} new skills`,
    plan.budget.maxCost === null ? null : `${formatMoney(plan.budget.maxCost, { currency })} one-off`,
  ].filter((x) => x !== null);
  const head = `<header class="report-header"><p class="eyebrow">Office staffing simulation · who should learn what</p><h1>${esc(plan.scenario)}: training plans</h1>${meta([
    ['Objective', `${spec.label} (${spec.better === 'lower' ? 'lower' : 'higher'} is better)`],
    ['Budget', budget.length > 0 ? budget.join(' and ') : 'no limit'],
    ['Candidates', `${plan.candidates.length} trainings`],
    ['Seed', String(plan.seed)],
    ['Replications per plan', formatNumber(plan.replications, { digits: 0 })],
    ['Figures', `totals per working day${currency ? `, money in ${currency}` : ''}; gains against today's office`],
  ])}</header>`;
  const sections: string[] = [head];
  if (plan.frontier.length === 0) {
    sections.push(`<section><h2>No training recommended</h2><p>${esc(noPlanReason(plan))}</p></section>`);
  } else {
    const frontierFig = figure(
      'The frontier: what each budget buys',
      trainingFrontierChart(frontierChartPoints(plan, measuredDays), frontierAxis(plan, currency), { document }),
      `Each dot is the best plan found for a budget step: its one-off training cost (across) and its gain over today's office on ${spec.label.toLowerCase()} (up is better), with the paired 95% confidence interval as a whisker. Green: better beyond chance; grey: could be chance.`,
    );
    const rows = plan.frontier.map((p, i) => ({ p, i }));
    const kpis = KPI_KEYS.filter((k) => k !== plan.objective && k !== 'revenue' && k !== 'cost.total');
    const stepTable = table<{ p: FrontierPointJson; i: number }>(
      [
        { header: 'Step', cell: (r) => esc(r.i + 1), numeric: true },
        { header: 'Trainings', cell: (r) => esc(r.p.trainings.map((t) => `${t.person}: ${t.skill} (${formatNumber(t.proficiency)})`).join(', ')) },
        { header: 'One-off cost', cell: (r) => esc(formatMoney(r.p.cost, { currency })), numeric: true },
        { header: gainLabel(plan, currency).replace(/ \(.*$/, ''), cell: (r) => esc(differenceText(plan.objective, r.p.differences[plan.objective], measuredDays, currency)) },
        { header: 'Payback', cell: (r) => esc(paybackText(r.p.paybackDays, r.p.cost, currency)) },
      ],
      rows,
      { caption: 'Best plan per budget step; differences against today, per working day for totals, with paired 95% CIs.' },
    );
    const kpiTable = table<{ p: FrontierPointJson; i: number }>(
      [{ header: 'Step', cell: (r) => esc(r.i + 1), numeric: true }, ...kpis.map((k) => ({ header: metricInfo(k).label, cell: (r: { p: FrontierPointJson }) => esc(differenceText(k, r.p.differences[k], measuredDays, currency)) }))],
      rows,
      { caption: 'Change in the headline figures against today (per working day for totals).' },
    );
    sections.push(`<section><h2>The frontier</h2>${frontierFig}${stepTable}${kpiTable}</section>`);
    const last = plan.frontier[plan.frontier.length - 1]!;
    sections.push(
      `<section><h2>Why: what each training carries</h2>${figure(
        `Step ${plan.frontier.length}: ${frontierLabel(plan.frontier.length - 1, last).replace(/^\d+: /, '')}`,
        contributionChart(contributionRows(plan, last, measuredDays), contributionAxis(plan, currency), { document }),
        'Each bar is what the plan loses on the objective when that training alone is removed (paired 95% CI as a whisker): the long bars carry the plan; a bar near zero is a training the others make unnecessary.',
      )}</section>`,
    );
  }
  const s = plan.search;
  sections.push(
    `<section><h2>How the plans were found</h2><ul class="notes">${[
      ...s.procedures.map((p) => `Procedure: ${p}.`),
      `Every plan is run on the same replications (common random numbers): same customers, tasks and absences, so differences are paired.`,
      `${formatNumber(s.replicationsComputed, { digits: 0 })} replications computed${s.replicationsReused > 0 ? ` and ${formatNumber(s.replicationsReused, { digits: 0 })} reused from an interrupted run` : ''}, over ${formatNumber(s.plansEvaluated, { digits: 0 })} plans; without screening (every plan considered at the search's most replications) it would have taken ${formatNumber(s.replicationsWithoutScreening, { digits: 0 })}.`,
      `Screening dropped ${formatNumber(s.droppedByBound, { digits: 0 })} contenders worse beyond chance (paired 95% bound) and ${formatNumber(s.droppedByHalving, { digits: 0 })} by sequential halving.`,
      ...plan.frontier.map((p, i) =>
        p.selection.resolved
          ? `Step ${i + 1}: KN selection among ${p.selection.contenders} plan${p.selection.contenders === 1 ? '' : 's'}: within ${differenceText(plan.objective, { mean: p.selection.delta, ci95: null, significant: true }, measuredDays, currency).replace(/^[+−-]/, '')} of the best evaluated, with 95% confidence.`
          : `Step ${i + 1}: KN selection among ${p.selection.contenders} plans stopped at its replication cap: the best mean is shown, without the indifference-zone guarantee.`,
      ),
      ...(s.cancelled ? ['The search was cancelled: the frontier holds the steps finished before.'] : []),
      ...(options.notes ?? []),
    ]
      .map((n) => `<li>${esc(n)}</li>`)
      .join('')}</ul></section>`,
  );
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${esc(`${plan.scenario}: training plans`)}</title>
<style>${REPORT_CSS}</style>
</head>
<body>
<main>
${sections.join('\n')}
<footer><p>Generated by office-sim plan-training. Re-running with seed ${esc(plan.seed)} reproduces every number exactly.</p></footer>
</main>
</body>
</html>
`;
}
