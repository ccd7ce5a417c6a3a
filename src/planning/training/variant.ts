/**
 * A training plan (a set of candidates, by index) applied to the office, and run: the variant is
 * compiled once (compileOffice) and kept while the search evaluates it, so no replication re-parses
 * or re-compiles anything. The same class runs in this thread, in the CLI's worker threads and in the
 * web app's Web Workers, so a (plan, replication) gives the same numbers everywhere.
 */
import { compileOffice, type CompiledOffice } from '../../sim/office/index.js';
import { measuredDays } from '../../sim/measured-days.js';
import type { MetricValues } from '../../sim/result.js';
import type { Person, Scenario } from '../../sim/scenario.js';
import { skillLearning } from '../../sim/scenario-file/normalize.js';
import type { TrainingCandidate } from './problem.js';

/** A plan: indices into the candidate list, ascending. */
export type Plan = readonly number[];

/** The plan's key: its indices joined ("" is today's office). */
export function planKey(plan: Plan): string {
  return plan.join(',');
}

/** The plan with its indices sorted and checked. */
export function normalizePlan(plan: readonly number[], candidates: number): number[] {
  const sorted = [...new Set(plan)].sort((a, b) => a - b);
  for (const i of sorted) if (!Number.isInteger(i) || i < 0 || i >= candidates) throw new Error(`invalid plan: candidate ${i}`);
  return sorted;
}

/**
 * The office with the plan's trainings: every member of each trained entry holds the skill (and, with
 * an office-wide learning section, learns it along that curve from the training's proficiency).
 */
export function applyTrainings(scenario: Scenario, candidates: readonly TrainingCandidate[], plan: Plan): Scenario {
  if (plan.length === 0) return scenario;
  const added = new Map<string, Record<string, number>>();
  for (const i of plan) {
    const c = candidates[i]!;
    const skills = added.get(c.person) ?? {};
    skills[c.skill] = c.proficiency;
    added.set(c.person, skills);
  }
  const staff: Person[] = scenario.staff.map((p) => {
    const extra = added.get(p.group);
    if (extra === undefined) return p;
    // With an office-wide learning section, a trained skill starts at its proficiency and grows by it,
    // exactly as it would in the plan file (where normalize gives it the same curve).
    const curves = scenario.learning === undefined ? [] : Object.entries(extra).flatMap(([skill, start]) => {
      const spec = skillLearning(start, scenario.learning!);
      return spec === null ? [] : [[skill, spec] as const];
    });
    const learning = curves.length === 0 ? {} : { learning: { ...p.learning, ...Object.fromEntries(curves) } };
    return { ...p, skills: { ...p.skills, ...extra }, ...learning };
  });
  return { ...scenario, staff };
}

/** New (member, skill) pairs of a plan. */
export function planTrainings(candidates: readonly TrainingCandidate[], plan: Plan): number {
  let n = 0;
  for (const i of plan) n += candidates[i]!.members.length;
  return n;
}

/** One-off cost of a plan. */
export function planCost(candidates: readonly TrainingCandidate[], plan: Plan): number {
  let cost = 0;
  for (const i of plan) cost += candidates[i]!.costEach * candidates[i]!.members.length;
  return cost;
}

/**
 * The engine charges every trained skill at `costs.trainingPerSkill` a day (cost / amortization
 * days); a candidate may carry its own cost. The difference, over the measured days, is what the
 * plan's training charge (and so its total cost and profit) must move by.
 */
export function trainingChargeShift(scenario: Scenario, candidates: readonly TrainingCandidate[], plan: Plan): number {
  let shift = 0;
  for (const i of plan) {
    const c = candidates[i]!;
    shift += (c.costEach - scenario.costs.trainingPerSkill) * c.members.length;
  }
  return (shift / scenario.costs.trainingAmortizationDays) * measuredDays(scenario.calendar);
}

/** A (plan, replication) to evaluate. */
export interface PlanJob {
  readonly plan: Plan;
  readonly replication: number;
}

/** Compiled variants kept at once: a greedy step's candidates plus the incumbents. */
const KEEP_COMPILED = 256;

/** Runs (plan, replication) jobs of one office; compiled variants are kept (least recently used out). */
export class VariantRunner {
  private readonly compiled = new Map<string, { office: CompiledOffice; shift: number }>();

  constructor(
    readonly scenario: Scenario,
    readonly candidates: readonly TrainingCandidate[],
  ) {}

  private variant(plan: Plan): { office: CompiledOffice; shift: number } {
    const key = planKey(plan);
    let entry = this.compiled.get(key);
    if (entry !== undefined) {
      // Most recently used last.
      this.compiled.delete(key);
      this.compiled.set(key, entry);
      return entry;
    }
    entry = {
      office: compileOffice(applyTrainings(this.scenario, this.candidates, plan)),
      shift: trainingChargeShift(this.scenario, this.candidates, plan),
    };
    this.compiled.set(key, entry);
    if (this.compiled.size > KEEP_COMPILED) this.compiled.delete(this.compiled.keys().next().value!);
    return entry;
  }

  /** The metrics of one replication of the plan (training charged at the candidates' own costs). */
  run(job: PlanJob): MetricValues {
    const { office, shift } = this.variant(job.plan);
    const metrics = { ...office.run(job.replication).metrics };
    if (shift !== 0) {
      metrics['cost.training'] = (metrics['cost.training'] ?? 0) + shift;
      metrics['cost.total'] = (metrics['cost.total'] ?? 0) + shift;
      metrics['profit'] = (metrics['profit'] ?? 0) - shift;
    }
    return metrics;
  }
}

/**
 * Runs batches in this thread (tests, one-thread CLI runs), yielding to the event loop now and then
 * so signals and progress get through.
 */
export function inThisThread(runner: VariantRunner): (jobs: readonly PlanJob[]) => Promise<MetricValues[]> {
  return async (jobs) => {
    const out: MetricValues[] = [];
    for (let i = 0; i < jobs.length; i++) {
      if (i % 16 === 15) await new Promise((resolve) => setTimeout(resolve, 0));
      out.push(runner.run(jobs[i]!));
    }
    return out;
  };
}
