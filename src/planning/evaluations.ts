/**
 * Every (plan, replication) the search has evaluated, and the one way more are computed: a batch of
 * missing jobs handed to the runner at once (in this thread, the CLI's worker threads or the web
 * app's Web Workers). Which jobs make a batch depends only on the results so far, never on timing,
 * so the search takes the same path whatever the number of threads; parallelism only ever happens
 * inside a batch of fixed work.
 *
 * Every plan is evaluated on replications 0, 1, 2, ... of the same seed: common random numbers, so
 * two plans see the same customers, tasks and absences and their difference is paired.
 */
import type { MetricValues } from '../sim/result.js';
import type { Plan, PlanJob } from './training/variant.js';
import { planKey } from './training/variant.js';

/** Runs a batch of jobs; results in the order of the jobs. */
export type JobRunner = (jobs: readonly PlanJob[]) => Promise<MetricValues[]>;

/** Thrown when the search is cancelled between batches (the caller keeps what was found). */
export class SearchCancelled extends Error {
  constructor() {
    super('the search was cancelled');
    this.name = 'AbortError';
  }
}

export class Evaluations {
  private readonly rows = new Map<string, Map<number, MetricValues>>();
  /** Replications computed by this search (not reused from a saved run). */
  computed = 0;
  /** Replications loaded from saved results (resume). */
  reused = 0;
  /** Called after each batch with the job count of the batch. */
  onBatch: ((jobs: number) => void) | null = null;

  constructor(
    private readonly runner: JobRunner,
    /** +1: higher is better; -1: lower is better. */
    readonly sign: 1 | -1,
    readonly objective: string,
    private readonly signal?: AbortSignal,
  ) {}

  /** A result saved by an earlier run of the same search (resume), trusted by the caller. */
  preload(plan: Plan, replication: number, metrics: MetricValues): void {
    const slot = this.slot(plan);
    if (!slot.has(replication)) this.reused++;
    slot.set(replication, metrics);
  }

  private slot(plan: Plan): Map<number, MetricValues> {
    const key = planKey(plan);
    let slot = this.rows.get(key);
    if (slot === undefined) this.rows.set(key, (slot = new Map()));
    return slot;
  }

  /** Replications 0 .. n-1 of each plan are computed (one batch for all that are missing). */
  async ensure(requests: readonly { readonly plan: Plan; readonly n: number }[]): Promise<void> {
    if (this.signal?.aborted) throw new SearchCancelled();
    const jobs: PlanJob[] = [];
    const queued = new Set<string>();
    for (const { plan, n } of requests) {
      const slot = this.slot(plan);
      const key = planKey(plan);
      for (let r = 0; r < n; r++) {
        if (slot.has(r) || queued.has(`${key}/${r}`)) continue;
        queued.add(`${key}/${r}`);
        jobs.push({ plan, replication: r });
      }
    }
    if (jobs.length === 0) return;
    const results = await this.runner(jobs);
    jobs.forEach((job, i) => this.slot(job.plan).set(job.replication, results[i]!));
    this.computed += jobs.length;
    this.onBatch?.(jobs.length);
    if (this.signal?.aborted) throw new SearchCancelled();
  }

  /** Replications 0 .. count-1 available for the plan (the longest prefix). */
  count(plan: Plan): number {
    const slot = this.rows.get(planKey(plan));
    if (slot === undefined) return 0;
    let n = 0;
    while (slot.has(n)) n++;
    return n;
  }

  /** The metric rows of replications 0 .. n-1 (all computed). */
  rowsOf(plan: Plan, n: number): MetricValues[] {
    const slot = this.rows.get(planKey(plan));
    const out: MetricValues[] = [];
    for (let r = 0; r < n; r++) {
      const row = slot?.get(r);
      if (row === undefined) throw new Error(`invalid evaluation: plan [${planKey(plan)}] replication ${r} not computed`);
      out.push(row);
    }
    return out;
  }

  /** A metric over replications 0 .. n-1. */
  values(plan: Plan, key: string, n: number): (number | null)[] {
    return this.rowsOf(plan, n).map((row) => row[key] ?? null);
  }

  /**
   * The objective as a score to maximize (sign-adjusted), replications 0 .. n-1. A replication where
   * the objective is undefined (a mean wait with nobody served) takes the plan's mean score there,
   * so it neither rewards nor punishes the plan.
   */
  scores(plan: Plan, n: number): number[] {
    const raw = this.values(plan, this.objective, n);
    let sum = 0;
    let defined = 0;
    for (const v of raw) if (v !== null) ((sum += v), defined++);
    const fill = defined === 0 ? 0 : sum / defined;
    return raw.map((v) => this.sign * (v ?? fill));
  }

  /** Every plan evaluated so far, with its replication count. */
  plans(): { key: string; n: number }[] {
    return [...this.rows.keys()].map((key) => {
      const slot = this.rows.get(key)!;
      let n = 0;
      while (slot.has(n)) n++;
      return { key, n };
    });
  }
}
