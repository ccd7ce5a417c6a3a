/**
 * The worker-thread entry of the replication pool (piscina loads the compiled dist/cli/worker.js).
 * The batch's scenarios arrive once per thread as workerData; each task names a (unit, replication).
 */
import { workerData } from 'piscina';
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
