/**
 * `compare`: the JSON contract, and the point of common random numbers: paired differences vary
 * far less than the difference of independent runs of the same two variants.
 */
import { describe, expect, it } from 'vitest';
import type { CompareJson } from '../../src/analysis/compare.js';
import type { RunJson } from '../../src/analysis/run-output.js';
import { cli, SMALL, SMALL_CROSS } from './helpers.js';

const REPLICATIONS = 20;

describe('compare', () => {
  const paired = cli(['compare', SMALL, SMALL_CROSS, '--json', '--replications', String(REPLICATIONS), '--threads', '2']);
  const out = JSON.parse(paired.stdout || '{}') as CompareJson;

  it('prints the contract: variants, seed, replications, per-metric variants and paired differences', () => {
    expect(paired.code, paired.stderr).toBe(0);
    expect(Object.keys(out)).toEqual(['formatVersion', 'variants', 'seed', 'replications', 'metrics']);
    expect(out).toMatchObject({ formatVersion: 1, variants: ['Small office', 'Small office, cross-trained'], seed: 11, replications: REPLICATIONS });
    const wait = out.metrics['front.waitMean']!;
    expect(wait.variants).toHaveLength(2);
    expect(Object.keys(wait.variants[0]!)).toEqual(['mean', 'sd', 'ci95', 'n']);
    expect(wait.differences).toHaveLength(1);
    const d = wait.differences[0]!;
    expect(d).toMatchObject({ variant: 'Small office, cross-trained', vs: 'Small office', n: REPLICATIONS });
    // Paired: the mean difference is the difference of the means (same replications on both sides).
    expect(d.mean).toBeCloseTo(wait.variants[1]!.mean! - wait.variants[0]!.mean!, 9);
    expect(d.significant).toBe(d.ci95![0] > 0 || d.ci95![1] < 0);
  });

  it('runs each variant exactly as `run` would on the same seed', () => {
    const alone = JSON.parse(cli(['run', SMALL_CROSS, '--json', '--replications', String(REPLICATIONS), '--threads', '2']).stdout) as RunJson;
    for (const [key, m] of Object.entries(alone.metrics)) expect(out.metrics[key]!.variants[1], key).toEqual(m);
  });

  it('sees the same customers in both variants (common random numbers): identical arrivals, zero difference', () => {
    const arrivals = out.metrics['front.arrivals']!;
    expect(arrivals.variants[0]!.mean).toBe(arrivals.variants[1]!.mean);
    expect(arrivals.differences[0]).toMatchObject({ mean: 0, sd: 0, significant: false });
  });

  it('has paired differences with a smaller variance than unpaired ones on the same variants', () => {
    // Unpaired: the cross-trained variant on an unrelated seed, independent of the reference's replications.
    const other = JSON.parse(cli(['run', SMALL_CROSS, '--json', '--replications', String(REPLICATIONS), '--seed', '90210', '--threads', '2']).stdout) as RunJson;
    for (const key of ['front.waitMean', 'front.served', 'revenue', 'profit']) {
      const m = out.metrics[key]!;
      const pairedVariance = m.differences[0]!.sd! ** 2;
      // Var(B' - A) = Var(A) + Var(B') for independent runs.
      const unpairedVariance = m.variants[0]!.sd! ** 2 + other.metrics[key]!.sd! ** 2;
      expect(pairedVariance, key).toBeLessThan(0.5 * unpairedVariance);
    }
  });

  it('prints a table with each variant, the difference, its CI and a star for significance', () => {
    const r = cli(['compare', SMALL, SMALL_CROSS, '--replications', '6', '--threads', '1']);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stdout).toMatch(/^metric\s+unit\s+Small office\s+Small office, cross-trained\s+difference {2}\(95% CI\)$/m);
    expect(r.stdout).toMatch(/^front\.arrivals\s+count\/day\s+[\d.,]+\s+[\d.,]+\s+0\.0+ {2}\(0\.0+ – 0\.0+\)$/m);
    expect(r.stdout).toMatch(/^front\.served\s+count\/day\s+[\d.,]+\s+[\d.,]+\s+[+−][\d.]+ {2}\([+−][\d.]+ – [+−][\d.]+\)( \*)?$/m);
    expect(r.stdout).toContain('difference: the variant to its left minus Small office, paired replication by replication; * its 95% CI excludes 0');
  });
});
