/**
 * Summaries of replications that charts, tables and reports read: one run (a scenario's
 * replications), a comparison of variants on common random numbers, and a sweep over scenario values.
 * Everything here is plain data (JSON- and structured-clone-safe), computed from replications in
 * index order, so the CLI, a worker and the web page get identical summaries.
 */
import type { Area, OpeningWindow, Scenario, Weekday } from '../sim/scenario.js';
import { dayHours, dayWeekdays } from '../sim/week.js';
import type { ActivityMinutes, Histogram, ReplicationResult } from '../sim/result.js';
import { learningPairs, skillNames } from '../sim/metric-catalogue.js';
import { pairedDifference, summarize, summarizeMetrics, summarizeSeries, type Summary } from './statistics.js';
import type { PeriodCalendar, PeriodView } from './period.js';

/** Mean over replications per position (bucket or day), with the 95% confidence band of that mean. */
export interface Band {
  readonly mean: readonly (number | null)[];
  readonly lo: readonly (number | null)[];
  readonly hi: readonly (number | null)[];
}

export interface StaffInfo {
  readonly name: string;
  readonly area: Area;
  readonly home: string;
}

export interface RunSummary {
  readonly scenario: string;
  /** The scenario's currency (ISO code or symbol); null when it names none. */
  readonly currency: string | null;
  readonly seed: number;
  readonly replications: number;
  readonly days: number;
  /** Opening hours in minutes after midnight, as in `Scenario.calendar`. */
  readonly calendar: {
    readonly open: number;
    readonly close: number;
    readonly continuous: boolean;
    readonly warmupMinutes: number;
    /** Whether the week is on (calendar.firstWeekday): a week is then 7 calendar days. Absent: off. */
    readonly weekly?: boolean;
    /** With the week on: the weekday of day 1 and each weekday's hours (Monday first; null = closed). */
    readonly firstWeekday?: Weekday;
    readonly weekdays?: readonly (OpeningWindow | null)[];
    /** Holidays (calendar.closedDays), when there are any. */
    readonly holidays?: readonly number[];
  };
  readonly serviceLevelTarget: { readonly withinMinutes: number; readonly fraction: number };
  /** Customer class names in file order (the order of class colours). */
  readonly customers: readonly string[];
  /** Back-office task names in file order. */
  readonly tasks: readonly string[];
  /** Skills: those customers need, then those tasks need, then any other skill staff hold. */
  readonly skills: readonly string[];
  /** Staff members in file order (groups expanded). */
  readonly staff: readonly StaffInfo[];
  /** Metric keys in the simulator's order. */
  readonly metricKeys: readonly string[];
  readonly metrics: Readonly<Record<string, Summary>>;
  /** Through-the-day series (`queue.<class>`, `wait.<class>`, `present.<skill>`, `gap.<skill>`, ...). */
  readonly series: {
    readonly bucketMinutes: number;
    readonly bucketStarts: readonly number[];
    readonly bands: Readonly<Record<string, Band>>;
  };
  /** Back-office tasks unfinished at each day's close: one position per day. */
  readonly backlogByDay: Band;
  /** The weekday of each day (same positions as backlogByDay) when the week is on; absent otherwise. */
  readonly weekdayByDay?: readonly Weekday[];
  /** Days (1-based) the office is closed: closed weekdays and holidays; absent when none. */
  readonly closedDays?: readonly number[];
  /** Queue-wait histograms of served customers per class, counts summed over replications. */
  readonly waitHistograms: Readonly<Record<string, Histogram>>;
  /** Minutes per activity per staff member: the mean over replications of each replication's total. */
  readonly activity: Readonly<Record<string, ActivityMinutes>>;
  /** Set when the metrics were put in a display period (src/analysis/period.ts); absent: whole-run totals. */
  readonly period?: PeriodView;
  /**
   * Only when a skill has a learning curve (issue 15): per person and skill with one, in metric
   * order, the proficiency at the end of each day summarized over replications.
   */
  readonly learning?: readonly LearningSummary[];
}

/** One person's skill with a learning curve: where it starts and tends, and its proficiency day by day. */
export interface LearningSummary {
  readonly person: string;
  readonly skill: string;
  /** The proficiency in the scenario's skills (where the curve starts). */
  readonly start: number;
  /** What practice tends to; null when the skill only fades. */
  readonly target: number | null;
  /** Per day (index 0 = day 1): the proficiency at the end of the day, over replications. */
  readonly byDay: readonly Summary[];
}

