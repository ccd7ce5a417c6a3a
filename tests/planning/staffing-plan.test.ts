/**
 * The whole staffing planner on the default office: the checked design meets the target in every
 * slot when simulated again on another seed with more replications, costs no more than Erlang's
 * design, and its office file is a valid scenario; determinism of the loop.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { slotLevels, planStaffing, type RunReplications } from '../../src/planning/staffing/plan.js';
import { officeYaml, staffingJson } from '../../src/planning/staffing/output.js';
import { compileOffice } from '../../src/sim/office/index.js';
import { parseScenario } from '../../src/sim/schema.js';

const run: RunReplications = async (scenario) => {
  const office = compileOffice(scenario);
  return Array.from({ length: scenario.replications }, (_, r) => office.run(r, { slotService: true }));
};

function load(path: string) {
  const parsed = parseScenario(readFileSync(path, 'utf8'), path);
  if (!parsed.ok) throw new Error('invalid test scenario');
  return parsed;
}

describe('planStaffing on the default office', async () => {
  const { scenario, file } = load('scenarios/default.yaml');
  const plan = await planStaffing(scenario, file, { replications: 20, seed: 42, run });
  const target = scenario.targets.serviceLevel.fraction;

  it('ends with no slot below the target, at no more than Erlang\'s design costs, and says the saving', () => {
    const chosen = plan.rounds[plan.chosen]!;
    expect(chosen.slotsBelowTarget).toBe(0);
    expect(chosen.cost).toBeLessThanOrEqual(plan.rounds[0]!.cost);
    expect(plan.saving).toBeCloseTo(plan.rounds[0]!.cost - chosen.cost, 9);
    // The rounds are reported in order, each with its cost and service level.
    expect(plan.rounds.map((r) => r.round)).toEqual(plan.rounds.map((_, i) => i + 1));
  });

  it('meets the target in every slot when simulated again on another seed with more replications', async () => {
    const again = { ...plan.answer.scenario, seed: 4242, replications: 40 };
    const levels = slotLevels(again, await run(again, 'again'), plan.requirements);
    const below = levels.filter((l) => l.ci95 !== null && l.ci95[1] < target);
    expect(below).toEqual([]);
  });

  it('writes a designed office that is a valid scenario with the roster as its staff', () => {
    const text = officeYaml(plan, 'scenarios/default.yaml');
    const parsed = parseScenario(text, 'office.yaml');
    expect(parsed.ok).toBe(true);
    if (!parsed.ok) return;
    const json = staffingJson(plan, { scenario: scenario.name, seed: 42, replications: 20, scenarioFile: 'office.yaml' });
    expect(parsed.scenario.staff.map((p) => p.name)).toEqual(json.roster.map((r) => r.person));
    // Every designed shift is worked: counts in the shifts equal people on the roster by (skill, start, end).
    const key = (skill: string, start: string, end: string) => `${skill} ${start} ${end}`;
    const rostered = new Map<string, number>();
    for (const r of json.roster) rostered.set(key(r.skill, r.start, r.end), (rostered.get(key(r.skill, r.start, r.end)) ?? 0) + 1);
    const designed = new Map<string, number>();
    for (const k of json.shifts) designed.set(key(k.skill, k.start, k.end), (designed.get(key(k.skill, k.start, k.end)) ?? 0) + k.count);
    for (const [k, n] of designed) expect(rostered.get(k) ?? 0).toBeGreaterThanOrEqual(n);
  });

  it('repeats to the byte', async () => {
    const twice = await planStaffing(scenario, file, { replications: 20, seed: 42, run });
    const meta = { scenario: scenario.name, seed: 42, replications: 20, scenarioFile: 'office.yaml' };
    expect(JSON.stringify(staffingJson(twice, meta))).toBe(JSON.stringify(staffingJson(plan, meta)));
  });
});
