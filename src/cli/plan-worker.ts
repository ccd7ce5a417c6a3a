/**
 * The worker-thread entry of the training planner's pool (bundled as dist/cli/plan-worker.js): the
 * office and the candidate trainings arrive once per thread as workerData; each task is a
 * (plan, replication) and returns that replication's metrics as JSON text. Variants are compiled
 * once per thread and kept (VariantRunner), so no task re-parses or re-compiles the office.
 */
import { workerData } from 'node:worker_threads';
import type { TrainingCandidate } from '../planning/training/problem.js';
import { VariantRunner, type PlanJob } from '../planning/training/variant.js';
import type { Scenario } from '../sim/scenario.js';

export interface PlanWorkerData {
  readonly scenario: Scenario;
  readonly candidates: readonly TrainingCandidate[];
}

const data = workerData as PlanWorkerData;
const runner = new VariantRunner(data.scenario, data.candidates);

export default function run(job: PlanJob): string {
  return JSON.stringify(runner.run(job));
}