/** The learning pairs' day series summarized; nothing when the scenario has none. */
function learningPart(scenario: Scenario, results: readonly ReplicationResult[]): { learning?: LearningSummary[] } {
  const pairs = learningPairs(scenario);
  if (pairs.length === 0) return {};
  const learning = pairs.map(({ person, skill }) => {
    const p = scenario.staff.find((x) => x.name === person)!;
    const spec = p.learning![skill]!;
    const series = results.map((r) => r.proficiencyByDay?.[person]?.[skill]);
    const byDay: Summary[] = [];
    for (let d = 0; d < scenario.calendar.days; d++) byDay.push(summarize(series.map((values) => values?.[d] ?? null)));
    return { person, skill, start: p.skills[skill]!, target: spec.timeConstantHours === null ? null : spec.target, byDay };
  });
  return { learning };
}

function checkOrder(results: readonly ReplicationResult[], what: string): void {
  if (results.length === 0) throw new Error(`invalid ${what}: no replications`);
  for (let i = 1; i < results.length; i++) {
    // Summaries must not depend on completion order (threads, shards, resumes).
    if (results[i]!.replication <= results[i - 1]!.replication) {
      throw new Error(`invalid ${what}: replication ${results[i]!.replication} after ${results[i - 1]!.replication}`);
    }
  }
}

function sumHistograms(results: readonly ReplicationResult[]): Record<string, Histogram> {
  const sums: Record<string, { edges: readonly number[]; counts: number[] }> = {};
  for (const r of results) {
    for (const [name, h] of Object.entries(r.waitHistograms)) {
      // Own properties only: a class may be named like an Object method (constructor, toString).
      const sum = Object.hasOwn(sums, name) ? sums[name] : undefined;
      if (sum === undefined) {
        sums[name] = { edges: h.edges, counts: [...h.counts] };
        continue;
      }
      if (sum.edges.length !== h.edges.length || sum.edges.some((e, i) => e !== h.edges[i])) {
        throw new Error(`invalid waitHistograms.${name}: bin edges differ in replication ${r.replication}`);
      }
      for (let i = 0; i < h.counts.length; i++) sum.counts[i]! += h.counts[i]!;
    }
  }
  return sums;
}

const ACTIVITY_FIELDS = ['homeWork', 'coverWork', 'switching', 'break', 'absent', 'idle', 'overtime'] as const;

function meanActivity(results: readonly ReplicationResult[]): Record<string, ActivityMinutes> {
  const sums: Record<string, Record<(typeof ACTIVITY_FIELDS)[number], number>> = {};
  for (const r of results) {
    for (const [name, a] of Object.entries(r.activity)) {
      if (!Object.hasOwn(sums, name)) sums[name] = { homeWork: 0, coverWork: 0, switching: 0, break: 0, absent: 0, idle: 0, overtime: 0 };
      const sum = sums[name]!;
      for (const f of ACTIVITY_FIELDS) sum[f] += a[f];
    }
  }
  const n = results.length;
  const means: Record<string, ActivityMinutes> = {};
  for (const [name, sum] of Object.entries(sums)) {
    const mean = { ...sum };
    for (const f of ACTIVITY_FIELDS) mean[f] = sum[f] / n;
    means[name] = mean;
  }
  return means;
}

function band(perReplication: readonly (readonly (number | null)[])[]): Band {
  const s = summarizeSeries(perReplication);
  return { mean: s.mean, lo: s.lo, hi: s.hi };
}

function seriesBands(results: readonly ReplicationResult[]): RunSummary['series'] {
  const first = results[0]!.series;
  const bands: Record<string, Band> = {};
  for (const key of Object.keys(first.values)) {
    bands[key] = band(
      results.map((r) => {
        if (r.series.bucketStarts.length !== first.bucketStarts.length) {
          throw new Error(`invalid series: bucket count differs in replication ${r.replication}`);
        }
        return r.series.values[key] ?? first.bucketStarts.map(() => null);
      }),
    );
  }
  return { bucketMinutes: first.bucketMinutes, bucketStarts: first.bucketStarts, bands };
}

/**
 * Summarizes one scenario's replications (given in replication index order): every metric with its
 * confidence interval, the through-the-day series and daily backlog as mean and 95% band, wait
 * histograms summed over replications and mean activity minutes per person.
 */
