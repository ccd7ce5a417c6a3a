/**
 * The cross-training search (issue 10), simulation optimisation over sets of trainings:
 *
 * 1. Greedy forward selection: from today's office, each step races every affordable one-training
 *    addition to the incumbent (paired screening and sequential halving, selection.ts `race`).
 * 2. Local improvement by swaps: the step's plan against every plan that swaps one of its trainings
 *    for one it lacks; a swap is taken when it is better beyond chance (paired 95% interval above
 *    zero), at most `swapRounds` times a step.
 * 3. Ranking and selection: the best few plans of the step's size go through the KN procedure
 *    (Kim and Nelson 2001) with the stated indifference zone, so the step's plan is within that zone
 *    of the best plan evaluated at that size with 95% confidence. That plan is the frontier point of
 *    the budget step and the start of the next step.
 * The search stops when the budget is spent, no training is left, or no addition improves the
 * objective on average (a training that changes nothing is never proposed).
 *
 * Every evaluation is a (plan, replication) on common random numbers; the work is decided from
 * results only (see evaluations.ts), so the same seed gives the same answer for any thread count.
 * Progress is reported after every batch with the best plan so far; cancelling (the signal) ends the
 * search at the next batch with the frontier found until then.
 */
import { Evaluations, SearchCancelled, type JobRunner } from '../evaluations.js';
import { pairedInterval, race, selectBest } from '../selection.js';
import type { TrainingProblem } from './problem.js';
import { normalizePlan, planCost, planKey, planTrainings, type Plan } from './variant.js';

export interface SearchSettings {
  /** First-stage replications of every contender. Default 10. */
  readonly n0?: number;
  /** Most replications a contender gets in the search. Default max(final replications, 80). */
  readonly nMax?: number;
  /** Replications of the final estimates of each frontier point (default: the scenario's). */
  readonly replications?: number;
  /** Swap rounds per step. Default 2. */
  readonly swapRounds?: number;
  /** Contenders kept for ranking-and-selection. Default 4. */
  readonly keep?: number;
}

/** One budget step of the frontier as the search found it. */
export interface FrontierStep {
  readonly plan: Plan;
  /** The ranking-and-selection at this step. */
  readonly selection: {
    readonly procedure: 'KN (Kim and Nelson 2001)';
    readonly contenders: number;
    /** Indifference zone in the objective's whole-run units. */
    readonly delta: number;
    /** The procedure ended with one plan before its replication cap: the 95% guarantee holds. */
    readonly resolved: boolean;
  };
  /** The plan meets every constraint on the mean (at its search replications). */
  readonly meetsConstraints: boolean;
}

export interface SearchProgress {
  readonly phase: 'today' | 'add' | 'swap' | 'select' | 'final' | 'done';
  /** The budget step being searched (1-based). */
  readonly step: number;
  /** Replications computed or reused so far. */
  readonly replications: number;
  /** The best plan so far (the last frontier point, or the step's leader) and its mean gain on the objective. */
  readonly best: { readonly plan: Plan; readonly gain: number; readonly lo: number; readonly hi: number } | null;
  readonly frontier: readonly FrontierStep[];
}

export interface SearchStats {
  /** Replications computed (the search's cost), and reused from a saved run. */
  readonly computed: number;
  readonly reused: number;
  /** Plans evaluated at least once. */
  readonly plansEvaluated: number;
  /** Contenders dropped by a paired bound, and by sequential halving. */
  readonly droppedByBound: number;
  readonly droppedByHalving: number;
  /** What evaluating every plan the search considered at nMax replications would have cost. */
  readonly withoutScreening: number;
}

export interface SearchOutcome {
  readonly frontier: readonly FrontierStep[];
  /** Replications of the final estimates (every frontier point and today's office have at least this many). */
  readonly replications: number;
  readonly evaluations: Evaluations;
  readonly stats: SearchStats;
  /** The search was cancelled: the frontier holds the steps finished before. */
  readonly cancelled: boolean;
  readonly stopReason: 'budget' | 'no-candidates' | 'no-gain' | 'constraints' | 'cancelled';
}

export interface SearchOptions {
  readonly settings?: SearchSettings;
  readonly signal?: AbortSignal;
  readonly onProgress?: (progress: SearchProgress) => void;
  /** Results of an earlier, interrupted run of the same search, fed in before it starts. */
  readonly preload?: (evaluations: Evaluations) => void;
}

