/**
 * The metric keys of the contract (scenario-format.md, "CLI output contract") for a scenario, in
 * output order; `office/result.ts` computes them.
 */
import { skillNames } from './office/plan.js';
import type { Scenario } from './scenario.js';

export { skillNames };

/** Every metric key a replication of `scenario` reports, in output order. */
export function metricKeys(scenario: Scenario): string[] {
  const keys = [
    'front.arrivals',
    'front.served',
    'front.abandoned',
    'front.balked',
    'front.turnedAway',
    'front.queueEnd',
    'front.inServiceEnd',
    'front.abandonRate',
    'front.lostRate',
    'front.probWait',
    'front.waitMean',
    'front.waitP90',
    'front.serviceLevel',
    'front.queueMean',
    'front.unstaffedMinutes',
    'back.arrivals',
    'back.completed',
    'back.waitMean',
    'back.timeInSystemMean',
    'back.backlogEnd',
    'back.late',
    'back.lateRate',
    'revenue',
    'revenueLost',
    'cost.wages',
    'cost.overtime',
    'cost.training',
    'cost.penalties',
    'cost.total',
    'profit',
    'utilization.front',
    'utilization.back',
    'coverage.gapMinutes',
    'coverage.coverMinutes',
    'overtimeMinutes',
  ];
  for (const c of scenario.customers) {
    for (const m of ['arrivals', 'served', 'waitMean', 'abandonRate', 'serviceLevel']) keys.push(`customer.${c.name}.${m}`);
  }
  for (const k of scenario.tasks) {
    for (const m of ['arrivals', 'completed', 'waitMean', 'lateRate', 'backlogEnd']) keys.push(`task.${k.name}.${m}`);
  }
  for (const s of skillNames(scenario)) keys.push(`skill.${s}.utilization`, `skill.${s}.gapMinutes`);
  for (const p of scenario.staff) keys.push(`staff.${p.name}.utilization`, `staff.${p.name}.coverMinutes`);
  return keys;
}
