/**
 * How the planner's answer is shown to people (report, web app, CLI text): gains in the objective's
 * better direction (a wait cut by 3 minutes is a gain of 3), totals per working day as tables show
 * them, payback in words. The JSON keeps the contract's whole-run totals.
 */
import { formatPaybackDays } from '../../analysis/payback.js';
import { formatMetricDifference, metricInfo, unitLabel } from '../../analysis/metric-info.js';
import type { ContributionRow, FrontierChartPoint, GainAxis } from '../../analysis/charts/training-frontier.js';
import { formatMoney } from '../../analysis/format.js';
import type { DifferenceJson, FrontierPointJson, PaybackJson, TrainingPlanJson } from './result.js';

/** Days a whole-run total is divided by to read per day (measured days: days minus warm-up). */
export function perDayDivisor(key: string, measuredDays: number): number {
  return metricInfo(key).perDay ? measuredDays : 1;
}

/** A difference turned into a gain: positive is better, per day for totals. */
export function gainOf(key: string, d: DifferenceJson | undefined, measuredDays: number): { mean: number | null; lo: number | null; hi: number | null; significant: boolean } {
  const sign = metricInfo(key).better === 'lower' ? -1 : 1;
  const div = perDayDivisor(key, measuredDays);
  if (d === undefined || d.mean === null) return { mean: null, lo: null, hi: null, significant: false };
  const a = d.ci95 === null ? null : (sign * d.ci95[0]) / div;
  const b = d.ci95 === null ? null : (sign * d.ci95[1]) / div;
  return { mean: (sign * d.mean) / div, lo: a === null || b === null ? null : Math.min(a, b), hi: a === null || b === null ? null : Math.max(a, b), significant: d.significant };
}

/** "Mean wait at the counter: reduction (min)", "Profit: increase (EUR/day)". */
export function gainLabel(plan: TrainingPlanJson, currency: string | null): string {
  const spec = metricInfo(plan.objective);
  return `${spec.label}: ${spec.better === 'lower' ? 'reduction' : 'increase'} (${unitLabel(plan.objective, { currency, period: 'day' })})`;
}

export function frontierLabel(index: number, point: FrontierPointJson): string {
  return `${index + 1}: ${point.trainings.map((t) => `${t.person}:${t.skill}`).join(', ')}`;
}

export function frontierChartPoints(plan: TrainingPlanJson, measuredDays: number): FrontierChartPoint[] {
  return plan.frontier.flatMap((p, i) => {
    const g = gainOf(plan.objective, p.differences[plan.objective], measuredDays);
    return g.mean === null ? [] : [{ label: frontierLabel(i, p), cost: p.cost, gain: g.mean, lo: g.lo, hi: g.hi, significant: g.significant }];
  });
}

export function frontierAxis(plan: TrainingPlanJson, currency: string | null): GainAxis {
  return { gainLabel: gainLabel(plan, currency), costLabel: `One-off training cost${currency ? ` (${currency})` : ''}` };
}

export function contributionRows(plan: TrainingPlanJson, point: FrontierPointJson, measuredDays: number): ContributionRow[] {
  const div = perDayDivisor(plan.objective, measuredDays);
  return point.contributions.flatMap((c) =>
    c.loss.mean === null
      ? []
      : [{ label: `${c.person}: ${c.skill}`, mean: c.loss.mean / div, lo: c.loss.ci95 === null ? null : c.loss.ci95[0] / div, hi: c.loss.ci95 === null ? null : c.loss.ci95[1] / div, significant: c.loss.significant }],
  );
}

/** The gain on a metric in words: "−3.2 min (95% CI −4.0 to −2.4)", per day for totals. */
export function differenceText(key: string, d: DifferenceJson | undefined, measuredDays: number, currency: string | null): string {
  if (d === undefined || d.mean === null) return '–';
  const div = perDayDivisor(key, measuredDays);
  // Money: the mean and both bounds with the same decimals ("+17 (95% CI +6 to +28)", not "+6.19").
  const largest = Math.max(Math.abs(d.mean), ...(d.ci95 ?? []).map(Math.abs)) / div;
  const f = (v: number): string =>
    metricInfo(key).unit === 'money' ? formatMoney(v / div, { sign: true, currency, digits: largest >= 10 ? 0 : 2 }) : formatMetricDifference(key, v / div, { currency });
  return `${f(d.mean)}${d.ci95 ? ` (95% CI ${f(d.ci95[0])} to ${f(d.ci95[1])})` : ''}${d.significant ? '' : ', not significant'}`;
}

/** Payback in words: "about 12 days (95% CI 9 days to 18 days)". */
export function paybackText(p: PaybackJson, cost: number, currency: string | null): string {
  const money = formatMoney(cost, { currency });
  switch (p.status) {
    case 'free':
      return 'nothing to pay back (no one-off cost)';
    case 'never':
      return `does not pay back its ${money}: no profit gain a day before the training charge`;
    case 'pays':
      return `about ${formatPaybackDays(p.mean!)} of work${p.ci95 ? ` (95% CI ${formatPaybackDays(p.ci95[0])} to ${p.ci95[1] === null ? 'never' : formatPaybackDays(p.ci95[1])})` : ''}`;
    case 'may-not':
      return `about ${formatPaybackDays(p.mean!)} at the mean gain, but it may never pay back (the profit gain's 95% CI includes 0)`;
  }
}

/** The contribution chart's axis: "Profit: lost without it (EUR/day)", "Mean wait at the counter: rise without it (min)". */
export function contributionAxis(plan: TrainingPlanJson, currency: string | null): string {
  const spec = metricInfo(plan.objective);
  const unit = unitLabel(plan.objective, { currency, period: 'day' });
  return spec.better === 'lower' ? `${spec.label}: rise without it (${unit})` : `${spec.label}: lost without it (${unit})`;
}

/** Why the frontier is empty, in words. */
export function noPlanReason(plan: TrainingPlanJson): string {
  switch (plan.search.stopReason) {
    case 'budget':
      return 'The budget allows no training.';
    case 'constraints':
      return 'Every training that would improve the objective breaks a constraint today\'s office meets: today\'s office is kept.';
    case 'cancelled':
      return 'The search was cancelled before its first step.';
    default:
      return 'No candidate training improves the objective on average: today\'s office is kept.';
  }
}
