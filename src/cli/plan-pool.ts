/**
 * Runs the training planner's batches: in this thread (one thread) or on a piscina pool of worker
 * threads running dist/cli/plan-worker.js. A batch is fixed work (the search decided it from
 * earlier results), so spreading it over threads cannot change any number, only the time.
 * Results travel as JSON text, as saved results do, so a result computed in a thread, here, or
 * reloaded by a resumed run is the same value bit for bit.
 */
import { setImmediate as yieldToEventLoop } from 'node:timers/promises';
import type { TrainingProblem } from '../planning/training/problem.js';
import { VariantRunner, type PlanJob } from '../planning/training/variant.js';
import type { MetricValues } from '../sim/result.js';
import { threadPool } from './executor.js';
import type { PlanWorkerData } from './plan-worker.js';

export interface PlanPool {
  /** Runs one job; rejects when the signal stops it. */
  runOne(job: PlanJob): Promise<MetricValues>;
  close(): Promise<void>;
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
  const piscina = threadPool<PlanJob, string>('plan-worker.js', threads, data);
  return {
    runOne: async (job) => JSON.parse(await piscina.run({ plan: [...job.plan], replication: job.replication }, { signal })) as MetricValues,
    close: () => piscina.destroy(),
  };
}