export function summarizeRun(scenario: Scenario, results: readonly ReplicationResult[]): RunSummary {
  checkOrder(results, 'results');
  const metricKeys = Object.keys(results[0]!.metrics);
  return {
    scenario: scenario.name,
    currency: scenario.currency ?? null,
    seed: scenario.seed,
    replications: results.length,
    days: scenario.calendar.days,
    calendar: {
      open: scenario.calendar.open,
      close: scenario.calendar.close,
      continuous: scenario.calendar.continuous,
      warmupMinutes: scenario.calendar.warmupMinutes,
      ...(scenario.calendar.firstWeekday === undefined
        ? {}
        : { weekly: true, firstWeekday: scenario.calendar.firstWeekday, weekdays: scenario.calendar.weekdays! }),
      ...((scenario.calendar.closedDays ?? []).length === 0 ? {} : { holidays: scenario.calendar.closedDays! }),
    },
    serviceLevelTarget: { ...scenario.targets.serviceLevel },
    customers: scenario.customers.map((c) => c.name),
    tasks: scenario.tasks.map((t) => t.name),
    skills: skillNames(scenario),
    staff: scenario.staff.map((p) => ({ name: p.name, area: p.area, home: p.home })),
    metricKeys,
    metrics: summarizeMetrics(
      results.map((r) => r.metrics),
      metricKeys,
    ),
    series: seriesBands(results),
    backlogByDay: band(results.map((r) => r.backlogByDay)),
    ...weekLabels(scenario),
    waitHistograms: sumHistograms(results),
    activity: meanActivity(results),
    ...learningPart(scenario, results),
  };
}

/** The weekday of each day and the closed days, for labels; nothing for an office whose days are all alike. */
function weekLabels(scenario: Scenario): { weekdayByDay?: Weekday[]; closedDays?: number[] } {
  const weekdays = dayWeekdays(scenario.calendar);
  const closed = dayHours(scenario.calendar).flatMap((h, d) => (h === null ? [d + 1] : []));
  return { ...(weekdays === null ? {} : { weekdayByDay: weekdays }), ...(closed.length === 0 ? {} : { closedDays: closed }) };
}

/** Union of the keys of several ordered key lists, in order of first appearance. */
function unionKeys(lists: readonly (readonly string[])[]): string[] {
  const keys = new Set<string>();
  for (const list of lists) for (const k of list) keys.add(k);
  return [...keys];
}

/** Display names for variants, made unique (`Branch`, `Branch (2)`) when scenario names repeat. */
function uniqueNames(names: readonly string[]): string[] {
  const seen = new Map<string, number>();
  return names.map((name) => {
    const count = (seen.get(name) ?? 0) + 1;
    seen.set(name, count);
    return count === 1 ? name : `${name} (${count})`;
  });
}

/** One variant of a comparison: its scenario and its replications in index order. */
export interface VariantInput {
  readonly scenario: Scenario;
  readonly results: readonly ReplicationResult[];
}

/** A paired difference (variant minus the first variant) of one metric. */
export interface VariantDifference {
  /** The variant whose value is compared. */
  readonly variant: string;
  /** The first variant, which it is compared with. */
  readonly vs: string;
  /** Mean over replications of (variant − first); null when no replication defines both. */
  readonly mean: number | null;
  readonly sd: number | null;
  readonly ci95: readonly [number, number] | null;
  /** Replications where both values are defined. */
  readonly n: number;
  /** The 95% CI excludes zero. */
  readonly significant: boolean;
}

export interface MetricComparison {
  /** One summary per variant; null when that variant does not report the metric (e.g. a person it lacks). */
  readonly variants: readonly (Summary | null)[];
  /** One per variant after the first; null when either side lacks the metric. */
  readonly differences: readonly (VariantDifference | null)[];
}

export interface CompareSummary {
  /** Variant names (scenario names, made unique), first = the reference. */
  readonly variants: readonly string[];
  /** The full run summary of each variant, in the same order. */
  readonly runs: readonly RunSummary[];
  readonly seed: number;
  readonly replications: number;
  /** Union of the variants' metric keys, in order of first appearance. */
  readonly metricKeys: readonly string[];
  readonly metrics: Readonly<Record<string, MetricComparison>>;
  /** Set when the metrics were put in a display period (src/analysis/period.ts); absent: whole-run totals. */
  readonly period?: PeriodView;
}

/**
 * Summarizes variants run on common random numbers: replication r of every variant used the same
 * streams, so each metric's difference to the first variant is taken per replication (paired),
 * which removes the noise the variants share.
 */
