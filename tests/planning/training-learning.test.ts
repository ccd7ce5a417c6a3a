/**
 * The training planner with skills that grow (issues 10 and 15): with an office-wide learning section a
 * trained skill starts at the training's proficiency and grows along the office's curve, in the
 * planner's own variant exactly as in the plan file it writes, so the gain it reports is the gain over
 * the run with the learning dip, not at full proficiency from day 1.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { resolveTrainingProblem } from '../../src/planning/training/problem.js';
import { planScenarioText } from '../../src/planning/training/files.js';
import { applyTrainings } from '../../src/planning/training/variant.js';
import { runReplication } from '../../src/sim/office/index.js';
import { parseScenario } from '../../src/sim/schema.js';

const LEARNING = '\nlearning: { timeConstantHours: 2, target: 1.0 }\n';

function parsed(text: string) {
  const p = parseScenario(text, 'lunch-gap.yaml');
  if (!p.ok) throw new Error(p.errors.map((e) => e.message).join('; '));
  return p;
}

describe('the training planner with learning curves', () => {
  const text = readFileSync('tests/planning/fixtures/lunch-gap.yaml', 'utf8') + LEARNING;
  const office = parsed(text);
  const resolved = resolveTrainingProblem(office.scenario, undefined, { maxTrainings: 1 });
  if (!resolved.ok) throw new Error('problem');
  const { candidates } = resolved.problem;
  const bea = candidates.findIndex((c) => c.person === 'bea' && c.skill === 'front');

  it('gives a trained skill the office curve from the training proficiency, as the written plan file does', () => {
    const variant = applyTrainings(office.scenario, candidates, [bea]);
    const person = variant.staff.find((p) => p.name === 'bea')!;
    expect(person.skills['front']).toBe(0.7);
    expect(person.learning?.['front']).toEqual({ curve: 'exponential', target: 1, timeConstantHours: 2, exponent: 1, forgetting: null });
    const file = planScenarioText(text, [{ person: 'bea', skill: 'front', proficiency: 0.7, cost: 500, people: 1 }], {
      seed: office.scenario.seed,
      replications: office.scenario.replications,
      note: 'plan',
    });
    expect(parsed(file).scenario).toEqual(variant);
    for (let r = 0; r < 2; r++) expect(runReplication(parsed(file).scenario, r).metrics).toEqual(runReplication(variant, r).metrics);
  });

  it('the trained skill grows with practice during the run', () => {
    const variant = applyTrainings(office.scenario, candidates, [bea]);
    const m = runReplication(variant, 0).metrics;
    expect(m['learning.bea.front.practiceMinutes']).toBeGreaterThan(0);
    expect(m['learning.bea.front.proficiencyEnd']).toBeGreaterThan(0.7);
  });

  it('without a learning section a trained skill keeps its proficiency (no curve)', () => {
    const plain = parsed(readFileSync('tests/planning/fixtures/lunch-gap.yaml', 'utf8'));
    const r = resolveTrainingProblem(plain.scenario, undefined, { maxTrainings: 1 });
    if (!r.ok) throw new Error('problem');
    const variant = applyTrainings(plain.scenario, r.problem.candidates, [r.problem.candidates.findIndex((c) => c.person === 'bea')]);
    expect(variant.staff.find((p) => p.name === 'bea')!.learning).toBeUndefined();
  });
});
