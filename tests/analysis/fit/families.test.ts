/**
 * The estimators and tests against known values: special functions, maximum-likelihood fits of
 * each family from samples of known parameters (the truth in the 95% interval), AIC choosing the
 * generating family, and the KS and Anderson-Darling statistics on a hand-checkable sample.
 */
import seedrandom from 'seedrandom';
import { describe, expect, it } from 'vitest';
import { fitDurations } from '../../../src/analysis/fit/durations.js';
import { cdf, estimate, meanCv, quantile, type FittedParams } from '../../../src/analysis/fit/families.js';
import { chiSquareQuantile, digamma, gammaP, normalCdf, poissonInterval, trigamma } from '../../../src/analysis/fit/gamma-functions.js';
import { adStatistic, ksStatistic } from '../../../src/analysis/fit/goodness.js';
import { makeDistribution } from '../../../src/sim/distributions.js';

describe('special functions', () => {
  it('match known values', () => {
    expect(gammaP(1, 2)).toBeCloseTo(1 - Math.exp(-2), 14);
    expect(gammaP(0.5, 1)).toBeCloseTo(0.8427007929497149, 12); // erf(1)
    expect(chiSquareQuantile(0.95, 1)).toBeCloseTo(3.841458820694124, 9);
    expect(chiSquareQuantile(0.975, 10)).toBeCloseTo(20.48317735080739, 8);
    expect(digamma(1)).toBeCloseTo(-0.5772156649015329, 12);
    expect(trigamma(1)).toBeCloseTo((Math.PI * Math.PI) / 6, 10);
    expect(normalCdf(1.959963984540054)).toBeCloseTo(0.975, 12);
    // Garwood interval of 10 events: 4.795 to 18.39.
    const [lo, hi] = poissonInterval(10);
    expect(lo).toBeCloseTo(4.795389, 5);
    expect(hi).toBeCloseTo(18.390356, 5);
  });
});

describe('maximum-likelihood fits', () => {
  const rng = seedrandom('families', { state: false });
  const sample = (spec: Parameters<typeof makeDistribution>[0], n: number): number[] => {
    const d = makeDistribution(spec);
    return Array.from({ length: n }, () => d.sample(rng));
  };
  const weibull = (shape: number, scale: number, n: number): number[] => Array.from({ length: n }, () => scale * (-Math.log(1 - rng())) ** (1 / shape));

  it.each([
    ['lognormal', sample({ dist: 'lognormal', mean: 6, cv: 0.8 }, 3000), 6, 0.8],
    ['gamma', sample({ dist: 'gamma', mean: 10, cv: 0.5 }, 3000), 10, 0.5],
    ['weibull', weibull(1.7, 8, 3000), 8 * Math.exp(lgamma(1 + 1 / 1.7)), Math.sqrt(Math.exp(lgamma(1 + 2 / 1.7)) / Math.exp(lgamma(1 + 1 / 1.7)) ** 2 - 1)],
    ['exponential', sample({ dist: 'exponential', mean: 4 }, 3000), 4, 1],
  ] as const)('chooses %s for its own samples, with the true mean and CV in the intervals', (family, values, mean, cv) => {
    const fit = fitDurations(values);
    expect(fit.chosen).toBe(family);
    const best = fit.candidates[0]!;
    expect(best.mean.ci95![0]).toBeLessThanOrEqual(mean);
    expect(best.mean.ci95![1]).toBeGreaterThanOrEqual(mean);
    if (family !== 'exponential') {
      expect(best.cv.ci95![0]).toBeLessThanOrEqual(cv);
      expect(best.cv.ci95![1]).toBeGreaterThanOrEqual(cv);
    }
  });

  it('solves the likelihood equations (score zero at the estimate)', () => {
    const values = weibull(2.3, 5, 500);
    const w = estimate('weibull', values) as Extract<FittedParams, { family: 'weibull' }>;
    const n = values.length;
    // d/dk of the log-likelihood: n/k + sum ln(x/l) - sum (x/l)^k ln(x/l) = 0
    let score = n / w.shape;
    for (const x of values) score += Math.log(x / w.scale) - (x / w.scale) ** w.shape * Math.log(x / w.scale);
    expect(Math.abs(score)).toBeLessThan(1e-6 * n);
    const g = estimate('gamma', values) as Extract<FittedParams, { family: 'gamma' }>;
    expect(meanCv(g).mean).toBeCloseTo(values.reduce((a, b) => a + b, 0) / n, 10);
  });

  it('inverts each CDF with its quantile', () => {
    const params: FittedParams[] = [
      { family: 'exponential', mean: 3 },
      { family: 'gamma', shape: 2.5, scale: 1.5 },
      { family: 'lognormal', mu: 1, sigma: 0.6 },
      { family: 'weibull', shape: 1.4, scale: 7 },
    ];
    for (const p of params) for (const q of [0.01, 0.3, 0.5, 0.9, 0.999]) expect(cdf(p, quantile(p, q))).toBeCloseTo(q, 8);
  });

  it('computes KS and Anderson-Darling statistics as defined', () => {
    const sorted = [0.1, 0.4, 0.7];
    const uniform = (x: number): number => x;
    // D = max(i/n - F, F - (i-1)/n) = max(1/3 - 0.1, 2/3 - 0.4, 1 - 0.7, 0.1, 0.4 - 1/3, 0.7 - 2/3) = 0.3
    expect(ksStatistic(sorted, uniform)).toBeCloseTo(0.3, 12);
    const expected = -3 - (1 * (Math.log(0.1) + Math.log(0.3)) + 3 * (Math.log(0.4) + Math.log(0.6)) + 5 * (Math.log(0.7) + Math.log(0.9))) / 3;
    expect(adStatistic(sorted, uniform)).toBeCloseTo(expected, 12);
  });
});

function lgamma(x: number): number {
  // Lanczos is enough for a test's truth values.
  const g = 7;
  const c = [0.99999999999980993, 676.5203681218851, -1259.1392167224028, 771.32342877765313, -176.61502916214059, 12.507343278686905, -0.13857109526572012, 9.9843695780195716e-6, 1.5056327351493116e-7];
  if (x < 0.5) return Math.log(Math.PI / Math.sin(Math.PI * x)) - lgamma(1 - x);
  x -= 1;
  let a = c[0]!;
  const t = x + g + 0.5;
  for (let i = 1; i < g + 2; i++) a += c[i]! / (x + i);
  return 0.5 * Math.log(2 * Math.PI) + (x + 0.5) * Math.log(t) - t + Math.log(a);
}