export function summarizeComparison(variants: readonly VariantInput[]): CompareSummary {
  if (variants.length < 2) throw new Error(`invalid variants: ${variants.length} (a comparison needs at least 2)`);
  const first = variants[0]!;
  for (const v of variants) {
    checkOrder(v.results, `results of ${v.scenario.name}`);
    if (v.scenario.seed !== first.scenario.seed) {
      throw new Error(`invalid seed: ${v.scenario.seed} (variant ${v.scenario.name}; paired differences need the seed of ${first.scenario.name}, ${first.scenario.seed})`);
    }
    if (v.results.length !== first.results.length || v.results.some((r, i) => r.replication !== first.results[i]!.replication)) {
      throw new Error(`invalid replications: variant ${v.scenario.name} has not the same replications as ${first.scenario.name}`);
    }
  }
  const names = uniqueNames(variants.map((v) => v.scenario.name));
  const runs = variants.map((v) => summarizeRun(v.scenario, v.results));
  const metricKeys = unionKeys(runs.map((r) => r.metricKeys));
  const metrics: Record<string, MetricComparison> = {};
  for (const key of metricKeys) {
    const base = key in first.results[0]!.metrics ? first.results.map((r) => r.metrics[key] ?? null) : null;
    metrics[key] = {
      variants: runs.map((r) => r.metrics[key] ?? null),
      differences: variants.slice(1).map((v, i) => {
        if (base === null || !(key in v.results[0]!.metrics)) return null;
        // pairedDifference(a, b) is b − a per replication: variant minus the first.
        const d = pairedDifference(
          base,
          v.results.map((r) => r.metrics[key] ?? null),
        );
        return { variant: names[i + 1]!, vs: names[0]!, ...d };
      }),
    };
  }
  return { variants: names, runs, seed: first.scenario.seed, replications: first.results.length, metricKeys, metrics };
}

/** A value a sweep sets at a scenario path (`policy.frontMinimum`, `staff[1].skills.front`). */
export type SweepValue = number | string | boolean;

export interface SweepPointInput {
  /** The value of each varied path at this point; every point varies the same paths. */
  readonly values: Readonly<Record<string, SweepValue>>;
  readonly scenario: Scenario;
  readonly results: readonly ReplicationResult[];
}

export interface SweepPoint {
  readonly values: Readonly<Record<string, SweepValue>>;
  /** The point's calendar (a sweep may vary the days): what its per-day figures divide by. */
  readonly calendar: PeriodCalendar;
  readonly metrics: Readonly<Record<string, Summary>>;
}

export interface SweepSummary {
  /** The swept scenario's name (of the first point). */
  readonly scenario: string;
  readonly seed: number;
  readonly replications: number;
  readonly days: number;
  /** The varied paths, in the order the sweep gave them. */
  readonly paths: readonly string[];
  /** Union of the points' metric keys, in order of first appearance. */
  readonly metricKeys: readonly string[];
  /** In grid order. */
  readonly points: readonly SweepPoint[];
  /** Currency of the swept scenario; null when it names none. */
  readonly currency: string | null;
  /** Set when the metrics were put in a display period (src/analysis/period.ts); absent: whole-run totals. */
  readonly period?: PeriodView;
}

/** Summarizes every point of a sweep grid (points in grid order, replications in index order). */
export function summarizeSweep(points: readonly SweepPointInput[]): SweepSummary {
  if (points.length === 0) throw new Error('invalid points: a sweep needs at least one point');
  const first = points[0]!;
  const paths = Object.keys(first.values);
  const summarized = points.map((p) => {
    checkOrder(p.results, 'results of a sweep point');
    const ps = Object.keys(p.values);
    if (ps.length !== paths.length || ps.some((x) => !paths.includes(x))) {
      throw new Error(`invalid sweep point: ${JSON.stringify(p.values)} (every point varies ${paths.join(', ')})`);
    }
    const keys = Object.keys(p.results[0]!.metrics);
    const { days, warmupMinutes, continuous, firstWeekday } = p.scenario.calendar;
    const calendar = { days, warmupMinutes, continuous, ...(firstWeekday === undefined ? {} : { weekly: true }) };
    return { keys, point: { values: { ...p.values }, calendar, metrics: summarizeMetrics(p.results.map((r) => r.metrics), keys) } };
  });
  return {
    scenario: first.scenario.name,
    currency: first.scenario.currency ?? null,
    seed: first.scenario.seed,
    replications: first.results.length,
    days: first.scenario.calendar.days,
    paths,
    metricKeys: unionKeys(summarized.map((s) => s.keys)),
    points: summarized.map((s) => s.point),
  };
}
