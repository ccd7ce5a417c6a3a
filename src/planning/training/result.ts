/**
 * The planner's answer as data (the `plan-training --json` output, plan.json, and what the web app
 * shows): for each budget step, the trainings, their one-off cost, every metric with its 95% CI,
 * the paired difference against today's office on every metric, the payback of the one-off cost,
 * and each training's own contribution (the objective's loss when it alone is removed).
 * Metrics are whole-run totals as in `run --json`; payback is in working days.
 */
import { payback } from '../../analysis/payback.js';
import { pairedDifference, summarize, type Difference, type Summary } from '../../analysis/statistics.js';
import { metricKeys } from '../../sim/metric-catalogue.js';
import { measuredDays } from '../../sim/measured-days.js';
import type { Evaluations } from '../evaluations.js';
import type { TrainingProblem } from './problem.js';
import type { FrontierStep, SearchOutcome } from './search.js';
import { applyTrainings, planCost, planTrainings, type Plan } from './variant.js';

export const PLAN_FORMAT_VERSION = 1;

export interface TrainingJson {
  readonly person: string;
  readonly skill: string;
  readonly proficiency: number;
  /** One-off cost (all members of a group). */
  readonly cost: number;
  /** Members trained (1, or a group's count). */
  readonly people: number;
}

export interface DifferenceJson {
  readonly mean: number | null;
  readonly ci95: [number, number] | null;
  readonly significant: boolean;
}

export interface PaybackJson {
  /** pays: the gain is positive beyond chance; may-not: positive on average only; never: no gain; free: nothing to pay back. */
  readonly status: 'pays' | 'may-not' | 'never' | 'free';
  /** Working days until the gain repays the one-off cost; null when it never does or costs nothing. */
  readonly mean: number | null;
  /** 95% interval of the days; the upper bound is null when it may never pay back. */
  readonly ci95: [number, number | null] | null;
  /** Gain per working day before the training charge, with its 95% CI. */
  readonly gainPerDay: { readonly mean: number | null; readonly ci95: [number, number] | null };
}

export interface ContributionJson {
  readonly person: string;
  readonly skill: string;
  /** The objective's change when this training alone is removed, in the better direction (positive: it carries gain). */
  readonly loss: DifferenceJson;
}

export interface FrontierPointJson {
  readonly trainings: readonly TrainingJson[];
  readonly cost: number;
  /** New (person, skill) pairs, group members counted one by one. */
  readonly newSkills: number;
  /** plans/<k>.yaml in the output directory; null when not written (no --out). */
  readonly scenarioFile: string | null;
  readonly metrics: Record<string, Summary>;
  readonly differences: Record<string, DifferenceJson>;
  readonly paybackDays: PaybackJson;
  readonly contributions: readonly ContributionJson[];
  readonly meetsConstraints: boolean;
  readonly selection: FrontierStep['selection'];
}

export interface TrainingPlanJson {
  readonly formatVersion: 1;
  readonly scenario: string;
  readonly scenarioHash: string;
  readonly seed: number;
  readonly replications: number;
  readonly days: number;
  readonly objective: string;
  readonly direction: 'higher' | 'lower';
  readonly budget: { readonly maxTrainings: number | null; readonly maxCost: number | null };
  readonly constraints: TrainingProblem['constraints'];
  readonly candidates: readonly TrainingJson[];
  readonly today: { readonly metrics: Record<string, Summary> };
  readonly frontier: readonly FrontierPointJson[];
  readonly search: {
    readonly procedures: readonly string[];
    readonly stopReason: SearchOutcome['stopReason'];
    readonly cancelled: boolean;
    readonly replicationsComputed: number;
    readonly replicationsReused: number;
    readonly plansEvaluated: number;
    readonly droppedByBound: number;
    readonly droppedByHalving: number;
    readonly replicationsWithoutScreening: number;
  };
}

export const PROCEDURES = [
  'greedy forward selection with paired screening and sequential halving (Karnin, Koren and Somekh 2013)',
  'local improvement by one-for-one swaps, taken when better beyond chance (paired 95% CI)',
  'KN ranking-and-selection with common random numbers (Kim and Nelson 2001), 95% confidence, indifference zone per step',
];

function difference(d: Difference): DifferenceJson {
  return { mean: d.mean, ci95: d.ci95, significant: d.significant };
}

export function trainingJson(problem: TrainingProblem, index: number): TrainingJson {
  const c = problem.candidates[index]!;
  return { person: c.person, skill: c.skill, proficiency: c.proficiency, cost: c.costEach * c.members.length, people: c.members.length };
}

