import { describe, expect, it } from 'vitest';
import { changePayback, describePayback, formatPaybackDays, oneOffCost, payback } from '../../src/analysis/payback.js';
import { summarizeComparison } from '../../src/analysis/run-summary.js';
import { buildScenario } from '../sim/build-scenario.js';
import { replicate } from '../sim/replications.js';

describe('payback', () => {
  it('divides the one-off cost by the gain per day, the interval transformed from the gain', () => {
    expect(payback(1200, { mean: 200, ci95: [150, 300] })).toEqual({ status: 'pays', days: 6, ci95: [4, 8] });
  });

  it('may not pay back when the gain interval reaches zero', () => {
    expect(payback(1200, { mean: 100, ci95: [-20, 240] })).toEqual({ status: 'may-not', days: 12, ci95: [5, Infinity] });
    expect(payback(1200, { mean: 100, ci95: null })).toEqual({ status: 'may-not', days: 12, ci95: null });
  });

  it('does not pay back a change that gains nothing or loses', () => {
    expect(payback(1200, { mean: 0, ci95: [-5, 5] }).status).toBe('never');
    expect(payback(1200, { mean: -30, ci95: [-50, -10] }).status).toBe('never');
    expect(payback(1200, { mean: null, ci95: null }).status).toBe('never');
  });

  it('refuses a cost that is not positive', () => {
    expect(() => payback(0, { mean: 1, ci95: null })).toThrow('invalid oneOffCost: 0');
  });

  it('says it in words', () => {
    const money = (v: number) => `€${v}`;
    expect(describePayback(payback(1200, { mean: 200, ci95: [150, 300] }), 1200, money)).toBe('Pays back its one-off €1200 in about 6 days of work (95% CI 4 days to 8 days).');
    expect(describePayback(payback(1200, { mean: 100, ci95: [-20, 240] }), 1200, money)).toMatch(/^May not pay back its one-off €1200: about 12 days/);
    expect(describePayback(payback(1200, { mean: -1, ci95: null }), 1200, money)).toMatch(/^Does not pay back/);
    expect(formatPaybackDays(60)).toBe('12 weeks');
    expect(formatPaybackDays(500)).toBe('2.0 years');
    expect(formatPaybackDays(Infinity)).toBe('never');
  });
});

describe('the payback of a change', () => {
  const before = buildScenario({
    customers: [{ arrivals: { perHour: [14] }, revenue: 50, patience: { dist: 'exponential', mean: 5 } }],
    tasks: [{ name: 'filing', skill: 'filing', service: { dist: 'exponential', mean: 10 }, arrivals: { perHour: [1] } }],
    staff: [
      { name: 'ana', home: 'front', area: 'front', skills: { front: 1 }, wagePerHour: 20 },
      { name: 'cara', home: 'filing', area: 'back', skills: { filing: 1 }, wagePerHour: 20 },
    ],
    policy: { frontMinimum: 2 },
    costs: { trainingPerSkill: 1200, trainingAmortizationDays: 250 },
    calendar: { days: 3 },
  });
  const after = { ...before, staff: [before.staff[0]!, { ...before.staff[1]!, skills: { filing: 1, front: 0.8 } }] };

  it('counts the skills learnt once, at the changed office price', () => {
    expect(oneOffCost(before, after)).toEqual({ newSkills: [{ person: 'cara', skill: 'front' }], cost: 1200 });
    expect(oneOffCost(after, after).cost).toBe(0);
  });

  it('takes the gain before the training charge, so training is not counted twice', () => {
    const compare = summarizeComparison([
      { scenario: before, results: replicate(before, 20) },
      { scenario: after, results: replicate(after, 20) },
    ]);
    const p = changePayback(compare, 1, before, after)!;
    const profit = compare.metrics['profit']!.differences[0]!;
    const charge = compare.metrics['cost.training']!.variants[1]!.mean!;
    expect(charge).toBeCloseTo((1200 / 250) * 3, 9);
    expect(p.gainPerDay.mean).toBeCloseTo((profit.mean! + charge) / 3, 9);
    expect(p.gainPerDay.ci95![1] - p.gainPerDay.ci95![0]).toBeCloseTo((profit.ci95![1] - profit.ci95![0]) / 3, 9);
    expect(changePayback(compare, 1, before, before)).toBeNull();
  });
});