/** Default indifference zone (objective whole-run units) when the problem gives none; see the README. */
export function defaultIndifferenceZone(gain: number, today: number): number {
  return Math.max(0.05 * Math.abs(gain), 0.005 * Math.abs(today), 1e-6);
}

export async function searchTrainingPlans(problem: TrainingProblem, runner: JobRunner, options: SearchOptions = {}): Promise<SearchOutcome> {
  const s = options.settings ?? {};
  const replications = s.replications ?? problem.scenario.replications;
  const n0 = Math.max(2, Math.min(s.n0 ?? 10, replications));
  const nMax = Math.max(n0, s.nMax ?? Math.max(replications, 80));
  const swapRounds = s.swapRounds ?? 2;
  const keep = Math.max(2, s.keep ?? 4);
  const sign = problem.direction === 'higher' ? 1 : -1;
  const candidates = problem.candidates;
  const evaluations = new Evaluations(runner, sign, problem.objective, options.signal);
  options.preload?.(evaluations);
  const considered = new Set<string>();
  let droppedByBound = 0;
  let droppedByHalving = 0;
  const frontier: FrontierStep[] = [];
  const today: Plan = [];
  let step = 0;
  let phase: SearchProgress['phase'] = 'today';
  let leader: SearchProgress['best'] = null;

  const gainOf = (plan: Plan): NonNullable<SearchProgress['best']> => {
    const n = Math.min(evaluations.count(plan), evaluations.count(today));
    const d = pairedInterval(evaluations.scores(today, n), evaluations.scores(plan, n), n);
    return { plan, gain: sign * d.mean, lo: sign > 0 ? d.lo : -d.hi, hi: sign > 0 ? d.hi : -d.lo };
  };
  const report = (): void => {
    options.onProgress?.({ phase, step, replications: evaluations.computed + evaluations.reused, best: leader, frontier: [...frontier] });
  };
  evaluations.onBatch = report;

  const affordable = (plan: Plan, extra: number): boolean => {
    const trainings = planTrainings(candidates, plan) + candidates[extra]!.members.length;
    const cost = planCost(candidates, plan) + candidates[extra]!.costEach * candidates[extra]!.members.length;
    return (problem.maxTrainings === null || trainings <= problem.maxTrainings) && (problem.maxCost === null || cost <= problem.maxCost + 1e-9);
  };
  const meets = (plan: Plan): boolean => {
    const n = evaluations.count(plan);
    return problem.constraints.every((c) => {
      const values = evaluations.values(plan, c.metric, n).filter((v): v is number => v !== null);
      if (values.length === 0) return false;
      const mean = values.reduce((a, b) => a + b, 0) / values.length;
      return (c.atLeast === undefined || mean >= c.atLeast - 1e-12) && (c.atMost === undefined || mean <= c.atMost + 1e-12);
    });
  };
  const note = (plans: readonly Plan[]): void => {
    for (const p of plans) considered.add(planKey(p));
  };

  let incumbent: Plan = today;
  let stopReason: SearchOutcome['stopReason'] = 'budget';
  try {
    await evaluations.ensure([{ plan: today, n: n0 }]);
    note([today]);
    report();
    for (;;) {
      const additions = candidates.map((_, i) => i).filter((i) => !incumbent.includes(i) && affordable(incumbent, i));
      if (additions.length === 0) {
        stopReason = candidates.some((_, i) => !incumbent.includes(i)) ? 'budget' : 'no-candidates';
        break;
      }
      step++;
      phase = 'add';
      const plans = additions.map((i) => normalizePlan([...incumbent, i], candidates.length));
      note(plans);
      const added = await race(evaluations, plans, { n0, nMax, keep });
      droppedByBound += added.droppedByBound;
      droppedByHalving += added.droppedByHalving;
      let ranking = added.ranking;
      let best = ranking[0]!.plan;
      // Improvement over the incumbent, paired on the replications both have.
      const n = evaluations.count(best);
      await evaluations.ensure([{ plan: incumbent, n }]);
      const over = pairedInterval(evaluations.scores(incumbent, n), evaluations.scores(best, n), n);
      // No addition improves the objective: stop, unless the plan so far misses a constraint (then
      // the step goes on, and its selection prefers the plans that meet them).
      if (!(over.mean > 0) && meets(incumbent)) {
        step--;
        stopReason = 'no-gain';
        break;
      }
      leader = gainOf(best);
      report();

      // Local improvement: swap one training of the plan for one it lacks.
      phase = 'swap';
      for (let round = 0; round < swapRounds && best.length > 1; round++) {
        const neighbours: Plan[] = [];
        const seen = new Set<string>([planKey(best)]);
        for (const out of best) {
          const rest = best.filter((i) => i !== out);
          for (let j = 0; j < candidates.length; j++) {
            if (best.includes(j) || !affordable(rest, j)) continue;
            const plan = normalizePlan([...rest, j], candidates.length);
            const key = planKey(plan);
            if (seen.has(key)) continue;
            seen.add(key);
            neighbours.push(plan);
          }
        }
        if (neighbours.length === 0) break;
        note(neighbours);
        const swapped = await race(evaluations, [best, ...neighbours], { n0, nMax, keep, protect: best });
        droppedByBound += swapped.droppedByBound;
        droppedByHalving += swapped.droppedByHalving;
        const top = swapped.ranking[0]!.plan;
        if (top === best) {
          ranking = swapped.ranking;
          break;
        }
        const m = Math.min(evaluations.count(top), evaluations.count(best));
        const d = pairedInterval(evaluations.scores(best, m), evaluations.scores(top, m), m);
        ranking = swapped.ranking;
        if (!(d.lo > 0)) break;
        best = top;
        leader = gainOf(best);
        report();
      }

      // Ranking and selection among the best few of this size that meet the constraints.
      phase = 'select';
      const pool = ranking.slice(0, keep).map((r) => r.plan);
      if (!pool.some((p) => planKey(p) === planKey(best))) pool.unshift(best);
      const feasible = pool.filter(meets);
      if (feasible.length === 0 && meets(incumbent)) {
        // Every better plan of this size breaks a constraint the plan so far meets: stop here.
        step--;
        stopReason = 'constraints';
        break;
      }
      const contenders = feasible.length > 0 ? feasible : pool;
      const gain = gainOf(contenders[0]!);
      const todayMean = evaluations.scores(today, evaluations.count(today)).reduce((a, b) => a + b, 0) / Math.max(1, evaluations.count(today));
      const delta = problem.indifferenceZone ?? defaultIndifferenceZone(gain.gain, todayMean);
      const selection = await selectBest(evaluations, contenders, { delta, alpha: 0.05, n0, nMax, batch: 5 });
      incumbent = selection.best;
      frontier.push({
        plan: incumbent,
        selection: { procedure: 'KN (Kim and Nelson 2001)', contenders: selection.contenders, delta, resolved: selection.resolved },
        meetsConstraints: meets(incumbent),
      });
      leader = gainOf(incumbent);
      report();
    }

    // Final estimates: every frontier point and today's office on the same replications, and each
    // point's plan without each of its trainings (the training's own contribution).
    phase = 'final';
    const finalN = Math.max(replications, ...frontier.map((f) => evaluations.count(f.plan)));
    const requests = [{ plan: today, n: finalN }, ...frontier.map((f) => ({ plan: f.plan, n: finalN }))];
    for (const f of frontier) for (const i of f.plan) requests.push({ plan: f.plan.filter((j) => j !== i), n: finalN });
    await evaluations.ensure(requests);
    phase = 'done';
    report();
    return { frontier, replications: finalN, evaluations, stats: stats(), cancelled: false, stopReason };
  } catch (error) {
    // Cancelled between batches, or a runner that stopped its batch on the signal: keep what was found.
    if (!(error instanceof SearchCancelled) && !(options.signal?.aborted ?? false)) throw error;
    return { frontier, replications: 0, evaluations, stats: stats(), cancelled: true, stopReason: 'cancelled' };
  }

  function stats(): SearchStats {
    return {
      computed: evaluations.computed,
      reused: evaluations.reused,
      plansEvaluated: evaluations.plans().length,
      droppedByBound,
      droppedByHalving,
      withoutScreening: considered.size * nMax,
    };
  }
}
