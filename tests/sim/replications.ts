/**
 * Test helpers: run replications of a scenario and compare a metric's replication means with a
 * known value, with a tolerance taken from the confidence interval (never a fixed fudge).
 */
import { expect } from 'vitest';
import { runReplication } from '../../src/sim/office/index.js';
import type { ReplicationResult } from '../../src/sim/result.js';
import type { Scenario } from '../../src/sim/scenario.js';

export function replicate(scenario: Scenario, replications: number): ReplicationResult[] {
  return Array.from({ length: replications }, (_, r) => runReplication(scenario, r));
}

export function values(results: readonly ReplicationResult[], key: string): number[] {
  return results.map((r) => {
    const v = r.metrics[key];
    if (v === null || v === undefined) throw new Error(`${key} is null in replication ${r.replication}`);
    return v;
  });
}

export interface Estimate {
  mean: number;
  standardError: number;
}

export function estimate(xs: readonly number[]): Estimate {
  const n = xs.length;
  const mean = xs.reduce((a, b) => a + b, 0) / n;
  const variance = xs.reduce((a, b) => a + (b - mean) ** 2, 0) / (n - 1);
  return { mean, standardError: Math.sqrt(variance / n) };
}

/**
 * Asserts that `expected` lies within `z` standard errors of the replications' mean (z = 4: a
 * 99.99% interval for 30+ independent replications; seeds are fixed, so the outcome is too).
 */
export function expectConsistent(xs: readonly number[], expected: number, label: string, z = 4): Estimate {
  const e = estimate(xs);
  const message = `${label}: simulated ${e.mean.toFixed(4)} ± ${(z * e.standardError).toFixed(4)}, theory ${expected.toFixed(4)}`;
  expect(Math.abs(e.mean - expected), message).toBeLessThanOrEqual(z * e.standardError);
  return e;
}
