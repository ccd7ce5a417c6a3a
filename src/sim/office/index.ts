/**
 * The office model: one replication of a scenario as a discrete-event simulation, one room per
 * rule. Read in this order: `codes` (the vocabulary), `plan` (the scenario compiled into tables),
 * `state` (the office during a replication), `items`, `tallies`, `trace`; then the rules: `queues`,
 * `presence`, `service` (routing), `staff` (shifts, breaks, absences, moves, overtime), `cover`,
 * `arrival`, `completion` (service ends and handoffs), `day` (each day's calendar); `replication`
 * (the event loop) and `result` (the metrics). The rules are those of scenario-format.md's
 * "Semantics"; the README says them in plain words, with the readings taken where it is silent.
 */
import type { ReplicationResult, RunOptions } from '../result.js';
import type { Scenario } from '../scenario.js';
import { OfficePlan } from './plan.js';
import { simulate } from './replication.js';

/** A scenario compiled once, to run many replications (planners, batches) without recompiling. */
export interface CompiledOffice {
  readonly scenario: Scenario;
  run(replication: number, options?: RunOptions): ReplicationResult;
}

export function compileOffice(scenario: Scenario): CompiledOffice {
  const plan = new OfficePlan(scenario);
  return { scenario, run: (replication, options = {}) => simulate(plan, replication, options) };
}

/**
 * Runs one replication of a scenario. Pure: the result depends only on (scenario, replication)
 * and the scenario's seed; replications are independent of each other.
 */
export function runReplication(scenario: Scenario, replication: number, options: RunOptions = {}): ReplicationResult {
  return simulate(new OfficePlan(scenario), replication, options);
}
