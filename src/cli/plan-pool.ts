/**
 * Runs the training planner's batches: in this thread (one thread) or on a piscina pool of worker
 * threads running dist/cli/plan-worker.js. A batch is fixed work (the search decided it from
 * earlier results), so spreading it over threads cannot change any number, only the time.
 * Results travel as JSON text, as saved results do, so a result computed in a thread, here, or
 * reloaded by a resumed run is the same value bit for bit.
 */
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { setImmediate as yieldToEventLoop } from 'node:timers/promises';
import { Piscina } from 'piscina';
import type { TrainingProblem } from '../planning/training/problem.js';
import { VariantRunner, type PlanJob } from '../planning/training/variant.js';
import type { MetricValues } from '../sim/result.js';
import type { PlanWorkerData } from './plan-worker.js';

export interface PlanPool {
  /** Runs one job; rejects when the signal stops it. */
  runOne(job: PlanJob): Promise<MetricValues>;
  close(): Promise<void>;
}

function workerUrl(): URL {
  const here = import.meta.url;
  const url = here.endsWith('.ts') ? new URL('../../dist/cli/plan-worker.js', here) : new URL('./plan-worker.js', here);
  if (!existsSync(fileURLToPath(url))) throw new Error(`missing worker: ${fileURLToPath(url)} (build it with npm run build:cli)`);
  return url;
}

/** A runner for the problem's office on `threads` threads; `signal` stops the jobs in flight. */
export function createPlanPool(problem: TrainingProblem, threads: number, signal: AbortSignal): PlanPool {
  if (threads === 1) {
    const runner = new VariantRunner(problem.scenario, problem.candidates);
    // One job at a time in this thread, in the order asked (the batch's jobs start together).
    let queue: Promise<unknown> = Promise.resolve();
    return {
      runOne: (job) => {
        const result = queue.then(async () => {
          await yieldToEventLoop();
          signal.throwIfAborted();
          // Through JSON text, as the threads return it: the same value either way.
          return JSON.parse(JSON.stringify(runner.run(job))) as MetricValues;
        });
        queue = result.catch(() => {});
        return result;
      },
      close: async () => {},
    };
  }
  const data: PlanWorkerData = { scenario: problem.scenario, candidates: problem.candidates };
  const piscina = new Piscina<PlanJob, string>({
    filename: workerUrl().href,
    minThreads: threads,
    maxThreads: threads,
    concurrentTasksPerWorker: 1,
    idleTimeout: 60_000,
    workerData: data,
  });
  return {
    runOne: async (job) => JSON.parse(await piscina.run({ plan: [...job.plan], replication: job.replication }, { signal })) as MetricValues,
    close: () => piscina.destroy(),
  };
}
