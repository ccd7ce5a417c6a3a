import { describe, expect, it } from 'vitest';
import { createStream, streamKey, type Rng } from '../../src/sim/streams.js';

/**
 * Statistical checks use fixed seeds, so each outcome is fixed; the tolerances are what a sound
 * generator meets with overwhelming probability: 4 standard errors for means and correlations
 * (two-sided p ~ 6e-5), and the Kolmogorov–Smirnov critical value at alpha = 0.001 (1.95 / sqrt(n)).
 */
const KS_CRITICAL = 1.95;

function draw(rng: Rng, n: number): number[] {
  return Array.from({ length: n }, () => rng());
}

/** Kolmogorov–Smirnov distance between the sample and the uniform distribution on [0, 1). */
function ksUniform(sample: number[]): number {
  const sorted = Float64Array.from(sample).sort();
  const n = sorted.length;
  let d = 0;
  for (let i = 0; i < n; i++) d = Math.max(d, (i + 1) / n - sorted[i]!, sorted[i]! - i / n);
  return d;
}

function correlation(x: number[], y: number[]): number {
  const n = x.length;
  let mx = 0;
  let my = 0;
  for (let i = 0; i < n; i++) {
    mx += x[i]! / n;
    my += y[i]! / n;
  }
  let sxy = 0;
  let sxx = 0;
  let syy = 0;
  for (let i = 0; i < n; i++) {
    sxy += (x[i]! - mx) * (y[i]! - my);
    sxx += (x[i]! - mx) ** 2;
    syy += (y[i]! - my) ** 2;
  }
  return sxy / Math.sqrt(sxx * syy);
}

describe('createStream', () => {
  it('yields pinned values for seed 42, replication 0, stream customer:sale', () => {
    // Pinned from the Tyche-i generator; integer arithmetic only, so identical in every JS engine.
    expect(draw(createStream(42, 0, 'customer:sale'), 5)).toEqual([
      0.07273163297213614, 0.5275600056629628, 0.662110204808414, 0.40487466589547694, 0.9441954772919416,
    ]);
    expect(draw(createStream(42, 1, 'customer:sale'), 3)).toEqual([
      0.6771347159519792, 0.46763473004102707, 0.37634286959655583,
    ]);
  });

  it('returns multiples of 2^-32 in [0, 1)', () => {
    for (const v of draw(createStream(1, 0, 'grid'), 10_000)) {
      expect(v).toBeGreaterThanOrEqual(0);
      expect(v).toBeLessThan(1);
      expect(Number.isInteger(v * 2 ** 32)).toBe(true);
    }
  });

  it('gives the same sequence for the same seed, replication and name', () => {
    expect(draw(createStream(7, 3, 'person:ana#1'), 1000)).toEqual(draw(createStream(7, 3, 'person:ana#1'), 1000));
  });

  it('gives different sequences for a different name, replication or seed', () => {
    const base = draw(createStream(7, 3, 'person:ana#1'), 100);
    const variants = [
      draw(createStream(7, 3, 'person:ana#2'), 100),
      draw(createStream(7, 4, 'person:ana#1'), 100),
      draw(createStream(8, 3, 'person:ana#1'), 100),
      draw(createStream(7, 3, 'person:ana#1 '), 100),
    ];
    for (const other of variants) {
      // Two independent 32-bit streams agree at a position with probability 2^-32.
      expect(other.filter((v, i) => v === base[i])).toEqual([]);
    }
  });

  it('does not confuse seed and replication digits in its key', () => {
    expect(streamKey(1, 12, 'x')).not.toBe(streamKey(11, 2, 'x'));
    expect(createStream(1, 12, 'x')()).not.toBe(createStream(11, 2, 'x')());
    expect(streamKey(-3, 0, 'a/b')).toBe('-3/0/a/b');
  });

  it('draws uniformly within one stream: mean, variance and KS distance', () => {
    const n = 100_000;
    const sample = draw(createStream(2024, 0, 'uniformity'), n);
    const mean = sample.reduce((s, v) => s + v, 0) / n;
    const variance = sample.reduce((s, v) => s + (v - mean) ** 2, 0) / (n - 1);
    // Uniform: sd 1/sqrt(12); the variance of s^2 is sigma^4 (kurtosis excess -6/5 over n + 2/(n-1)).
    expect(Math.abs(mean - 0.5)).toBeLessThan(4 * Math.sqrt(1 / 12 / n));
    expect(Math.abs(variance - 1 / 12)).toBeLessThan(4 * (1 / 12) * Math.sqrt(-1.2 / n + 2 / (n - 1)));
    expect(ksUniform(sample)).toBeLessThan(KS_CRITICAL / Math.sqrt(n));
    // Successive draws are uncorrelated.
    expect(Math.abs(correlation(sample.slice(0, -1), sample.slice(1)))).toBeLessThan(4 / Math.sqrt(n - 1));
  });

  it('seeds neighbouring replications and names independently', () => {
    const n = 20_000;
    const firstByReplication = Array.from({ length: n + 1 }, (_, r) => createStream(42, r, 'customer:sale')());
    const firstByName = Array.from({ length: n }, (_, k) => createStream(42, 0, `person:ana#${k}`)());
    // The first draw across keys that differ in one character is uniform and uncorrelated.
    expect(ksUniform(firstByReplication)).toBeLessThan(KS_CRITICAL / Math.sqrt(n + 1));
    expect(ksUniform(firstByName)).toBeLessThan(KS_CRITICAL / Math.sqrt(n));
    const adjacent = correlation(firstByReplication.slice(0, -1), firstByReplication.slice(1));
    expect(Math.abs(adjacent)).toBeLessThan(4 / Math.sqrt(n));
    // Two streams of one replication, draw by draw.
    const m = 100_000;
    const a = draw(createStream(42, 0, 'customer:sale'), m);
    const b = draw(createStream(42, 0, 'customer:complaint'), m);
    expect(Math.abs(correlation(a, b))).toBeLessThan(4 / Math.sqrt(m));
  });

  it('rejects a seed or replication that is not a safe integer', () => {
    expect(() => createStream(1.5, 0, 'x')).toThrow('invalid seed: 1.5');
    expect(() => createStream(Number.NaN, 0, 'x')).toThrow('invalid seed: NaN');
    expect(() => createStream(1, -1, 'x')).toThrow('invalid replication: -1');
    expect(() => createStream(1, 0.5, 'x')).toThrow('invalid replication: 0.5');
  });
});
