/**
 * One job of a batch: replication r of one of the batch's scenarios, returned as JSON text. The
 * text is what gets saved and what every summary is computed from (after parsing), so a result
 * computed now, in a worker, or reloaded by a resumed run is the same value bit for bit.
 */
import { runReplication } from '../sim/office/index.js';
import type { Scenario } from '../sim/scenario.js';

export interface Job {
  /** Index into the batch's scenarios. */
  readonly unit: number;
  readonly replication: number;
  /** Add the per-bucket service counts (the staffing planner's check); absent for batches. */
  readonly slotService?: boolean;
}

export function runJob(scenarios: readonly Scenario[], job: Job): string {
  const scenario = scenarios[job.unit];
  if (scenario === undefined) throw new Error(`invalid unit: ${job.unit}`);
  return JSON.stringify(runReplication(scenario, job.replication, job.slotService === true ? { slotService: true } : {}));
}
