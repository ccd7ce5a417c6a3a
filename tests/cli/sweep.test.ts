/** `sweep`: grid points applied to the scenario file by path, each run on the same seed. */
import { describe, expect, it } from 'vitest';
import type { RunJson } from '../../src/analysis/run-output.js';
import type { SweepJson } from '../../src/analysis/sweep.js';
import { cli, SMALL } from './helpers.js';

describe('sweep', () => {
  const r = cli(['sweep', SMALL, '--vary', 'staff[cleo].wagePerHour=18,30', '--vary', 'customers[0].arrivals.perHour=6..12:6', '--replications', '6', '--json', '--threads', '2']);
  const out = JSON.parse(r.stdout || '{}') as SweepJson;

  it('prints one point per combination, the first --vary varying slowest', () => {
    expect(r.code, r.stderr).toBe(0);
    expect(out).toMatchObject({ formatVersion: 1, scenario: 'Small office', seed: 11, replications: 6, paths: ['staff[cleo].wagePerHour', 'customers[0].arrivals.perHour'] });
    expect(out.points.map((p) => p.values)).toEqual([
      { 'staff[cleo].wagePerHour': 18, 'customers[0].arrivals.perHour': 6 },
      { 'staff[cleo].wagePerHour': 18, 'customers[0].arrivals.perHour': 12 },
      { 'staff[cleo].wagePerHour': 30, 'customers[0].arrivals.perHour': 6 },
      { 'staff[cleo].wagePerHour': 30, 'customers[0].arrivals.perHour': 12 },
    ]);
    for (const p of out.points) expect(Object.keys(p.metrics['profit']!)).toEqual(['mean', 'sd', 'ci95', 'n']);
  });

  it('applies each value at its path: arrivals follow the rate, wages follow the wage', () => {
    // 2 days x 4 opening hours at the swept constant rate.
    for (const p of out.points) {
      const expected = 8 * (p.values['customers[0].arrivals.perHour'] as number);
      const ci = p.metrics['front.arrivals']!.ci95!;
      expect(ci[0], JSON.stringify(p.values)).toBeLessThanOrEqual(expected);
      expect(ci[1], JSON.stringify(p.values)).toBeGreaterThanOrEqual(expected);
    }
    // A wage changes cost, not what happens: the same customers, the same service (common random numbers).
    const [cheap, , dear] = out.points;
    expect(dear!.metrics['front.waitMean']).toEqual(cheap!.metrics['front.waitMean']);
    // 12 more per hour over cleo's 8 rostered hours (2 days x 4 h; sick days are paid, she works no overtime).
    expect(dear!.metrics['cost.wages']!.mean! - cheap!.metrics['cost.wages']!.mean!).toBeCloseTo(12 * 8, 6);
  });

  it('a point equal to the file gives exactly the numbers of a plain run', () => {
    const plain = cli(['run', SMALL, '--replications', '6', '--json', '--threads', '1']);
    const run = JSON.parse(plain.stdout) as RunJson;
    // cleo's wage in the file is 18: sweeping it over that one value changes nothing.
    const wageOnly = JSON.parse(cli(['sweep', SMALL, '--vary', 'staff[cleo].wagePerHour=18', '--replications', '6', '--json', '--threads', '1']).stdout) as SweepJson;
    expect(wageOnly.points[0]!.metrics).toEqual(run.metrics);
  });

  it('prints a table with a column per point: mean ± CI half-width', () => {
    const t = cli(['sweep', SMALL, '--vary', 'policy.frontMinimum=0..1', '--replications', '4', '--threads', '1']);
    expect(t.code, t.stderr).toBe(0);
    expect(t.stdout).toMatch(/^metric\s+unit\s+0\s+1$/m);
    expect(t.stdout).toMatch(/^front\.waitMean\s+min\s+[\d.]+ ± [\d.]+\s+[\d.]+ ± [\d.]+$/m);
  });
});