/** Replications a point is reported on: the final count, or after a cancel what it and today share. */
function pointReplications(evaluations: Evaluations, plan: Plan, outcome: SearchOutcome): number {
  return outcome.cancelled ? Math.min(evaluations.count(plan), evaluations.count([])) : outcome.replications;
}

function paybackOf(cost: number, today: readonly Record<string, number | null>[], rows: readonly Record<string, number | null>[], days: number): PaybackJson {
  // Profit gain before the per-day training charge, which spreads the very cost being repaid.
  const gain = rows.map((row, r) => {
    const a = today[r]!;
    const p = row['profit'];
    const q = a['profit'];
    if (p == null || q == null) return null;
    return (p + (row['cost.training'] ?? 0) - (q + (a['cost.training'] ?? 0))) / days;
  });
  const g = summarize(gain);
  const gainPerDay = { mean: g.mean, ci95: g.ci95 };
  if (!(cost > 0)) return { status: 'free', mean: null, ci95: null, gainPerDay };
  const p = payback(cost, gainPerDay);
  if (p.status === 'never') return { status: 'never', mean: null, ci95: null, gainPerDay };
  const ci: [number, number | null] | null = p.ci95 === null ? null : [p.ci95[0], Number.isFinite(p.ci95[1]) ? p.ci95[1] : null];
  return { status: p.status, mean: p.days, ci95: ci, gainPerDay };
}

export function planResultJson(problem: TrainingProblem, outcome: SearchOutcome, scenarioHash: string, scenarioFiles: readonly (string | null)[] = []): TrainingPlanJson {
  const ev = outcome.evaluations;
  const scenario = problem.scenario;
  const days = measuredDays(scenario.calendar);
  const keys = metricKeys(scenario);
  const todayN = outcome.cancelled ? ev.count([]) : outcome.replications;
  const todayRows = ev.rowsOf([], todayN);
  const sign = problem.direction === 'higher' ? 1 : -1;
  const frontier = outcome.frontier.map((step, k): FrontierPointJson => {
    const n = pointReplications(ev, step.plan, outcome);
    const rows = ev.rowsOf(step.plan, n);
    const base = todayRows.slice(0, n);
    const variantKeys = metricKeys(applyTrainings(scenario, problem.candidates, step.plan));
    const metrics: Record<string, Summary> = {};
    const differences: Record<string, DifferenceJson> = {};
    for (const key of variantKeys) {
      const values = rows.map((row) => row[key] ?? null);
      metrics[key] = summarize(values);
      if (keys.includes(key)) differences[key] = difference(pairedDifference(base.map((row) => row[key] ?? null), values));
    }
    const cost = planCost(problem.candidates, step.plan);
    const contributions = step.plan.map((i): ContributionJson => {
      const without = step.plan.filter((j) => j !== i);
      const m = Math.min(n, ev.count(without));
      const withIt = rows.slice(0, m).map((row) => (row[problem.objective] == null ? null : sign * row[problem.objective]!));
      const withoutIt = ev.rowsOf(without, m).map((row) => (row[problem.objective] == null ? null : sign * row[problem.objective]!));
      const c = problem.candidates[i]!;
      return { person: c.person, skill: c.skill, loss: difference(pairedDifference(withoutIt, withIt)) };
    });
    return {
      trainings: step.plan.map((i) => trainingJson(problem, i)),
      cost,
      newSkills: planTrainings(problem.candidates, step.plan),
      scenarioFile: scenarioFiles[k] ?? null,
      metrics,
      differences,
      paybackDays: paybackOf(cost, base, rows, days),
      contributions,
      meetsConstraints: step.meetsConstraints,
      selection: step.selection,
    };
  });
  const todayMetrics: Record<string, Summary> = {};
  for (const key of keys) todayMetrics[key] = summarize(todayRows.map((row) => row[key] ?? null));
  const s = outcome.stats;
  return {
    formatVersion: PLAN_FORMAT_VERSION,
    scenario: scenario.name,
    scenarioHash,
    seed: scenario.seed,
    replications: todayN,
    days: scenario.calendar.days,
    objective: problem.objective,
    direction: problem.direction,
    budget: { maxTrainings: problem.maxTrainings, maxCost: problem.maxCost },
    constraints: problem.constraints,
    candidates: problem.candidates.map((_, i) => trainingJson(problem, i)),
    today: { metrics: todayMetrics },
    frontier,
    search: {
      procedures: PROCEDURES,
      stopReason: outcome.stopReason,
      cancelled: outcome.cancelled,
      replicationsComputed: s.computed,
      replicationsReused: s.reused,
      plansEvaluated: s.plansEvaluated,
      droppedByBound: s.droppedByBound,
      droppedByHalving: s.droppedByHalving,
      replicationsWithoutScreening: s.withoutScreening,
    },
  };
}
