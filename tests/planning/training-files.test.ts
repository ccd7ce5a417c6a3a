/** The planner's files: plan scenario files keep the user's file and add exactly the trainings; the frontier CSV. */
import { describe, expect, it } from 'vitest';
import { frontierCsv, planScenarioText } from '../../src/planning/training/files.js';
import type { TrainingPlanJson } from '../../src/planning/training/result.js';
import { parseScenario } from '../../src/sim/schema.js';

const FILE = `# my office
version: 1
name: Shop
seed: 4
customers:
  - name: sale
    arrivals: { perHour: 10 }
    service: { dist: exponential, mean: 5 }
tasks:
  - name: "=orders"
    arrivals: { perDay: 10 }
    service: { dist: exponential, mean: 10 }
staff:
  - name: ana           # counter
    home: front
  - name: "=bo"
    count: 2
    home: "=orders"
    skills: { front: 0.5 }
`;

describe('plan files', () => {
  it('add each training to its staff entry (a map created when missing), set seed and replications, keep comments', () => {
    const text = planScenarioText(
      FILE,
      [
        { person: 'ana', skill: '=orders', proficiency: 0.7, cost: 100, people: 1 },
        { person: '=bo', skill: 'front', proficiency: 0.9, cost: 200, people: 2 },
      ],
      { seed: 9, replications: 12, note: 'Training plan 1' },
    );
    expect(text.startsWith('# Training plan 1\n')).toBe(true);
    expect(text).toContain('# my office');
    expect(text).toContain('# counter');
    const parsed = parseScenario(text, 'plan.yaml');
    expect(parsed.ok).toBe(true);
    if (!parsed.ok) return;
    expect(parsed.scenario.seed).toBe(9);
    expect(parsed.scenario.replications).toBe(12);
    expect(parsed.scenario.staff.map((p) => [p.name, p.skills])).toEqual([
      ['ana', { front: 1, '=orders': 0.7 }],
      ['=bo#1', { '=orders': 1, front: 0.9 }],
      ['=bo#2', { '=orders': 1, front: 0.9 }],
    ]);
  });

  it('refuse a training of someone the file does not list', () => {
    expect(() => planScenarioText(FILE, [{ person: 'zoe', skill: 'front', proficiency: 0.7, cost: 1, people: 1 }], { seed: 1, replications: 1, note: 'x' })).toThrow(/no staff entry "zoe"/);
  });
});

describe('frontier CSV', () => {
  it('one row per step; a name a spreadsheet would run as a formula is written as text', () => {
    const d = { mean: -1, ci95: [-2, 0] as [number, number], significant: false };
    const plan = {
      objective: 'front.waitMean',
      frontier: [
        {
          trainings: [{ person: '=bo', skill: 'front', proficiency: 0.9, cost: 200, people: 2 }],
          cost: 200,
          newSkills: 2,
          scenarioFile: 'plans/1.yaml',
          metrics: { 'front.waitMean': { mean: 3, sd: 1, ci95: [2, 4], n: 10 } },
          differences: { 'front.waitMean': d },
          paybackDays: { status: 'never', mean: null, ci95: null, gainPerDay: { mean: null, ci95: null } },
          contributions: [],
          meetsConstraints: true,
          selection: { procedure: 'KN (Kim and Nelson 2001)', contenders: 1, delta: 0.1, resolved: true },
        },
      ],
    } as unknown as TrainingPlanJson;
    const lines = frontierCsv(plan).trim().split('\n');
    expect(lines).toHaveLength(2);
    expect(lines[0]!.startsWith('step,trainings,new_skills,one_off_cost,objective,front.waitMean_mean,front.waitMean_difference,')).toBe(true);
    expect(lines[1]!.startsWith(`1,"'=bo:front",2,200,front.waitMean,3,-1,-2,0,false,`)).toBe(true);
    expect(lines[1]!.endsWith(',never,,,,true,plans/1.yaml')).toBe(true);
  });
});
