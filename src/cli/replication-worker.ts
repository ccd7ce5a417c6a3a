/**
 * The worker-thread entry of the replication pool (piscina loads the bundled
 * dist/cli/replication-worker.js; dist/cli/worker.js is piscina's own thread runner, which piscina
 * expects beside its code). The batch's scenarios arrive once per thread as workerData; each task
 * names a (unit, replication).
 */
// From node:worker_threads, not piscina: the bundle holds its own copy of piscina, whose workerData
// only the runner's copy fills; Node's is the same object piscina handed the thread.
import { workerData } from 'node:worker_threads';
import type { Scenario } from '../sim/scenario.js';
import { runJob, type Job } from './replicate.js';

/** What the pool hands every thread when it starts. */
export interface WorkerData {
  readonly scenarios: readonly Scenario[];
}

const { scenarios } = workerData as WorkerData;

export default function run(job: Job): string {
  return runJob(scenarios, job);
}
