/**
 * Runs a batch: every replication of every unit (a file of `run`, a variant of `compare`, a point of
 * `sweep`), or the slice of them a shard owns, on worker threads, reusing every replication an
 * earlier interrupted run saved, saving each new one the moment it finishes, and stopping cleanly
 * on SIGINT/SIGTERM (exit 3) with all finished work on disk. A batch that cannot fit in memory is
 * refused before it starts (run-size.ts).
 *
 * Work items are (unit, replication) pairs in unit-major order; a shard takes a contiguous slice.
 * Results come back per unit in replication order, whatever order threads finished them in.
 */
import { shardRange, type Shard } from '../analysis/shards.js';
import type { SweepValue } from '../analysis/sweep.js';
import type { ReplicationResult } from '../sim/result.js';
import type { Scenario } from '../sim/scenario.js';
import { setMaxListeners } from 'node:events';
import { createExecutor } from './executor.js';
import { Interrupts } from './interrupt.js';
import { sha256, type Manifest } from './output-dir.js';
import { createProgress } from './progress.js';
import type { Job } from './replicate.js';
import { checkFits, estimateResultChars } from './run-size.js';
import { ResultStore } from './store.js';

export interface BatchUnit {
  /** Directory name under the output's units/. */
  readonly id: string;
  /** Shown to people: the file, variant or point. */
  readonly label: string;
  /** The scenario file as named on the command line. */
  readonly source: string;
  /** The scenario as run (overrides applied). */
  readonly scenario: Scenario;
  /** The scenario as stored in units/<id>/scenario.json (see fingerprint in scenarios.ts). */
  readonly scenarioJson: string;
  /** SHA-256 of its canonical JSON: the contract's scenarioHash. */
  readonly hash: string;
  /** Sweep points: the value of each varied path; null otherwise. */
  readonly values: Readonly<Record<string, SweepValue>> | null;
}

export interface BatchOptions {
  /** Worker threads; 1 runs in this thread. */
  readonly threads: number;
  /** Where finished replications are saved and reused from; null keeps nothing. */
  readonly outDir: string | null;
  /** The completed output found in outDir at start (claimOutput), a source of reusable results. */
  readonly previous?: Manifest | null;
  readonly shard: Shard | null;
  readonly quiet: boolean;
  /** Progress-bar label. */
  readonly label: string;
  /** The command's signal trap; without one, the batch traps SIGINT/SIGTERM itself while it runs. */
  readonly interrupts?: Interrupts;
}

export interface BatchOutcome {
  /** Per unit, the results of the replications run (the shard's slice), in replication order. */
  readonly results: readonly (readonly ReplicationResult[])[];
  /** Replications reused from an earlier run. */
  readonly reused: number;
  /** Replications computed now. */
  readonly computed: number;
  /** Saved results that were not trusted (failed checksums), for a note. */
  readonly distrusted: readonly string[];
}

/** The work items of the batch, unit-major, restricted to the shard's slice. */
export function batchJobs(units: readonly BatchUnit[], shard: Shard | null): Job[] {
  const jobs: Job[] = [];
  units.forEach((unit, u) => {
    for (let r = 0; r < unit.scenario.replications; r++) jobs.push({ unit: u, replication: r });
  });
  if (shard === null) return jobs;
  const { start, end } = shardRange(jobs.length, shard);
  return jobs.slice(start, end);
}

/** Refuses a batch whose results cannot all be held in memory, from the scenarios' shapes. */
function checkBatchFits(units: readonly BatchUnit[], jobs: readonly Job[]): void {
  let chars = 0;
  for (const job of jobs) chars += estimateResultChars(units[job.unit]!.scenario);
  if (jobs.length > 0) checkFits(jobs.length, chars / jobs.length, false);
}

export async function runBatch(units: readonly BatchUnit[], options: BatchOptions): Promise<BatchOutcome> {
  const jobs = batchJobs(units, options.shard);
  checkBatchFits(units, jobs);
  const slots = new Map<number, ReplicationResult>();
  // Units and replications are each at most 1e5 (LIMITS), so the key stays an exact integer.
  const key = (job: Job): number => job.unit * 1e9 + job.replication;

  const byUnit: number[][] = units.map(() => []);
  for (const job of jobs) byUnit[job.unit]!.push(job.replication);

  const store = new ResultStore(options.outDir, options.previous ?? null, sha256);
  for (let u = 0; u < units.length; u++) {
    const found = await store.load(units[u]!.hash, new Set(byUnit[u]));
    for (const [replication, result] of found) slots.set(key({ unit: u, replication }), result);
  }
  const reused = slots.size;
  const pending = jobs.filter((job) => !slots.has(key(job)));

  let computed = 0;
  if (pending.length > 0) {
    const threads = Math.max(1, Math.min(options.threads, pending.length));
    const executor = createExecutor(
      units.map((u) => u.scenario),
      threads,
    );
    const progress = createProgress({ total: jobs.length, done: reused, label: options.label, quiet: options.quiet });
    const own = options.interrupts === undefined ? Interrupts.trap() : null;
    const interrupts = options.interrupts ?? own!;
    // Stops the lanes on a signal or a failure; every job in flight listens to it (no leak warning).
    const stop = new AbortController();
    setMaxListeners(0, stop.signal);
    const onInterrupt = (): void => stop.abort();
    interrupts.signal.addEventListener('abort', onInterrupt);
    if (interrupts.signal.aborted) stop.abort();
    let failure: unknown = null;
    let sized = false;
    let next = 0;
    const lane = async (): Promise<void> => {
      while (next < pending.length && !stop.signal.aborted) {
        const job = pending[next++]!;
        try {
          const json = await executor.run(job, stop.signal);
          // A job that finished is saved even when a stop came meanwhile: it is done work.
          await store.save(units[job.unit]!.hash, job.replication, json);
          slots.set(key(job), JSON.parse(json) as ReplicationResult);
          computed++;
          progress.increment();
          if (!sized) {
            // The estimate, checked against a real result before the batch goes much further.
            sized = true;
            checkFits(jobs.length, json.length, true);
          }
        } catch (error) {
          // After a stop, aborted jobs reject: that is the stop, not a failure.
          if (!stop.signal.aborted) {
            failure = error;
            stop.abort();
          }
          return;
        }
      }
    };
    try {
      // Two tasks per thread keep every thread busy while the main thread saves results.
      await Promise.all(Array.from({ length: threads * 2 }, lane));
    } finally {
      interrupts.signal.removeEventListener('abort', onInterrupt);
      own?.release();
      progress.stop();
      await executor.close();
    }
    if (failure !== null) throw failure;
    interrupts.check((signal) => {
      const saved = reused + computed;
      return options.outDir === null
        ? `interrupted by ${signal}: ${saved} of ${jobs.length} replications were done, none saved (no --out DIR)`
        : `interrupted by ${signal}: ${saved} of ${jobs.length} replications saved in ${options.outDir}; run the same command again to resume`;
    });
  }

  const results = byUnit.map((replications, unit) => replications.map((replication) => slots.get(key({ unit, replication }))!));
  return { results, reused, computed, distrusted: store.distrusted };
}
