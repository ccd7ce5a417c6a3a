/**
 * The period figures are shown in: per day, per week or over the whole run. Every count, amount of
 * money and total of minutes is a whole-run total in the summaries and in the JSON output (the
 * contract); for display, the metrics the catalogue marks `perDay` are divided by the days measured
 * (per day) or by the weeks measured (per week). Rates and means read the same in every period.
 *
 * Readings (the contract is silent; see the README, "Periods"):
 * - the days measured are `calendar.days − warmupMinutes / 1440`, the days the training charge is
 *   spread over: the warm-up is left out of every total;
 * - a week is 5 working days (the scenario's days are consecutive working days), or 7 when the
 *   office never closes (open 00:00 to 24:00 every day) or the week is on (calendar.firstWeekday:
 *   the days are then calendar days, closed ones included).
 */
import { findMetric } from '../sim/metric-catalogue.js';
import { measuredDays } from '../sim/measured-days.js';

export const PERIODS = ['day', 'week', 'run'] as const;
/** Per day, per week, or the whole run's total. */
export type Period = (typeof PERIODS)[number];

/** The default period: a manager reads a day. */
export const DEFAULT_PERIOD: Period = 'day';

/** What a period needs to know of the calendar. */
export interface PeriodCalendar {
  readonly days: number;
  readonly warmupMinutes: number;
  readonly continuous: boolean;
  /** The week is on: days are calendar days, 7 to a week. */
  readonly weekly?: boolean;
}

export { measuredDays };

/** Days in a week: 5 working days, or 7 in an office that never closes or whose days follow the week. */
export function daysPerWeek(calendar: PeriodCalendar): number {
  return calendar.continuous || calendar.weekly === true ? 7 : 5;
}

/** How figures are shown: the period, what whole-run totals are divided by, and the words for it. */
export interface PeriodView {
  readonly period: Period;
  /** Whole-run totals are divided by this (1 for the whole run). */
  readonly divisor: number;
  /** "per day", "per week (5 working days)", "over the run (20 days)". */
  readonly words: string;
  /** "a day", "a week", "in the run": after a figure in a sentence. */
  readonly short: string;
}

function daysText(days: number): string {
  const rounded = Math.round(days * 100) / 100;
  return `${rounded} ${rounded === 1 ? 'day' : 'days'}`;
}

/** The view of `period` for a run over `calendar`. */
export function periodView(period: Period, calendar: PeriodCalendar): PeriodView {
  const days = measuredDays(calendar);
  switch (period) {
    case 'day':
      // With the week, closed days are days too: say so, or "per day" reads as "per open day".
      if (calendar.weekly === true) return { period, divisor: days, words: 'per calendar day (closed days included)', short: 'a day' };
      return { period, divisor: days, words: 'per day', short: 'a day' };
    case 'week': {
      const week = daysPerWeek(calendar);
      const words = calendar.weekly === true ? 'per week (7 days)' : `per week (${week} working days)`;
      return { period, divisor: days / week, words, short: 'a week' };
    }
    case 'run':
      return { period, divisor: 1, words: `over the run (${daysText(days)})`, short: `over ${daysText(days)}` };
  }
}

/** Parses a period name (CLI flag, URL); throws `invalid period` otherwise. */
export function parsePeriod(text: string): Period {
  const period = PERIODS.find((p) => p === text);
  if (period === undefined) throw new Error(`invalid period: ${text} (day, week or run)`);
  return period;
}

/** Whether `key` is divided by the period (a whole-run total that reads per day). */
export function isPerPeriod(key: string): boolean {
  return findMetric(key)?.perDay ?? false;
}

/** The period words to print beside a metric: "per day" for totals, nothing for rates and means. */
export function periodSuffix(key: string, view: PeriodView | undefined): string {
  return view !== undefined && isPerPeriod(key) ? view.words : '';
}

/** The fields a period scales: a summary, or a paired difference. */
interface Scalable {
  readonly mean: number | null;
  readonly sd: number | null;
  readonly ci95: readonly [number, number] | null;
}

function scale<T extends Scalable>(s: T, divisor: number): T {
  if (divisor === 1) return s;
  return {
    ...s,
    mean: s.mean === null ? null : s.mean / divisor,
    sd: s.sd === null ? null : s.sd / divisor,
    ci95: s.ci95 === null ? null : [s.ci95[0] / divisor, s.ci95[1] / divisor],
  };
}

/** A summary of `key` in the period: divided when the metric is a per-day total, else unchanged. */
export function summaryInPeriod<T extends Scalable>(key: string, s: T, view: PeriodView): T {
  return isPerPeriod(key) ? scale(s, view.divisor) : s;
}
